import type { Probot } from "probot";
import { downloadRunArtifact } from "../github/actions.js";
import { readPlanArtifact } from "../runner/index.js";
import { loadConfigOrReport } from "./config-check.js";
import type { Services } from "./index.js";
import { outcomeFromPlanJson } from "./plan-outcome.js";
import type { RootOutcome } from "./plan-policy.js";
import { publishPlan } from "./publish-plan.js";
import { assignCoReviewer, reviewInputFrom } from "./co-reviewer.js";
import { refreshReleaseChecklist } from "./release-checklist.js";
import { isReleasePull } from "./release-pull.js";
import { pullKey, pullRefFrom, pullRefFromRun } from "./pull-ref.js";

/**
 * `runner: actions`: the repository's own workflow ran terraform with its own
 * credentials and uploaded the plan JSON; explain it for each PR of the run.
 */
export function registerWorkflowRunHandlers(app: Probot, services: Services): void {
  app.on("workflow_run.completed", async (context) => {
    const run = context.payload.workflow_run;
    // GitHub lists the PRs whose head is this run's commit; a run for an older push names none of them.
    const pull = pullRefFromRun(run, context.payload.repository);
    if (!pull) return;
    const config = await loadConfigOrReport(context, run.head_sha);
    if (!config || config.runner !== "actions") return;
    if (config.actions.workflow && !run.path.endsWith(`/${config.actions.workflow}`)) return;
    const { owner, repo } = context.repo();
    services.queue.enqueue(`plan:${pullKey(pull)}@${pull.headSha}`, async () => {
      const zip = await downloadRunArtifact(context.octokit, { owner, repo, runId: run.id, name: config.actions.artifact });
      let outcomes: RootOutcome[];
      if (!zip) {
        outcomes = [{ root: ".", error: `workflow run ${run.id} has no artifact named "${config.actions.artifact}" (config actions.artifact)` }];
      } else {
        const artifact = readPlanArtifact(zip);
        outcomes = artifact.ok
          ? artifact.plans.map((plan) => outcomeFromPlanJson(plan.root, plan.planJson, config))
          : [{ root: ".", error: `artifact "${config.actions.artifact}": ${artifact.error}` }];
      }
      // The run does not name the PR's author or draft state; fetch the PR only while it has no co-reviewer yet.
      const pools = config.review.app_engineers.length + config.review.infra_reviewers.length;
      const needsPull =
        config.review.enabled && pools > 0 && (await services.store.assignmentsForPr(`${owner}/${repo}`, pull.number)).length === 0;
      const fullPull = needsPull ? pullRefFrom((await context.octokit.rest.pulls.get({ owner, repo, pull_number: pull.number })).data) : pull;
      const { preamble } = await assignCoReviewer(context.octokit, { store: services.store, log: context.log }, fullPull, config, {
        ...reviewInputFrom(outcomes),
        requestedReviewers: fullPull.requestedReviewers,
      });
      await publishPlan(context.octokit, services.store, context.log, {
        pull: fullPull,
        config,
        outcomes,
        checkRuns: new Map(),
        labelsUnknown: !needsPull,
        ...(preamble ? { preamble } : {}),
      });
      // A release PR's `plan-clean` item follows the plan that just finished. The run does not carry the
      // PR's labels: a PR the release check already judged at this commit is known to be one.
      const releasePull =
        isReleasePull(fullPull, config.release) ||
        (config.release.enabled && (await services.store.checklistVerdict(`${owner}/${repo}`, pull.number, pull.headSha)) !== null);
      if (releasePull) {
        await refreshReleaseChecklist(context.octokit, { store: services.store, log: context.log }, { owner, repo, number: pull.number, config });
      }
    });
  });
}
