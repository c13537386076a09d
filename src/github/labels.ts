import { httpStatus, type GitHub, type RepoRef } from "./octokit.js";

interface SyncInput extends RepoRef {
  issueNumber: number;
  /**
   * Labels on the issue now, from the webhook payload (no extra request); when
   * unknown, the answer of the add request (the issue's full label list) is used.
   */
  current?: string[];
  /** Labels the app wants among the ones it manages. */
  wanted: string[];
  /** Every label the app manages; others (the humans') are never touched. */
  managed: readonly string[];
}

/** Adds missing and removes stale managed labels, leaving everyone else's labels alone. */
export async function syncLabels(gh: GitHub, input: SyncInput): Promise<void> {
  const { owner, repo, issueNumber, wanted, managed } = input;
  let current = input.current;
  const toAdd = current === undefined ? wanted : wanted.filter((label) => !current!.includes(label));
  if (toAdd.length > 0) {
    const { data } = await gh.rest.issues.addLabels({ owner, repo, issue_number: issueNumber, labels: toAdd });
    current ??= data.map((label) => label.name);
  }
  if (current === undefined) {
    const { data } = await gh.rest.issues.listLabelsOnIssue({ owner, repo, issue_number: issueNumber, per_page: 100 });
    current = data.map((label) => label.name);
  }
  const toRemove = current.filter((label) => managed.includes(label) && !wanted.includes(label));
  for (const name of toRemove) {
    try {
      await gh.rest.issues.removeLabel({ owner, repo, issue_number: issueNumber, name });
    } catch (error) {
      if (httpStatus(error) !== 404) throw error;
    }
  }
}
