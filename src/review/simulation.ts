import { calendarDate } from "./eligibility.js";
import { pickPair } from "./pairing.js";
import { pickCoReviewer, type DecidedBy } from "./rotation.js";
import type { Assignment, Away, Pairing } from "./types.js";

/*
 * A seeded simulation of a team over many PRs, used by the fairness test and `npm run bench` to show
 * the rotation and pairing rules hold up over time: random authors, absences, busy statuses, reviews
 * that stay open for a while (so `maxOpenReviews` bites), and PRs touching a skewed mix of resource
 * types. Every random draw comes from one seeded generator, so a seed always gives the same figures.
 */

export interface SimulationOptions {
  prs: number;
  seed: number;
  /** The app engineers in rotation; default six. */
  engineers?: string[];
  /** Infra engineers: they author PRs and join the pairing team, but are not co-reviewers. */
  infraEngineers?: string[];
  maxOpenReviews?: number;
  windowDays?: number;
  /** Every n-th PR is operation work and gets a commander/driver pair; default 4. */
  operationEvery?: number;
}

export interface RoleTally {
  commander: number;
  driver: number;
}

export interface SimulationResult {
  prs: number;
  /** Co-reviews per engineer. */
  assigned: Record<string, number>;
  /** PRs for which nobody was available. */
  unassigned: number;
  /** Most co-reviews given to one person in a row (a burst shows up here). */
  longestStreak: number;
  /** Highest over lowest co-review count among engineers. */
  ratio: number;
  /** Distinct resource types each engineer has co-reviewed. */
  distinctTypes: Record<string, number>;
  typesInUse: number;
  /** How often each rule decided the pick. */
  decidedBy: Partial<Record<DecidedBy, number>>;
  /** Days each engineer was away over the simulated period. */
  daysAway: Record<string, number>;
  pairing: {
    operations: number;
    roles: Record<string, RoleTally>;
    /** Operations paired with the same two people as the previous operation. */
    consecutiveRepeats: number;
    /** ... of which another pair was available. */
    avoidableRepeats: number;
    notEnoughPeople: number;
  };
  /** Wall-clock time spent inside pickCoReviewer. */
  pickMillis: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const HISTORY_DAYS = 60;

/** Resource types with a realistic skew: the first ones show up in most PRs, the tail rarely. */
export const SIMULATED_TYPES = [
  "aws_iam_role",
  "aws_iam_policy",
  "aws_security_group",
  "aws_ecs_service",
  "aws_ecs_task_definition",
  "aws_s3_bucket",
  "aws_lambda_function",
  "aws_cloudwatch_log_group",
  "aws_route53_record",
  "aws_lb_target_group",
  "aws_lb_listener_rule",
  "aws_db_instance",
  "aws_sqs_queue",
  "aws_sns_topic",
  "aws_kms_key",
  "aws_elasticache_replication_group",
  "aws_cloudfront_distribution",
  "aws_wafv2_web_acl",
  "aws_autoscaling_group",
  "aws_secretsmanager_secret",
  "aws_dynamodb_table",
  "aws_eks_node_group",
  "aws_vpc_endpoint",
  "aws_acm_certificate",
];

export function simulateRotation(options: SimulationOptions): SimulationResult {
  const engineers = options.engineers ?? ["aiko", "ben", "chen", "dana", "emre", "fumi"];
  const infra = options.infraEngineers ?? ["hiro", "ines"];
  const windowDays = options.windowDays ?? 14;
  const maxOpenReviews = options.maxOpenReviews ?? 3;
  const operationEvery = options.operationEvery ?? 4;
  const random = mulberry32(options.seed);

  const start = Date.UTC(2026, 0, 5, 9);
  const meanGapMs = DAY_MS / 3;
  const horizonDays = Math.ceil((options.prs * meanGapMs * 2) / DAY_MS) + 7;
  const away = plannedAbsences(engineers, start, horizonDays, random);

  const history: Assignment[] = [];
  const closesAt: number[] = [];
  const exposure: Record<string, Record<string, number>> = {};
  const assigned = Object.fromEntries(engineers.map((login) => [login, 0]));
  const decidedBy: Partial<Record<DecidedBy, number>> = {};
  const pairings: Pairing[] = [];
  const roles = Object.fromEntries([...engineers, ...infra].map((login) => [login, { commander: 0, driver: 0 }]));
  let consecutiveRepeats = 0;
  let avoidableRepeats = 0;
  let notEnoughPeople = 0;
  let unassigned = 0;
  let pickMillis = 0;
  let streak = 0;
  let longestStreak = 0;
  let historyStart = 0;
  let now = start;

  for (let pr = 1; pr <= options.prs; pr += 1) {
    now += -Math.log(1 - random()) * meanGapMs;
    const authors = [...engineers, ...infra];
    const author = authors[Math.floor(random() * authors.length)] ?? "nobody";
    const busy = engineers.filter(() => random() < 0.05);
    const prTypes = drawTypes(random);
    while (historyStart < history.length && Date.parse(history[historyStart]?.at ?? "") < now - HISTORY_DAYS * DAY_MS) {
      historyStart += 1;
    }
    // Reviews close within days, so only the recent part of the history can still be open.
    const openReviews: Record<string, number> = {};
    for (let index = historyStart; index < history.length; index += 1) {
      const reviewer = history[index]?.login ?? "";
      if ((closesAt[index] ?? 0) > now) openReviews[reviewer] = (openReviews[reviewer] ?? 0) + 1;
    }

    // Like a maintained config, `away:` lists only absences that are not over yet.
    const today = calendarDate(new Date(now), "UTC");
    const currentAway = away.filter((entry) => entry.until >= today);
    const recentHistory = history.slice(historyStart);

    const began = performance.now();
    const pick = pickCoReviewer({
      candidates: engineers,
      author,
      now: new Date(now),
      prKey: `sim/infra#${pr}`,
      history: recentHistory,
      exposure,
      openReviews,
      maxOpenReviews,
      away: currentAway,
      busy,
      prTypes,
      windowDays,
    });
    pickMillis += performance.now() - began;

    if (pick.login === null) {
      unassigned += 1;
    } else {
      assigned[pick.login] = (assigned[pick.login] ?? 0) + 1;
      streak = history[history.length - 1]?.login === pick.login ? streak + 1 : 1;
      longestStreak = Math.max(longestStreak, streak);
      decidedBy[pick.reason.decidedBy] = (decidedBy[pick.reason.decidedBy] ?? 0) + 1;
      history.push({ login: pick.login, at: new Date(now).toISOString() });
      closesAt.push(now + (0.25 + random() * 3.75) * DAY_MS);
      const seen = (exposure[pick.login] ??= {});
      for (const type of prTypes) seen[type] = (seen[type] ?? 0) + 1;
    }

    if (pr % operationEvery === 0) {
      const pair = pickPair({
        team: [...engineers, ...infra],
        history: pairings,
        now: new Date(now),
        away: currentAway,
        busy,
        seed: `sim/infra#${pr}`,
      });
      if ("error" in pair) {
        notEnoughPeople += 1;
        continue;
      }
      const previous = pairings[pairings.length - 1];
      if (previous && new Set([previous.commander, previous.driver, pair.commander, pair.driver]).size === 2) {
        consecutiveRepeats += 1;
        if (pair.reason.eligible > 2) avoidableRepeats += 1;
      }
      pairings.push({ commander: pair.commander, driver: pair.driver, at: new Date(now).toISOString() });
      (roles[pair.commander] ??= { commander: 0, driver: 0 }).commander += 1;
      (roles[pair.driver] ??= { commander: 0, driver: 0 }).driver += 1;
    }
  }

  const counts = engineers.map((login) => assigned[login] ?? 0);
  const allTypes = new Set(Object.values(exposure).flatMap((seen) => Object.keys(seen)));
  return {
    prs: options.prs,
    assigned,
    unassigned,
    longestStreak,
    ratio: Math.max(...counts) / Math.max(1, Math.min(...counts)),
    distinctTypes: Object.fromEntries(engineers.map((login) => [login, Object.keys(exposure[login] ?? {}).length])),
    typesInUse: allTypes.size,
    decidedBy,
    daysAway: Object.fromEntries(engineers.map((login) => [login, daysAwayOf(login, away)])),
    pairing: { operations: pairings.length, roles, consecutiveRepeats, avoidableRepeats, notEnoughPeople },
    pickMillis,
  };
}

/** Each engineer starts an absence of 1–7 days on about 3% of days (roughly 10% of the time away). */
function plannedAbsences(engineers: string[], start: number, days: number, random: () => number): Away[] {
  const away: Away[] = [];
  for (const login of engineers) {
    for (let day = 0; day < days; day += 1) {
      if (random() >= 0.03) continue;
      const length = 1 + Math.floor(random() * 7);
      away.push({
        login,
        from: calendarDate(new Date(start + day * DAY_MS), "UTC"),
        until: calendarDate(new Date(start + (day + length - 1) * DAY_MS), "UTC"),
      });
      day += length;
    }
  }
  return away;
}

function daysAwayOf(login: string, away: Away[]): number {
  return away
    .filter((entry) => entry.login === login)
    .reduce((sum, entry) => sum + (Date.parse(entry.until) - Date.parse(entry.from)) / DAY_MS + 1, 0);
}

/** 1–3 distinct types, each drawn with weight 1/rank (Zipf). */
function drawTypes(random: () => number): string[] {
  const weights = SIMULATED_TYPES.map((_, rank) => 1 / (rank + 1));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const count = 1 + Math.floor(random() * 3);
  const types = new Set<string>();
  while (types.size < count) {
    let target = random() * total;
    const index = weights.findIndex((weight) => (target -= weight) < 0);
    types.add(SIMULATED_TYPES[index === -1 ? 0 : index] ?? "aws_iam_role");
  }
  return [...types];
}

/** Small seeded PRNG (mulberry32, public domain); good enough for a simulation and identical on every machine. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
