import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import { assignmentMethods } from "./assignments.js";
import { commentMethods } from "./comments.js";
import { deliveryMethods } from "./deliveries.js";
import { StoreUnavailableError, toStoreError } from "./errors.js";
import { migrationProvider } from "./migrations.js";
import { operationMethods } from "./operations.js";
import { pairingMethods } from "./pairings.js";
import { planMethods } from "./plans.js";
import type { Database, Db } from "./schema.js";
import { teamMethods } from "./teams.js";
import type { Engine, Store } from "./types.js";

export const DEFAULT_SQLITE_PATH = "data/infra-coach.sqlite";

export interface StoreOptions {
  /** postgres://… — when set, PostgreSQL is used (multi-replica deployments). */
  databaseUrl?: string;
  /** SQLite file, created with its directory if missing; default data/infra-coach.sqlite. */
  sqlitePath?: string;
  /** Give up connecting (PostgreSQL) or waiting for a lock (SQLite) after this long; default 5 s. */
  connectTimeoutMs?: number;
  /** Longest a single statement may run (PostgreSQL); default 10 s. */
  statementTimeoutMs?: number;
  /** PostgreSQL connections per replica; default 10. */
  poolSize?: number;
  /** Told about errors of idle PostgreSQL connections (they are replaced on the next query). */
  onConnectionError?: (error: Error) => void;
}

/** Opens (creating if needed) the database, runs pending migrations and returns the store. */
export async function openStore(options: StoreOptions = {}): Promise<Store> {
  const engine: Engine = options.databaseUrl ? "postgres" : "sqlite";
  let db: Db | undefined;
  try {
    db = engine === "postgres" ? postgres(options) : sqlite(options);
    await migrate(db, engine === "sqlite" ? SQLITE_MIGRATION_ATTEMPTS : 1);
  } catch (error) {
    await db?.destroy().catch(() => undefined);
    throw toStoreError(engine, error);
  }
  return assemble(engine, db);
}

function postgres(options: StoreOptions): Db {
  const connectTimeout = options.connectTimeoutMs ?? 5_000;
  const statementTimeout = options.statementTimeoutMs ?? 10_000;
  const pool = new pg.Pool({
    connectionString: options.databaseUrl,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: connectTimeout,
    idleTimeoutMillis: 30_000,
    keepAlive: true,
    // Server-side limit, plus a client-side one in case the server vanishes mid-statement.
    statement_timeout: statementTimeout,
    query_timeout: statementTimeout + connectTimeout,
    idle_in_transaction_session_timeout: statementTimeout * 3,
    application_name: "infra-coach",
  });
  const report = (error: Error): void => options.onConnectionError?.(error);
  // Without listeners, a connection dropped by a server restart emits an unhandled 'error' and
  // crashes the process. Idle ones are dropped by the pool; the next query opens a fresh one.
  pool.on("error", report);
  pool.on("connect", (client) => {
    client.on("error", report);
    closeAfterReadTimeout(client);
  });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/**
 * After a client-side query timeout, node-postgres keeps the connection and queues the next query
 * behind the one still waiting for an answer that may never come (server hung, network gone). Ending
 * that connection makes the pool drop it and open a fresh one, so the store recovers by itself.
 */
function closeAfterReadTimeout(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  client.query = ((...args: unknown[]) => {
    const result = query(...args);
    if (result instanceof Promise) {
      result.catch((error: { message?: unknown } | null) => {
        if (error?.message === "Query read timeout") client.end().catch(() => undefined);
      });
    }
    return result;
  }) as typeof client.query;
}

function sqlite(options: StoreOptions): Db {
  const path = options.sqlitePath ?? DEFAULT_SQLITE_PATH;
  if (path !== ":memory:") {
    try {
      mkdirSync(dirname(path), { recursive: true });
    } catch (error) {
      throw new StoreUnavailableError("sqlite", error);
    }
  }
  const database = new BetterSqlite3(path, { timeout: options.connectTimeoutMs ?? 5_000 });
  // WAL: readers never block the writer; NORMAL sync keeps every commit across an app restart.
  database.pragma("journal_mode = WAL");
  database.pragma("synchronous = NORMAL");
  return new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
}

/**
 * PostgreSQL replicas serialise migrations with Kysely's advisory lock. SQLite has no such lock, so
 * two processes opening a new file at once (an overlapping restart) can both try the same
 * migration; the loser's transaction rolls back, and a retry finds the work done.
 */
const SQLITE_MIGRATION_ATTEMPTS = 3;

async function migrate(db: Db, attempts: number): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    const { error } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
    if (!error) return;
    if (attempt >= attempts) throw error;
    await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
  }
}

function assemble(engine: Engine, db: Db): Store {
  const methods = {
    ...deliveryMethods(db),
    ...assignmentMethods(db),
    ...pairingMethods(db),
    ...teamMethods(db),
    ...operationMethods(db),
    ...planMethods(db),
    ...commentMethods(db),
  };
  const guarded = Object.fromEntries(
    Object.entries(methods).map(([name, method]) => [
      name,
      async (...args: unknown[]) => {
        try {
          return await (method as (...a: unknown[]) => Promise<unknown>)(...args);
        } catch (error) {
          throw toStoreError(engine, error);
        }
      },
    ]),
  ) as typeof methods;
  return {
    engine,
    ...guarded,
    close: () => db.destroy(),
  };
}
