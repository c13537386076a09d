import nock from "nock";
import { infraCoach, type Services } from "../../src/app/index.js";
import { planCheckName } from "../../src/app/publish-plan.js";
import { WorkQueue } from "../../src/app/work-queue.js";
import { LocalRunner } from "../../src/runner/index.js";
import { openStore, StoreUnavailableError, type Store } from "../../src/store/index.js";
import { API, deliveryId, githubApi } from "../helpers/github.js";
import { startPostgres, type TestPostgres } from "../helpers/postgres.js";
import {
  completedRun,
  corpusPlan,
  createReliableProbot,
  HEAD_SHA,
  nobodyBusy,
  planZip,
  pullFetched,
  recordCalls,
  REPO,
  TEXT,
  type ReliableProbot,
  type CheckRunBody,
} from "./harness.js";

/**
 * PostgreSQL (the multi-replica store) stops while the app works and comes
 * back. While it is away, jobs fail with a clear error (logged, and on the PR
 * when the PR can still be told), the app keeps running, and nothing is half
 * written on GitHub. Once it is back, a redelivery finishes the work: the
 * co-reviewer claimed before the outage is kept, never claimed twice.
 */

const CONFIG = "runner: actions\nlabels: false\nrelease:\n  enabled: false\nreview:\n  app_engineers: [alice, bob]\n";
const zip = planZip({ "tfplan.json": new Uint8Array(corpusPlan("AurelienKumarathas__terraform-security-project__terraform__tfplan.json")) });
const bot = (id: number, body: string) => ({ id, user: { type: "Bot", login: "infra-coach[bot]" }, body });

