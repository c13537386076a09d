import type { Logger } from "probot";
import { z } from "zod";
import type { PlaceholderContext } from "../checklist/placeholders.js";
import type { Runbook } from "../checklist/types.js";
import type { Config } from "../config/schema.js";
import { createIssue } from "../github/issues.js";
import type { GitHub } from "../github/octokit.js";
import { decodeDataMarker, encodeDataMarker } from "../history/data-marker.js";
import { renderOperationIssue } from "../history/issue.js";
import type { PlanSummary } from "../history/types.js";
import type { Operation, Store } from "../store/index.js";
import { refreshOpsLogIndex } from "./operation-index.js";

/**
 * Who asked for the operation (typed the command, published the release).
 * The issue itself is written by the app, so "someone other than the author
 * approves" means someone other than this person.
 */
const REQUESTER_KIND = "ops-log:requester";
const requesterSchema = z.object({ login: z.string() });

export function requesterOf(body: string | null | undefined): string | undefined {
  const parsed = requesterSchema.safeParse(decodeDataMarker(body, REQUESTER_KIND));
  return parsed.success ? parsed.data.login : undefined;
}

const LINKED_PULLS_LIMIT = 10;

/** `#123` references in the texts (not in code), first ten, in order. */
export function referencedNumbers(...texts: string[]): number[] {
  const numbers = texts.flatMap((text) =>
    [...text.replace(/```[\s\S]*?```|`[^`\n]*`/g, " ").matchAll(/(?<![\w/&])#(\d{1,9})\b/g)].map((match) => Number(match[1])),
  );
  return [...new Set(numbers)].slice(0, LINKED_PULLS_LIMIT);
}

/**
 * One line per Terraform root of each pull request, from the plans
 * infra-coach already published (the store; no GitHub request). Numbers that
 * are issues, or PRs never planned, simply have none.
 */
export async function planSummariesFor(store: Store, repoName: string, pulls: readonly number[]): Promise<PlanSummary[]> {
  const summaries: PlanSummary[] = [];
  for (const pullRequest of pulls) {
    for (const run of await store.latestPlanRuns(repoName, pullRequest)) {
      if (run.status === "completed" && run.headline !== "") summaries.push({ root: run.root, headline: run.headline, pullRequest });
    }
  }
  return summaries;
}

export interface NewOpsLog {
  owner: string;
  repo: string;
  config: Config;
  title: string;
  what: string;
  why: string;
  runbook: Runbook;
  planSummaries: readonly PlanSummary[];
  commander: string;
  driver: string;
  plannedAt: Date;
  requester: string;
  context?: PlaceholderContext;
}

/**
 * Writes the ops-log issue before the work (labelled `history.label`),
 * records the operation and rewrites the index. The caller makes sure this
 * runs once per operation.
 */
export async function openOpsLog(
  gh: GitHub,
  deps: { store: Store; log: Logger },
  input: NewOpsLog,
): Promise<{ number: number; operation: Operation }> {
  const { owner, repo, config } = input;
  const rendered = renderOperationIssue({
    title: input.title,
    what: input.what,
    why: input.why,
    runbook: input.runbook,
    planSummaries: input.planSummaries,
    commander: input.commander,
    driver: input.driver,
    plannedAt: input.plannedAt,
    lang: config.lang,
    label: config.history.label,
    ...(input.context ? { context: input.context } : {}),
  });
  const body = `${rendered.body}${encodeDataMarker(REQUESTER_KIND, { login: input.requester })}\n`;
  const issue = await createIssue(gh, { owner, repo, title: rendered.title, body, labels: rendered.labels });
  const { operation } = await deps.store.createOperation({
    repo: `${owner}/${repo}`,
    issueNumber: issue.number,
    runbook: input.runbook.name,
    title: input.title,
    commander: input.commander,
    driver: input.driver,
    plannedAt: input.plannedAt,
    summary: input.what,
  });
  deps.log.info({ issue: issue.number, runbook: input.runbook.name }, "ops-log issue opened");
  await refreshOpsLogIndex(gh, deps, { owner, repo, config });
  return { number: issue.number, operation };
}
