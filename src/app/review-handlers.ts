import type { Probot } from "probot";
import { canWrite, permissionOf } from "../github/repository.js";
import { parseCommand } from "./commands.js";
import { loadConfigOrReport } from "./config-check.js";
import type { Services } from "./index.js";
import { assignPair } from "./pairing.js";
import { recordManualRequest } from "./review-manual.js";
import { rerollCoReviewer } from "./review-reroll.js";

/** Labels the app sets itself (plan labels): never operation work. */
const OWN_LABEL_PREFIX = "infra-coach:";

/**
 * Review and pairing events that do not go through the plan flow: a person's own review request,
 * reviews submitted and PRs closed (open load ends), the operation label, and `/infra-coach reroll`.
 * Config problems are only logged here; the PR's plan events report them as a check run.
 */
export function registerReviewHandlers(app: Probot, services: Pick<Services, "store">): void {
  const { store } = services;

  app.on("pull_request.review_requested", async (context) => {
    const { payload } = context;
    // The app's own requests come back as this event, sent by its bot.
    const requested = "requested_reviewer" in payload ? payload.requested_reviewer : undefined;
    if (payload.sender.type === "Bot" || !requested) return;
    const config = await loadConfigOrReport(context, undefined);
    if (!config) return;
    const { owner, repo } = context.repo();
    const recorded = await recordManualRequest(context.octokit, { store, log: context.log }, {
      owner,
      repo,
      number: payload.pull_request.number,
      author: payload.pull_request.user?.login ?? "",
      login: requested.login,
      config,
    });
    if (recorded) context.log.info({ pull: payload.pull_request.number, login: requested.login }, "manual co-review recorded");
  });

  app.on("pull_request_review.submitted", async (context) => {
    const { owner, repo } = context.repo();
    const login = context.payload.review.user?.login;
    if (!login) return;
    await store.settleAssignments({ repo: `${owner}/${repo}`, pr: context.payload.pull_request.number, login });
  });

  app.on("pull_request.closed", async (context) => {
    const { owner, repo } = context.repo();
    await store.settleAssignments({ repo: `${owner}/${repo}`, pr: context.payload.pull_request.number });
  });

  app.on("pull_request.labeled", async (context) => {
    const label = context.payload.label?.name;
    if (!label || label.startsWith(OWN_LABEL_PREFIX)) return;
    const config = await loadConfigOrReport(context, undefined);
    if (!config || !config.pairing.enabled || label !== config.pairing.label) return;
    const { owner, repo } = context.repo();
    const pull = context.payload.pull_request;
    const result = await assignPair(context.octokit, { store, log: context.log }, {
      owner,
      repo,
      number: pull.number,
      ...(pull.user ? { author: pull.user.login } : {}),
      config,
    });
    context.log.info({ pull: pull.number, ...result }, "operation pair");
  });

  app.on("issue_comment.created", async (context) => {
    const { comment, issue } = context.payload;
    if (comment.user?.type === "Bot" || !issue.pull_request || issue.state === "closed") return;
    if (parseCommand(comment.body)?.name !== "reroll") return;
    const { owner, repo } = context.repo();
    const by = comment.user?.login ?? "";
    if (!canWrite(await permissionOf(context.octokit, { owner, repo, username: by }))) {
      context.log.info({ by }, "reroll from a user without write access ignored");
      await context.octokit.rest.reactions.createForIssueComment({ owner, repo, comment_id: comment.id, content: "-1" });
      return;
    }
    const config = await loadConfigOrReport(context, undefined);
    if (!config || !config.review.enabled) return;
    // Each command comment rerolls once, however often its event is delivered.
    if (!(await store.recordDelivery(`reroll:${owner}/${repo}#${issue.number}:${comment.id}`))) return;
    const result = await rerollCoReviewer(context.octokit, { store, log: context.log }, {
      owner,
      repo,
      number: issue.number,
      author: issue.user?.login ?? "",
      config,
    });
    if (!result) return;
    context.log.info({ pull: issue.number, by, picked: result.picked, previous: result.previous }, "co-reviewer rerolled");
    await context.octokit.rest.issues.createComment({ owner, repo, issue_number: issue.number, body: result.reply });
  });
}
