import type { AutoVerifyFacts, KnownVerify, Runbook } from "../checklist/types.js";
import type { GitHub } from "../github/octokit.js";
import { latestReviewDecisions, listRecentReleases } from "../github/releases.js";
import type { PlanRun, Store } from "../store/index.js";
import { sameVersion } from "./release-pull.js";

export interface FactSubject {
  owner: string;
  repo: string;
  pullNumber: number;
  /** The PR's head commit: the plan that counts is the one of this commit. */
  headSha: string;
  /** From the PR title or branch; without it `release-exists` stays unknown. */
  version?: string;
}

/**
 * Plan runs of the PR: clean when every root planned for the head commit
 * finished with success. Runs only for older commits mean the head's plan has
 * not succeeded (yet); no runs at all leave the fact unknown (a release PR
 * that touches no Terraform), so the box is the humans'.
 */
export function planClean(runs: readonly PlanRun[], headSha: string): boolean | undefined {
  if (runs.length === 0) return undefined;
  const forHead = runs.filter((run) => run.headSha === headSha);
  return forHead.length > 0 && forHead.every((run) => run.status === "completed" && run.conclusion === "success");
}

/**
 * The auto-verify facts the runbook asks for, and only those: each costs a
 * request or a query. A fact that cannot be known is left out, so its item
 * stays whatever people ticked.
 */
export async function gatherFacts(gh: GitHub, store: Store, runbook: Runbook, subject: FactSubject): Promise<AutoVerifyFacts> {
  const wanted = new Set(runbook.sections.flatMap((section) => section.items.flatMap((item) => (item.verify ? [item.verify] : []))));
  const repoName = `${subject.owner}/${subject.repo}`;
  const facts: Partial<Record<KnownVerify, boolean>> = {};

  if (wanted.has("release-exists") && subject.version !== undefined) {
    const releases = await listRecentReleases(gh, subject);
    facts["release-exists"] = releases.some((release) => sameVersion(release.tagName, subject.version!));
  }
  if (wanted.has("plan-clean")) {
    const clean = planClean(await store.latestPlanRuns(repoName, subject.pullNumber), subject.headSha);
    if (clean !== undefined) facts["plan-clean"] = clean;
  }
  if (wanted.has("co-review-approved")) {
    const coReviewers = (await store.assignmentsForPr(repoName, subject.pullNumber))
      .filter((assignment) => assignment.releasedAt === null)
      .map((assignment) => assignment.login.toLowerCase());
    if (coReviewers.length > 0) {
      const decisions = await latestReviewDecisions(gh, { owner: subject.owner, repo: subject.repo, pullNumber: subject.pullNumber });
      facts["co-review-approved"] = coReviewers.some((login) => decisions.get(login) === "APPROVED");
    }
  }
  return facts;
}
