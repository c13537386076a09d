/** The local runner's process control, with a shell script standing in for terraform. */
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { LocalRunner, type PlanRunResult } from "../../src/runner/local-runner.js";
import { isAlive, makeTempDir, waitForFile, writeFakeTerraform } from "./helpers/fake-terraform.js";

let base: string;
let tempRoot: string;

beforeEach(async () => {
  base = await makeTempDir("runner");
  tempRoot = join(base, "tmp");
  await mkdir(tempRoot);
});

afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

async function workspace(name: string): Promise<string> {
  const dir = join(base, "ws", name);
  await mkdir(dir, { recursive: true });
  return dir;
}

describe("timeouts", () => {
  it("kills the whole process group at the timeout, including a child, and removes the temp dir", async () => {
    const childPidFile = join(base, "child.pid");
    const terraformPath = await writeFakeTerraform(base, {
      init: `sleep 300 & echo $! > ${childPidFile}; wait`,
    });
    const runner = new LocalRunner({ terraformPath, tempRoot, killGraceMs: 5000 });
    const started = Date.now();
    const result = await runner.run({ key: "k", workingDir: await workspace("a"), timeoutMs: 500 });
    const elapsed = Date.now() - started;

    expect(result).toEqual({ status: "timeout", stage: "init", timeoutMs: 500 });
    expect(elapsed).toBeGreaterThanOrEqual(500);
    expect(elapsed).toBeLessThan(4000); // SIGTERM sufficed: no wait for the 5 s grace period
    expect(await isAlive(Number(await waitForFile(childPidFile)))).toBe(false);
    expect(await readdir(tempRoot)).toEqual([]);
  });

  it("escalates to SIGKILL after the grace period when the group ignores SIGTERM", async () => {
    const childPidFile = join(base, "child.pid");
    const terraformPath = await writeFakeTerraform(base, {
      plan: `trap '' TERM; (trap '' TERM; exec sleep 300) & echo $! > ${childPidFile}; wait; wait`,
    });
    const runner = new LocalRunner({ terraformPath, tempRoot, killGraceMs: 300 });
    const started = Date.now();
    const result = await runner.run({ key: "k", workingDir: await workspace("a"), timeoutMs: 500 });
    const elapsed = Date.now() - started;

    expect(result).toEqual({ status: "timeout", stage: "plan", timeoutMs: 500 });
    expect(elapsed).toBeGreaterThanOrEqual(800);
    expect(elapsed).toBeLessThan(3000);
    expect(await isAlive(Number(await waitForFile(childPidFile)))).toBe(false);
    expect(await readdir(tempRoot)).toEqual([]);
  });
});

describe("supersession", () => {
  it("aborts the older run for the same key, which resolves as superseded, and lets the newer one finish", async () => {
    const childPidFile = join(base, "child.pid");
    // The first workspace holds a marker that makes init hang; the second plans at once.
    const terraformPath = await writeFakeTerraform(base, {
      init: `if [ -f slow ]; then sleep 300 & echo $! > ${childPidFile}; wait; fi`,
    });
    const runner = new LocalRunner({ terraformPath, tempRoot });
    const slow = await workspace("slow");
    await writeFile(join(slow, "slow"), "");

    const older = runner.run({ key: "o/r#7#envs/prod", workingDir: slow });
    const childPid = Number(await waitForFile(childPidFile));
    const newer = runner.run({ key: "o/r#7#envs/prod", workingDir: await workspace("fast") });

    expect(await older).toEqual({ status: "superseded" });
    expect((await newer).status).toBe("ok");
    expect(await isAlive(childPid)).toBe(false);
    expect(await readdir(tempRoot)).toEqual([]);
  });

  it("drops a superseded run that is still waiting for a slot without starting it", async () => {
    const startLog = join(base, "starts.log");
    const terraformPath = await writeFakeTerraform(base, {
      init: `basename "$PWD" >> ${startLog}; sleep 0.3`,
    });
    const runner = new LocalRunner({ terraformPath, tempRoot, maxConcurrent: 1 });
    const blocker = runner.run({ key: "other", workingDir: await workspace("blocker") });
    const queued = runner.run({ key: "same", workingDir: await workspace("queued") });
    expect(runner.queueLength).toBe(1);
    const latest = runner.run({ key: "same", workingDir: await workspace("latest") });

    expect(await queued).toEqual({ status: "superseded" });
    expect((await blocker).status).toBe("ok");
    expect((await latest).status).toBe("ok");
    expect((await readFile(startLog, "utf8")).trim().split("\n")).toEqual(["blocker", "latest"]);
  });

  it("does not let runs for different keys supersede each other", async () => {
    const terraformPath = await writeFakeTerraform(base, { init: "sleep 0.2" });
    const runner = new LocalRunner({ terraformPath, tempRoot });
    const results = await Promise.all([
      runner.run({ key: "o/r#1#a", workingDir: await workspace("a") }),
      runner.run({ key: "o/r#1#b", workingDir: await workspace("b") }),
    ]);
    expect(results.map((result) => result.status)).toEqual(["ok", "ok"]);
  });
});