describe("the database goes away mid-request and comes back", () => {
  let pg: TestPostgres;
  let store: Store;
  let queue: WorkQueue;
  let errors: unknown[];
  let app: ReliableProbot;
  let pendingRecovery: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    pg = await startPostgres();
    store = await openStore({ databaseUrl: pg.url, connectTimeoutMs: 1_000, statementTimeoutMs: 2_000, onConnectionError: () => undefined });
  });

  afterAll(async () => {
    await store.close();
    await pg.stop();
  });

  beforeEach(async () => {
    nock.disableNetConnect();
    errors = [];
    queue = new WorkQueue({ concurrency: 4, maxPending: 10, onError: (_key, error) => errors.push(error) });
    const services: Services = { store, runner: new LocalRunner(), queue };
    app = createReliableProbot();
    await app.probot.load(infraCoach({ services }));
  });

  afterEach(async () => {
    // A failed assertion must not leave the database down for the next test.
    await pendingRecovery?.();
    pendingRecovery = undefined;
    nock.cleanAll();
    nock.enableNetConnect();
  });

  /** Stops PostgreSQL; the returned function starts it again and waits until it accepts connections. */
  async function stopDatabase(): Promise<() => Promise<void>> {
    let bringBack!: () => void;
    const away = new Promise<void>((resolve) => (bringBack = resolve));
    let stopped!: () => void;
    const isDown = new Promise<void>((resolve) => (stopped = resolve));
    const restarted = pg.restart(async () => {
      stopped();
      await away;
    });
    await isDown;
    const recover = async () => {
      pendingRecovery = undefined;
      bringBack();
      await restarted;
    };
    pendingRecovery = recover;
    return recover;
  }

  function artifactFetched(scope: nock.Scope, runId: number): nock.Scope {
    return scope
      .get(`${REPO}/contents/.github%2Finfra-coach.yml`)
      .reply(200, CONFIG, TEXT)
      .get(`${REPO}/actions/runs/${runId}/artifacts`)
      .query(true)
      .reply(200, { total_count: 1, artifacts: [{ id: 77, name: "infra-coach-plan", expired: false }] })
      .get(`${REPO}/actions/artifacts/77/zip`)
      .reply(200, zip, { "content-type": "application/zip" });
  }

  /** The redelivery once the database is back: the standing co-reviewer is kept, the comment posted once. */
  async function redeliverAfterRecovery(number: number, run: Record<string, unknown>): Promise<{ comment: string; calls: string[] }> {
    const runId = (run.workflow_run as { id: number }).id;
    let posted: { body: string } | undefined;
    let check: CheckRunBody | undefined;
    errors.length = 0;
    // The installation token is cached from the failed delivery.
    const scope = artifactFetched(nock(API), runId)
      .get(`${REPO}/issues/${number}/comments`)
      .query(true)
      .reply(200, [])
      .post(`${REPO}/issues/${number}/comments`, (body) => ((posted = body as { body: string }), true))
      .reply(201, { id: 900 + number })
      .get(`${REPO}/issues/${number}/comments`)
      .query(true)
      .reply(200, () => [bot(900 + number, posted!.body)])
      .post(`${REPO}/check-runs`, (body) => ((check = body), true))
      .reply(201, { id: 2 });
    const calls = recordCalls(scope);
    await app.probot.receive({ id: deliveryId(), name: "workflow_run", payload: run as never });
    await queue.onIdle();
    expect(errors).toEqual([]);
    expect(scope.pendingMocks()).toStrictEqual([]);
    expect(check).toMatchObject({ name: planCheckName("."), conclusion: "success" });
    expect(await store.latestPlanRun("Codertocat/Hello-World", number, ".")).toMatchObject({ status: "completed", conclusion: "success" });
    return { comment: posted!.body, calls };
  }

  it("stopped between the co-reviewer claim and the comment: a clear failure, then one assignment and one comment", async () => {
    const run = completedRun(HEAD_SHA, 3);
    const requested: unknown[] = [];
    let failedCheck: CheckRunBody | undefined;
    let bringBack: (() => Promise<void>) | undefined;
    const scope = nobodyBusy(pullFetched(artifactFetched(githubApi(), run.workflow_run.id), 3))
      // The claim is committed; while GitHub answers the review request, the database stops.
      .post(`${REPO}/pulls/3/requested_reviewers`, (body) => (requested.push(body), true))
      .reply(201, async () => {
        bringBack = await stopDatabase();
        return {};
      })
      .post(`${REPO}/check-runs`, (body) => ((failedCheck = body), true))
      .reply(201, { id: 1 });
    const calls = recordCalls(scope);
    await app.probot.receive({ id: deliveryId(), name: "workflow_run", payload: run as never });
    await queue.onIdle();
    expect(scope.pendingMocks()).toStrictEqual([]);
    // Nothing was commented; the PR is told why its plan is missing.
    expect(calls.filter((call) => call.includes("/comments"))).toEqual([]);
    expect(failedCheck).toMatchObject({ conclusion: "failure" });
    expect(failedCheck!.output.summary).toContain("postgres store unavailable");
    expect(failedCheck!.output.summary).not.toContain("GitHub refused");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(StoreUnavailableError);

    await bringBack!();
    const { comment, calls: after } = await redeliverAfterRecovery(3, run);
    const assignments = await store.assignmentsForPr("Codertocat/Hello-World", 3);
    expect(assignments).toHaveLength(1);
    expect(requested).toEqual([{ reviewers: [assignments[0]!.login] }]);
    // Kept, not re-picked: no PR fetch, no status query, no second review request.
    expect(after.filter((call) => /pulls\/3|graphql|requested_reviewers/.test(call))).toEqual([]);
    expect(comment).toContain(assignments[0]!.login);
  });

  it("down before the job starts: it fails without writing anything to GitHub, and the redelivery does the whole work once", async () => {
    const run = completedRun(HEAD_SHA, 4);
    const bringBack = await stopDatabase();
    // Only reads happen before the first store call: the job stops there.
    const scope = artifactFetched(githubApi(), run.workflow_run.id);
    const calls = recordCalls(scope);
    await app.probot.receive({ id: deliveryId(), name: "workflow_run", payload: run as never });
    await queue.onIdle();
    expect(scope.pendingMocks()).toStrictEqual([]);
    expect(calls.filter((call) => !call.startsWith("GET") && !call.includes("access_tokens"))).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(StoreUnavailableError);
    expect(String((errors[0] as Error).message)).toMatch(/^postgres store unavailable: /);

    await bringBack();
    const requested: unknown[] = [];
    nobodyBusy(pullFetched(nock(API), 4))
      .post(`${REPO}/pulls/4/requested_reviewers`, (body) => (requested.push(body), true))
      .reply(201, {});
    const { comment } = await redeliverAfterRecovery(4, run);
    const assignments = await store.assignmentsForPr("Codertocat/Hello-World", 4);
    expect(assignments).toHaveLength(1);
    expect(requested).toEqual([{ reviewers: [assignments[0]!.login] }]);
    expect(comment).toContain(assignments[0]!.login);
    expect(nock.pendingMocks()).toStrictEqual([]);
  });
});
