import type { Context, Probot } from "probot";
import { findChecklistBlock } from "../checklist/insert.js";
import type { Config } from "../config/schema.js";
import { commentOnIssue, reactToComment } from "../github/issues.js";
import { canWrite, permissionOf } from "../github/repository.js";
import { parseOperationCommand } from "../history/command.js";
import { escapeInline } from "../render/escape.js";
import { repoName, type Services } from "./index.js";
import { startOperation } from "./operation-command.js";
import { loadConfig } from "./config-check.js";
import { refreshOpsLogIndex } from "./operation-index.js";
import { completeOpsLog, recordTicks, reviewIfApproved } from "./operation-lifecycle.js";
import { rotationPairPicker, type PairPicker } from "./operation-pair.js";

export interface OperationHandlerOptions {
  /** Commander/driver choice; default the pairing rotation (`assignPair`). */
  pickPair?: PairPicker;
}

/**
 * The operation log: `/infra-coach operation <runbook> [title]` opens an
 * ops-log issue; an approval (comment or 👍) by someone other than the
 * requester marks it reviewed; ticks in its checklist are timed; closing it
 * records the outcome and the executed steps. Every change rewrites the
 * pinned index issue. All ops-log work of a repository runs one job at a
 * time (one index issue, no lost tick).
 */
export function registerOperationHandlers(app: Probot, services: Services, options: OperationHandlerOptions = {}): void {
  const { store } = services;
  const pickPair = options.pickPair ?? rotationPairPicker;
  const enqueue = (context: Context, job: () => Promise<unknown>): void => {
    const queued = services.queue.enqueue(`ops-log:${repoName(context)}`, async () => {
      await job();
    });
    if (queued === "busy") context.log.warn({ pending: services.queue.pending }, "work queue full; ops-log event dropped");
  };

  app.on("issue_comment.created", async (context) => {
    const { comment, issue } = context.payload;
    if (comment.user?.type === "Bot") return;
    const { owner, repo } = context.repo();
    const author = comment.user?.login ?? "";
    const command = parseOperationCommand(comment.body);

    if (command) {
      if (!canWrite(await permissionOf(context.octokit, { owner, repo, username: author }))) {
        context.log.info({ author }, "operation command from a user without write access ignored");
        await reactToComment(context.octokit, { owner, repo, commentId: comment.id, content: "-1" });
        return;
      }
      if (!command.ok) {
        await commentOnIssue(context.octokit, { owner, repo, issueNumber: issue.number, body: `\`/infra-coach operation\`: ${escapeInline(command.message)}` });
        return;
      }
      const loaded = await loadConfig(context);
      if (!loaded.ok) {
        await commentOnIssue(context.octokit, { owner, repo, issueNumber: issue.number, body: `\`/infra-coach operation\`: ${escapeInline(loaded.error.message)}` });
        return;
      }
      const config = loaded.config;
      const defaultBranch = context.payload.repository.default_branch;
      enqueue(context, async () => {
        const result = await startOperation(context.octokit, { store, log: context.log, pickPair }, {
          owner,
          repo,
          defaultBranch,
          config,
          command,
          issue: { number: issue.number, title: issue.title, body: issue.body ?? "", isPullRequest: Boolean(issue.pull_request) },
          comment: { id: comment.id, body: comment.body, author, createdAt: new Date(comment.created_at) },
        });
        context.log.info({ issue: issue.number, ...result }, "operation command");
      });
      return;
    }

    const operation = await store.operationForIssue(repoName(context), issue.number);
    if (!operation || operation.status !== "planned") return;
    enqueue(context, async () => {
      const current = (await store.getOperation(operation.id)) ?? operation;
      const reviewed = await reviewIfApproved(context.octokit, store, {
        owner,
        repo,
        operation: current,
        issueBody: issue.body ?? "",
        comments: [{ author, isBot: false, body: comment.body }],
      });
      if (reviewed.status !== "reviewed" || current.status === "reviewed") return;
      context.log.info({ issue: issue.number, by: reviewed.reviewedBy }, "ops-log reviewed");
      await withConfig(context, (config) => refreshOpsLogIndex(context.octokit, { store, log: context.log }, { owner, repo, config }));
    });
  });

  app.on("issues.edited", async (context) => {
    const { issue, changes, sender } = context.payload;
    const before = changes.body?.from;
    // The app's own edits (the completion) tick nothing.
    if (before === undefined || sender.type === "Bot") return;
    if (findChecklistBlock(before)?.inner === findChecklistBlock(issue.body)?.inner) return;
    const operation = await store.operationForIssue(repoName(context), issue.number);
    if (!operation) return;
    enqueue(context, () =>
      withConfig(context, (config) =>
        recordTicks(store, {
          repoName: repoName(context),
          issueNumber: issue.number,
          before,
          after: issue.body ?? "",
          at: new Date(issue.updated_at),
          by: sender.login,
          headings: config.runbooks.headings,
        }),
      ),
    );
  });

  app.on("issues.closed", async (context) => {
    const { issue, sender } = context.payload;
    const operation = await store.operationForIssue(repoName(context), issue.number);
    if (!operation) return;
    const closedAt = new Date(issue.closed_at ?? issue.updated_at);
    // A redelivered close: this very close is already recorded.
    if (operation.completedAt !== null && new Date(operation.completedAt).getTime() === closedAt.getTime()) return;
    const { owner, repo } = context.repo();
    enqueue(context, () =>
      withConfig(context, async (config) =>
        completeOpsLog(context.octokit, { store, log: context.log }, {
          owner,
          repo,
          config,
          operation: (await store.getOperation(operation.id)) ?? operation,
          issue: { number: issue.number, body: issue.body ?? "", closedAt, stateReason: issue.state_reason ?? null },
          closedBy: sender.login,
        }),
      ),
    );
  });
}

/** Runs `job` with the configuration; a broken file is logged (the plan checks report it on pull requests). */
async function withConfig(context: Context, job: (config: Config) => Promise<unknown>): Promise<void> {
  const loaded = await loadConfig(context);
  if (!loaded.ok) {
    context.log.warn({ key: loaded.error.key, reason: loaded.error.reason }, "invalid infra-coach configuration; ops-log not updated");
    return;
  }
  await job(loaded.config);
}
