import { mkdtemp, rm } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { historyCommand, HISTORY_USAGE } from "../../src/history/cli.js";
import { openStore } from "../../src/store/index.js";

class Capture extends Writable {
  text = "";
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.text += chunk.toString();
    callback();
  }
}

async function run(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await historyCommand(args, { stdout, stderr }, env);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

describe("infra-coach history", () => {
  let dir: string;
  let db: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "infra-coach-history-"));
    db = join(dir, "ops.sqlite");
    const store = await openStore({ sqlitePath: db });
    const release = await store.createOperation({
      repo: "octo/app",
      issueNumber: 131,
      runbook: "release.md",
      title: "Release v1.4.0 to production",
      commander: "Alice",
      driver: "bob",
      plannedAt: new Date("2025-03-14T01:00:00Z"),
      summary: "new billing page",
    });
    await store.updateOperation(release.operation.id, { status: "done", outcome: "success", completedAt: new Date("2025-03-14T01:20:00Z") });
    const restart = await store.createOperation({
      repo: "octo/app",
      issueNumber: 117,
      runbook: "ecs-service-restart.md",
      title: "Restart api after DB password rotation",
      commander: "bob",
      driver: "carol",
      plannedAt: new Date("2025-03-03T05:00:00Z"),
    });
    await store.updateOperation(restart.operation.id, { status: "cancelled", outcome: "cancelled" });
    await store.createOperation({
      repo: "octo/infra",
      issueNumber: 9,
      runbook: "log-check.ja.md",
      // Untrusted text: an ANSI escape and a line break must not reach the terminal as such.
      title: "ログ確認 \u001b[31mred\nsecond line",
      commander: "carol",
      driver: "alice",
      plannedAt: new Date("2025-02-20T01:00:00Z"),
    });
    await store.close();
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("lists every operation newest first, one sanitised line each", async () => {
    const { code, stdout, stderr } = await run(["--db", db]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^DATE\s+LOG\s+STATUS\s+RUNBOOK\s+COMMANDER \/ DRIVER\s+TITLE$/);
    // The cancelled one is dated by when it was closed (now), so it is the newest.
    expect(lines.slice(1).map((line) => line.split(/\s{2,}/).slice(0, 3))).toEqual([
      [new Date().toISOString().slice(0, 10), "octo/app#117", "cancelled"],
      ["2025-03-14", "octo/app#131", "done: success"],
      ["2025-02-20", "octo/infra#9", "planned"],
    ]);
    expect(stdout).not.toContain("\u001b");
    expect(stdout).toContain("ログ確認 \uFFFD[31mred second line");
    expect(stdout).toContain("alice / bob");
  });

  it.each([
    [["--text", "billing"], ["octo/app#131"]],
    [["rotation", "password"], ["octo/app#117"]],
    [["--runbook", "release"], ["octo/app#131"]],
    [["--runbook", "ecs-service-restart.md"], ["octo/app#117"]],
    [["--person", "@ALICE"], ["octo/app#131", "octo/infra#9"]],
    [["--person", "carol", "--status", "planned"], ["octo/infra#9"]],
    [["--status", "closed"], ["octo/app#131", "octo/app#117"]],
    [["--status", "approved"], []],
    [["--repo", "octo/infra"], ["octo/infra#9"]],
    [["--since", "2025-03-01", "--until", "2025-03-14"], ["octo/app#131"]],
    [["--until", "2025-02-20"], ["octo/infra#9"]],
    [["--limit", "1"], ["octo/app#117"]],
  ])("filters %j", async (args, expected) => {
    const { code, stdout } = await run([...args, "--db", db, "--json"]);
    expect(code).toBe(0);
    const operations = JSON.parse(stdout) as { repo: string; issueNumber: number }[];
    expect(operations.map((operation) => `${operation.repo}#${operation.issueNumber}`).sort()).toEqual([...expected].sort());
  });

  it("prints JSON with the stored fields", async () => {
    const { stdout } = await run(["--db", db, "--json", "--text", "v1.4.0"]);
    expect(JSON.parse(stdout)).toEqual([
      expect.objectContaining({
        repo: "octo/app",
        issueNumber: 131,
        runbook: "release.md",
        status: "done",
        outcome: "success",
        commander: "alice",
        driver: "bob",
        plannedAt: "2025-03-14T01:00:00.000Z",
        completedAt: "2025-03-14T01:20:00.000Z",
      }),
    ]);
  });

  it("says so when nothing matches", async () => {
    const { code, stdout } = await run(["--db", db, "--text", "nothing-like-this"]);
    expect(code).toBe(0);
    expect(stdout).toBe("No operations match.\n");
  });

  it("reads DATABASE_URL / INFRA_COACH_SQLITE_PATH when --db is not given", async () => {
    const fromEnv = await run(["--json", "--repo", "octo/infra"], { INFRA_COACH_SQLITE_PATH: db });
    expect(JSON.parse(fromEnv.stdout)).toHaveLength(1);
    // A postgres URL is used as such (nothing listens there: the error names the engine, not the URL's password).
    const postgres = await run(["--json"], { DATABASE_URL: "postgres://user:secret-password@127.0.0.1:1/none" });
    expect(postgres.code).toBe(1);
    expect(postgres.stderr).toMatch(/^infra-coach history: postgres store unavailable/);
    expect(postgres.stderr).not.toContain("secret-password");
  }, 20_000);

  it("never creates a database that is not there", async () => {
    const missing = join(dir, "nope", "missing.sqlite");
    const { code, stderr } = await run(["--db", missing]);
    expect(code).toBe(1);
    expect(stderr).toBe(`infra-coach history: no database at ${missing} (give --db PATH or set DATABASE_URL)\n`);
    expect(existsSync(missing)).toBe(false);
  });

  it.each([
    [["--status", "maybe"], "--status must be planned, reviewed, done, cancelled or closed"],
    [["--since", "yesterday"], "--since must be a date like 2025-03-14"],
    [["--since", "2025-03-02", "--until", "2025-03-01"], "--since is after --until"],
    [["--limit", "0"], "--limit must be a whole number from 1 to 500"],
    [["--repo", "not a repo"], "--repo must look like owner/name"],
    [["--colour"], "Unknown option '--colour'"],
  ])("rejects %j with exit code 2", async (args, message) => {
    const { code, stderr, stdout } = await run([...args, "--db", db]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(message);
  });

  it("documents every option it accepts", () => {
    for (const option of ["--text", "--runbook", "--person", "--status", "--since", "--until", "--repo", "--limit", "--json", "--db"]) {
      expect(HISTORY_USAGE).toContain(option);
    }
  });
});
