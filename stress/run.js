// `npm run stress`: the long load runs of docs/reliability.md, over the built
// app (../dist). Each scenario starts the server in its own process
// (webhook-server.js: real Probot + the app's webhook intake on loopback,
// GitHub mocked in that process) and drives it from this one with autocannon.
//   node stress/run.js            every scenario
//   node stress/run.js intake     only the ones whose name starts with "intake"
// Figures are printed as they come, then one JSON line per scenario.
import { execFileSync, fork } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { sendDeliveries } from "./load-client.js";

const require = createRequire(import.meta.url);
const examples = require("@octokit/webhooks-examples/api.github.com/index.json");
const here = fileURLToPath(new URL(".", import.meta.url));
const SECRET = "stress-secret";

const INTAKE_RATE = 300;
const INTAKE_SECONDS = 30;

/** pull_request.opened for PR `number` of `org/repo-NN` (GitHub's example payload). */
function pullRequestBody(repoIndex, number) {
  const payload = structuredClone(examples.find((family) => family.name === "pull_request").examples.find((e) => e.action === "opened"));
  const name = `repo-${String(repoIndex).padStart(2, "0")}`;
  for (const repository of [payload.repository, payload.pull_request.base.repo, payload.pull_request.head.repo]) {
    repository.name = name;
    repository.full_name = `org/${name}`;
    repository.owner.login = "org";
  }
  payload.number = number;
  payload.pull_request.number = number;
  payload.installation = { id: 1 };
  return JSON.stringify(payload);
}

/** 200 PRs: 10 in each of 20 repositories. */
const BODIES = Array.from({ length: 200 }, (_, i) => pullRequestBody(i % 20, Math.floor(i / 20) + 1));

async function startServer(options) {
  const child = fork(join(here, "webhook-server.js"), [JSON.stringify({ secret: SECRET, ...options })], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const port = await new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`server exited with ${code}`)));
    child.on("message", (message) => message.port && resolve(message.port));
  });
  const ask = (what, key) =>
    new Promise((resolve) => {
      const listener = (message) => {
        if (message[key] === undefined) return;
        child.off("message", listener);
        resolve(message);
      };
      child.on("message", listener);
      child.send(what);
    });
  return {
    url: `http://127.0.0.1:${port}/api/github/webhooks`,
    idle: () => ask("idle", "idle"),
    stats: async () => (await ask("stats", "stats")).stats,
    stop: async () => (await ask("stop", "stopped")).stats,
  };
}

function rss(samples) {
  const values = samples.map((sample) => sample.rssMb);
  return { startMb: values[0], peakMb: Math.max(...values), endMb: values.at(-1) };
}

/**
 * Webhook intake at 300 deliveries/s (200 PRs in 20 repositories, round-robin), with GitHub
 * answering at once or like the real API; for `seconds`.
 */
async function intake(name, githubDelayMs, seconds) {
  const server = await startServer({ githubDelayMs, maxPendingDeliveries: 1000 });
  const started = Date.now();
  const load = await sendDeliveries({ url: server.url, rate: INTAKE_RATE, seconds, bodies: BODIES, secret: SECRET, connections: 32 });
  await server.idle();
  const totalSeconds = (Date.now() - started) / 1000;
  const stats = await server.stop();
  const handled = stats.calls.config ?? 0;
  return {
    name,
    githubDelayMs,
    seconds,
    deliveries: load.sent,
    perSecond: load.perSecond,
    statuses: load.statuses,
    ackMs: load.latencyMs,
    handled,
    handledPerSecond: Math.round(handled / totalSeconds),
    drainedAfterSeconds: Math.round((totalSeconds - seconds) * 10) / 10,
    peakPendingDeliveries: stats.peaks.pendingDeliveries,
    peakPendingPlanJobs: stats.peaks.pending,
    rss: rss(stats.rssSamples),
    jobErrors: stats.jobErrorCount,
  };
}

/** A tarball like GitHub's for every PR: infra/main.tf with two terraform_data resources. */
function prTarball(dir) {
  const top = join(dir, "org-repo-0000000");
  mkdirSync(join(top, "infra"), { recursive: true });
  writeFileSync(join(top, "infra", "main.tf"), 'resource "terraform_data" "a" { input = 1 }\nresource "terraform_data" "b" { input = 2 }\n');
  const path = join(dir, "repo.tar.gz");
  execFileSync("tar", ["-czf", path, "-C", dir, "org-repo-0000000"]);
  return path;
}

/**
 * A terraform stand-in so the run measures the app: each stage logs when it
 * starts and ends (keyed by the run's working directory), `plan` takes 300 ms,
 * `show` prints a small plan.
 */
