import type { Away, SkipCause, Skipped } from "./types.js";

/** Accounts that are bots by convention but do not carry GitHub's `[bot]` suffix. */
const KNOWN_BOT_LOGINS = new Set([
  "dependabot",
  "dependabot-preview",
  "renovate",
  "renovate-bot",
  "github-actions",
  "mergify",
  "snyk-bot",
  "codecov",
  "imgbot",
  "pre-commit-ci",
  "allcontributors",
  "greenkeeper",
]);

/** GitHub logins are case-insensitive; every comparison goes through this. */
export function sameLogin(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

export function includesLogin(logins: readonly string[], login: string): boolean {
  return logins.some((candidate) => sameLogin(candidate, login));
}

/** De-duplicated case-insensitively, first spelling and order kept. */
export function uniqueLogins(logins: readonly string[]): string[] {
  const seen = new Set<string>();
  return logins.filter((login) => {
    const key = login.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function isBot(login: string): boolean {
  const lower = login.toLowerCase();
  return lower.endsWith("[bot]") || lower.endsWith("-bot") || KNOWN_BOT_LOGINS.has(lower);
}

/** Building a formatter costs far more than using one; picks happen per PR, so keep them. */
const dateFormatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date (YYYY-MM-DD) of `now` in `timeZone`, which is what `away:` dates mean. */
export function calendarDate(now: Date, timeZone: string): string {
  let formatter = dateFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    dateFormatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(now);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

function isAway(login: string, away: Away[], date: string): boolean {
  return away.some((entry) => sameLogin(entry.login, login) && entry.from <= date && date <= entry.until);
}

export interface ScreenRules {
  now: Date;
  away: Away[];
  busy: string[];
  author?: string;
  exclude?: string[];
  openReviews?: Record<string, number>;
  maxOpenReviews?: number;
  timeZone?: string;
}

export interface Screened {
  /** Candidates who can be picked, de-duplicated (case-insensitively), in the order given. */
  eligible: string[];
  skipped: Skipped[];
}

/** Splits candidates into eligible and skipped; each skipped person carries the first rule that applied. */
export function screenCandidates(candidates: string[], rules: ScreenRules): Screened {
  const date = calendarDate(rules.now, rules.timeZone ?? "UTC");
  const open = lowerKeys(rules.openReviews ?? {});
  const seen = new Set<string>();
  const eligible: string[] = [];
  const skipped: Skipped[] = [];
  for (const login of candidates) {
    const key = login.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const cause = firstSkipCause(login, rules, date, open[key] ?? 0);
    if (cause) skipped.push({ login, because: cause });
    else eligible.push(login);
  }
  return { eligible, skipped };
}

function firstSkipCause(login: string, rules: ScreenRules, date: string, openReviews: number): SkipCause | null {
  if (isBot(login)) return "bot";
  if (rules.author !== undefined && sameLogin(login, rules.author)) return "author";
  if (rules.exclude?.some((other) => sameLogin(other, login))) return "excluded";
  if (isAway(login, rules.away, date)) return "away";
  if (rules.busy.some((other) => sameLogin(other, login))) return "busy";
  if (rules.maxOpenReviews !== undefined && openReviews >= rules.maxOpenReviews) return "at-capacity";
  return null;
}

export function lowerKeys<T>(record: Record<string, T>): Record<string, T> {
  const result: Record<string, T> = {};
  for (const [key, value] of Object.entries(record)) result[key.toLowerCase()] = value;
  return result;
}
