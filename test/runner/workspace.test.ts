import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { lstat, mkdir, readdir, readFile, readlink, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { extractTarball, type Workspace, type WorkspaceResult } from "../../src/runner/workspace.js";
import { makeTempDir } from "./helpers/fake-terraform.js";
import { gzipTar, paxPath, tarArchive, type TarSpec } from "./helpers/tar-writer.js";

const TOP = "octo-infra-0123456789abcdef";

let base: string;
let tempRoot: string;

beforeEach(async () => {
  base = await makeTempDir("ws");
  tempRoot = join(base, "deep", "tmp");
  await mkdir(tempRoot, { recursive: true });
});

afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

function expectWorkspace(result: WorkspaceResult): Workspace {
  if (!result.ok) throw new Error(`expected a workspace, got: ${result.error}`);
  return result.workspace;
}

async function expectRejected(entries: TarSpec[], message: RegExp): Promise<void> {
  const result = await extractTarball(gzipTar(entries), { tempRoot });
  expect(result).toEqual({ ok: false, error: expect.stringMatching(message) });
  expect(await readdir(tempRoot)).toEqual([]); // the partial workspace is removed
}

/** Every path under base outside the temp root (where workspaces go). */
async function pathsOutsideWorkspaces(): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (path === tempRoot) continue;
      found.push(path);
      if (entry.isDirectory()) await walk(path);
    }
  };
  await walk(base);
  return found;
}

describe("extractTarball", () => {
  it("extracts a GitHub-style tarball with the top folder stripped", async () => {
    const longDir = `modules/${"very-long-directory-name-".repeat(5)}x`;
    const result = await extractTarball(
      gzipTar([
        { path: "pax_global_header", type: "g", content: "52 comment=0123456789abcdef0123456789abcdef01234567\n" },
        { path: `${TOP}/`, type: "5", mode: 0o755 },
        { path: `${TOP}/envs/prod/main.tf`, content: 'resource "terraform_data" "x" {}\n' },
        { path: `${TOP}/scripts/plan.sh`, content: "#!/bin/sh\n", mode: 0o755 },
        paxPath(`${TOP}/${longDir}/main.tf`),
        { path: `${TOP}/${longDir.slice(0, 60)}`, content: "# long\n" },
        { path: `${TOP}/envs/prod/shared.tf`, type: "2", linkTarget: "../../shared/common.tf" },
        { path: `${TOP}/shared/common.tf`, content: "# shared\n" },
        { path: `${TOP}/empty/`, type: "5" },
        { prefix: `${TOP}/split/by/ustar`, path: "prefix.tf", content: "# prefix\n" },
      ]),
      { tempRoot },
    );
    const workspace = expectWorkspace(result);
    expect(workspace.files).toEqual([
      "envs/prod/main.tf",
      "envs/prod/shared.tf",
      `${longDir}/main.tf`,
      "scripts/plan.sh",
      "shared/common.tf",
      "split/by/ustar/prefix.tf",
    ]);
    expect(workspace.skipped).toEqual([]);
    expect(await readFile(join(workspace.dir, "envs/prod/main.tf"), "utf8")).toBe('resource "terraform_data" "x" {}\n');
    expect(await readFile(join(workspace.dir, "envs/prod/shared.tf"), "utf8")).toBe("# shared\n");
    expect(await readFile(join(workspace.dir, longDir, "main.tf"), "utf8")).toBe("# long\n");
    expect((await stat(join(workspace.dir, "scripts/plan.sh"))).mode & 0o777).toBe(0o755);
    expect((await stat(join(workspace.dir, "empty"))).isDirectory()).toBe(true);

    await workspace.dispose();
    await workspace.dispose();
    expect(existsSync(workspace.dir)).toBe(false);
  });

  it("rejects a ../ entry without writing outside", async () => {
    await expectRejected(
      [
        { path: `${TOP}/main.tf`, content: "x" },
        { path: `${TOP}/../../evil`, content: "pwned" },
      ],
      /path with '\.\.'.*evil/,
    );
    expect(await pathsOutsideWorkspaces()).toEqual([join(base, "deep")]);
  });

  it("rejects absolute paths, entries outside the top folder, devices and FIFOs", async () => {
    await expectRejected([{ path: "/etc/cron.d/evil", content: "x" }], /absolute path/);
    await expectRejected([{ path: `${TOP}/a.tf` }, { path: "other-top/b.tf" }], /outside the top folder/);
    await expectRejected([{ path: `${TOP}/dev/tty`, type: "3" }], /device or FIFO/);
    await expectRejected([{ path: `${TOP}/pipe`, type: "6" }], /device or FIFO/);
  });

  it("leaves out symlinks that point outside, directly or through another link, and never writes through one", async () => {
    const result = await extractTarball(
      gzipTar([
        { path: `${TOP}/c/`, type: "5" },
        { path: `${TOP}/a/b/`, type: "5" },
        { path: `${TOP}/etc-link`, type: "2", linkTarget: "../../../etc" },
        { path: `${TOP}/passwd`, type: "2", linkTarget: "/etc/passwd" },
        // Lexically inside (a/b/l1/../../.. is "."), really outside: l1 is c, and c/../../.. climbs out.
        { path: `${TOP}/a/b/l1`, type: "2", linkTarget: "../../c" },
        { path: `${TOP}/a/b/l2`, type: "2", linkTarget: "l1/../../.." },
        { path: `${TOP}/a/b/l2/evil`, type: "2", linkTarget: "../x" },
        { path: `${TOP}/etc-link/cron`, content: "written as a real directory, not through the link" },
        { path: `${TOP}/hard`, type: "1", linkTarget: `${TOP}/c/x` },
      ]),
      { tempRoot },
    );
    const workspace = expectWorkspace(result);
    expect(workspace.skipped).toEqual([
      { path: "hard", reason: "hard link" },
      { path: "etc-link", reason: "symlink pointing outside the repository" },
      { path: "passwd", reason: "symlink pointing outside the repository" },
      { path: "a/b/l2/evil", reason: "symlink inside a symlinked directory" },
      { path: "a/b/l2", reason: "symlink pointing outside the repository" },
    ]);
    expect(workspace.files).toEqual(["a/b/l1", "etc-link/cron"]);
    expect(await readlink(join(workspace.dir, "a/b/l1"))).toBe("../../c");
    expect((await lstat(join(workspace.dir, "etc-link"))).isDirectory()).toBe(true);
    expect(existsSync(join(workspace.dir, "passwd"))).toBe(false);
    expect(existsSync(join(workspace.dir, "a/b/l2"))).toBe(false);
    expect(await pathsOutsideWorkspaces()).toEqual([join(base, "deep")]);
  });

  it("caps the uncompressed size, which defuses gzip bombs", async () => {
    const bomb = gzipSync(tarArchive([{ path: `${TOP}/zeros`, content: new Uint8Array(8 * 1024 * 1024) }]));
    expect(bomb.length).toBeLessThan(20000);
    expect(await extractTarball(bomb, { tempRoot, maxBytes: 1024 * 1024 })).toEqual({
      ok: false,
      error: "the repository tarball is larger than 1 MiB uncompressed",
    });
    expect(await readdir(tempRoot)).toEqual([]);
  });

  it("caps the number of entries", async () => {
    const entries = Array.from({ length: 5 }, (_, index) => ({ path: `${TOP}/f${index}.tf`, content: "" }));
    const result = await extractTarball(gzipTar(entries), { tempRoot, maxEntries: 3 });
    expect(result).toEqual({ ok: false, error: "the repository tarball was rejected: more than 3 entries" });
  });

  it("rejects data that is not a gzip tarball, or a tar with a corrupt header", async () => {
    expect(await extractTarball(new Uint8Array([1, 2, 3]), { tempRoot })).toEqual({
      ok: false,
      error: "the repository tarball is not valid gzip data",
    });
    const tar = Buffer.from(tarArchive([{ path: `${TOP}/a.tf`, content: "x" }]));
    tar[0] = "Z".charCodeAt(0);
    expect(await extractTarball(gzipSync(tar), { tempRoot })).toEqual({
      ok: false,
      error: "the repository tarball was rejected: bad header checksum at byte 0",
    });
  });

  it("turns conflicting entries into a rejection", async () => {
    await expectRejected(
      [
        { path: `${TOP}/x/`, type: "5" },
        { path: `${TOP}/x`, content: "a file where a directory is" },
      ],
      /cannot write "x" \(EISDIR\)/,
    );
  });
});

