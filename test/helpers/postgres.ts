/*
 * A throw-away PostgreSQL server on loopback for the store tests: its own data directory, a free
 * port, trust authentication for the user "test", listening on 127.0.0.1 only (plus a Unix socket
 * inside the temporary directory). PostgreSQL refuses to run as root, so as root every server
 * command runs as the OS user "postgres" (which owns the directory).
 *
 * Missing binaries make startPostgres() reject with an explanation: the PostgreSQL half of the
 * store tests must fail, never skip, on a machine that cannot run them (.ci/run installs them).
 */
import { execFile } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface TestPostgres {
  /** postgres://test@127.0.0.1:<port>/postgres */
  url: string;
  /** Stops the server and deletes its directory. */
  stop(): Promise<void>;
  /** Stops the server (fast shutdown), runs `whileDown` if given, and starts it again on the same port. */
  restart(whileDown?: () => Promise<void>): Promise<void>;
}

const SEARCH_DIRS = [
  "/usr/local/bin",
  "/usr/lib/postgresql/*/bin",
  "/usr/pgsql-*/bin",
  "/opt/homebrew/bin",
  ...(process.env.PATH ?? "").split(":").filter(Boolean),
];

export async function startPostgres(): Promise<TestPostgres> {
  const bin = findBinaries();
  const dir = mkdtempSync(join(tmpdir(), "ic-pg-"));
  const data = join(dir, "data");
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    const owner = postgresUser();
    chownSync(dir, owner.uid, owner.gid);
  }
  const exec = (file: string, args: string[]) =>
    asRoot ? run("runuser", ["-u", "postgres", "--", file, ...args]) : run(file, args);

  const port = await freePort();
  // fsync=off only matters if the machine crashes; a restart ("fast" stop) still checkpoints.
  const options = [`-p ${port}`, `-k ${dir}`, "-c listen_addresses=127.0.0.1", "-c fsync=off", "-c max_connections=60"];
  const start = () =>
    exec(bin.pg_ctl, ["-D", data, "-o", options.join(" "), "-l", join(dir, "log"), "-w", "-t", "60", "start"]);
  const halt = (mode: "fast" | "immediate") => exec(bin.pg_ctl, ["-D", data, "-m", mode, "-w", "stop"]);

  try {
    await exec(bin.initdb, ["-D", data, "-A", "trust", "-U", "test", "-E", "UTF8", "--locale=C", "--no-sync"]);
    await start();
  } catch (error) {
    const log = existsSync(join(dir, "log")) ? readFileSync(join(dir, "log"), "utf8") : "";
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`PostgreSQL did not start: ${(error as Error).message}\n${log}`);
  }

  return {
    url: `postgres://test@127.0.0.1:${port}/postgres`,
    async stop() {
      await halt("immediate").catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
    async restart(whileDown) {
      await halt("fast");
      try {
        await whileDown?.();
      } finally {
        await start();
      }
    },
  };
}

function findBinaries(): { initdb: string; pg_ctl: string } {
  for (const pattern of SEARCH_DIRS) {
    for (const dir of expand(pattern)) {
      const initdb = join(dir, "initdb");
      const pgCtl = join(dir, "pg_ctl");
      if (existsSync(initdb) && existsSync(pgCtl) && existsSync(join(dir, "postgres"))) return { initdb, pg_ctl: pgCtl };
    }
  }
  throw new Error(
    `PostgreSQL server binaries (initdb, pg_ctl, postgres) not found in ${SEARCH_DIRS.join(", ")}. ` +
      "The store tests run against PostgreSQL as well as SQLite; install it (e.g. apt-get install postgresql; .ci/run does this).",
  );
}

/** Expands one trailing-segment wildcard ("/usr/lib/postgresql/*\/bin"), newest version first. */
function expand(pattern: string): string[] {
  const star = pattern.indexOf("*");
  if (star === -1) return [pattern];
  const parent = pattern.slice(0, pattern.lastIndexOf("/", star));
  const prefix = pattern.slice(parent.length + 1, star);
  const rest = pattern.slice(pattern.indexOf("/", star));
  if (!existsSync(parent)) return [];
  return readdirSync(parent)
    .filter((name) => name.startsWith(prefix))
    .sort((a, b) => b.localeCompare(a, undefined, { numeric: true }))
    .map((name) => `${parent}/${name}${rest}`);
}

/** The OS user "postgres" from /etc/passwd: PostgreSQL's data directory must belong to it. */
function postgresUser(): { uid: number; gid: number } {
  const entry = readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .find((line) => line.startsWith("postgres:"));
  if (!entry) throw new Error("running as root, but there is no OS user 'postgres' to run PostgreSQL as");
  const [, , uid, gid] = entry.split(":");
  return { uid: Number(uid), gid: Number(gid) };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
