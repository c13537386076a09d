/**
 * Prepares a working directory from a pull request head: the gzipped tarball
 * GitHub's `GET /repos/{o}/{r}/tarball/{ref}` returns (one top-level folder
 * `owner-repo-sha/`), extracted into a fresh temp dir with that folder
 * stripped.
 *
 * The archive is read by our own small tar reader over node:zlib rather than
 * the system `tar`: every entry is checked before anything touches the disk,
 * the rules do not depend on which tar (GNU, bsdtar, busybox) and which
 * version is installed, and the gunzip output is capped, which defuses
 * decompression bombs. Rules:
 * - absolute paths, `..`, entries outside the top folder, devices and FIFOs
 *   reject the whole archive (GitHub never produces them);
 * - symlinks are created last, so no entry is ever written through one, and
 *   one pointing outside the workspace is left out (a repository may hold
 *   such a link legitimately, but terraform must not follow it);
 * - hard links are left out (git archives have none).
 */
import { lstat, mkdir, mkdtemp, realpath, rm, symlink, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, posix, sep } from "node:path";
import { promisify } from "node:util";
import { gunzip } from "node:zlib";
import { readTarEntries, TarFormatError, type TarEntry } from "./tar-reader.js";

const gunzipAsync = promisify(gunzip);
const MIB = 1024 * 1024;

export interface WorkspaceOptions {
  /** Parent of the workspace dir. Default the OS temp dir. */
  tempRoot?: string;
  /** Largest uncompressed archive accepted. Default 512 MiB. */
  maxBytes?: number;
  /** Most entries accepted. Default 50,000. */
  maxEntries?: number;
}

export interface SkippedEntry {
  path: string;
  reason: string;
}

export interface Workspace {
  /** The repository's top directory (the tarball's top folder stripped). */
  dir: string;
  /** Repository-relative paths of the files written (and symlinks kept), sorted. */
  files: string[];
  skipped: SkippedEntry[];
  /** Removes the workspace; safe to call more than once. */
  dispose(): Promise<void>;
}

export type WorkspaceResult = { ok: true; workspace: Workspace } | { ok: false; error: string };

class UnsafeArchive extends Error {}

export async function extractTarball(tarball: Uint8Array, options: WorkspaceOptions = {}): Promise<WorkspaceResult> {
  const maxBytes = options.maxBytes ?? 512 * MIB;
  let archive: Uint8Array;
  try {
    archive = await gunzipAsync(tarball, { maxOutputLength: maxBytes });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      error:
        code === "ERR_BUFFER_TOO_LARGE"
          ? `the repository tarball is larger than ${Math.round(maxBytes / MIB)} MiB uncompressed`
          : "the repository tarball is not valid gzip data",
    };
  }

  const dir = await mkdtemp(join(options.tempRoot ?? tmpdir(), "infra-coach-ws-"));
  const dispose = () => rm(dir, { recursive: true, force: true });
  try {
    const { files, skipped } = await writeEntries(archive, dir, options.maxEntries ?? 50_000);
    return { ok: true, workspace: { dir, files, skipped, dispose } };
  } catch (error) {
    await dispose();
    if (error instanceof UnsafeArchive || error instanceof TarFormatError) {
      return { ok: false, error: `the repository tarball was rejected: ${error.message}` };
    }
    throw error;
  }
}

async function writeEntries(
  archive: Uint8Array,
  dir: string,
  maxEntries: number,
): Promise<{ files: string[]; skipped: SkippedEntry[] }> {
  const files: string[] = [];
  const skipped: SkippedEntry[] = [];
  const symlinks: { path: string; target: string }[] = [];
  let topFolder: string | undefined;
  let entries = 0;

  for (const entry of readTarEntries(archive)) {
    entries += 1;
    if (entries > maxEntries) throw new UnsafeArchive(`more than ${maxEntries} entries`);
    const [top, path] = splitTopFolder(entry.path);
    topFolder ??= top;
    if (top !== topFolder) throw new UnsafeArchive(`entry outside the top folder: ${printable(entry.path)}`);
    if (path === "") continue;
    try {
      await writeEntry(entry, path, dir, { files, skipped, symlinks });
    } catch (error) {
      // Conflicting entries (a file where a directory was) are a malformed archive, not a crash.
      const code = (error as NodeJS.ErrnoException).code;
      if (code === undefined) throw error;
      throw new UnsafeArchive(`cannot write ${printable(path)} (${code})`);
    }
  }
  for (const link of symlinks) await createSymlink(link, dir, { files, skipped });
  await dropEscapingSymlinks(dir, files, skipped);
  return { files: [...new Set(files)].sort(), skipped };
}

