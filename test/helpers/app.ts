import { mkdtemp, mkdir, cp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execa } from "execa";
import nock from "nock";
import type { Probot } from "probot";
import { infraCoach } from "../../src/app/index.js";
import { createTestProbot } from "./github.js";
import { LocalRunner } from "../../src/runner/index.js";
import { openStore, type Store } from "../../src/store/index.js";
import { WorkQueue } from "../../src/app/work-queue.js";
import type { Services } from "../../src/app/index.js";

/** Real services for app tests: a SQLite file, the real terraform, an in-process queue. */
export async function createTestServices(options: { terraformPath?: string; timeoutMs?: number } = {}): Promise<
  Services & { errors: unknown[]; dispose(): Promise<void> }
> {
  const dir = await mkdtemp(join(tmpdir(), "infra-coach-app-"));
  const store: Store = await openStore({ sqlitePath: join(dir, "test.sqlite") });
  const errors: unknown[] = [];
  const runner = new LocalRunner({
    terraformPath: options.terraformPath ?? "/usr/local/bin/terraform",
    maxConcurrent: 2,
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    killGraceMs: 500,
  });
  const queue = new WorkQueue({ concurrency: 4, maxPending: 50, onError: (_key, error) => errors.push(error) });
  return {
    store,
    runner,
    queue,
    errors,
    async dispose() {
      await queue.onIdle();
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A gzipped tarball shaped like GitHub's `GET /repos/{o}/{r}/tarball/{ref}`:
 * one top folder `owner-repo-sha/` holding the repository.
 */
export async function repoTarball(files: Record<string, string>, fromDirs: Record<string, string> = {}): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), "infra-coach-tarball-"));
  const top = join(dir, "Codertocat-Hello-World-ec26c3e");
  try {
    await mkdir(top, { recursive: true });
    for (const [target, source] of Object.entries(fromDirs)) {
      await cp(source, join(top, target), { recursive: true });
    }
    for (const [path, text] of Object.entries(files)) {
      await mkdir(join(top, path, ".."), { recursive: true });
      const { writeFile } = await import("node:fs/promises");
      await writeFile(join(top, path), text);
    }
    const { stdout } = await execa("tar", ["-czf", "-", "-C", dir, "Codertocat-Hello-World-ec26c3e"], { encoding: "buffer" });
    return Buffer.from(stdout);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export interface AppUnderTest {
  probot: Probot;
  services: Awaited<ReturnType<typeof createTestServices>>;
}

/**
 * The whole app (every handler) on real services, fresh for each test, with
 * the network closed so that only nock's declared GitHub calls can happen.
 */
export function useAppUnderTest(): AppUnderTest {
  const current = {} as AppUnderTest;
  beforeEach(async () => {
    nock.disableNetConnect();
    current.services = await createTestServices();
    current.probot = createTestProbot();
    await current.probot.load(infraCoach({ services: current.services }));
  });
  afterEach(async () => {
    await current.services.dispose();
    nock.cleanAll();
    nock.enableNetConnect();
  });
  return current;
}
