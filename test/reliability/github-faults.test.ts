import nock from "nock";
import { infraCoach } from "../../src/app/index.js";
import { PLAN_COMMENT_MARKER, planCheckName } from "../../src/app/publish-plan.js";
import { createTestServices } from "../helpers/app.js";
import { deliveryId, githubApi } from "../helpers/github.js";
import {
  completedRun,
  corpusPlan,
  createReliableProbot,
  ONLY_PLANS,
  planZip,
  recordCalls,
  REPO,
  TEXT,
  type ReliableProbot,
  type CheckRunBody,
} from "./harness.js";

/**
 * GitHub answering 5xx, secondary rate limits (403/429 with retry-after) and
 * giving up: the app's Octokit (src/app/octokit-options.ts) retries with
 * backoff, then the failure is reported on the PR and in the log; a retried
 * comment never ends up twice on the PR.
 */

const CONFIG = `runner: actions\n${ONLY_PLANS}`;
const zip = planZip({ "tfplan.json": new Uint8Array(corpusPlan("AurelienKumarathas__terraform-security-project__terraform__tfplan.json")) });
const SECONDARY = { message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again." };
const bot = (id: number, body: string) => ({ id, user: { type: "Bot", login: "infra-coach[bot]" }, body });

type Services = Awaited<ReturnType<typeof createTestServices>>;

describe("GitHub faults: bounded retries with backoff, then a reported failure", () => {
  let services: Services;
  let app: ReliableProbot;
  const run = completedRun();

  async function setUp(tuning: Parameters<typeof createReliableProbot>[0] = {}) {
    app = createReliableProbot(tuning);
    await app.probot.load(infraCoach({ services }));
  }

  /** GET config, artifacts and the zip: the part of an update before anything is written. */
  function artifactFetched(scope: nock.Scope): nock.Scope {
    return scope
      .get(`${REPO}/contents/.github%2Finfra-coach.yml`)
      .reply(200, CONFIG, TEXT)
      .get(`${REPO}/actions/runs/${run.workflow_run.id}/artifacts`)
      .query(true)
      .reply(200, { total_count: 1, artifacts: [{ id: 77, name: "infra-coach-plan", expired: false }] })
      .get(`${REPO}/actions/artifacts/77/zip`)
      .reply(200, zip, { "content-type": "application/zip" });
  }

  async function deliver(): Promise<void> {
    await app.probot.receive({ id: deliveryId(), name: "workflow_run", payload: run as never });
    await services.queue.onIdle();
  }

  beforeEach(async () => {
    nock.disableNetConnect();
    services = await createTestServices();
  });

  afterEach(async () => {
    await services.dispose();
    nock.cleanAll();
    nock.enableNetConnect();
  });

  it("retries a 5xx with growing waits and edits the comment once it answers", async () => {
    await setUp({ retryBaseMs: 20 });
    await services.store.rememberComment("Codertocat/Hello-World", 2, "plan", 500);
    const attempts: number[] = [];
    let check: CheckRunBody | undefined;
    const scope = artifactFetched(githubApi())
      .patch(`${REPO}/issues/comments/500`, () => (attempts.push(performance.now()), true))
      .times(3)
      .reply(502, { message: "Server Error" })
      .patch(`${REPO}/issues/comments/500`, () => (attempts.push(performance.now()), true))
      .reply(200, { id: 500 })
      .post(`${REPO}/check-runs`, (body) => ((check = body), true))
      .reply(201, { id: 1 });
    const calls = recordCalls(scope);
    await deliver();
    expect(scope.pendingMocks()).toStrictEqual([]);
    expect(services.errors).toEqual([]);
    expect(calls.filter((call) => call.startsWith("PATCH"))).toHaveLength(4);
    // plugin-retry's quadratic backoff: 1×, 4×, 9× the 20 ms base.
    const gaps = attempts.slice(1).map((at, i) => at - attempts[i]!);
    expect(gaps[0]).toBeGreaterThanOrEqual(18);
    expect(gaps[1]).toBeGreaterThanOrEqual(78);
    expect(gaps[2]).toBeGreaterThanOrEqual(178);
    expect(check).toMatchObject({ name: planCheckName("."), conclusion: "success" });
  });

  it("a POST comment answered 502 and retried leaves exactly one comment, even when the 502 had created one", async () => {
    await setUp();
    let posted: { body: string } | undefined;
    const scope = artifactFetched(githubApi())
      .get(`${REPO}/issues/2/comments`)
      .query(true)
      .reply(200, [])
      // GitHub stored comment 900, then answered 502; the retry stores 901.
      .post(`${REPO}/issues/2/comments`, (body) => ((posted = body), true))
      .reply(502, { message: "Server Error" })
      .post(`${REPO}/issues/2/comments`)
      .reply(201, { id: 901 })
      // The marker search right after creating finds both and keeps the oldest.
      .get(`${REPO}/issues/2/comments`)
      .query(true)
      .reply(200, () => [bot(900, posted!.body), bot(901, posted!.body)])
      .delete(`${REPO}/issues/comments/901`)
      .reply(204)
      .post(`${REPO}/check-runs`)
      .reply(201, { id: 1 });
    await deliver();
    expect(scope.pendingMocks()).toStrictEqual([]);
    expect(services.errors).toEqual([]);
    expect(posted!.body.startsWith(PLAN_COMMENT_MARKER)).toBe(true);
    expect(await services.store.commentIdFor("Codertocat/Hello-World", 2, "plan")).toBe(900);

    // The next update edits 900 in place: still one comment.
    const next = artifactFetched(nock("https://api.github.com")).patch(`${REPO}/issues/comments/900`).reply(200, { id: 900 }).post(`${REPO}/check-runs`).reply(201, { id: 2 });
    await deliver();
    expect(next.pendingMocks()).toStrictEqual([]);
  });

  it("a POST comment answered 502 that created nothing: the retry's comment is the one", async () => {
    await setUp();
    let posted: { body: string } | undefined;
    const scope = artifactFetched(githubApi())
      .get(`${REPO}/issues/2/comments`)
      .query(true)
      .reply(200, [])
      .post(`${REPO}/issues/2/comments`)
      .reply(503, { message: "Service Unavailable" })
      .post(`${REPO}/issues/2/comments`, (body) => ((posted = body), true))
      .reply(201, { id: 901 })
      .get(`${REPO}/issues/2/comments`)
      .query(true)
      .reply(200, () => [bot(901, posted!.body)])
      .post(`${REPO}/check-runs`)
      .reply(201, { id: 1 });
    const calls = recordCalls(scope);
    await deliver();
    expect(scope.pendingMocks()).toStrictEqual([]);
    expect(calls.filter((call) => call.startsWith("DELETE"))).toEqual([]);
    expect(await services.store.commentIdFor("Codertocat/Hello-World", 2, "plan")).toBe(901);
  });

  it("gives up after 3 retries of a 5xx and fails the check run saying why", async () => {
    await setUp();
    await services.store.rememberComment("Codertocat/Hello-World", 2, "plan", 500);
    let check: CheckRunBody | undefined;
    const scope = artifactFetched(githubApi())
      .patch(`${REPO}/issues/comments/500`)
      .times(4)
      .reply(502, { message: "Server Error" })
      .post(`${REPO}/check-runs`, (body) => ((check = body), true))
      .reply(201, { id: 1 });
    const calls = recordCalls(scope);
    await deliver();
    expect(scope.pendingMocks()).toStrictEqual([]);
    expect(calls.filter((call) => call.startsWith("PATCH"))).toHaveLength(4);
    expect(check).toMatchObject({ conclusion: "failure" });
    expect(check!.output.summary).toContain("GitHub refused the plan comment (HTTP 502)");
    expect(services.errors).toHaveLength(1);
    expect(app.logs.some((line) => line.level >= 50 && line.msg === "plan comment failed")).toBe(true);
  });

  it("waits out a secondary rate limit (403 + retry-after) and goes on", async () => {
    await setUp({ retryAfterUnitMs: 40 });
    await services.store.rememberComment("Codertocat/Hello-World", 2, "plan", 500);
    const attempts: number[] = [];
    const scope = artifactFetched(githubApi())
      .patch(`${REPO}/issues/comments/500`, () => (attempts.push(performance.now()), true))
      .reply(403, SECONDARY, { "retry-after": "3" })
      .patch(`${REPO}/issues/comments/500`, () => (attempts.push(performance.now()), true))
      .reply(200, { id: 500 })
      .post(`${REPO}/check-runs`)
      .reply(201, { id: 1 });
    await deliver();
    expect(scope.pendingMocks()).toStrictEqual([]);
    expect(services.errors).toEqual([]);
    // retry-after: 3 "seconds" of 40 ms each.
    expect(attempts[1]! - attempts[0]!).toBeGreaterThanOrEqual(115);
    expect(app.logText()).toContain("GitHub secondary rate limit on PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}: retry 1 of 2 in 3 s");
  });

  it("retries a 429 with the throttling plugin only: 2 retries, not 2 × 3 from both plugins", async () => {
    await setUp();
    const scope = githubApi()
      .get(`${REPO}/contents/.github%2Finfra-coach.yml`)
      .times(3)
      .reply(429, SECONDARY, { "retry-after": "1" });
    const calls = recordCalls(scope);
    // Without a configuration nothing may run: the delivery fails (Probot logs it, GitHub shows it as failed).
    await expect(app.probot.receive({ id: deliveryId(), name: "workflow_run", payload: run as never })).rejects.toThrow(/secondary rate limit/);
    expect(scope.pendingMocks()).toStrictEqual([]);
    expect(calls.filter((call) => call.includes("infra-coach.yml"))).toHaveLength(3);
    expect(app.logText()).toContain("retry 2 of 2 in 1 s");
    expect(app.logText()).toContain("giving up, 2 retries did not help");
  });

  it("gives up on a secondary rate limit after 2 retries and reports it on the PR", async () => {
    await setUp();
    await services.store.rememberComment("Codertocat/Hello-World", 2, "plan", 500);
    let check: CheckRunBody | undefined;
    const scope = artifactFetched(githubApi())
      .patch(`${REPO}/issues/comments/500`)
      .times(3)
      .reply(403, SECONDARY, { "retry-after": "1" })
      .post(`${REPO}/check-runs`, (body) => ((check = body), true))
      .reply(201, { id: 1 });
    await deliver();
    expect(scope.pendingMocks()).toStrictEqual([]);
    expect(check).toMatchObject({ conclusion: "failure" });
    expect(check!.output.summary).toContain("GitHub refused the plan comment (HTTP 403): You have exceeded a secondary rate limit");
    expect(app.logText()).toContain("giving up, 2 retries did not help");
  });

  it("does not wait when GitHub asks for longer than the cap: fails at once and says so", async () => {
    await setUp({ maxRateLimitWaitSeconds: 60 });
    await services.store.rememberComment("Codertocat/Hello-World", 2, "plan", 500);
    let check: CheckRunBody | undefined;
    const scope = artifactFetched(githubApi())
      .patch(`${REPO}/issues/comments/500`)
      .reply(403, SECONDARY, { "retry-after": "3600" })
      .post(`${REPO}/check-runs`, (body) => ((check = body), true))
      .reply(201, { id: 1 });
    await deliver();
    expect(scope.pendingMocks()).toStrictEqual([]);
    expect(check).toMatchObject({ conclusion: "failure" });
    expect(app.logText()).toContain("giving up, it asks to wait 3600 s (more than 60 s)");
  });

  it("a request GitHub never answers is abandoned at the timeout and retried", async () => {
    await setUp({ requestTimeoutMs: 150 });
    await services.store.rememberComment("Codertocat/Hello-World", 2, "plan", 500);
    const attempts: number[] = [];
    const scope = artifactFetched(githubApi())
      .patch(`${REPO}/issues/comments/500`, () => (attempts.push(performance.now()), true))
      .delay(5_000)
      .reply(200, { id: 500 })
      .patch(`${REPO}/issues/comments/500`, () => (attempts.push(performance.now()), true))
      .reply(200, { id: 500 })
      .post(`${REPO}/check-runs`)
      .reply(201, { id: 1 });
    const started = performance.now();
    await deliver();
    expect(scope.pendingMocks()).toStrictEqual([]);
    expect(services.errors).toEqual([]);
    expect(attempts).toHaveLength(2);
    expect(attempts[1]! - attempts[0]!).toBeGreaterThanOrEqual(145);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("a check run GitHub keeps refusing fails the job loudly (the queue reports it), never silently", async () => {
    await setUp();
    await services.store.rememberComment("Codertocat/Hello-World", 2, "plan", 500);
    const scope = artifactFetched(githubApi())
      .patch(`${REPO}/issues/comments/500`)
      .reply(200, { id: 500 })
      .post(`${REPO}/check-runs`)
      .times(4)
      .reply(500, { message: "Server Error" });
    await deliver();
    expect(scope.pendingMocks()).toStrictEqual([]);
    expect(services.errors).toHaveLength(1);
    expect(String((services.errors[0] as Error).message)).toContain("Server Error");
  });
});
