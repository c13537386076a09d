import type { PlaceholderContext } from "../checklist/placeholders.js";
import type { Config } from "../config/schema.js";

/** The check run every release pull request gets; branch protection may require it by this name. */
export const RELEASE_CHECK_NAME = "infra-coach / release checklist";

interface PullIdentity {
  title: string;
  headRef: string;
  labels: readonly string[];
}

/**
 * A release pull request: it carries one of `release.labels`, or its head
 * branch matches `release.branch_pattern`, or its title matches
 * `release.title_pattern` (an empty pattern matches nothing).
 */
export function isReleasePull(pull: PullIdentity, release: Config["release"]): boolean {
  if (!release.enabled) return false;
  if (pull.labels.some((label) => release.labels.includes(label))) return true;
  if (release.branch_pattern !== "" && new RegExp(release.branch_pattern).test(pull.headRef)) return true;
  return release.title_pattern !== "" && new RegExp(release.title_pattern).test(pull.title);
}

/** `v1.4.0`, `1.4.0`, `v2.0.0-rc.1`: three numbers with an optional pre-release part. */
const VERSION = /(?<![\w.])v?\d+\.\d+\.\d+(?:-[0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*)?(?![\w.]*\d)/;
const DATE = /\b(\d{4}-\d{2}-\d{2})\b/;

/** The version a release PR is about, from its title, else its branch (`release/v1.4.0`); as written. */
export function releaseVersion(pull: Pick<PullIdentity, "title" | "headRef">): string | undefined {
  return VERSION.exec(pull.title)?.[0] ?? VERSION.exec(pull.headRef)?.[0];
}

/** `v1.4.0` and `1.4.0` name the same release. */
export function sameVersion(a: string, b: string): boolean {
  const normal = (version: string) => version.trim().replace(/^v/i, "").toLowerCase();
  return normal(a) !== "" && normal(a) === normal(b);
}

/** Whether the text names the version as a word (`Release v1.4.0 to prod` names 1.4.0, not 1.4.0-rc.1 or 1.4.01). */
export function mentionsVersion(text: string, version: string): boolean {
  const pattern = new RegExp(VERSION.source, "g");
  return [...text.matchAll(pattern)].some((match) => sameVersion(match[0], version));
}

/**
 * Placeholder values a release PR provides: `{{version}}` and, when the
 * title or branch names a day (`Release v1.4.0 on 2025-03-14`), `{{date}}`.
 * Anything else stays in the checklist for a person to fill in.
 */
export function releaseContext(pull: Pick<PullIdentity, "title" | "headRef">): PlaceholderContext {
  const version = releaseVersion(pull);
  const date = DATE.exec(pull.title)?.[1] ?? DATE.exec(pull.headRef)?.[1];
  return { ...(version ? { version } : {}), ...(date ? { date } : {}) };
}

/** The PR a merge-queue group was made for: `refs/heads/gh-readonly-queue/<base>/pr-<n>-<sha>`. */
export function mergeGroupPullNumber(headRef: string): number | undefined {
  const match = /(?:^|\/)gh-readonly-queue\/.+\/pr-(\d+)-[0-9a-f]{7,64}$/.exec(headRef);
  const number = match ? Number(match[1]) : NaN;
  return Number.isSafeInteger(number) && number > 0 ? number : undefined;
}
