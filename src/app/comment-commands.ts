import type { Probot } from "probot";
import { canWrite, permissionOf } from "../github/repository.js";
import { parseCommand } from "./commands.js";
import { loadConfigOrReport } from "./config-check.js";
import type { Services } from "./index.js";
import { scheduleLocalPlan } from "./plan-scheduler.js";
import { pullRefFrom } from "./pull-ref.js";

export function registerCommandHandlers(app: Probot, services: Services): void {
  app.on("issue_comment.created", async (context) => {
    const { comment, issue } = context.payload;
    if (comment.user?.type === "Bot") return;
    const command = parseCommand(comment.body);
    // Only `plan` is handled here; reroll (review-handlers.ts) and operation/outcome
    // (operation-handlers.ts) do their own write-access checks.
    if (command?.name !== "plan" || !issue.pull_request) return;
    const { owner, repo } = context.repo();
    const author = comment.user?.login ?? "";
    // `/infra-coach plan` runs the PR's code with terraform: write access only.
    if (!canWrite(await permissionOf(context.octokit, { owner, repo, username: author }))) {
      context.log.info({ author }, "plan command from a user without write access ignored");
      await context.octokit.rest.reactions.createForIssueComment({ owner, repo, comment_id: comment.id, content: "-1" });
      return;
    }
    const { data } = await context.octokit.rest.pulls.get({ owner, repo, pull_number: issue.number });
    const pull = pullRefFrom(data);
    const config = await loadConfigOrReport(context, pull.headSha);
    if (!config) return;
    await context.octokit.rest.reactions.createForIssueComment({ owner, repo, comment_id: comment.id, content: "eyes" });
    if (config.runner === "local") await scheduleLocalPlan(context, services, pull, config, { kind: "command", by: author });
  });
}
