import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Logger } from "probot";
import type { Config } from "../config/schema.js";
import {
  buildSourceIndex,
  extractTarball,
  findTouchedRoots,
  isPlanInputFile,
  type LocalRunner,
  type SourceIndex,
  type Workspace,
} from "../runner/index.js";
import type { Store } from "../store/index.js";
import { completeCheckRun, createCheckRun } from "../github/checks.js";
import type { GitHub } from "../github/octokit.js";
import { downloadTarball, listChangedFiles } from "../github/repository.js";
import { assignCoReviewer, reviewInputFrom } from "./co-reviewer.js";
import { outcomeFromRun } from "./plan-outcome.js";
import { refreshReleaseChecklist } from "./release-checklist.js";
import { isReleasePull } from "./release-pull.js";
import type { RootOutcome } from "./plan-policy.js";
import { planCheckName, publishPlan } from "./publish-plan.js";
import { pullKey, type PullRef } from "./pull-ref.js";

export interface LocalPlanDeps {
  store: Store;
  runner: LocalRunner;
  log: Logger;
  /** False once a newer push to the PR arrived: then nothing is published. */
  isNewest: () => boolean;
}

/**
 * `runner: local`: fetch the PR head, find the roots it touches, plan each
 * with terraform, and publish. A newer push to the same PR supersedes this run
 * (the runner aborts it); a superseded run publishes nothing, so the comment
 * always describes the newest commit.
 */
export async function runLocalPlan(gh: GitHub, deps: LocalPlanDeps, pull: PullRef, config: Config): Promise<void> {
  const { owner, repo } = pull;
  const changedFiles = await listChangedFiles(gh, { owner, repo, pullNumber: pull.number });
  if (!changedFiles.some((file) => isPlanInputFile(file.filename) || (file.previous_filename && isPlanInputFile(file.previous_filename)))) {
    return;
  }
  const tarball = await downloadTarball(gh, { owner, repo, ref: pull.headSha });
  const extracted = await extractTarball(tarball);
  if (!extracted.ok) {
    await publishPlan(gh, deps.store, deps.log, {
      pull,
      config,
      outcomes: [{ root: ".", error: `the pull request's files could not be unpacked: ${extracted.error}` }],
      checkRuns: new Map(),
    });
    return;
  }
  const workspace = extracted.workspace;
  try {
    // Root discovery and the line locator read the same .tf files: read each once.
    const texts = new Map<string, Promise<string>>();
    const read = (path: string): Promise<string> => {
      let text = texts.get(path);
      if (!text) texts.set(path, (text = readFile(join(workspace.dir, path), "utf8")));
      return text;
    };
    const { roots } = await findTouchedRoots({
      changedFiles,
      treePaths: workspace.files,
      readFile: read,
      config: { roots: config.roots, ignore: config.ignore },
    });
    if (roots.length === 0) return;

    const checkRuns = new Map<string, number>();
    for (const root of roots) {
      checkRuns.set(root.dir, await createCheckRun(gh, { owner, repo, name: planCheckName(root.dir), headSha: pull.headSha, externalId: `${pull.number}:${root.dir}` }));
      await deps.store.recordPlanRun({ repo: `${owner}/${repo}`, pr: pull.number, root: root.dir, headSha: pull.headSha, status: "running" });
    }

    const results = await Promise.all(
      roots.map(async (root) => {
        const result = await deps.runner.run({
          key: `${pullKey(pull)}#${root.dir}`,
          workingDir: join(workspace.dir, root.dir),
          timeoutMs: config.terraform.timeout_seconds * 1000,
          envPassthrough: config.terraform.env_passthrough,
          masks: config.masks.map((source) => new RegExp(source, "g")),
        });
        return { root: root.dir, outcome: outcomeFromRun(root.dir, result, config) };
      }),
    );

    const superseded = results.filter((result) => result.outcome === undefined);
    if (superseded.length > 0 || !deps.isNewest()) {
      await cancelChecks(gh, pull, checkRuns, config);
      deps.log.info({ pull: pull.number, roots: superseded.map((r) => r.root) }, "plan superseded by a newer push");
      return;
    }
    const outcomes = results.map((result) => result.outcome as RootOutcome);
    const sources = await sourceIndexes(workspace, roots.map((root) => root.dir), read);
    const { preamble } = await assignCoReviewer(gh, deps, pull, config, {
      ...reviewInputFrom(outcomes),
      requestedReviewers: pull.requestedReviewers,
    });
    await publishPlan(gh, deps.store, deps.log, { pull, config, outcomes, checkRuns, sources, ...(preamble ? { preamble } : {}) });
    // A release PR's `plan-clean` item follows the plan that just finished.
    if (isReleasePull(pull, config.release)) await refreshReleaseChecklist(gh, deps, { owner, repo, number: pull.number, config });
  } finally {
    await workspace.dispose();
  }
}

async function cancelChecks(gh: GitHub, pull: PullRef, checkRuns: Map<string, number>, config: Config): Promise<void> {
  const text = config.lang === "ja" ? "新しいプッシュがあったため、この plan は中止しました。" : "A newer push superseded this plan.";
  for (const checkRunId of checkRuns.values()) {
    await completeCheckRun(gh, { owner: pull.owner, repo: pull.repo, checkRunId, conclusion: "cancelled", output: { title: text, summary: text } });
  }
}

/** Source indexes of each root over the workspace's Terraform files (roots and their local modules). */
async function sourceIndexes(
  workspace: Workspace,
  roots: string[],
  read: (path: string) => Promise<string>,
): Promise<Map<string, SourceIndex>> {
  const files = new Map<string, string>();
  for (const path of workspace.files) {
    if (/\.tf(\.json)?$/.test(path)) files.set(path, await read(path));
  }
  return new Map(roots.map((root) => [root, buildSourceIndex(files, root)]));
}
