import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import nock from "nock";
import { infraCoach, type Services } from "../../src/app/index.js";
import { PLAN_COMMENT_MARKER, planCheckName } from "../../src/app/publish-plan.js";
import { WorkQueue } from "../../src/app/work-queue.js";
import { LocalRunner } from "../../src/runner/index.js";
import { openStore, StoreUnavailableError, type Store } from "../../src/store/index.js";
import { API, deliveryId, githubApi } from "../helpers/github.js";
import {
  completedRun,
  corpusPlan,
  createReliableProbot,
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
 * The process dies after GitHub stored the plan comment and before the
 * database remembered it (and the plan run). The next delivery, in a new
 * process over the same database, must find the comment by its marker and
 * edit it, and keep the co-reviewer already claimed: one comment, one
 * assignment, one review request.
 */

const CONFIG = "runner: actions\nlabels: false\nrelease:\n  enabled: false\nreview:\n  app_engineers: [alice, bob]\n";
const zip = planZip({ "tfplan.json": new Uint8Array(corpusPlan("AurelienKumarathas__terraform-security-project__terraform__tfplan.json")) });
const run = completedRun();
const bot = (id: number, body: string) => ({ id, user: { type: "Bot", login: "infra-coach[bot]" }, body });

interface Process {
  app: ReliableProbot;
  store: Store;
  queue: WorkQueue;
  errors: unknown[];
}

/** One "process" of the app: its own Probot, queue and store connection over the shared SQLite file. */
async function startProcess(sqlitePath: string, wrap: (store: Store) => Store = (store) => store): Promise<Process> {
  const store = await openStore({ sqlitePath });
  const errors: unknown[] = [];
  const queue = new WorkQueue({ concurrency: 4, maxPending: 10, onError: (_key, error) => errors.push(error) });
  const services: Services = { store: wrap(store), runner: new LocalRunner(), queue };
  const app = createReliableProbot();
  await app.probot.load(infraCoach({ services }));
  return { app, store, queue, errors };
}

function withRememberComment(store: Store, rememberComment: Store["rememberComment"]): Store {
  return Object.assign(Object.create(store) as Store, { rememberComment });
}

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

describe("restart between 'comment posted' and 'state saved'", () => {
  let dir: string;
  let sqlitePath: string;

  beforeEach(async () => {
    nock.disableNetConnect();
    dir = await mkdtemp(join(tmpdir(), "ic-restart-"));
    sqlitePath = join(dir, "infra-coach.sqlite");
  });

  afterEach(async () => {
    nock.cleanAll();
    nock.enableNetConnect();
    await rm(dir, { recursive: true, force: true });
  });

  /** First delivery up to the comment POST; `posted` receives the body GitHub stored as comment 900. */
  function firstDeliveryMocks(posted: { body?: string }, requested: unknown[]): nock.Scope {
    return nobodyBusy(pullFetched(artifactFetched(githubApi()), 2))
      .post(`${REPO}/pulls/2/requested_reviewers`, (body) => (requested.push(body), true))
      .reply(201, {})
      .get(`${REPO}/issues/2/comments`)
      .query(true)
      .reply(200, [])
      .post(`${REPO}/issues/2/comments`, (body) => ((posted.body = (body as { body: string }).body), true))
      .reply(201, { id: 900 })
      .get(`${REPO}/issues/2/comments`)
      .query(true)
      .reply(200, () => [bot(900, posted.body!)]);
  }

  it("the process dies right after the comment POST: the next process converges to one comment and one assignment", async () => {
    const posted: { body?: string } = {};
    const requested: unknown[] = [];
    let reachedSave!: () => void;
    const saving = new Promise<void>((resolve) => (reachedSave = resolve));
    // The first process stops for good where it would save the comment id: nothing after it runs.
    const first = await startProcess(sqlitePath, (store) =>
      withRememberComment(store, () => {
        reachedSave();
        return new Promise<void>(() => undefined);
      }),
    );
    const firstScope = firstDeliveryMocks(posted, requested);
    await first.app.probot.receive({ id: deliveryId(), name: "workflow_run", payload: run as never });
    await saving;
    expect(firstScope.pendingMocks()).toStrictEqual([]);
    await first.store.close();

    const second = await startProcess(sqlitePath);
    let edited: { body: string } | undefined;
    const secondScope = artifactFetched(githubApi())
      .get(`${REPO}/issues/2/comments`)
      .query(true)
      .reply(200, () => [bot(900, posted.body!)])
      .patch(`${REPO}/issues/comments/900`, (body) => ((edited = body as { body: string }), true))
      .reply(200, { id: 900 })
      .post(`${REPO}/check-runs`)
      .reply(201, { id: 1 });
    const calls = recordCalls(secondScope);
    await second.app.probot.receive({ id: deliveryId(), name: "workflow_run", payload: run as never });
    await second.queue.onIdle();
    expect(second.errors).toEqual([]);
    expect(secondScope.pendingMocks()).toStrictEqual([]);
    // No second comment, no second review request, no new pick.
    expect(calls.filter((call) => call.startsWith("POST") && !call.endsWith("/check-runs") && !call.includes("access_tokens"))).toEqual([]);
    expect(requested).toHaveLength(1);
    const assignments = await second.store.assignmentsForPr("Codertocat/Hello-World", 2);
    expect(assignments).toHaveLength(1);
    expect(requested[0]).toEqual({ reviewers: [assignments[0]!.login] });
    expect(edited!.body).toContain(assignments[0]!.login);
    expect(await second.store.commentIdFor("Codertocat/Hello-World", 2, "plan")).toBe(900);
    expect(await second.store.latestPlanRun("Codertocat/Hello-World", 2, ".")).toMatchObject({ status: "completed", conclusion: "success" });
    await second.store.close();
  });

  it("saving the comment id fails once: the run says so, and the redelivery converges in place", async () => {
    const posted: { body?: string } = {};
    const requested: unknown[] = [];
    let failures = 0;
    const proc = await startProcess(sqlitePath, (store) =>
      withRememberComment(store, async (...args) => {
        if (failures++ === 0) throw new StoreUnavailableError("sqlite", Object.assign(new Error("disk I/O error"), { code: "SQLITE_IOERR" }));
        return store.rememberComment(...args);
      }),
    );
    let failedCheck: CheckRunBody | undefined;
    const firstScope = firstDeliveryMocks(posted, requested)
      .post(`${REPO}/check-runs`, (body) => ((failedCheck = body), true))
      .reply(201, { id: 1 });
    await proc.app.probot.receive({ id: deliveryId(), name: "workflow_run", payload: run as never });
    await proc.queue.onIdle();
    expect(firstScope.pendingMocks()).toStrictEqual([]);
    expect(proc.errors).toHaveLength(1);
    expect(failedCheck).toMatchObject({ name: planCheckName("."), conclusion: "failure" });
    expect(failedCheck!.output.summary).toContain("the app's database is unavailable, so the plan comment may be out of date: sqlite store unavailable: disk I/O error (SQLITE_IOERR)");

    let okCheck: CheckRunBody | undefined;
    const secondScope = artifactFetched(nock(API))
      .get(`${REPO}/issues/2/comments`)
      .query(true)
      .reply(200, () => [bot(900, posted.body!)])
      .patch(`${REPO}/issues/comments/900`)
      .reply(200, { id: 900 })
      .post(`${REPO}/check-runs`, (body) => ((okCheck = body), true))
      .reply(201, { id: 2 });
    await proc.app.probot.receive({ id: deliveryId(), name: "workflow_run", payload: run as never });
    await proc.queue.onIdle();
    expect(secondScope.pendingMocks()).toStrictEqual([]);
    expect(okCheck).toMatchObject({ conclusion: "success" });
    expect(posted.body!.startsWith(PLAN_COMMENT_MARKER)).toBe(true);
    expect(requested).toHaveLength(1);
    expect(await proc.store.assignmentsForPr("Codertocat/Hello-World", 2)).toHaveLength(1);
    expect(await proc.store.commentIdFor("Codertocat/Hello-World", 2, "plan")).toBe(900);
    await proc.store.close();
  });
});
