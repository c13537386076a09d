import type { Context } from "probot";
import type { Config } from "../config/schema.js";
import { createCheckRun } from "../github/checks.js";
import { canWrite, permissionOf } from "../github/repository.js";
import type { Services } from "./index.js";
import { runLocalPlan } from "./local-plan-job.js";
import { localRunDecision } from "./plan-policy.js";
import { pullKey, type PullRef } from "./pull-ref.js";

export const PLAN_GATE_CHECK_NAME = "infra-coach / plan";

/** What asked for the plan; `ready_for_review` re-publishes a planned commit so the PR gets its co-reviewer. */
export type PlanTrigger = { kind: "event"; action: string } | { kind: "command"; by: string };

/** The newest head SHA seen per PR in this process: older jobs publish nothing. */
const newestHead = new Map<string, string>();

export function isNewestHead(pull: PullRef): boolean {
  return newestHead.get(pullKey(pull)) === pull.headSha;
}

/**
 * Decides whether this PR's code may be planned here, then queues the job.
 * Jobs of different pushes to one PR run side by side so the runner can
 * abort the older terraform; the older job then publishes nothing.
 */
export async function scheduleLocalPlan(
  context: Context,
  services: Services,
  pull: PullRef,
  config: Config,
  trigger: PlanTrigger,
): Promise<void> {
  const { owner, repo } = pull;
  if (trigger.kind === "event") {
    const authorCanWrite = pull.isFork ? false : canWrite(await permissionOf(context.octokit, { owner, repo, username: pull.author }));
    const decision = localRunDecision({ isFork: pull.isFork, authorCanWrite, allowForks: config.allow_forks });
    if (!decision.allowed) {
      const reason = decision.reason[config.lang];
      context.log.info({ pull: pull.number, fork: pull.isFork }, "local plan not allowed");
      await reportNotPlanned(context, pull, { title: config.lang === "ja" ? "terraform は実行していません" : "terraform was not run", summary: reason });
      return;
    }
  }
  newestHead.set(pullKey(pull), pull.headSha);
  const log = context.log.child({ repo: `${owner}/${repo}`, pull: pull.number, sha: pull.headSha });
  const queued = services.queue.enqueue(`plan:${pullKey(pull)}@${pull.headSha}`, async () => {
    if (!isNewestHead(pull)) return;
    if (trigger.kind === "event" && trigger.action !== "ready_for_review" && (await alreadyPlanned(services, pull))) {
      log.info("this commit was already planned (redelivered or repeated event)");
      return;
    }
    await runLocalPlan(context.octokit, { store: services.store, runner: services.runner, log, isNewest: () => isNewestHead(pull) }, pull, config);
  });
  if (queued === "busy") {
    log.warn({ pending: services.queue.pending }, "plan queue full");
    await reportNotPlanned(context, pull, {
      title: config.lang === "ja" ? "混み合っているため plan を受け付けられませんでした" : "Too busy to plan right now",
      summary:
        config.lang === "ja"
          ? "infra-coach の待ち行列がいっぱいです。しばらくしてから `/infra-coach plan` とコメントしてください。"
          : "infra-coach's work queue is full. Comment `/infra-coach plan` in a few minutes to try again.",
    });
  }
}

/** The neutral `infra-coach / plan` check saying why terraform did not run for this commit. */
async function reportNotPlanned(context: Context, pull: PullRef, output: { title: string; summary: string }): Promise<void> {
  await createCheckRun(context.octokit, {
    owner: pull.owner,
    repo: pull.repo,
    name: PLAN_GATE_CHECK_NAME,
    headSha: pull.headSha,
    conclusion: "neutral",
    output,
  });
}

/** A redelivered event for a commit that was already planned does not run terraform again. */
async function alreadyPlanned(services: Services, pull: PullRef): Promise<boolean> {
  const runs = await services.store.latestPlanRuns(`${pull.owner}/${pull.repo}`, pull.number);
  return runs.some((run) => run.headSha === pull.headSha);
}
