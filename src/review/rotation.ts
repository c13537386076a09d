import { lowerKeys, screenCandidates } from "./eligibility.js";
import { stableHash } from "./hash.js";
import { ascending } from "./order.js";
import type { Assignment, Away, Skipped } from "./types.js";

/*
 * How the co-reviewer is chosen, and why in this order.
 *
 * 1. Screen: never the author or a bot; skip people listed as away today, busy on GitHub, already
 *    requested or rerolled away on this PR (`exclude`), or at `maxOpenReviews`.
 * 2. Load over a short window (default 14 days), lowest first. Fairness comes first because a
 *    co-review is work: whoever did the fewest recently goes next. The window is short on purpose:
 *    GitHub's own load balancing counts 30 days, so someone back from two weeks off is "behind" and
 *    receives every request in a burst. Here the debt expires with the window, and `maxOpenReviews`
 *    caps whatever burst remains.
 * 3. Learning, only among those equally loaded: first whoever has never reviewed the most of this
 *    PR's resource types, then whoever has the fewest past reviews of them. It never overrides
 *    fairness, so the team learns without anyone paying for it in load; but with six people the
 *    lowest load is shared by several most of the time, so it decides often.
 * 4. Least recently assigned: among people equal on both, the one who waited longest (never
 *    assigned counts as longest) — classic round robin.
 * 5. A stable hash of PR key + login: deterministic, so a redelivered event or a second replica
 *    computes the same answer, yet ties do not always fall on the same person.
 *
 * The reason returned names the first of these rules that separated the winner from the runner-up,
 * so the comment can say truthfully why this person was picked.
 */

export const DEFAULT_WINDOW_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface CoReviewerInput {
  /** App engineers (team members already resolved to logins). */
  candidates: string[];
  author: string;
  now: Date;
  /** Identifies the PR (e.g. "octo/infra#42"); only seeds the tie-break. */
  prKey: string;
  /** Past co-reviews; at least the last `windowDays`, older entries only refine "least recent". */
  history: Assignment[];
  /** Past co-reviews per login and resource type. */
  exposure: Record<string, Record<string, number>>;
  /** Open review requests per login. */
  openReviews: Record<string, number>;
  maxOpenReviews?: number;
  away: Away[];
  /** Logins whose GitHub status says busy. */
  busy: string[];
  /** Already requested on this PR, or rerolled away. */
  exclude?: string[];
  /** Resource types in this PR's plan. */
  prTypes: string[];
  windowDays?: number;
  /** Time zone in which `away` dates are read; default UTC. */
  timeZone?: string;
}

export type DecidedBy = "only-eligible" | "load" | "new-types" | "exposure" | "least-recent" | "tie-break";

export interface PickReason {
  kind: "picked";
  decidedBy: DecidedBy;
  windowDays: number;
  /** The winner's co-reviews within the window. */
  load: number;
  /** This PR's resource types the winner has never reviewed. */
  newTypes: string[];
  /** The winner's past reviews of this PR's resource types, summed. */
  exposure: number;
  /** The winner's previous co-review (ISO), or null if never. */
  lastAssignedAt: string | null;
  eligible: number;
  skipped: Skipped[];
}

export interface NoPickReason {
  kind: "none";
  skipped: Skipped[];
}

export type RotationReason = PickReason | NoPickReason;

export type CoReviewerPick = { login: string; reason: PickReason } | { login: null; reason: NoPickReason };

interface Standing {
  login: string;
  load: number;
  newTypes: string[];
  exposure: number;
  lastAssignedMs: number | null;
  tie: number;
}

/** Each rule as a comparator, in priority order (see the comment at the top). */
const RULES: [DecidedBy, (a: Standing, b: Standing) => number][] = [
  ["load", (a, b) => ascending(a.load, b.load)],
  ["new-types", (a, b) => ascending(b.newTypes.length, a.newTypes.length)],
  ["exposure", (a, b) => ascending(a.exposure, b.exposure)],
  ["least-recent", (a, b) => ascending(a.lastAssignedMs ?? -Infinity, b.lastAssignedMs ?? -Infinity)],
  ["tie-break", (a, b) => ascending(a.tie, b.tie)],
];

export function pickCoReviewer(input: CoReviewerInput): CoReviewerPick {
  const windowDays = input.windowDays ?? DEFAULT_WINDOW_DAYS;
  const { eligible, skipped } = screenCandidates(input.candidates, input);
  if (eligible.length === 0) return { login: null, reason: { kind: "none", skipped } };

  const exposure = lowerKeys(input.exposure);
  const records = historyByLogin(input.history, input.now.getTime() - windowDays * DAY_MS);
  const types = [...new Set(input.prTypes)];
  const standings = eligible.map((login): Standing => {
    const key = login.toLowerCase();
    const seen = exposure[key] ?? {};
    return {
      login,
      load: records.get(key)?.load ?? 0,
      newTypes: types.filter((type) => (seen[type] ?? 0) === 0),
      exposure: types.reduce((sum, type) => sum + (seen[type] ?? 0), 0),
      lastAssignedMs: records.get(key)?.lastMs ?? null,
      tie: stableHash(`${input.prKey}\u0000${key}`),
    };
  });
  standings.sort(compareStandings);
  const [winner, runnerUp] = standings as [Standing, ...Standing[]];
  const decidedBy = runnerUp === undefined ? "only-eligible" : firstDifference(winner, runnerUp);
  return {
    login: winner.login,
    reason: {
      kind: "picked",
      decidedBy,
      windowDays,
      load: winner.load,
      newTypes: winner.newTypes,
      exposure: winner.exposure,
      lastAssignedAt: winner.lastAssignedMs === null ? null : new Date(winner.lastAssignedMs).toISOString(),
      eligible: eligible.length,
      skipped,
    },
  };
}

/** Per lower-cased login: assignments after `windowStart`, and the latest assignment time. */
function historyByLogin(history: Assignment[], windowStart: number): Map<string, { load: number; lastMs: number }> {
  const records = new Map<string, { load: number; lastMs: number }>();
  for (const assignment of history) {
    const at = Date.parse(assignment.at);
    if (Number.isNaN(at)) continue;
    const key = assignment.login.toLowerCase();
    const record = records.get(key) ?? { load: 0, lastMs: at };
    if (at > windowStart) record.load += 1;
    record.lastMs = Math.max(record.lastMs, at);
    records.set(key, record);
  }
  return records;
}

function compareStandings(a: Standing, b: Standing): number {
  for (const [, compare] of RULES) {
    const order = compare(a, b);
    if (order !== 0) return order;
  }
  return a.login.localeCompare(b.login);
}

function firstDifference(winner: Standing, runnerUp: Standing): DecidedBy {
  return RULES.find(([, compare]) => compare(winner, runnerUp) !== 0)?.[0] ?? "tie-break";
}