describe("concurrency cap", () => {
  it("never runs more than maxConcurrent plans at once, serving the queue in order", async () => {
    const stamps = join(base, "stamps.log");
    const terraformPath = await writeFakeTerraform(base, {
      init: `echo "start $(basename "$PWD") $(date +%s%N)" >> ${stamps}`,
      plan: "sleep 0.3",
      show: `echo "end $(basename "$PWD") $(date +%s%N)" >> ${stamps}; printf '{}'`,
    });
    const runner = new LocalRunner({ terraformPath, tempRoot, maxConcurrent: 2 });
    const names = ["r0", "r1", "r2", "r3", "r4"];
    const dirs = await Promise.all(names.map(workspace));
    const runs: Promise<PlanRunResult>[] = dirs.map((workingDir, index) => runner.run({ key: `k${index}`, workingDir }));
    expect(runner.activeRuns).toBe(2);
    expect(runner.queueLength).toBe(3);
    expect((await Promise.all(runs)).map((result) => result.status)).toEqual(names.map(() => "ok"));
    expect(runner.activeRuns).toBe(0);

    const events = (await readFile(stamps, "utf8"))
      .trim()
      .split("\n")
      .map((line) => line.split(" "))
      .map(([kind, name, time]) => ({ kind, name, time: BigInt(time ?? "0") }))
      .sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
    let running = 0;
    let peak = 0;
    for (const event of events) {
      running += event.kind === "start" ? 1 : -1;
      peak = Math.max(peak, running);
    }
    expect(events).toHaveLength(10);
    expect(peak).toBe(2);
    expect(events.filter((event) => event.kind === "start").map((event) => event.name).slice(0, 2).sort()).toEqual(["r0", "r1"]);
  });
});

describe("environment", () => {
  it("passes only the allow-list, never the app's secrets, even when a repository asks for them", async () => {
    const envFile = join(base, "env.txt");
    const terraformPath = await writeFakeTerraform(base, { init: `env > ${envFile}` });
    const runner = new LocalRunner({
      terraformPath,
      tempRoot,
      pluginCacheDir: join(base, "plugins"),
      environment: {
        PATH: process.env.PATH,
        HOME: "/home/app",
        PRIVATE_KEY: "-----BEGIN RSA PRIVATE KEY-----",
        WEBHOOK_SECRET: "whsec",
        DATABASE_URL: "postgres://app:pw@db/app",
        GITHUB_TOKEN: "ghs_secret",
        AWS_PROFILE: "plan-readonly",
        AWS_SECRET_ACCESS_KEY: "not-requested",
        TF_LOG: "WARN",
        TF_IN_AUTOMATION: "operator-value",
        UNRELATED: "x",
      },
    });
    const result = await runner.run({
      key: "k",
      workingDir: await workspace("a"),
      envPassthrough: ["AWS_PROFILE", "PRIVATE_KEY", "GITHUB_TOKEN"],
    });
    expect(result.status).toBe("ok");

    const env = new Map(
      (await readFile(envFile, "utf8"))
        .trim()
        .split("\n")
        .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)] as const),
    );
    for (const secret of ["PRIVATE_KEY", "WEBHOOK_SECRET", "DATABASE_URL", "GITHUB_TOKEN", "AWS_SECRET_ACCESS_KEY", "UNRELATED"]) {
      expect(env.has(secret)).toBe(false);
    }
    expect(env.get("AWS_PROFILE")).toBe("plan-readonly");
    expect(env.get("HOME")).toBe("/home/app");
    expect(env.get("TF_LOG")).toBe("WARN");
    expect(env.get("TF_IN_AUTOMATION")).toBe("1");
    expect(env.get("TF_INPUT")).toBe("0");
    expect(env.get("CHECKPOINT_DISABLE")).toBe("1");
    expect(env.get("TF_PLUGIN_CACHE_DIR")).toBe(join(base, "plugins"));
    expect(env.get("TF_DATA_DIR")?.startsWith(tempRoot)).toBe(true);
  });
});

