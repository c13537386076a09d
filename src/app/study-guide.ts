import type { Logger, Probot } from "probot";
import type { Config } from "../config/schema.js";
import { ensurePullRequest, fileSha, resetBranch, writeFile } from "../github/branches.js";
import { createIssue, findIssueByTitle, pinIssue, updateIssueBody } from "../github/issues.js";
import type { GitHub } from "../github/octokit.js";
import { downloadTarball, readFileText } from "../github/repository.js";
import { extractTarball } from "../runner/index.js";
import { buildStudyGuide, isStudyInput, sameGuide } from "../study/index.js";
import { readTerraformTree } from "../study/read-tree.js";
import { loadConfig } from "./config-check.js";
import type { Services } from "./index.js";

/** GitHub's issue body limit is 65,536 characters; the guide shortens its lists to fit. */
const ISSUE_GUIDE_LENGTH = 65_000;
const STUDY_LABEL = "infra-coach:study-guide";
const STUDY_BRANCH = "infra-coach/study-guide";

interface StudyTarget {
  owner: string;
  repo: string;
  htmlUrl: string;
  defaultBranch: string;
  sha: string;
}

/**
 * Keeps the study guide of the repository's whole Terraform current: on a
 * push to the default branch that touches Terraform, regenerate it and update
 * the pinned issue (or the pull request to `study.path`) only when the text
 * changed.
 */
export function registerStudyGuideHandlers(app: Probot, services: Services): void {
  app.on("push", async (context) => {
    const { payload } = context;
    const defaultBranch = payload.repository.default_branch ?? "main";
    if (payload.ref !== `refs/heads/${defaultBranch}` || payload.deleted) return;
    const touched = payload.commits.some((commit) =>
      [...(commit.added ?? []), ...(commit.modified ?? []), ...(commit.removed ?? [])].some(isStudyInput),
    );
    if (!touched) return;
    const loaded = await loadConfig(context);
    if (!loaded.ok) {
      context.log.warn({ key: loaded.error.key }, "invalid infra-coach configuration; study guide not updated");
      return;
    }
    if (!loaded.config.study.enabled) return;
    const target: StudyTarget = {
      ...context.repo(),
      htmlUrl: payload.repository.html_url,
      defaultBranch,
      sha: payload.after,
    };
    services.queue.enqueue(`study:${target.owner}/${target.repo}`, () =>
      updateStudyGuide(context.octokit, context.log, target, loaded.config),
    );
  });
}

export async function updateStudyGuide(gh: GitHub, log: Logger, target: StudyTarget, config: Config): Promise<void> {
  const { owner, repo } = target;
  const extracted = await extractTarball(await downloadTarball(gh, { owner, repo, ref: target.sha }));
  if (!extracted.ok) {
    log.error({ reason: extracted.error }, "study guide: the repository could not be unpacked");
    return;
  }
  let markdown: string;
  try {
    const { files } = await readTerraformTree(extracted.workspace.dir);
    // Links follow the branch, not the commit, so an unrelated push does not change every link.
    const linkBase = config.study.target === "issue" ? `${target.htmlUrl}/blob/${target.defaultBranch}/` : "../".repeat(config.study.path.split("/").length - 1);
    ({ markdown } = await buildStudyGuide({
      files,
      lang: config.lang,
      linkBase,
      ...(config.study.target === "issue" ? { maxLength: ISSUE_GUIDE_LENGTH } : {}),
    }));
  } finally {
    await extracted.workspace.dispose();
  }
  if (config.study.target === "issue") await publishAsIssue(gh, log, target, config, markdown);
  else await publishAsPullRequest(gh, log, target, config, markdown);
}

async function publishAsIssue(gh: GitHub, log: Logger, target: StudyTarget, config: Config, markdown: string): Promise<void> {
  const { owner, repo } = target;
  const existing = await findIssueByTitle(gh, { owner, repo, title: config.study.title, label: STUDY_LABEL });
  if (existing && sameGuide(existing.body, markdown)) return;
  if (existing) {
    await updateIssueBody(gh, { owner, repo, issueNumber: existing.number, body: markdown });
    return;
  }
  const created = await createIssue(gh, { owner, repo, title: config.study.title, body: markdown, labels: [STUDY_LABEL] });
  const pinned = await pinIssue(gh, created.nodeId);
  if (!pinned.pinned) log.warn({ reason: pinned.reason }, "study guide issue not pinned");
}

async function publishAsPullRequest(gh: GitHub, log: Logger, target: StudyTarget, config: Config, markdown: string): Promise<void> {
  const { owner, repo } = target;
  const path = config.study.path;
  const current = await readFileText(gh, { owner, repo, path, ref: target.defaultBranch });
  if (current !== undefined && sameGuide(current, markdown)) return;
  await resetBranch(gh, { owner, repo, branch: STUDY_BRANCH, sha: target.sha });
  const previousSha = await fileSha(gh, { owner, repo, path, ref: STUDY_BRANCH });
  await writeFile(gh, {
    owner,
    repo,
    branch: STUDY_BRANCH,
    path,
    text: markdown,
    message: `Update the infrastructure study guide (${target.sha.slice(0, 7)})`,
    ...(previousSha ? { previousSha } : {}),
  });
  const number = await ensurePullRequest(gh, {
    owner,
    repo,
    branch: STUDY_BRANCH,
    base: target.defaultBranch,
    title: config.study.title,
    body: "The Terraform on the default branch changed, so infra-coach regenerated the study guide. Merge to keep it current.",
  });
  log.info({ pull: number }, "study guide pull request updated");
}
