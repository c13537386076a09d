import type { Logger } from "probot";
import type { AutoVerifyFacts, Runbook } from "../checklist/types.js";
import { evaluateChecklist } from "../checklist/verdict.js";
import type { Config } from "../config/schema.js";
import { upsertMarkedComment } from "../github/comments.js";
import { commentOnIssue, readIssue } from "../github/issues.js";
import type { GitHub } from "../github/octokit.js";
import { recentPullRequests, type PullSummary } from "../github/releases.js";
import type { Operation, Store } from "../store/index.js";
import { openOpsLog, planSummariesFor } from "./operation-create.js";
import type { PairPicker } from "./operation-pair.js";
import { loadRunbook } from "./operation-runbook.js";
import { planClean } from "./release-facts.js";
import { isReleasePull, mentionsVersion, releaseVersion, sameVersion } from "./release-pull.js";
import { gapOf, renderSkippedReport, skippedMarker, type SkippedReport } from "./release-skipped.js";

export interface PublishedRelease {
  id: number;
  tagName: string;
  name: string;
  author: string;
  publishedAt: Date;
}

export interface ReleaseReportDeps {
  store: Store;
  log: Logger;
  pickPair: PairPicker;
}

export type ReleaseReportResult =
  /** The release PR's or the ops-log's checklist was complete: nothing to say. */
  | "complete"
  /** The existing ops-log issue got (or already had) the report. */
  | "commented"
  /** A new ops-log issue was opened with the report. */
  | "opened"
  /** The runbook cannot be read, so nothing can be judged (the release PR's check already says why). */
  | "unjudgeable"
  /** Another event for this release got here first. */
  | "duplicate";

const baseName = (file: string): string => file.replace(/\.md$/i, "").toLowerCase();

/** The release PR for the version among recent pull requests: a merged one first, else the most recently updated. */
function releasePullFor(pulls: readonly PullSummary[], tag: string, config: Config): PullSummary | undefined {
  const candidates = pulls.filter((pull) => {
    const version = releaseVersion(pull);
    return version !== undefined && sameVersion(version, tag) && isReleasePull(pull, config.release);
  });
  return candidates.find((pull) => pull.merged) ?? candidates[0];
}

/** The newest ops-log of the release runbook whose title names this version. */
async function opsLogFor(store: Store, repoName: string, tag: string, config: Config): Promise<Operation | undefined> {
  const bare = tag.replace(/^v/i, "");
  const operations = await store.searchOperations({ repo: repoName, text: bare, limit: 50 });
  return operations.find(
    (operation) =>
      operation.issueNumber !== null &&
      baseName(operation.runbook ?? "") === baseName(config.release.runbook) &&
      mentionsVersion(operation.title, tag),
  );
}

/**
 * A release was published. When neither its release PR's checklist nor its
 * ops-log's checklist is complete, the ops-log says what was skipped: the
 * existing log gets a comment, or a log is opened for the release (its pair
 * from the release PR, else the release's author, who did the work) with the
 * same comment. Every release is reported at most once.
 */
