import { existsSync } from "node:fs";
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, errorMessage, parseCommandLine, UsageError, write } from "../cli-support.js";
import { sanitizeText } from "../render/escape.js";
import { DEFAULT_SQLITE_PATH, openStore, type Operation, type OperationStatus, type StoreOptions } from "../store/index.js";
import { formatDate } from "./time.js";

export interface HistoryIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export const HISTORY_SUMMARY = "search the operation log (ops-log) recorded by the app";

export const HISTORY_USAGE = [
  "Usage: infra-coach history [words...] [options]",
  "",
  "Lists operations from the app's database, newest first. An operation's date is",
  "when it was completed, or when it was planned if it is not done yet.",
  "",
  "Options:",
  "  --text WORDS          every word must appear in the title, summary, runbook, outcome or people",
  "  --runbook NAME        only this runbook (release, release.md, ecs-service-restart.ja ...)",
  "  --person LOGIN        only operations with this commander or driver",
  "  --status STATUS       planned | reviewed | done | cancelled | closed (done or cancelled)",
  "  --since DATE          on or after DATE (2025-03-01 or an ISO time)",
  "  --until DATE          on or before DATE (a day includes all of it)",
  "  --repo OWNER/NAME     only this repository",
  "  --limit N             at most N operations (default 50, at most 500)",
  "  --json                JSON instead of text",
  "  --db PATH|URL         SQLite file or postgres:// URL (default: DATABASE_URL, then",
  `                        INFRA_COACH_SQLITE_PATH, then ${DEFAULT_SQLITE_PATH})`,
  "  -h, --help            show this help",
].join("\n");

const MAX_LIMIT = 500;

interface HistoryArguments {
  text: string;
  runbook?: string;
  person?: string;
  statuses?: OperationStatus[];
  since?: Date;
  until?: Date;
  repo?: string;
  limit: number;
  json: boolean;
  db?: string;
}

const STATUSES: Record<string, OperationStatus[]> = {
  planned: ["planned"],
  reviewed: ["reviewed"],
  approved: ["reviewed"],
  done: ["done"],
  cancelled: ["cancelled"],
  canceled: ["cancelled"],
  closed: ["done", "cancelled"],
};

function parseDate(flag: string, value: string, endOfDay: boolean): Date {
  const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(dayOnly ? `${value}T${endOfDay ? "23:59:59.999" : "00:00:00.000"}Z` : value);
  if (Number.isNaN(date.getTime())) throw new UsageError(`${flag} must be a date like 2025-03-14 or an ISO time, not ${JSON.stringify(value)}`);
  return date;
}

function parseHistoryArguments(args: string[]): HistoryArguments {
  const { values, positionals } = parseCommandLine("history", args, {
    text: { type: "string" },
    runbook: { type: "string" },
    person: { type: "string" },
    status: { type: "string" },
    since: { type: "string" },
    until: { type: "string" },
    repo: { type: "string" },
    limit: { type: "string" },
    json: { type: "boolean" },
    db: { type: "string" },
  });
  const limit = values.limit === undefined ? 50 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) throw new UsageError(`--limit must be a whole number from 1 to ${MAX_LIMIT}`);
  const statuses = values.status === undefined ? undefined : STATUSES[values.status.toLowerCase()];
  if (values.status !== undefined && statuses === undefined) {
    throw new UsageError(`--status must be planned, reviewed, done, cancelled or closed, not ${JSON.stringify(values.status)}`);
  }
  if (values.repo !== undefined && !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(values.repo)) throw new UsageError("--repo must look like owner/name");
  const since = values.since === undefined ? undefined : parseDate("--since", values.since, false);
  const until = values.until === undefined ? undefined : parseDate("--until", values.until, true);
  if (since && until && since > until) throw new UsageError("--since is after --until");
  return {
    text: [values.text ?? "", ...positionals].join(" ").trim(),
    ...(values.runbook !== undefined ? { runbook: values.runbook } : {}),
    ...(values.person !== undefined ? { person: values.person } : {}),
    ...(statuses ? { statuses } : {}),
    ...(since ? { since } : {}),
    ...(until ? { until } : {}),
    ...(values.repo !== undefined ? { repo: values.repo } : {}),
    limit,
    json: values.json ?? false,
    ...(values.db !== undefined ? { db: values.db } : {}),
  };
}

