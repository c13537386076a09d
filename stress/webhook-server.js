// The real app (built, ../dist) behind Probot's HTTP middleware on loopback,
// with GitHub mocked in-process (github-mock.js), a SQLite store, the local
// runner and the bounded work queue. Run as a child of stress/run.js, which
// talks to it over IPC: it answers "stats" and "stop".
//   node stress/webhook-server.js '{"maxPending":500}'
import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createNodeMiddleware, Probot } from "probot";
import { mockGitHub } from "./github-mock.js";

const dist = new URL(process.env.INFRA_COACH_DIST ?? "../dist/", import.meta.url);
const { infraCoach } = await import(new URL("app/index.js", dist).href);
const { infraCoachOctokit } = await import(new URL("app/octokit-options.js", dist).href);
const { WorkQueue } = await import(new URL("app/work-queue.js", dist).href);
const { createWebhookIntake } = await import(new URL("app/webhook-intake.js", dist).href);
const { LocalRunner } = await import(new URL("runner/index.js", dist).href);
const { openStore } = await import(new URL("store/index.js", dist).href);

const options = JSON.parse(process.argv[2] ?? "{}");
const secret = options.secret ?? "stress-secret";

const github = mockGitHub({ delayMs: options.githubDelayMs ?? 0, ...(options.withPlans ? await planFiles() : {}) });
const dir = mkdtempSync(join(tmpdir(), "ic-stress-"));
const store = await openStore({ sqlitePath: join(dir, "stress.sqlite") });
const jobErrors = [];
const queue = new WorkQueue({
  concurrency: options.concurrency ?? 8,
  maxPending: options.maxPending ?? 500,
  onError: (key, error) => jobErrors.push(`${key}: ${error?.message ?? error}`),
});
const runner = new LocalRunner({
  terraformPath: options.terraformPath ?? "/usr/local/bin/terraform",
  maxConcurrent: options.maxPlans ?? 2,
  killGraceMs: 1000,
});

// Peaks, sampled: queue length, running jobs, running terraform, resident memory.
const peaks = { pending: 0, activeJobs: 0, activePlans: 0, rssMb: 0 };
const rssSamples = [];
const started = Date.now();
const sampler = setInterval(() => {
  peaks.pending = Math.max(peaks.pending, queue.pending);
  if (intake) peaks.pendingDeliveries = Math.max(peaks.pendingDeliveries ?? 0, intake.queue.pending);
  peaks.activeJobs = Math.max(peaks.activeJobs, queue.active);
  peaks.activePlans = Math.max(peaks.activePlans, runner.activeRuns);
  const rssMb = Math.round(process.memoryUsage.rss() / 1048576);
  peaks.rssMb = Math.max(peaks.rssMb, rssMb);
  const atMs = Date.now() - started;
  if (rssSamples.length === 0 || atMs - rssSamples.at(-1).atMs >= 1000) rssSamples.push({ atMs, rssMb });
}, 20);

const probot = new Probot({
  appId: 1,
  privateKey: generateKeyPairSync("rsa", { modulusLength: 2048, privateKeyEncoding: { type: "pkcs8", format: "pem" }, publicKeyEncoding: { type: "spki", format: "pem" } }).privateKey,
  secret,
  logLevel: options.logLevel ?? "error",
  // Production retry/throttle settings; write pacing off (`pacing: false`) measures the app rather than the plugin's 1 write/s.
  Octokit: options.plainOctokit ? (await import("probot")).ProbotOctokit.defaults((o) => ({ ...o, retry: { enabled: false }, throttle: { enabled: false } })) : infraCoachOctokit(options.pacing === false ? { pacing: await unpaced() } : {}),
});
const appFn = options.app === "noop" ? () => undefined : infraCoach({ services: { store, runner, queue } });
let intake;
let handle;
if (options.intake === "probot") {
  // Probot's own middleware: answers when every handler is done.
  const middleware = await createNodeMiddleware(appFn, { probot });
  handle = (request, response) => middleware(request, response, () => response.writeHead(404).end());
} else {
  // What src/app/server.ts runs: answers once the delivery is verified and queued.
  await probot.load(appFn);
  intake = await createWebhookIntake(probot, { concurrency: options.intakeConcurrency ?? 16, maxPending: options.maxPendingDeliveries ?? 1000 });
  handle = async (request, response) => {
    if (!(await intake.handle(request, response))) response.writeHead(404).end();
  };
}
const server = createServer((request, response) => void handle(request, response));
server.keepAliveTimeout = 60_000;
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));

process.on("message", async (message) => {
  if (message === "idle") {
    await intake?.queue.onIdle();
    await queue.onIdle();
    process.send({ idle: true });
  } else if (message === "stats") {
    process.send({ stats: stats() });
  } else if (message === "stop") {
    clearInterval(sampler);
    server.close();
    await intake?.queue.onIdle();
    await queue.onIdle();
    await store.close();
    github.stop();
    rmSync(dir, { recursive: true, force: true });
    process.send({ stopped: true, stats: stats() });
    process.exit(0);
  }
});
process.send({ port: server.address().port });

function stats() {
  const comments = {};
  for (const [key, list] of github.comments) comments[key] = list.length;
  return { calls: Object.fromEntries(github.calls), comments, peaks, rssSamples, jobErrors: jobErrors.slice(0, 20), jobErrorCount: jobErrors.length };
}

async function unpaced() {
  const { default: Bottleneck } = await import("bottleneck");
  return { write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }), notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }) };
}

/** For the many-PR run: every PR touches `infra/main.tf`, served from one small tarball. */
async function planFiles() {
  const { readFileSync } = await import("node:fs");
  const tarball = readFileSync(options.tarballPath);
  return { files: () => [{ filename: "infra/main.tf", status: "modified" }], tarball: () => tarball };
}
