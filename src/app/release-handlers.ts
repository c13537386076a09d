import type { Context, Probot } from "probot";
import type { Config } from "../config/schema.js";
import { loadConfig, loadConfigOrReport } from "./config-check.js";
import { repoName, type Services } from "./index.js";
import { rotationPairPicker, type PairPicker } from "./operation-pair.js";
import { pullKey, pullRefFrom, type PullRef } from "./pull-ref.js";
import { evaluateReleasePull, judgedAlready, type ReleaseCheckOptions } from "./release-checklist.js";
import { reportReleaseWithoutChecklist } from "./release-published.js";
import { isReleasePull, mergeGroupPullNumber } from "./release-pull.js";

export interface ReleaseHandlerOptions {
  /** Commander/driver choice for the ops-log of a release published without its checklist; default the pairing rotation. */
  pickPair?: PairPicker;
}

/** Events that give a commit its first release-checklist check, so a non-release PR gets the neutral one. */
const FIRST_LOOK = new Set(["opened", "reopened", "synchronize"]);

/**
 * Release checklist enforcement: the `infra-coach / release checklist` check
 * on release PRs (and on merge-queue commits), re-judged when the PR's body,
 * title, labels, commits or reviews change; and the report when a release
 * is published without a completed checklist. Jobs of one PR run one at a
 * time, in arrival order, so the last check posted judges the newest body.
 */
export function registerReleaseHandlers(app: Probot, services: Services, options: ReleaseHandlerOptions = {}): void {
  const { store } = services;
  const pickPair = options.pickPair ?? rotationPairPicker;

  const judge = (context: Context, pull: PullRef, config: Config, checkOptions: ReleaseCheckOptions): void => {
    const queued = services.queue.enqueue(`release:${pullKey(pull)}`, async () => {
      await evaluateReleasePull(context.octokit, { store, log: context.log }, pull, config, checkOptions);
    });
    if (queued === "busy") context.log.warn({ pull: pull.number }, "work queue full; release checklist not judged");
  };

  app.on(
    ["pull_request.opened", "pull_request.reopened", "pull_request.synchronize", "pull_request.edited", "pull_request.labeled", "pull_request.unlabeled"],
    async (context) => {
      const { payload } = context;
      const pull = pullRefFrom(payload.pull_request);
      if (payload.action === "edited") {
        if (!payload.changes.body && !payload.changes.title) return;
        if (await judgedAlready(store, pull)) return;
      }
      // Config errors are reported by the plan handler on the same commit; here they are only logged.
      const loaded = await loadConfig(context);
      if (!loaded.ok) {
        context.log.warn({ key: loaded.error.key, reason: loaded.error.reason }, "invalid infra-coach configuration; release checklist not judged");
        return;
      }
      const config = loaded.config;
      if ((payload.action === "labeled" || payload.action === "unlabeled") && !config.release.labels.includes(payload.label?.name ?? "")) return;
      judge(context, pull, config, {
        defaultBranch: payload.repository.default_branch,
        reportNotRelease: FIRST_LOOK.has(payload.action) || payload.action === "unlabeled",
        ...(payload.action === "synchronize" ? { previousSha: payload.before } : {}),
      });
    },
  );

  // The co-reviewer's approval is an auto-verified item.
  app.on(["pull_request_review.submitted", "pull_request_review.dismissed"], async (context) => {
    const pull = pullRefFrom(context.payload.pull_request);
    const loaded = await loadConfig(context);
    if (!loaded.ok || !isReleasePull(pull, loaded.config.release)) return;
    judge(context, pull, loaded.config, { defaultBranch: context.payload.repository.default_branch });
  });

  app.on("merge_group.checks_requested", async (context) => {
    const group = context.payload.merge_group;
    const config = await loadConfigOrReport(context, group.head_sha);
    if (!config || !config.release.enabled) return;
    const number = mergeGroupPullNumber(group.head_ref);
    if (number === undefined) {
      context.log.warn({ ref: group.head_ref }, "merge group branch names no pull request");
      return;
    }
    const { owner, repo } = context.repo();
    const { data } = await context.octokit.rest.pulls.get({ owner, repo, pull_number: number });
    judge(context, pullRefFrom(data), config, {
      defaultBranch: data.base.repo.default_branch,
      targetSha: group.head_sha,
      readOnly: true,
      reportNotRelease: true,
    });
  });

  // `published` covers every publication; `created` also fires for drafts (pre-work) and doubles `published` otherwise.
  app.on("release.published", async (context) => {
    const { release, repository } = context.payload;
    const loaded = await loadConfig(context);
    if (!loaded.ok) {
      context.log.warn({ key: loaded.error.key, reason: loaded.error.reason }, "invalid infra-coach configuration; release not checked");
      return;
    }
    if (!loaded.config.release.enabled) return;
    const { owner, repo } = context.repo();
    // Same queue key as the ops-log handlers: one index issue, one log per release.
    const queued = services.queue.enqueue(`ops-log:${repoName(context)}`, async () => {
      const result = await reportReleaseWithoutChecklist(context.octokit, { store, log: context.log, pickPair }, {
        owner,
        repo,
        defaultBranch: repository.default_branch,
        config: loaded.config,
        release: {
          id: release.id,
          tagName: release.tag_name,
          name: release.name ?? "",
          author: release.author?.login ?? context.payload.sender?.login ?? "ghost",
          publishedAt: new Date(release.published_at ?? release.created_at ?? Date.now()),
        },
      });
      context.log.info({ release: release.tag_name, result }, "release published");
    });
    if (queued === "busy") context.log.warn({ release: release.tag_name }, "work queue full; release not checked");
  });
}
