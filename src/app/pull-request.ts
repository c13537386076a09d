import type { Probot } from "probot";
import { loadConfigOrReport } from "./config-check.js";
import type { Services } from "./index.js";
import { scheduleLocalPlan } from "./plan-scheduler.js";
import { pullRefFrom } from "./pull-ref.js";

export function registerPullRequestHandlers(app: Probot, services: Services): void {
  app.on(
    ["pull_request.opened", "pull_request.synchronize", "pull_request.reopened", "pull_request.ready_for_review"],
    async (context) => {
      const pull = pullRefFrom(context.payload.pull_request);
      const config = await loadConfigOrReport(context, pull.headSha);
      if (!config) return;
      // runner: actions plans arrive later as a workflow_run artifact.
      if (config.runner === "local") await scheduleLocalPlan(context, services, pull, config, { kind: "event", action: context.payload.action });
    },
  );
}
