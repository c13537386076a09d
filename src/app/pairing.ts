import type { Config } from "../config/schema.js";
import { commentMarker, upsertMarkedComment } from "../github/comments.js";
import type { GitHub } from "../github/octokit.js";
import { addAssignees, busyLogins } from "../github/reviewers.js";
import { isBot, pairingReasonText, pickPair, sameLogin, type Lang, type PairInput } from "../review/index.js";
import type { PairingRecord } from "../store/index.js";
import type { CoReviewerDeps } from "./co-reviewer.js";
import { pairingCommentBody, pairingProblemBody } from "./pairing-comment.js";
import { pairingPoolEntries, resolvePool, splitPool } from "./review-pools.js";

export const PAIRING_COMMENT_MARKER = commentMarker("pairing");

export interface AssignPairInput {
  owner: string;
  repo: string;
  /** The operation PR or runbook issue. */
  number: number;
  /** Who opened the operation; picked only when no pair can be formed without them. */
  author?: string;
  config: Config;
  /** Language of the comment; default `config.lang`. */
  lang?: Lang;
  now?: Date;
}

export type AssignPairResult = { commander: string; driver: string } | { error: string };

/**
 * Gives operation work a commander (directs, checks) and a driver (types), balanced over time by
 * the pairing rotation: both become assignees, and one marked comment names them and says why.
 * Idempotent: the first pair recorded for the PR/issue stands; a redelivered or repeated event
 * returns it without calling GitHub again.
 */
export async function assignPair(gh: GitHub, deps: CoReviewerDeps, input: AssignPairInput): Promise<AssignPairResult> {
  const { owner, repo, number, config } = input;
  const lang = input.lang ?? config.lang;
  const now = input.now ?? new Date();
  const repoKey = `${owner}/${repo}`;
  if (!config.pairing.enabled) {
    return { error: lang === "ja" ? "ペアの割り当ては無効です（pairing.enabled）" : "pairing is disabled (pairing.enabled)" };
  }

  const existing = await deps.store.pairingFor(repoKey, number);
  if (existing) return spelled(existing, config);

  const team = await resolvePool(gh, deps, pairingPoolEntries(config), now);
  const busy = await busyLogins(
    gh,
    team.filter((login) => !isBot(login)),
    (error) => deps.log.warn({ err: error }, "GitHub status query failed; nobody is treated as busy"),
  );
  const history = await deps.store.recentPairings();
  const base: PairInput = { team, history, now, away: config.review.away, busy, seed: `${repoKey}#${number}` };
  // Whoever wrote the operation is left out, so that other eyes direct and check it, unless no pair forms without them.
  let result = input.author ? pickPair({ ...base, exclude: [input.author] }) : pickPair(base);
  if ("error" in result && input.author) result = pickPair(base);

  if ("error" in result) {
    const why = pairingReasonText(result.error, lang);
    const body = pairingProblemBody({ marker: PAIRING_COMMENT_MARKER, lang, why });
    await upsertMarkedComment(gh, { owner, repo, issueNumber: number, marker: PAIRING_COMMENT_MARKER, body });
    return { error: why };
  }
  const { commander, driver } = result;
  if (!(await deps.store.recordPairing({ repo: repoKey, subject: number, round: 0, commander, driver, at: now }))) {
    const winner = await deps.store.pairingFor(repoKey, number);
    return winner ? spelled(winner, config) : { commander, driver };
  }
  await addAssignees(gh, { owner, repo, issueNumber: number, assignees: [commander, driver] });
  const why = pairingReasonText(result.reason, lang);
  await upsertMarkedComment(gh, {
    owner,
    repo,
    issueNumber: number,
    marker: PAIRING_COMMENT_MARKER,
    body: pairingCommentBody({ marker: PAIRING_COMMENT_MARKER, lang, commander, driver, why }),
  });
  return { commander, driver };
}

/** The store keeps logins lower-cased; show them as the config spells them. */
function spelled(pairing: PairingRecord, config: Config): { commander: string; driver: string } {
  const { users } = splitPool(pairingPoolEntries(config));
  const spell = (login: string): string => users.find((user) => sameLogin(user, login)) ?? login;
  return { commander: spell(pairing.commander), driver: spell(pairing.driver) };
}
