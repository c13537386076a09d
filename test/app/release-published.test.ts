import { registerReleaseHandlers } from "../../src/app/release-handlers.js";
import type { PairPicker, PairRequest } from "../../src/app/operation-pair.js";
import { insertChecklist } from "../../src/checklist/insert.js";
import { parseRunbook } from "../../src/checklist/runbook.js";
import { parseOperationIssue, renderOperationIssue } from "../../src/history/issue.js";
import { deliveryId, examplePayload, githubApi } from "../helpers/github.js";
import { api, record, REPO, repoFile, startHarness, tick, withConfig, withRunbook, type Harness } from "../fixtures/app/harness.js";

const releaseRunbook = repoFile("docs/runbooks/release.md");
const runbook = parseRunbook(releaseRunbook, { name: "release.md" });
const PULLS = { state: "all", sort: "updated", direction: "desc", per_page: 50 };
const INDEX_LIST = { labels: "ops-log", state: "all", sort: "created", direction: "asc", per_page: 100 };
const PRE_WORK = ["Email the affected", "Create the GitHub release", "The latest infra-coach plan", "The application-engineer", "Commander and driver", "Note the task"];

function checklistBody(version: string, ticked: readonly string[]): string {
  let body = insertChecklist(`Release ${version}`, runbook, { context: { version } }).body;
  for (const start of ticked) body = tick(body, start);
  return body;
}

function pull(number: number, input: { title: string; body: string; labels?: string[]; merged?: boolean; ref?: string }) {
  return {
    number,
    title: input.title,
    body: input.body,
    head: { ref: input.ref ?? "changes", sha: "b".repeat(40) },
    labels: (input.labels ?? ["release"]).map((name) => ({ name })),
    merged_at: input.merged === false ? null : "2025-03-14T00:50:00Z",
  };
}

function published(tag: string, id = 17372790) {
  const payload = examplePayload("release", "published");
  payload.release.tag_name = tag;
  payload.release.name = `Billing ${tag}`;
  payload.release.id = id;
  payload.release.published_at = "2025-03-14T01:14:30Z";
  payload.installation = { id: 1 };
  return payload;
}

