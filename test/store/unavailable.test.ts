import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { openStore, StoreUnavailableError } from "../../src/store/index.js";
import { harnessFor, type Harness } from "./harness.js";

async function timed<T>(work: Promise<T>): Promise<{ error: unknown; ms: number }> {
  const started = Date.now();
  try {
    await work;
    return { error: undefined, ms: Date.now() - started };
  } catch (error) {
    return { error, ms: Date.now() - started };
  }
}

describe("PostgreSQL that cannot answer", () => {
  let harness: Harness;
  let silent: Server;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    harness = await harnessFor("postgres");
    // Accepts TCP connections and never says a word: a hung server or a black-holed network.
    silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  });
  afterAll(async () => {
    sockets.forEach((socket) => socket.destroy());
    await new Promise((resolve) => silent?.close(resolve));
    await harness?.teardown();
  });

  test("a server that never answers fails the open within the connect timeout, without leaking the URL", async () => {
    const address = silent.address();
    const port = typeof address === "object" && address ? address.port : 0;
    const { error, ms } = await timed(
      openStore({ databaseUrl: `postgres://app:s3cret@127.0.0.1:${port}/infra`, connectTimeoutMs: 500 }),
    );
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as Error).message).toMatch(/^postgres store unavailable: /);
    expect((error as Error).message).not.toContain("s3cret");
    expect(ms).toBeLessThan(3_000);
  });

  test("nothing listening fails the open at once", async () => {
    const { error, ms } = await timed(openStore({ databaseUrl: "postgres://test@127.0.0.1:1/postgres" }));
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(ms).toBeLessThan(3_000);
  });

  test("a hung connection times out as StoreUnavailableError and the pool replaces it", async () => {
    const options = await harness.fresh();
    const store = await openStore({ ...options, poolSize: 1, connectTimeoutMs: 300, statementTimeoutMs: 300 });
    await store.recordDelivery("warm-up");
    const [backend = 0, ...others] = await idleBackends(options.databaseUrl ?? "");
    expect(others).toEqual([]);
    process.kill(backend, "SIGSTOP");
    try {
      const { error, ms } = await timed(store.recordDelivery("while-hung"));
      expect(error).toBeInstanceOf(StoreUnavailableError);
      expect(ms).toBeLessThan(3_000);
      // The stuck backend is still stopped: only a fresh connection can answer this.
      expect(await store.recordDelivery("after-hang")).toBe(true);
      expect((await idleBackends(options.databaseUrl ?? "")).filter((pid) => pid !== backend)).toHaveLength(1);
    } finally {
      process.kill(backend, "SIGCONT");
    }
    await store.close();
  });
});

/** Server processes serving the store's idle connections. */
async function idleBackends(url: string): Promise<number[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>(
      "select pid from pg_stat_activity where application_name = 'infra-coach' and datname = current_database() and state = 'idle'",
    );
    return rows.map((row) => row.pid);
  } finally {
    await client.end();
  }
}

describe("SQLite that cannot answer", () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "ic-sqlite-down-"));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  test("a path that cannot be created fails the open as StoreUnavailableError", async () => {
    writeFileSync(join(dir, "not-a-directory"), "");
    const { error } = await timed(openStore({ sqlitePath: join(dir, "not-a-directory", "store.sqlite") }));
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as Error).message).toMatch(/^sqlite store unavailable: .*not-a-directory/);
  });

  test("a file locked by another writer fails after the busy timeout, and works once released", async () => {
    const path = join(dir, "locked.sqlite");
    const store = await openStore({ sqlitePath: path, connectTimeoutMs: 200 });
    const other = new Database(path);
    other.exec("begin exclusive");
    try {
      const { error, ms } = await timed(store.recordDelivery("blocked"));
      expect(error).toBeInstanceOf(StoreUnavailableError);
      expect(ms).toBeGreaterThanOrEqual(150);
      expect(ms).toBeLessThan(2_000);
    } finally {
      other.exec("commit");
      other.close();
    }
    expect(await store.recordDelivery("blocked")).toBe(true);
    await store.close();
  });
});
