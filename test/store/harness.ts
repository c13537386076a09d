import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { StoreOptions } from "../../src/store/index.js";
import { startPostgres, type TestPostgres } from "../helpers/postgres.js";

export type EngineName = "sqlite" | "postgres";
export const ENGINES: EngineName[] = ["sqlite", "postgres"];

/** Hands out empty databases of one engine: a new SQLite file, or a new database on one test server. */
export interface Harness {
  engine: EngineName;
  fresh(): Promise<StoreOptions>;
  /** Only for postgres. */
  server?: TestPostgres;
  teardown(): Promise<void>;
}

let counter = 0;

export async function harnessFor(engine: EngineName): Promise<Harness> {
  if (engine === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "ic-sqlite-"));
    return {
      engine,
      fresh: async () => ({ sqlitePath: join(dir, `store-${(counter += 1)}`, "infra-coach.sqlite") }),
      teardown: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const server = await startPostgres();
  return {
    engine,
    server,
    async fresh() {
      const name = `store_${process.pid}_${(counter += 1)}`;
      const admin = new pg.Client({ connectionString: server.url });
      await admin.connect();
      try {
        await admin.query(`create database ${name}`);
      } finally {
        await admin.end();
      }
      return { databaseUrl: server.url.replace(/\/postgres$/, `/${name}`) };
    },
    teardown: () => server.stop(),
  };
}
