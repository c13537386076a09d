import type { Engine } from "./types.js";

/**
 * The database cannot be reached or cannot serve right now (down, restarting, timed out, locked,
 * file unopenable). Callers can treat it as transient: the store reconnects on the next call.
 * The message never contains the connection string.
 */
export class StoreUnavailableError extends Error {
  override readonly name = "StoreUnavailableError";
  readonly engine: Engine;

  constructor(engine: Engine, cause: unknown) {
    super(`${engine} store unavailable: ${describe(cause)}`, { cause });
    this.engine = engine;
  }
}

/** Socket and file-system errors: the server or the file is not there. */
const SYSTEM_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
  "EACCES",
  "EROFS",
  "ENOTDIR",
  "ENOSPC",
]);

/**
 * PostgreSQL SQLSTATEs meaning "not now": class 08 (connection exception), shutdown in progress,
 * too many connections, statement or idle-in-transaction timeout.
 */
const POSTGRES_STATES = /^(08...|57P0[1-3]|53300|57014|25P03)$/;

/** SQLite result codes for a locked, unopenable, failing or read-only database file. */
const SQLITE_CODES = /^SQLITE_(BUSY|LOCKED|CANTOPEN|IOERR|FULL|READONLY|NOTADB|CORRUPT)/;

/** node-postgres reports lost connections and its own timeouts only through messages. */
const PG_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Query read timeout|not queryable|Connection ended unexpectedly/i;

function isUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; isErrorLike(current) && depth < 5; depth += 1) {
    const { code, message, errors } = current;
    if (typeof code === "string" && (SYSTEM_CODES.has(code) || POSTGRES_STATES.test(code) || SQLITE_CODES.test(code))) {
      return true;
    }
    if (typeof message === "string" && PG_MESSAGES.test(message)) return true;
    if (Array.isArray(errors) && errors.some(isUnavailable)) return true;
    current = current.cause;
  }
  return false;
}

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  errors?: unknown;
  cause?: unknown;
}

/** Duck-typed: errors from another realm (node:net inside a VM context) fail `instanceof Error`. */
function isErrorLike(value: unknown): value is ErrorLike {
  return typeof value === "object" && value !== null;
}

/** Re-throws connectivity failures as StoreUnavailableError, anything else unchanged. */
export function toStoreError(engine: Engine, error: unknown): unknown {
  if (error instanceof StoreUnavailableError) return error;
  return isUnavailable(error) ? new StoreUnavailableError(engine, error) : error;
}

function describe(cause: unknown): string {
  if (!isErrorLike(cause)) return String(cause);
  const nested = Array.isArray(cause.errors) ? cause.errors.map(describe).join("; ") : "";
  const message = typeof cause.message === "string" && cause.message ? cause.message : nested;
  const code = typeof cause.code === "string" ? cause.code : "";
  return code && !message.includes(code) ? `${message} (${code})` : message;
}
