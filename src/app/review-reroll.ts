import type { Config } from "../config/schema.js";
import type { GitHub } from "../github/octokit.js";
import { removeReviewers, requestReviewers } from "../github/reviewers.js";
import { rotationReasonText, sameLogin } from "../review/index.js";
import type { AssignmentRecord } from "../store/index.js";
import type { CoReviewerDeps } from "./co-reviewer.js";
import { pullKey } from "./pull-ref.js";
import { resolvePool } from "./review-pools.js";
import { infraReviewers, pickFromPool, standing } from "./review-rotation.js";
import { rerollReply, typeTitle } from "./review-text.js";

export interface RerollInput {
  owner: string;
  repo: string;
  number: number;
  author: string;
  config: Config;
  now?: Date;
}

export interface RerollResult {
  picked: string | null;
  /** The co-reviewer replaced, if there was one. */
  previous?: string;
  /** Trusted Markdown for a reply comment. */
  reply: string;
}

/**
 * `/infra-coach reroll`: replaces the PR's co-reviewer with someone who has not been on it yet.
 * The replaced person's request is withdrawn and their assignment released (it no longer counts as
 * load or exposure). The app's own pick is replaced; a person asked for by hand only when nobody else stands.
 * Returns undefined when another reroll of the same PR won the race (it replies instead).
 * The caller must make sure each command runs once (redeliveries carry the same comment id).
 */
export async function rerollCoReviewer(gh: GitHub, deps: CoReviewerDeps, input: RerollInput): Promise<RerollResult | undefined> {
  const { owner, repo, number, config } = input;
  const now = input.now ?? new Date();
  const repoKey = `${owner}/${repo}`;
  const assignments = await deps.store.assignmentsForPr(repoKey, number);
  const previous = replaceable(standing(assignments));
  const types = previous?.types ?? assignments.at(-1)?.types ?? [];
  const engineers = await resolvePool(gh, deps, config.review.app_engineers, now);
  const pick = await pickFromPool(gh, deps, engineers, {
    config,
    author: input.author,
    prKey: pullKey({ owner, repo, number }),
    types,
    exclude: [...assignments.map((assignment) => assignment.login), ...infraReviewers(config, owner, input.author).users],
    now,
  });
  const why = rotationReasonText(pick.reason, config.lang, typeTitle);
  const previousName = previous ? (engineers.find((login) => sameLogin(login, previous.login)) ?? previous.login) : undefined;
  if (pick.login === null) return { picked: null, reply: rerollReply({ lang: config.lang, picked: null, why }) };

  const round = assignments.reduce((max, assignment) => Math.max(max, assignment.round + 1), 0);
  const won = await deps.store.claimAssignment({
    repo: repoKey,
    pr: number,
    round,
    login: pick.login,
    kind: "reroll",
    types,
    at: now,
    ...(previous ? { replaces: previous.login } : {}),
  });
  if (!won) return undefined;
  if (previousName) await removeReviewers(gh, { owner, repo, pullNumber: number, reviewers: [previousName] });
  await requestReviewers(gh, { owner, repo, pullNumber: number, reviewers: [pick.login] });
  return {
    picked: pick.login,
    ...(previousName ? { previous: previousName } : {}),
    reply: rerollReply({ lang: config.lang, picked: pick.login, ...(previousName ? { previous: previousName } : {}), why }),
  };
}

/** The newest co-reviewer the app chose; a person asked for by hand only when nobody else stands. */
function replaceable(current: AssignmentRecord[]): AssignmentRecord | undefined {
  const chosenByApp = current.filter((assignment) => assignment.kind !== "manual");
  return (chosenByApp.length > 0 ? chosenByApp : current).at(-1);
}
