import pg from "pg";
import Database from "better-sqlite3";
import { openStore, StoreUnavailableError, type Store, type StoreOptions } from "../../src/store/index.js";
import { ENGINES, harnessFor, type Harness } from "./harness.js";

const T0 = new Date("2026-05-11T08:00:00.000Z");

/** Writes one of everything a restart must not lose. */
async function writeHistory(store: Store): Promise<string> {
  await store.recordDelivery("delivery-1", T0);
  await store.claimAssignment({ repo: "octo/infra", pr: 1, round: 0, login: "aiko", kind: "rotation", types: ["aws_ecs_service"], at: T0 });
  await store.recordPairing({ repo: "octo/infra", subject: 2, commander: "ben", driver: "chen", at: T0 });
  const { operation } = await store.createOperation({ repo: "octo/infra", issueNumber: 2, title: "Failover drill", plannedAt: T0 });
  return operation.id;
}

async function expectHistory(store: Store, operationId: string): Promise<void> {
  expect(await store.recordDelivery("delivery-1")).toBe(false);
  expect((await store.recentAssignments({ since: new Date(0) })).map((a) => a.login)).toEqual(["aiko"]);
  expect(await store.exposureFor(["aiko"])).toEqual({ aiko: { aws_ecs_service: 1 } });
  expect(await store.recentPairings()).toEqual([
    { repo: "octo/infra", subject: 2, round: 0, commander: "ben", driver: "chen", at: T0.toISOString() },
  ]);
  expect((await store.getOperation(operationId))?.title).toBe("Failover drill");
}

async function migrationNames(options: StoreOptions): Promise<string[]> {
  if (options.sqlitePath) {
    const db = new Database(options.sqlitePath, { readonly: true });
    try {
      return (db.prepare("select name from kysely_migration order by name").all() as { name: string }[]).map((r) => r.name);
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  try {
    return (await client.query<{ name: string }>("select name from kysely_migration order by name")).rows.map((r) => r.name);
  } finally {
    await client.end();
  }
}

describe.each(ENGINES)("%s store: migrations and restarts", (engine) => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await harnessFor(engine);
  });
  afterAll(async () => {
    await harness?.teardown();
  });

  test("migrations run once; closing and reopening (an app restart) keeps the schema and the data", async () => {
    const options = await harness.fresh();
    const first = await openStore(options);
    const operationId = await writeHistory(first);
    await first.close();
    expect(await migrationNames(options)).toEqual(["0001_initial", "0002_marked_comments"]);

    for (let reopen = 0; reopen < 2; reopen += 1) {
      const again = await openStore(options);
      await expectHistory(again, operationId);
      await again.close();
    }
    expect(await migrationNames(options)).toEqual(["0001_initial", "0002_marked_comments"]);
  });

  test("two replicas starting at once on an empty database both come up", async () => {
    const options = await harness.fresh();
    const [a, b] = await Promise.all([openStore(options), openStore(options)]);
    expect(await a.recordDelivery("x")).toBe(true);
    expect(await b.recordDelivery("x")).toBe(false);
    await Promise.all([a.close(), b.close()]);
    expect(await migrationNames(options)).toEqual(["0001_initial", "0002_marked_comments"]);
  });

  if (engine === "postgres") {
    test("restarting the database loses no history, and the same store recovers", async () => {
      const options = await harness.fresh();
      const store = await openStore({ ...options, connectTimeoutMs: 1_000 });
      const operationId = await writeHistory(store);

      await harness.server?.restart(async () => {
        const started = Date.now();
        await expect(store.recentPairings()).rejects.toBeInstanceOf(StoreUnavailableError);
        expect(Date.now() - started).toBeLessThan(5_000);
      });

      // The pool may still hold connections the restart killed: the first call may fail, as
      // StoreUnavailableError, never anything else; a later one must succeed.
      let recovered = false;
      for (let attempt = 0; attempt < 5 && !recovered; attempt += 1) {
        try {
          await store.recentPairings();
          recovered = true;
        } catch (error) {
          expect(error).toBeInstanceOf(StoreUnavailableError);
        }
      }
      expect(recovered).toBe(true);
      await expectHistory(store, operationId);
      await store.close();
    });
  }
});