function fakeTerraform(dir) {
  const log = join(dir, "runs.log");
  const plan = JSON.stringify({
    format_version: "1.2",
    terraform_version: "1.11.4",
    resource_changes: ["a", "b"].map((name) => ({
      address: `terraform_data.${name}`,
      mode: "managed",
      type: "terraform_data",
      name,
      provider_name: "terraform.io/builtin/terraform",
      change: { actions: ["create"], before: null, after: { input: 1 }, after_unknown: { id: true, output: true }, before_sensitive: false, after_sensitive: {} },
    })),
  });
  const script = [
    "#!/bin/sh",
    `echo "start $1 $(pwd) $(date +%s%N)" >> ${log}`,
    'case "$1" in',
    "  plan) sleep 0.3 ;;",
    `  show) printf '%s' '${plan}' ;;`,
    "esac",
    `echo "end $1 $(pwd) $(date +%s%N)" >> ${log}`,
    "",
  ].join("\n");
  const path = join(dir, "terraform");
  writeFileSync(path, script);
  chmodSync(path, 0o755);
  return { path, log };
}

/** Most runs (init start → show end, per working directory) alive at one instant. */
function peakConcurrentRuns(logPath) {
  const runs = new Map();
  for (const line of readFileSync(logPath, "utf8").split("\n").filter(Boolean)) {
    const [edge, stage, dir, nanos] = line.split(" ");
    const run = runs.get(dir) ?? {};
    if (edge === "start" && stage === "init") run.start = Number(BigInt(nanos) / 1000n);
    if (edge === "end" && stage === "show") run.end = Number(BigInt(nanos) / 1000n);
    runs.set(dir, run);
  }
  const events = [...runs.values()].flatMap((run) => [
    [run.start, 1],
    [run.end, -1],
  ]);
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let now = 0;
  let peak = 0;
  for (const [, change] of events) peak = Math.max(peak, (now += change));
  return { runs: runs.size, peak };
}

/** 200 PRs opened at once across 20 repositories, planned by the local runner (cap 4). */
async function manyPulls() {
  const dir = mkdtempSync(join(tmpdir(), "ic-stress-prs-"));
  try {
    const terraform = fakeTerraform(dir);
    const maxPlans = 4;
    const server = await startServer({
      withPlans: true,
      tarballPath: prTarball(dir),
      terraformPath: terraform.path,
      maxPlans,
      concurrency: 8,
      maxPending: 500,
      // Writes unpaced: the throttling plugin's production pacing (1 write/s, 3 s per comment) would make this ≥ 10 minutes by design.
      pacing: false,
    });
    const started = Date.now();
    const load = await sendDeliveries({ url: server.url, rate: 200, amount: BODIES.length, bodies: BODIES, secret: SECRET, connections: 20 });
    await server.idle();
    const seconds = Math.round((Date.now() - started) / 100) / 10;
    const stats = await server.stop();
    const perPull = Object.values(stats.comments);
    const runs = peakConcurrentRuns(terraform.log);
    return {
      name: "200 PRs × 20 repos, local runner",
      deliveries: load.sent,
      statuses: load.statuses,
      ackMs: load.latencyMs,
      secondsToLastComment: seconds,
      pullsWithComments: perPull.length,
      commentsPerPull: { min: Math.min(...perPull), max: Math.max(...perPull) },
      terraformRuns: runs.runs,
      planCap: maxPlans,
      peakConcurrentPlans: runs.peak,
      peakPlanJobs: stats.peaks.activeJobs,
      rss: rss(stats.rssSamples),
      rssEverySecondMb: stats.rssSamples.map((sample) => sample.rssMb),
      jobErrors: stats.jobErrorCount,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const SCENARIOS = {
  "intake burst, 300/s for 3 s": () => intake("intake burst, 300/s for 3 s", 0, 3),
  "intake sustained, GitHub answering at once": () => intake("intake sustained, GitHub answering at once", 0, INTAKE_SECONDS),
  "intake sustained, GitHub answering in 100 ms": () => intake("intake sustained, GitHub answering in 100 ms", 100, INTAKE_SECONDS),
  "200 PRs × 20 repos": manyPulls,
};

const wanted = process.argv.slice(2);
const results = [];
for (const [name, scenario] of Object.entries(SCENARIOS)) {
  if (wanted.length > 0 && !wanted.some((prefix) => name.startsWith(prefix))) continue;
  console.log(`\n=== ${name} ===`);
  const result = await scenario();
  console.log(JSON.stringify(result, null, 2));
  results.push(result);
}
console.log("\nRESULTS");
for (const result of results) console.log(JSON.stringify(result));