describe("extractTarball on archives made by real tools", () => {
  async function sourceTree(): Promise<string> {
    const source = join(base, "src");
    const longDir = join(source, "modules", "a".repeat(60), "b".repeat(60));
    await mkdir(longDir, { recursive: true });
    await mkdir(join(source, "envs/prod"), { recursive: true });
    await writeFile(join(source, "envs/prod/main.tf"), 'module "m" {\n  source = "../../modules"\n}\n');
    await writeFile(join(longDir, "main.tf"), "# deep\n");
    return source;
  }

  it("reads git archive output, which is what GitHub's tarball endpoint serves", async () => {
    const source = await sourceTree();
    const git = (...args: string[]) =>
      execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args], { cwd: source });
    git("init", "-q");
    git("add", ".");
    git("commit", "-q", "-m", "init");
    const tarball = git("archive", "--format=tar.gz", `--prefix=${TOP}/`, "HEAD");

    const workspace = expectWorkspace(await extractTarball(tarball, { tempRoot }));
    expect(workspace.files).toEqual(["envs/prod/main.tf", `modules/${"a".repeat(60)}/${"b".repeat(60)}/main.tf`]);
    expect(await readFile(join(workspace.dir, "envs/prod/main.tf"), "utf8")).toContain('source = "../../modules"');
  });

  it("reads GNU tar output with long names", async () => {
    const source = await sourceTree();
    const tarball = execFileSync("tar", ["--format=gnu", "-czf", "-", `--transform=s,^\\.,${TOP},`, "."], { cwd: source });
    const workspace = expectWorkspace(await extractTarball(tarball, { tempRoot }));
    expect(workspace.files).toEqual(["envs/prod/main.tf", `modules/${"a".repeat(60)}/${"b".repeat(60)}/main.tf`]);
    expect(await readFile(join(workspace.dir, "modules", "a".repeat(60), "b".repeat(60), "main.tf"), "utf8")).toBe("# deep\n");
  });
});
