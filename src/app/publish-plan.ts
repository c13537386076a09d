import type { Logger } from "probot";
import type { Config } from "../config/schema.js";
import type { Change } from "../plan/model.js";
import { codeBlock, renderCheckRun, renderComment, type PlanSection } from "../render/index.js";
import type { SourceIndex } from "../runner/index.js";
import { StoreUnavailableError, type Store } from "../store/index.js";
import { completeCheckRun, createCheckRun } from "../github/checks.js";
import { commentMarker, upsertMarkedComment } from "../github/comments.js";
import { syncLabels } from "../github/labels.js";
import { httpStatus, type GitHub } from "../github/octokit.js";
import { labelsFor, MANAGED_PLAN_LABELS, orderOutcomes, type RootOutcome } from "./plan-policy.js";
import type { PullRef } from "./pull-ref.js";

export const PLAN_COMMENT_MARKER = commentMarker("plan");

export function planCheckName(root: string): string {
  return `infra-coach / plan (${root})`;
}

export interface PublishInput {
  pull: PullRef;
  config: Config;
  outcomes: RootOutcome[];
  /** Check runs already created (in progress) per root; missing roots get a new, completed one. */
  checkRuns: Map<string, number>;
  /** Source index per root, for "this is where it corresponds" links. */
  sources?: Map<string, SourceIndex>;
  /** The event did not carry the PR's labels (workflow_run): learn them from the label request. */
  labelsUnknown?: boolean;
  /** Trusted Markdown placed under the marker (e.g. the co-reviewer's guide). */
  preamble?: string;
}

/**
 * Posts the result of planning a PR: ONE comment (edited in place) with a
 * section per root, most important first; a completed check run per root;
 * the app's labels. A comment GitHub refuses fails every check run loudly
 * instead of passing silently.
 */
export async function publishPlan(gh: GitHub, store: Store, log: Logger, input: PublishInput): Promise<void> {
  const { pull, config } = input;
  const ordered = orderOutcomes(input.outcomes);
  const sections = ordered.map((outcome) => sectionFor(outcome, pull, input.sources?.get(outcome.root)));
  const header = input.preamble ? `${PLAN_COMMENT_MARKER}\n${input.preamble}` : PLAN_COMMENT_MARKER;
  const body = renderComment(sections, {
    lang: config.lang,
    maxLength: config.comment.max_length,
    mermaid: config.comment.mermaid,
    header,
  });

  const repoName = `${pull.owner}/${pull.repo}`;
  let commentFailure: string | undefined;
  try {
    const knownId = (await store.commentIdFor(repoName, pull.number, "plan")) ?? undefined;
    const { id } = await upsertMarkedComment(gh, {
      owner: pull.owner,
      repo: pull.repo,
      issueNumber: pull.number,
      marker: PLAN_COMMENT_MARKER,
      body,
      ...(knownId !== undefined ? { knownId } : {}),
    });
    if (id !== knownId) await store.rememberComment(repoName, pull.number, "plan", id);
  } catch (error) {
    // The comment's id is bookkept in the store: a database outage must not read as GitHub's refusal.
    commentFailure =
      error instanceof StoreUnavailableError
        ? `the app's database is unavailable, so the plan comment may be out of date: ${firstLine(error)}`
        : `GitHub refused the plan comment (HTTP ${httpStatus(error) ?? "error"}): ${firstLine(error)}`;
    log.error({ err: error, pull: pull.number }, "plan comment failed");
  }

  for (const [index, outcome] of ordered.entries()) {
    const output = renderCheckRun(sections[index]!, config.lang);
    const conclusion: "success" | "failure" = outcome.error || commentFailure ? "failure" : "success";
    const summary = commentFailure ? `**${commentFailure}**\n\n${output.summary}` : output.summary;
    const checkOutput = { title: output.title, summary, text: outcome.log ? terraformOutput(outcome.log, output.text) : output.text };
    const existing = input.checkRuns.get(outcome.root);
    if (existing !== undefined) {
      await completeCheckRun(gh, { owner: pull.owner, repo: pull.repo, checkRunId: existing, conclusion, output: checkOutput });
    } else {
      await createCheckRun(gh, {
        owner: pull.owner,
        repo: pull.repo,
        name: planCheckName(outcome.root),
        headSha: pull.headSha,
        conclusion,
        output: checkOutput,
        externalId: `${pull.number}:${outcome.root}`,
      });
    }
    await store.recordPlanRun({
      repo: repoName,
      pr: pull.number,
      root: outcome.root,
      headSha: pull.headSha,
      status: "completed",
      conclusion,
      headline: output.title,
      riskIds: [...new Set(outcome.explained?.explanations.flatMap((e) => e.risks.map((risk) => risk.id)) ?? [])],
    });
  }

  if (config.labels) {
    await syncLabels(gh, {
      owner: pull.owner,
      repo: pull.repo,
      issueNumber: pull.number,
      ...(input.labelsUnknown ? {} : { current: pull.labels }),
      wanted: labelsFor(ordered),
      managed: MANAGED_PLAN_LABELS,
    });
  }
  if (commentFailure) throw new Error(commentFailure);
}

function sectionFor(outcome: RootOutcome, pull: PullRef, sources: SourceIndex | undefined): PlanSection {
  return {
    title: outcome.root,
    ...(outcome.explained ? { explained: outcome.explained } : {}),
    ...(outcome.error ? { error: outcome.error } : {}),
    ...(sources ? { locate: (change: Change) => linkTo(pull, sources, change) } : {}),
  };
}

function linkTo(pull: PullRef, sources: SourceIndex, change: Change): { url: string; label: string } | undefined {
  const location = sources.locate(change.address);
  if (!location) return undefined;
  const lines = `L${location.startLine}-L${location.endLine}`;
  const path = location.path.split("/").map(encodeURIComponent).join("/");
  return {
    url: `${pull.htmlUrl}/blob/${pull.headSha}/${path}#${lines}`,
    label: `${location.path}#${lines}`,
  };
}

/** terraform's own words after a failure (redacted by the runner), fenced so nothing in them renders. */
function terraformOutput(log: string, text: string): string {
  const tail = log.length > 50_000 ? log.slice(log.length - 50_000) : log;
  return `${text}\n\n#### terraform output (end)\n\n${codeBlock(tail)}`;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0]!.slice(0, 300);
}
