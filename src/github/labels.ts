import { httpStatus, type GitHub, type RepoRef } from "./octokit.js";

interface SyncInput extends RepoRef {
  issueNumber: number;
  /** Labels on the issue now (from the webhook payload: no extra request). */
  current: string[];
  /** Labels the app wants among the ones it manages. */
  wanted: string[];
  /** Every label the app manages; others (the humans') are never touched. */
  managed: readonly string[];
}

/** Adds missing and removes stale managed labels, leaving everyone else's labels alone. */
export async function syncLabels(gh: GitHub, input: SyncInput): Promise<void> {
  const { owner, repo, issueNumber, current, wanted, managed } = input;
  const toAdd = wanted.filter((label) => !current.includes(label));
  const toRemove = current.filter((label) => managed.includes(label) && !wanted.includes(label));
  if (toAdd.length > 0) {
    await gh.rest.issues.addLabels({ owner, repo, issue_number: issueNumber, labels: toAdd });
  }
  for (const name of toRemove) {
    try {
      await gh.rest.issues.removeLabel({ owner, repo, issue_number: issueNumber, name });
    } catch (error) {
      if (httpStatus(error) !== 404) throw error;
    }
  }
}
