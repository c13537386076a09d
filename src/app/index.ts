import type { ApplicationFunction, Context, Probot } from "probot";
import { LocalRunner } from "../runner/index.js";
import { openStore, type Store } from "../store/index.js";
import { registerCommandHandlers } from "./comment-commands.js";
import { registerPullRequestHandlers } from "./pull-request.js";
import { registerOperationHandlers } from "./operation-handlers.js";
import { registerReleaseHandlers } from "./release-handlers.js";
import { registerReviewHandlers } from "./review-handlers.js";
import { registerStudyGuideHandlers } from "./study-guide.js";
import { registerWorkflowRunHandlers } from "./workflow-run.js";
import { WorkQueue } from "./work-queue.js";

/** Everything the handlers share; tests pass their own. */
export interface Services {
  store: Store;
  runner: LocalRunner;
  queue: WorkQueue;
}

export interface AppOptions {
  services?: Partial<Services>;
  env?: NodeJS.ProcessEnv;
}

/** The Probot application function: wires services and registers every handler. */
export function infraCoach(options: AppOptions = {}): ApplicationFunction {
  return async (app: Probot) => {
    const services = await createServices(app, options);
    registerPullRequestHandlers(app, services);
    registerCommandHandlers(app, services);
    registerWorkflowRunHandlers(app, services);
    registerReviewHandlers(app, services);
    registerReleaseHandlers(app, services);
    registerOperationHandlers(app, services);
    registerStudyGuideHandlers(app, services);
  };
}

async function createServices(app: Probot, options: AppOptions): Promise<Services> {
  const env = options.env ?? process.env;
  const given = options.services ?? {};
  const store =
    given.store ??
    (await openStore({
      ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
      ...(env.INFRA_COACH_SQLITE_PATH ? { sqlitePath: env.INFRA_COACH_SQLITE_PATH } : {}),
    }));
  const runner =
    given.runner ??
    new LocalRunner({
      maxConcurrent: positiveInt(env.INFRA_COACH_MAX_PLANS, 2),
      ...(env.TF_PLUGIN_CACHE_DIR ? { pluginCacheDir: env.TF_PLUGIN_CACHE_DIR } : {}),
    });
  const queue =
    given.queue ??
    new WorkQueue({
      concurrency: positiveInt(env.INFRA_COACH_JOB_CONCURRENCY, 8),
      maxPending: positiveInt(env.INFRA_COACH_MAX_PENDING_JOBS, 500),
      onError: (key, error) => app.log.error({ err: error, job: key }, "job failed"),
    });
  return { store, runner, queue };
}

/** An environment setting that must be a positive whole number; anything else means the default. */
export function positiveInt(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

/** `owner/repo` of the event's repository. */
export function repoName(context: Context): string {
  const { owner, repo } = context.repo();
  return `${owner}/${repo}`;
}