describe("failures", () => {
  it("returns a one-line message and a redacted, ANSI-free log", async () => {
    const terraformPath = await writeFakeTerraform(base, {
      plan: [
        `printf '\\033[31mError: \\033[0mNo valid credential sources found\\n\\n' >&2`,
        `printf '  on providers.tf line 12, in provider "aws":\\n' >&2`,
        `printf 'tried AKIAIOSFODNN7EXAMPLE with aws_secret_access_key=wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY\\n' >&2`,
        `printf 'and https://bot:ghp_abcdefghijklmnopqrstuvwxyz0123456789@github.com/o/r.git\\n' >&2`,
        "exit 1",
      ].join("; "),
    });
    const runner = new LocalRunner({ terraformPath, tempRoot });
    const result = await runner.run({ key: "k", workingDir: await workspace("a"), masks: [/acct-\d+/] });
    expect(result).toMatchObject({
      status: "failed",
      stage: "plan",
      message: "No valid credential sources found (providers.tf line 12)",
    });
    if (result.status !== "failed") return;
    expect(result.log).not.toContain("\u001b");
    expect(result.log).not.toMatch(/AKIAIOSFODNN7EXAMPLE|wJalrXUtnFEMI|ghp_|bot:/);
    expect(result.log).toContain("aws_secret_access_key=[REDACTED]");
    expect(result.log).toContain("https://[REDACTED]@github.com/o/r.git");
  });

  it("says how a stage ended when it printed nothing", async () => {
    const terraformPath = await writeFakeTerraform(base, { init: "exit 3" });
    const result = await new LocalRunner({ terraformPath, tempRoot }).run({ key: "k", workingDir: await workspace("a") });
    expect(result).toEqual({ status: "failed", stage: "init", message: "terraform init exited with 3", log: "" });
  });

  it("keeps only the end of a huge log", async () => {
    const terraformPath = await writeFakeTerraform(base, {
      init: `i=0; while [ $i -lt 20000 ]; do echo "noise line $i" >&2; i=$((i+1)); done; echo "Error: the real cause" >&2; exit 1`,
    });
    const runner = new LocalRunner({ terraformPath, tempRoot, logLimitBytes: 4096 });
    const result = await runner.run({ key: "k", workingDir: await workspace("a") });
    expect(result).toMatchObject({ status: "failed", stage: "init", message: "the real cause" });
    if (result.status !== "failed") return;
    expect(result.log.length).toBeLessThanOrEqual(4096);
    expect(result.log.startsWith("noise line ")).toBe(true); // cut at a line boundary
    expect(result.log.endsWith("Error: the real cause")).toBe(true);
  });

  it("rejects a plan JSON over the size cap and stops show", async () => {
    const terraformPath = await writeFakeTerraform(base, { show: "head -c 3000000 /dev/zero" });
    const runner = new LocalRunner({ terraformPath, tempRoot, maxPlanJsonBytes: 1024 * 1024 });
    expect(await runner.run({ key: "k", workingDir: await workspace("a") })).toEqual({
      status: "failed",
      stage: "show",
      message: "the plan JSON is larger than 1 MiB",
      log: "",
    });
    expect(await readdir(tempRoot)).toEqual([]);
  });
});
