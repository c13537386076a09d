import { httpStatus, type GitHub, type RepoRef } from "./octokit.js";

/** One entry of the pull request files API, as GitHub names its fields. */
export interface ChangedFile {
  filename: string;
  status: "added" | "removed" | "modified" | "renamed" | "copied" | "changed" | "unchanged";
  previous_filename?: string;
}

/** Files changed by a PR (GitHub lists at most 3,000). */
export async function listChangedFiles(gh: GitHub, input: RepoRef & { pullNumber: number }): Promise<ChangedFile[]> {
  const files = await gh.paginate(gh.rest.pulls.listFiles, {
    owner: input.owner,
    repo: input.repo,
    pull_number: input.pullNumber,
    per_page: 100,
  });
  return files.map((file) => ({
    filename: file.filename,
    status: file.status,
    ...(file.previous_filename ? { previous_filename: file.previous_filename } : {}),
  }));
}

/** Every blob path in the tree at `sha` (one request, recursive). */
export async function listTreePaths(gh: GitHub, input: RepoRef & { sha: string }): Promise<string[]> {
  const { data } = await gh.rest.git.getTree({ owner: input.owner, repo: input.repo, tree_sha: input.sha, recursive: "true" });
  return data.tree.filter((entry) => entry.type === "blob" && entry.path).map((entry) => entry.path!);
}

/** Text of one file at `ref`, or undefined when it does not exist. */
export async function readFileText(gh: GitHub, input: RepoRef & { path: string; ref: string }): Promise<string | undefined> {
  try {
    const response = await gh.rest.repos.getContent({
      owner: input.owner,
      repo: input.repo,
      path: input.path,
      ref: input.ref,
      mediaType: { format: "raw" },
    });
    const data: unknown = response.data;
    // GitHub's raw media type may arrive as text or, without a charset, as bytes.
    if (typeof data === "string") return data;
    if (data instanceof ArrayBuffer) return new TextDecoder().decode(data);
    return undefined;
  } catch (error) {
    if (httpStatus(error) === 404) return undefined;
    throw error;
  }
}

/** Names of the files in a directory at `ref` (not recursive); [] when it does not exist. */
export async function listDirectory(gh: GitHub, input: RepoRef & { path: string; ref?: string }): Promise<string[]> {
  try {
    const { data } = await gh.rest.repos.getContent({ owner: input.owner, repo: input.repo, path: input.path, ...(input.ref ? { ref: input.ref } : {}) });
    return Array.isArray(data) ? data.filter((entry) => entry.type === "file").map((entry) => entry.name) : [];
  } catch (error) {
    if (httpStatus(error) === 404) return [];
    throw error;
  }
}

/** The gzipped tarball of the repository at `ref` (GitHub answers with a redirect that fetch follows). */
export async function downloadTarball(gh: GitHub, input: RepoRef & { ref: string }): Promise<Uint8Array> {
  const { data } = await gh.rest.repos.downloadTarballArchive({ owner: input.owner, repo: input.repo, ref: input.ref });
  return binaryBody(data, "tarball");
}

export type Permission = "admin" | "maintain" | "write" | "triage" | "read" | "none";

/** The user's permission on the repository; "none" when GitHub does not know them. */
export async function permissionOf(gh: GitHub, input: RepoRef & { username: string }): Promise<Permission> {
  try {
    const { data } = await gh.rest.repos.getCollaboratorPermissionLevel({
      owner: input.owner,
      repo: input.repo,
      username: input.username,
    });
    const role = (data.role_name ?? data.permission) as Permission;
    return role;
  } catch (error) {
    if (httpStatus(error) === 404) return "none";
    throw error;
  }
}

export function canWrite(permission: Permission): boolean {
  return permission === "admin" || permission === "maintain" || permission === "write";
}

/** Octokit hands binary bodies over as an ArrayBuffer; anything else means GitHub did not send the archive. */
export function binaryBody(data: unknown, what: string): Uint8Array {
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (data instanceof Uint8Array) return data;
  throw new Error(`GitHub answered the ${what} download with ${typeof data} data instead of an archive`);
}