export async function reportReleaseWithoutChecklist(
  gh: GitHub,
  deps: ReleaseReportDeps,
  input: { owner: string; repo: string; defaultBranch: string; config: Config; release: PublishedRelease },
): Promise<ReleaseReportResult> {
  const { owner, repo, config, release } = input;
  const repoName = `${owner}/${repo}`;
  const gates = config.release.gates;
  const loaded = await loadRunbook(gh, { owner, repo, defaultBranch: input.defaultBranch, config, file: config.release.runbook, gates });
  if (!loaded.ok) {
    deps.log.warn({ release: release.tagName, runbook: loaded.path, reason: loaded.reason }, "release published, but its runbook cannot be judged");
    return "unjudgeable";
  }
  const { runbook } = loaded;
  const context = { version: release.tagName };
  const judge = (body: string, facts: AutoVerifyFacts) =>
    evaluateChecklist({ body, runbook, gates, facts, lang: config.lang, headings: config.runbooks.headings, context });

  const pulls = await recentPullRequests(gh, { owner, repo });
  const pull = releasePullFor(pulls, release.tagName, config);
  const report: SkippedReport = { tag: release.tagName, searched: pulls.length };
  if (pull) {
    const clean = planClean(await deps.store.latestPlanRuns(repoName, pull.number), pull.headSha);
    const verdict = judge(pull.body, { "release-exists": true, ...(clean === undefined ? {} : { "plan-clean": clean }) });
    if (verdict.conclusion === "success") return "complete";
    report.pull = { number: pull.number, ...gapOf(verdict, gates) };
  }

  const existing = await opsLogFor(deps.store, repoName, release.tagName, config);
  if (existing?.issueNumber) {
    const issue = await readIssue(gh, { owner, repo, issueNumber: existing.issueNumber });
    const verdict = judge(issue.body, { "release-exists": true });
    if (verdict.conclusion === "success") return "complete";
    report.opsLog = gapOf(verdict, gates);
    await upsertMarkedComment(gh, { owner, repo, issueNumber: existing.issueNumber, marker: skippedMarker(release.id), body: renderSkippedReport(report, release.id, config.lang) });
    return "commented";
  }

  // Both `created` and `published` (or two replicas) may get here: one log per release.
  if (!(await deps.store.recordDelivery(`release-ops-log:${repoName}:${release.id}`))) return "duplicate";
  const pair = await pairFor(gh, deps, { owner, repo, config, release, pullNumber: pull?.number });
  const opened = await openOpsLog(gh, deps, {
    owner,
    repo,
    config,
    title: `${runbookTitle(runbook, config)} ${release.tagName}`,
    what: whatText(release, pull?.number, config),
    why: whyText(config),
    runbook,
    planSummaries: pull ? await planSummariesFor(deps.store, repoName, [pull.number]) : [],
    commander: pair.commander,
    driver: pair.driver,
    plannedAt: release.publishedAt,
    requester: release.author,
    context,
  });
  await commentOnIssue(gh, { owner, repo, issueNumber: opened.number, body: renderSkippedReport(report, release.id, config.lang) });
  return "opened";
}

/** The release PR's pair; without a PR (or a pair), the release's author did the work and is recorded as both. */
async function pairFor(
  gh: GitHub,
  deps: ReleaseReportDeps,
  input: { owner: string; repo: string; config: Config; release: PublishedRelease; pullNumber: number | undefined },
): Promise<{ commander: string; driver: string }> {
  const alone = { commander: input.release.author, driver: input.release.author };
  if (input.pullNumber === undefined) return alone;
  const pair = await deps.pickPair(gh, deps, {
    owner: input.owner,
    repo: input.repo,
    number: input.pullNumber,
    author: input.release.author,
    config: input.config,
    lang: input.config.lang,
  });
  if ("error" in pair) {
    deps.log.warn({ pull: input.pullNumber, error: pair.error }, "no pair for the release; its author is recorded");
    return alone;
  }
  return pair;
}

function runbookTitle(runbook: Runbook, config: Config): string {
  if (runbook.title !== "") return runbook.title;
  return config.lang === "ja" ? "リリース" : "Release";
}

function whatText(release: PublishedRelease, pullNumber: number | undefined, config: Config): string {
  const named = release.name !== "" && release.name !== release.tagName ? ` (${release.name})` : "";
  const pull = pullNumber === undefined ? "" : config.lang === "ja" ? ` リリースのプルリクエスト: #${pullNumber}。` : ` Release pull request: #${pullNumber}.`;
  return config.lang === "ja"
    ? `GitHub のリリース ${release.tagName}${named} が ${release.author} によって公開されました。${pull}`
    : `GitHub release ${release.tagName}${named} was published by ${release.author}.${pull}`;
}

function whyText(config: Config): string {
  return config.lang === "ja"
    ? "リリースのチェックリストが完了しないまま公開されたため、infra-coach がこの記録を作成しました。省略された作業は下のコメントにあります。"
    : "infra-coach opened this log because the release was published before its release checklist was complete; the comment below lists what was skipped.";
}
