import type { Logger } from "probot";
import type { HeadingConfig } from "../checklist/types.js";
import type { Config } from "../config/schema.js";
import { listIssueComments, thumbsUpOnIssue, updateIssueBody } from "../github/issues.js";
import type { GitHub } from "../github/octokit.js";
import { isApproval } from "../history/approval.js";
import { renderCompletion, withCompletion } from "../history/completion.js";
import type { Outcome } from "../history/types.js";
import type { Operation, Store } from "../store/index.js";
import { requesterOf } from "./operation-create.js";
import { refreshOpsLogIndex } from "./operation-index.js";
import { applyEdit, parseOutcomeCommand, recordedTicksSchema, stepsFromComments, stepsFromTicks, type RecordedTick } from "./operation-steps.js";

export interface OpsLogDeps {
  store: Store;
  log: Logger;
}

/**
 * The ticks of an ops-log's checklist, with their times, live beside the
 * checklist verdicts under a key no commit can have (the issue number takes
 * the place of the PR number).
 */
const TICKS_KEY = "ops-log-ticks";

async function recordedTicks(store: Store, repoName: string, issueNumber: number): Promise<RecordedTick[]> {
  const parsed = recordedTicksSchema.safeParse(await store.checklistVerdict(repoName, issueNumber, TICKS_KEY));
  return parsed.success ? parsed.data.ticks : [];
}

/** Remembers which boxes an edit of the ops-log ticked (and when, by whom), for the executed-steps record. */
export async function recordTicks(
  store: Store,
  input: { repoName: string; issueNumber: number; before: string; after: string; at: Date; by: string; headings: Partial<HeadingConfig> },
): Promise<boolean> {
  const recorded = await recordedTicks(store, input.repoName, input.issueNumber);
  const next = applyEdit(recorded, input);
  if (!next) return false;
  await store.saveChecklistVerdict({ repo: input.repoName, pr: input.issueNumber, headSha: TICKS_KEY, verdict: { v: 1, ticks: next } });
  return true;
}

/**
 * A planned operation becomes reviewed when someone other than its
 * requester approves: one of `comments` (see isApproval), or a 👍 on the
 * issue (GitHub sends no event for reactions, so they are read whenever
 * something else happens on the log). Returns the operation as it is now.
 */
export async function reviewIfApproved(
  gh: GitHub,
  store: Store,
  input: { owner: string; repo: string; operation: Operation; issueBody: string; comments: readonly { author: string; isBot: boolean; body: string }[]; at?: Date },
): Promise<Operation> {
  const { operation } = input;
  if (operation.status !== "planned" || operation.issueNumber === null) return operation;
  const requester = requesterOf(input.issueBody) ?? "";
  let approver = input.comments.find((comment) => !comment.isBot && isApproval(comment, requester))?.author;
  if (approver === undefined) {
    const thumbs = await thumbsUpOnIssue(gh, { owner: input.owner, repo: input.repo, issueNumber: operation.issueNumber });
    approver = thumbs.find((login) => login.toLowerCase() !== requester.toLowerCase());
  }
  if (approver === undefined) return operation;
  const updated = await store.updateOperation(operation.id, { status: "reviewed", reviewedBy: approver, ...(input.at ? { at: input.at } : {}) });
  return updated ?? operation;
}

const NOT_REVIEWED = {
  en: "Closed without a review before the work.",
  ja: "作業前のレビューなしで閉じられました。",
} as const;

export interface ClosedOpsLog {
  owner: string;
  repo: string;
  config: Config;
  operation: Operation;
  issue: { number: number; body: string; closedAt: Date; stateReason: string | null };
  closedBy: string;
}

/**
 * Closing the ops-log completes the operation: the outcome (the last
 * `/infra-coach outcome …` by the commander, driver or requester; else
 * cancelled when closed as not planned, else success), the executed steps
 * (ticked boxes at the time they were ticked, and the commander's and
 * driver's comments) go into the issue body; the store and the index follow.
 */
export async function completeOpsLog(gh: GitHub, deps: OpsLogDeps, input: ClosedOpsLog): Promise<Operation> {
  const { owner, repo, config, issue } = input;
  const repoName = `${owner}/${repo}`;
  const comments = await listIssueComments(gh, { owner, repo, issueNumber: issue.number });
  const operation = await reviewIfApproved(gh, deps.store, { owner, repo, operation: input.operation, issueBody: issue.body, comments, at: issue.closedAt });

  const requester = requesterOf(issue.body) ?? "";
  const people = { commander: operation.commander ?? "", driver: operation.driver ?? "" };
  const allowed = new Set([people.commander, people.driver, requester].map((login) => login.toLowerCase()).filter(Boolean));
  const outcomeCommand = comments
    .filter((comment) => !comment.isBot && allowed.has(comment.author.toLowerCase()))
    .flatMap((comment) => parseOutcomeCommand(comment.body) ?? [])
    .at(-1);
  const outcome: Outcome = outcomeCommand?.outcome ?? (issue.stateReason === "not_planned" ? "cancelled" : "success");
  const notes = [operation.status === "planned" ? NOT_REVIEWED[config.lang] : "", outcomeCommand?.notes ?? ""].filter(Boolean).join("\n");

  const headings = config.runbooks.headings;
  const steps = [
    ...stepsFromTicks(issue.body, await recordedTicks(deps.store, repoName, issue.number), { closedAt: issue.closedAt, closedBy: input.closedBy, headings, lang: config.lang }),
    ...stepsFromComments(comments, people),
  ];
  const completion = renderCompletion({ outcome, steps, lang: config.lang, ...(notes === "" ? {} : { notes }) });
  const body = withCompletion(issue.body, completion);
  if (body !== issue.body) await updateIssueBody(gh, { owner, repo, issueNumber: issue.number, body });

  const completed = await deps.store.updateOperation(operation.id, {
    status: outcome === "cancelled" ? "cancelled" : "done",
    outcome,
    completedAt: issue.closedAt,
    at: issue.closedAt,
  });
  deps.log.info({ issue: issue.number, outcome, steps: steps.length }, "ops-log completed");
  await refreshOpsLogIndex(gh, deps, { owner, repo, config });
  return completed ?? operation;
}
