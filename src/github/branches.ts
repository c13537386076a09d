import { httpStatus, type GitHub, type RepoRef } from "./octokit.js";

/** Points `branch` at `sha`, creating it when missing (force: the app owns this branch). */
export async function resetBranch(gh: GitHub, input: RepoRef & { branch: string; sha: string }): Promise<void> {
  try {
    await gh.rest.git.updateRef({ owner: input.owner, repo: input.repo, ref: `heads/${input.branch}`, sha: input.sha, force: true });
  } catch (error) {
    // 422 "Reference does not exist" (404 on some GitHub versions): create it.
    if (httpStatus(error) !== 422 && httpStatus(error) !== 404) throw error;
    await gh.rest.git.createRef({ owner: input.owner, repo: input.repo, ref: `refs/heads/${input.branch}`, sha: input.sha });
  }
}

/** Writes one file on a branch as one commit; `previousSha` is the blob being replaced, if any. */
export async function writeFile(
  gh: GitHub,
  input: RepoRef & { branch: string; path: string; text: string; message: string; previousSha?: string },
): Promise<void> {
  await gh.rest.repos.createOrUpdateFileContents({
    owner: input.owner,
    repo: input.repo,
    branch: input.branch,
    path: input.path,
    message: input.message,
    content: Buffer.from(input.text, "utf8").toString("base64"),
    ...(input.previousSha ? { sha: input.previousSha } : {}),
  });
}

/** The blob sha of a file at `ref`, or undefined when it does not exist. */
export async function fileSha(gh: GitHub, input: RepoRef & { path: string; ref: string }): Promise<string | undefined> {
  try {
    const { data } = await gh.rest.repos.getContent({ owner: input.owner, repo: input.repo, path: input.path, ref: input.ref });
    return Array.isArray(data) ? undefined : data.sha;
  } catch (error) {
    if (httpStatus(error) === 404) return undefined;
    throw error;
  }
}

/** Opens a pull request from `branch`, unless one is already open. */
export async function ensurePullRequest(
  gh: GitHub,
  input: RepoRef & { branch: string; base: string; title: string; body: string },
): Promise<number> {
  const { data: open } = await gh.rest.pulls.list({
    owner: input.owner,
    repo: input.repo,
    head: `${input.owner}:${input.branch}`,
    state: "open",
    per_page: 1,
  });
  if (open[0]) return open[0].number;
  const { data } = await gh.rest.pulls.create({
    owner: input.owner,
    repo: input.repo,
    head: input.branch,
    base: input.base,
    title: input.title,
    body: input.body,
  });
  return data.number;
}
