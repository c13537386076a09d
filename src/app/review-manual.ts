import type { Config } from "../config/schema.js";
import type { GitHub } from "../github/octokit.js";
import { includesLogin, isBot, sameLogin } from "../review/index.js";
import type { CoReviewerDeps } from "./co-reviewer.js";
import { resolvePool } from "./review-pools.js";

export interface ManualRequestInput {
  owner: string;
  repo: string;
  number: number;
  author: string;
  /** The person whose review was requested. */
  login: string;
  config: Config;
  now?: Date;
}

/**
 * A person requested an app engineer's review by hand: that engineer stands as co-reviewer (the
 * rotation does not add another) and it counts like any co-review, in load and exposure. Exposure
 * goes to the resource types known for the PR so far (none before its first plan). Recording is
 * idempotent: a person is on a PR at most once. Returns true when this call recorded it.
 */
export async function recordManualRequest(gh: GitHub, deps: CoReviewerDeps, input: ManualRequestInput): Promise<boolean> {
  const { owner, repo, number, login, config } = input;
  if (!config.review.enabled || isBot(login) || sameLogin(login, input.author)) return false;
  const now = input.now ?? new Date();
  const engineers = await resolvePool(gh, deps, config.review.app_engineers, now);
  if (!includesLogin(engineers, login)) return false;
  const repoKey = `${owner}/${repo}`;
  const assignments = await deps.store.assignmentsForPr(repoKey, number);
  const types = [...new Set(assignments.flatMap((assignment) => assignment.types))];
  return deps.store.claimAssignment({ repo: repoKey, pr: number, login, kind: "manual", types, at: now });
}
