import type { Config } from "../config/schema.js";
import type { GitHub } from "../github/octokit.js";
import { busyLogins } from "../github/reviewers.js";
import { includesLogin, isBot, pickCoReviewer, sameLogin, type CoReviewerPick } from "../review/index.js";
import type { AssignmentRecord } from "../store/index.js";
import { splitPool, type PoolDeps } from "./review-pools.js";

/** History older than the load window still decides "least recently assigned"; 90 days is the longest window. */
const HISTORY_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface RotationArgs {
  config: Config;
  author: string;
  /** "owner/repo#12": seeds the tie-break so a redelivery or a second replica picks the same person. */
  prKey: string;
  types: string[];
  /** Already on the PR (requested, or rerolled away). */
  exclude: string[];
  now: Date;
}

/**
 * Gathers what the rotation needs (store history, exposure and open load; GitHub status for the
 * people who could be picked) and picks the co-reviewer from `candidates`.
 */
export async function pickFromPool(gh: GitHub, deps: PoolDeps, candidates: string[], args: RotationArgs): Promise<CoReviewerPick> {
  const { config, author, exclude, now } = args;
  const askable = candidates.filter((login) => !sameLogin(login, author) && !isBot(login) && !includesLogin(exclude, login));
  const busy = await busyLogins(gh, askable, (error) =>
    deps.log.warn({ err: error }, "GitHub status query failed; nobody is treated as busy"),
  );
  const [history, exposure, openReviews] = await Promise.all([
    deps.store.recentAssignments({ since: new Date(now.getTime() - HISTORY_DAYS * DAY_MS) }),
    deps.store.exposureFor(candidates),
    deps.store.openAssignmentCounts(),
  ]);
  return pickCoReviewer({
    candidates,
    author,
    now,
    prKey: args.prKey,
    history,
    exposure,
    openReviews,
    maxOpenReviews: config.review.max_open_reviews,
    away: config.review.away,
    busy,
    exclude,
    prTypes: args.types,
    windowDays: config.review.window_days,
  });
}

/** Infra reviewers to request on this PR: users other than the author, and the teams of the repo's own org. */
export function infraReviewers(config: Config, owner: string, author: string): { users: string[]; teams: string[] } {
  const { users, teams } = splitPool(config.review.infra_reviewers);
  return {
    // GitHub refuses a review request for the PR author.
    users: users.filter((login) => !isBot(login) && !sameLogin(login, author)),
    // GitHub can only request teams of the organisation that owns the repository.
    teams: teams.filter((team) => sameLogin(team.org, owner)).map((team) => team.slug),
  };
}

/** Assignments that still stand (not replaced by a reroll), oldest round first. */
export function standing(assignments: AssignmentRecord[]): AssignmentRecord[] {
  return assignments.filter((assignment) => assignment.releasedAt === null);
}
