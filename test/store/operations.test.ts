import { openStore, type Store } from "../../src/store/index.js";
import { ENGINES, harnessFor, type Harness } from "./harness.js";

const day = (d: number) => new Date(Date.UTC(2026, 3, d, 10));

describe.each(ENGINES)("%s store: operations and plan runs", (engine) => {
  let harness: Harness;
  let store: Store;

  beforeAll(async () => {
    harness = await harnessFor(engine);
  });
  afterAll(async () => {
    await harness?.teardown();
  });
  beforeEach(async () => {
    store = await openStore(await harness.fresh());
  });
  afterEach(async () => {
    await store?.close();
  });

  test("creating an operation is idempotent per (repo, issue)", async () => {
    const input = { repo: "octo/infra", issueNumber: 12, runbook: "db-upgrade.md", title: "Upgrade RDS to 16", plannedAt: day(1) };
    const first = await store.createOperation({ ...input, commander: "Aiko", driver: "ben" });
    expect(first.created).toBe(true);
    expect(first.operation).toMatchObject({
      repo: "octo/infra",
      issueNumber: 12,
      runbook: "db-upgrade.md",
      title: "Upgrade RDS to 16",
      status: "planned",
      commander: "aiko",
      driver: "ben",
      plannedAt: day(1).toISOString(),
      reviewedBy: null,
      completedAt: null,
      summary: "",
    });
    const again = await store.createOperation({ ...input, title: "something else" });
    expect(again).toEqual({ operation: first.operation, created: false });
    expect(await store.getOperation(first.operation.id)).toEqual(first.operation);
    expect(await store.operationForIssue("octo/infra", 12)).toEqual(first.operation);
    expect(await store.operationForIssue("octo/infra", 13)).toBeNull();

    const withoutIssue1 = await store.createOperation({ repo: "octo/infra", title: "ad hoc" });
    const withoutIssue2 = await store.createOperation({ repo: "octo/infra", title: "ad hoc" });
    expect(withoutIssue1.created && withoutIssue2.created).toBe(true);
    expect(withoutIssue1.operation.id).not.toBe(withoutIssue2.operation.id);
  });

  test("status changes stamp reviewedAt and completedAt", async () => {
    const { operation } = await store.createOperation({ repo: "octo/infra", issueNumber: 3, title: "Rotate keys", plannedAt: day(1) });
    const reviewed = await store.updateOperation(operation.id, { status: "reviewed", reviewedBy: "Hiro", at: day(2) });
    expect(reviewed).toMatchObject({ status: "reviewed", reviewedBy: "hiro", reviewedAt: day(2).toISOString(), completedAt: null });
    const done = await store.updateOperation(operation.id, {
      status: "done",
      outcome: "success",
      summary: "Rotated 3 KMS keys; no errors",
      at: day(4),
    });
    expect(done).toMatchObject({
      status: "done",
      reviewedAt: day(2).toISOString(),
      completedAt: day(4).toISOString(),
      outcome: "success",
      summary: "Rotated 3 KMS keys; no errors",
      updatedAt: day(4).toISOString(),
    });
    expect(await store.getOperation(operation.id)).toEqual(done);
    expect(await store.updateOperation("no-such-id", { status: "done" })).toBeNull();
  });

  test("search by words, repo, status and date", async () => {
    const make = async (issueNumber: number, title: string, d: number, extra: Partial<{ summary: string; runbook: string }> = {}) =>
      (await store.createOperation({ repo: issueNumber < 100 ? "octo/infra" : "octo/web", issueNumber, title, plannedAt: day(d), ...extra }))
        .operation;
    const rds = await make(1, "Upgrade RDS PostgreSQL", 1, { summary: "minor version 16.2 → 16.4" });
    const dns = await make(2, "Move DNS to Route 53", 5, { runbook: "dns-cutover.md" });
    const cert = await make(101, "Renew ACM certificate 100%_done", 7, { summary: "証明書の更新" });
    await store.updateOperation(rds.id, { status: "done", at: day(10) });

    const ids = async (query: Parameters<Store["searchOperations"]>[0]) => (await store.searchOperations(query)).map((o) => o.id);
    expect(await ids({ text: "rds" })).toEqual([rds.id]);
    expect(await ids({ text: "postgresql UPGRADE" })).toEqual([rds.id]);
    expect(await ids({ text: "upgrade dns" })).toEqual([]);
    expect(await ids({ text: "cutover" })).toEqual([dns.id]);
    expect(await ids({ text: "証明書" })).toEqual([cert.id]);
    // LIKE wildcards in the query are literal characters.
    expect(await ids({ text: "100%_" })).toEqual([cert.id]);
    expect(await ids({ text: "0%" })).toEqual([cert.id]);
    expect(await ids({ text: "_" })).toEqual([cert.id]);
    expect(await ids({})).toEqual([rds.id, cert.id, dns.id]);
    expect(await ids({ repo: "octo/web" })).toEqual([cert.id]);
    expect(await ids({ status: "planned" })).toEqual([cert.id, dns.id]);
    // The date of a finished operation is its completion date.
    expect(await ids({ since: day(5), until: day(7) })).toEqual([cert.id, dns.id]);
    expect(await ids({ since: day(8) })).toEqual([rds.id]);
    expect(await ids({ until: day(4) })).toEqual([]);
    expect(await ids({ limit: 1 })).toEqual([rds.id]);
  });

  test("plan runs: upsert per head, latest per PR and per root, a late update cannot undo completion", async () => {
    const base = { repo: "octo/infra", pr: 4 };
    await store.recordPlanRun({ ...base, root: "envs/prod", headSha: "aaa", status: "running", at: day(1) });
    await store.recordPlanRun({
      ...base,
      root: "envs/prod",
      headSha: "aaa",
      status: "completed",
      conclusion: "failure",
      headline: "2 to add, 1 to destroy",
      riskIds: ["destroy-stateful"],
      at: day(2),
    });
    await store.recordPlanRun({ ...base, root: "envs/prod", headSha: "aaa", status: "running", at: day(3) });
    expect(await store.latestPlanRun("octo/infra", 4)).toEqual({
      ...base,
      root: "envs/prod",
      headSha: "aaa",
      status: "completed",
      conclusion: "failure",
      headline: "2 to add, 1 to destroy",
      riskIds: ["destroy-stateful"],
      createdAt: day(1).toISOString(),
      updatedAt: day(2).toISOString(),
    });

    await store.recordPlanRun({ ...base, root: "envs/prod", headSha: "bbb", status: "completed", conclusion: "success", at: day(4) });
    await store.recordPlanRun({ ...base, root: "envs/stg", headSha: "bbb", status: "queued", at: day(5) });
    expect(await store.latestPlanRun("octo/infra", 4)).toMatchObject({ root: "envs/stg", status: "queued" });
    expect(await store.latestPlanRun("octo/infra", 4, "envs/prod")).toMatchObject({ headSha: "bbb", conclusion: "success" });
    expect((await store.latestPlanRuns("octo/infra", 4)).map((r) => [r.root, r.headSha, r.status])).toEqual([
      ["envs/prod", "bbb", "completed"],
      ["envs/stg", "bbb", "queued"],
    ]);
    expect(await store.latestPlanRun("octo/infra", 5)).toBeNull();
    expect(await store.latestPlanRuns("octo/infra", 5)).toEqual([]);
  });

  test("checklist verdicts are kept per head sha", async () => {
    const verdict = { pass: false, missing: [{ section: "pre", item: "Snapshot taken" }] };
    await store.saveChecklistVerdict({ repo: "octo/infra", pr: 4, headSha: "aaa", verdict });
    expect(await store.checklistVerdict("octo/infra", 4, "aaa")).toEqual(verdict);
    await store.saveChecklistVerdict({ repo: "octo/infra", pr: 4, headSha: "aaa", verdict: { pass: true, missing: [] } });
    expect(await store.checklistVerdict("octo/infra", 4, "aaa")).toEqual({ pass: true, missing: [] });
    expect(await store.checklistVerdict("octo/infra", 4, "bbb")).toBeNull();
  });
});