describe("a release published without a completed checklist is reported in its ops-log", () => {
  let harness: Harness;
  let pairRequests: PairRequest[];

  beforeEach(async () => {
    pairRequests = [];
    const pickPair: PairPicker = async (_gh, _deps, request) => {
      pairRequests.push(request);
      return { commander: "alice", driver: "bob" };
    };
    harness = await startHarness((app, services) => registerReleaseHandlers(app, services, { pickPair }));
  });
  afterEach(() => harness.dispose());

  async function deliver(payload: unknown): Promise<void> {
    await harness.probot.receive({ id: deliveryId(), name: "release", payload: payload as never });
    await harness.services.queue.onIdle();
    expect(harness.services.errors).toEqual([]);
  }

  it("says nothing when the release PR's checklist was complete", async () => {
    const scope = withRunbook(withConfig(githubApi()), "release.md", releaseRunbook)
      .get(`${REPO}/pulls`).query(PULLS)
      .reply(200, [
        pull(130, { title: "Release v1.4.1", body: "" }),
        // `release-exists` is true now that the release is published, whatever its box says.
        pull(128, { title: "Release v1.4.0", body: checklistBody("v1.4.0", PRE_WORK.filter((item) => item !== "Create the GitHub release")) }),
      ]);
    await deliver(published("v1.4.0"));
    expect(scope.pendingMocks()).toStrictEqual([]);
  });

  it("opens an ops-log for the release with what was skipped; a redelivery edits the same report", async () => {
    const { store } = harness.services;
    const created: { title: string; body: string; labels: string[] }[] = [];
    const comments: { body: string }[] = [];
    const incomplete = checklistBody("v1.4.0", ["The latest infra-coach plan", "The application-engineer", "Commander and driver"]);
    const first = withRunbook(withConfig(githubApi()), "release.md", releaseRunbook)
      .get(`${REPO}/pulls`).query(PULLS)
      .reply(200, [pull(127, { title: "Release v1.4.0", body: "", merged: false }), pull(128, { title: "Release v1.4.0", body: incomplete })])
      .post(`${REPO}/issues`, record(created)).reply(201, { number: 40, node_id: "I_40" })
      .get(`${REPO}/issues`).query(INDEX_LIST).reply(200, [])
      .post(`${REPO}/issues`, record(created)).reply(201, { number: 41, node_id: "I_41" })
      // Pinning is allowed to fail (three pins at most, or no permission).
      .post("/graphql").reply(200, { errors: [{ message: "You can't pin more than 3 issues" }] })
      .post(`${REPO}/issues/40/comments`, record(comments)).reply(201, { id: 700 });
    await deliver(published("v1.4.0"));
    expect(first.pendingMocks()).toStrictEqual([]);

    // The merged PR is the release PR; its pair runs the log.
    expect(pairRequests).toEqual([expect.objectContaining({ number: 128, author: "Codertocat" })]);
    expect(created[0]).toMatchObject({ title: "[ops-log] Release v1.4.0", labels: ["ops-log"] });
    expect(parseOperationIssue(created[0]!.body)).toMatchObject({ runbook: "release.md", commander: "alice", driver: "bob", plannedAt: new Date("2025-03-14T01:14:30Z") });
    expect(created[0]!.body).toContain("GitHub release v1.4.0 (Billing v1.4.0) was published by Codertocat. Release pull request: #\u200D128.");
    expect(created[1]!.body).toContain("| #40 | 2025-03-14 | Release v1.4.0 | `release.md` | @\u200Dalice | @\u200Dbob | 📝 waiting for review |");
    expect(comments[0]!.body).toBe(
      [
        "<!-- infra-coach:release-skipped:17372790 -->",
        "**The GitHub release `v1.4.0` was published before its release checklist was complete.** What was skipped:",
        "",
        "- Pull request #128: 2 required items not done",
        "  - Pre-work: Email the affected customers the time and content of the release, at least three business days ahead (template below)",
        "  - Pre-work: Note the task definition that runs now, so a rollback knows where to go back to",
        "",
        "Do the open items now if they still apply, or write N/A on the ones that do not. Record what was done, and the outcome, when this log is closed (`/infra-coach outcome success|failed|rolled-back|cancelled`).",
        "",
      ].join("\n"),
    );
    expect(await store.operationForIssue("Codertocat/Hello-World", 40)).toMatchObject({ runbook: "release.md", title: "Release v1.4.0", status: "planned" });

    // Redelivered: the log is found in the store; the same report is edited in place, no second log.
    const edits: { body: string }[] = [];
    const again = withRunbook(withConfig(api()), "release.md", releaseRunbook)
      .get(`${REPO}/pulls`).query(PULLS).reply(200, [pull(128, { title: "Release v1.4.0", body: incomplete })])
      .get(`${REPO}/issues/40`).reply(200, { number: 40, node_id: "I_40", title: created[0]!.title, body: created[0]!.body, state: "open" })
      .get(`${REPO}/issues/40/comments`).query({ per_page: 100 })
      .reply(200, [{ id: 700, user: { login: "infra-coach[bot]", type: "Bot" }, body: comments[0]!.body }])
      .patch(`${REPO}/issues/comments/700`, record(edits)).reply(200, {});
    await deliver(published("v1.4.0"));
    expect(again.pendingMocks()).toStrictEqual([]);
    expect(created).toHaveLength(2);
    expect(edits[0]!.body).toContain("- Pull request #128: 2 required items not done");
    // The log's own checklist: the release is published (done), the other five pre-work items are open.
    expect(edits[0]!.body).toContain("- This operation log: 5 required items not done");
    expect(edits[0]!.body.startsWith(comments[0]!.body.split("\n").slice(0, 6).join("\n"))).toBe(true);
  });

  it("comments on the operation log people opened for the release, listing what its checklist still misses", async () => {
    const { store } = harness.services;
    const log = renderOperationIssue({
      title: "Release v2.0.0 to production",
      what: "Release",
      why: "Customers",
      runbook,
      planSummaries: [],
      commander: "carol",
      driver: "dave",
      plannedAt: new Date("2025-04-01T01:00:00Z"),
      lang: "en",
      context: { version: "v2.0.0" },
    });
    await store.createOperation({ repo: "Codertocat/Hello-World", issueNumber: 50, runbook: "release.md", title: "Release v2.0.0 to production", commander: "carol", driver: "dave" });
    await store.createOperation({ repo: "Codertocat/Hello-World", issueNumber: 49, runbook: "release.md", title: "Release v2.0.0-rc.1", commander: "carol", driver: "dave" });
    const comments: { body: string }[] = [];
    const scope = withRunbook(withConfig(githubApi()), "release.md", releaseRunbook)
      .get(`${REPO}/pulls`).query(PULLS).reply(200, [pull(12, { title: "Fix typo", body: "", labels: [] })])
      .get(`${REPO}/issues/50`).reply(200, { number: 50, node_id: "I_50", title: "[ops-log] Release v2.0.0 to production", body: tick(log.body, "Email the affected"), state: "open" })
      .get(`${REPO}/issues/50/comments`).query({ per_page: 100 }).reply(200, [])
      .post(`${REPO}/issues/50/comments`, record(comments)).reply(201, { id: 1 })
      .get(`${REPO}/issues/50/comments`).query({ per_page: 100 })
      .reply(200, () => [{ id: 1, user: { login: "infra-coach[bot]", type: "Bot" }, body: comments[0]!.body }]);
    await deliver(published("2.0.0", 99));
    expect(scope.pendingMocks()).toStrictEqual([]);
    expect(pairRequests).toEqual([]);
    const report = comments[0]!.body;
    expect(report).toContain("- No release pull request for `2.0.0` was found among the 1 most recently updated pull requests");
    // Published: the release item counts as done; the e-mail was ticked; four remain.
    expect(report).toContain("- This operation log: 4 required items not done");
    expect(report).not.toContain("Create the GitHub release");
    expect(report).not.toContain("Email the affected customers");
  });

  it("without a release PR the release's author is recorded as commander and driver", async () => {
    const created: { title: string; body: string }[] = [];
    const scope = withRunbook(withConfig(githubApi()), "release.md", releaseRunbook)
      .get(`${REPO}/pulls`).query(PULLS).reply(200, [])
      .post(`${REPO}/issues`, record(created)).reply(201, { number: 60, node_id: "I_60" })
      .get(`${REPO}/issues`).query(INDEX_LIST).reply(200, [{ number: 41, node_id: "I_41", title: "ops-log index", body: "", state: "open" }])
      .patch(`${REPO}/issues/41`).reply(200, {})
      .post(`${REPO}/issues/60/comments`).reply(201, { id: 1 });
    await deliver(published("v3.0.0"));
    expect(scope.pendingMocks()).toStrictEqual([]);
    expect(pairRequests).toEqual([]);
    expect(parseOperationIssue(created[0]!.body)).toMatchObject({ commander: "Codertocat", driver: "Codertocat" });
  });

  it("ignores `created` (drafts are pre-work; a direct publish also sends `published`)", async () => {
    const scope = api();
    const draft = examplePayload("release", "created", 2);
    draft.release.draft = true;
    await deliver(draft);
    expect(scope.pendingMocks()).toStrictEqual([]);
  });
});