/** `owner-repo-sha/envs/prod/main.tf` → [`owner-repo-sha`, `envs/prod/main.tf`], refusing unsafe paths. */
function splitTopFolder(rawPath: string): [string, string] {
  if (rawPath.includes("\0") || rawPath.includes("\\")) throw new UnsafeArchive(`unsafe path: ${printable(rawPath)}`);
  if (rawPath.startsWith("/")) throw new UnsafeArchive(`absolute path: ${printable(rawPath)}`);
  const parts = rawPath.split("/").filter((part) => part !== "" && part !== ".");
  if (parts.includes("..")) throw new UnsafeArchive(`path with '..': ${printable(rawPath)}`);
  const [top, ...rest] = parts;
  if (top === undefined) throw new UnsafeArchive("empty path");
  return [top, rest.join("/")];
}

interface Collected {
  files: string[];
  skipped: SkippedEntry[];
  symlinks?: { path: string; target: string }[];
}

async function writeEntry(entry: TarEntry, path: string, dir: string, collected: Collected): Promise<void> {
  const target = join(dir, ...path.split("/"));
  switch (entry.type) {
    case "directory":
      await mkdir(target, { recursive: true });
      return;
    case "file":
      // No symlink exists yet (they are created last), so neither mkdir nor writeFile can be redirected.
      await mkdir(join(target, ".."), { recursive: true });
      await writeFile(target, entry.data, { mode: (entry.mode & 0o111) !== 0 ? 0o755 : 0o644 });
      collected.files.push(path);
      return;
    case "symlink":
      collected.symlinks?.push({ path, target: entry.linkTarget });
      return;
    case "hardlink":
      collected.skipped.push({ path, reason: "hard link" });
      return;
    case "device":
      throw new UnsafeArchive(`device or FIFO entry: ${printable(path)}`);
    case "other":
      collected.skipped.push({ path, reason: "unsupported entry type" });
      return;
  }
}

async function createSymlink(link: { path: string; target: string }, dir: string, collected: Collected): Promise<void> {
  const resolved = posix.normalize(posix.join(posix.dirname(link.path), link.target));
  if (link.target.startsWith("/") || resolved === ".." || resolved.startsWith("../")) {
    collected.skipped.push({ path: link.path, reason: "symlink pointing outside the repository" });
    return;
  }
  const location = join(dir, ...link.path.split("/"));
  if (await exists(location)) {
    collected.skipped.push({ path: link.path, reason: "symlink over an existing path" });
    return;
  }
  // A link placed inside a linked directory would be created wherever that directory really is.
  if (await hasSymlinkAncestor(dir, link.path)) {
    collected.skipped.push({ path: link.path, reason: "symlink inside a symlinked directory" });
    return;
  }
  await mkdir(join(location, ".."), { recursive: true });
  await symlink(link.target, location);
  collected.files.push(link.path);
}

/** Lexical checks miss targets that climb out through another symlink; the resolved path does not lie. */
async function dropEscapingSymlinks(dir: string, files: string[], skipped: SkippedEntry[]): Promise<void> {
  const root = await realpath(dir);
  for (const path of [...files]) {
    const location = join(dir, ...path.split("/"));
    if (!(await lstat(location)).isSymbolicLink()) continue;
    let resolved: string;
    try {
      resolved = await realpath(location);
    } catch {
      continue; // dangling or a loop: nothing outside can be reached through it
    }
    if (resolved === root || resolved.startsWith(root + sep)) continue;
    await unlink(location);
    files.splice(files.indexOf(path), 1);
    skipped.push({ path, reason: "symlink pointing outside the repository" });
  }
}

async function hasSymlinkAncestor(dir: string, path: string): Promise<boolean> {
  const parts = path.split("/").slice(0, -1);
  for (let length = 1; length <= parts.length; length += 1) {
    try {
      if ((await lstat(join(dir, ...parts.slice(0, length)))).isSymbolicLink()) return true;
    } catch {
      return false; // the rest does not exist yet and will be created as real directories
    }
  }
  return false;
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}

function printable(path: string): string {
  return JSON.stringify(path.length > 200 ? `${path.slice(0, 200)}…` : path);
}