/** Where the data is: --db, then DATABASE_URL, then the app's SQLite file. A missing SQLite file is an error, never created. */
function storeOptions(db: string | undefined, env: NodeJS.ProcessEnv): StoreOptions {
  const source = db ?? env.DATABASE_URL;
  if (source !== undefined && /^postgres(ql)?:\/\//i.test(source)) return { databaseUrl: source };
  const path = db ?? env.INFRA_COACH_SQLITE_PATH ?? DEFAULT_SQLITE_PATH;
  if (!existsSync(path)) throw new Error(`no database at ${path} (give --db PATH or set DATABASE_URL)`);
  return { sqlitePath: path };
}

const baseName = (runbook: string): string => runbook.trim().replace(/\.md$/i, "").toLowerCase();

function matches(operation: Operation, query: HistoryArguments): boolean {
  if (query.statuses && !query.statuses.includes(operation.status)) return false;
  if (query.runbook !== undefined && baseName(operation.runbook ?? "") !== baseName(query.runbook)) return false;
  if (query.person !== undefined) {
    const person = query.person.replace(/^@/, "").toLowerCase();
    if (operation.commander !== person && operation.driver !== person) return false;
  }
  return true;
}

function statusText(operation: Operation): string {
  return operation.status === "done" && operation.outcome ? `done: ${operation.outcome}` : operation.status;
}

/** One line per operation; every stored field is untrusted (titles come from issues), so control characters are neutralised. */
function renderText(operations: readonly Operation[]): string {
  if (operations.length === 0) return "No operations match.\n";
  const rows = operations.map((operation) => [
    formatDate(new Date(operation.completedAt ?? operation.plannedAt)),
    `${operation.repo}${operation.issueNumber === null ? "" : `#${operation.issueNumber}`}`,
    statusText(operation),
    operation.runbook ?? "-",
    `${operation.commander ?? "-"} / ${operation.driver ?? "-"}`,
    operation.title,
  ].map((cell) => sanitizeText(cell)));
  const header = ["DATE", "LOG", "STATUS", "RUNBOOK", "COMMANDER / DRIVER", "TITLE"];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]) => cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column]!))).join("  ");
  return `${[line(header), ...rows.map(line)].join("\n")}\n`;
}

/**
 * `infra-coach history`: searches the operations the app recorded (the same
 * data as the pinned `ops-log index` issue, without its size limit).
 * Exit codes: 0 done (also when nothing matches), 1 the database cannot be
 * read, 2 the command line is wrong.
 */
export async function historyCommand(args: string[], io: HistoryIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let query: HistoryArguments;
  try {
    query = parseHistoryArguments(args);
  } catch (error) {
    await write(io.stderr, `infra-coach history: ${sanitizeText(errorMessage(error))}\n`);
    return error instanceof UsageError ? EXIT_USAGE : EXIT_FAILED;
  }
  let operations: Operation[];
  try {
    const store = await openStore(storeOptions(query.db, env));
    // The runbook and the person are words of the stored search text too: asking for them narrows the
    // database query, so the exact filter below rarely has to look past its 500 rows.
    const words = [query.text, query.runbook === undefined ? "" : baseName(query.runbook), query.person?.replace(/^@/, "") ?? ""].join(" ").trim();
    try {
      const found = await store.searchOperations({
        ...(words !== "" ? { text: words } : {}),
        ...(query.repo ? { repo: query.repo } : {}),
        ...(query.statuses?.length === 1 ? { status: query.statuses[0]! } : {}),
        ...(query.since ? { since: query.since } : {}),
        ...(query.until ? { until: query.until } : {}),
        limit: MAX_LIMIT,
      });
      operations = found.filter((operation) => matches(operation, query)).slice(0, query.limit);
    } finally {
      await store.close();
    }
  } catch (error) {
    await write(io.stderr, `infra-coach history: ${sanitizeText(errorMessage(error))}\n`);
    return EXIT_FAILED;
  }
  await write(io.stdout, query.json ? `${JSON.stringify(operations, null, 2)}\n` : renderText(operations));
  return EXIT_OK;
}
