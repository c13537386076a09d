import { registerOperationHandlers } from "../../src/app/operation-handlers.js";
import type { PairPicker, PairRequest } from "../../src/app/operation-pair.js";
import { parseOperationIssue } from "../../src/history/issue.js";
import { INDEX_MARKER } from "../../src/history/index-issue.js";
import { deliveryId, examplePayload, githubApi } from "../helpers/github.js";
import { api, record, REPO, repoFile, RUNBOOKS, startHarness, tick, withConfig, withRunbook, type Harness } from "../fixtures/app/harness.js";

const restartRunbook = repoFile("docs/runbooks/ecs-service-restart.md");
const INDEX_LIST = { labels: "ops-log", state: "all", sort: "created", direction: "asc", per_page: 100 };

function commentEvent(input: { issue: number; body: string; author: string; issueBody?: string; commentId?: number; pullRequest?: boolean; createdAt?: string }) {
  const payload = examplePayload("issue_comment", "created", 3);
  payload.issue.number = input.issue;
  if (input.issueBody !== undefined) payload.issue.body = input.issueBody;
  if (input.pullRequest) payload.issue.pull_request = { url: `https://api.github.com${REPO}/pulls/${input.issue}` };
  payload.comment.id = input.commentId ?? 1000 + input.issue;
  payload.comment.body = input.body;
  payload.comment.user = { ...payload.comment.user, login: input.author, type: "User" };
  if (input.createdAt) payload.comment.created_at = input.createdAt;
  payload.installation = { id: 1 };
  return payload;
}

function issueEvent(action: "edited" | "closed", input: { number: number; body: string; sender: string; before?: string; at: string; stateReason?: string; senderType?: string }) {
  const payload = examplePayload("issues", "edited");
  payload.action = action;
  payload.issue.number = input.number;
  payload.issue.body = input.body;
  payload.issue.updated_at = input.at;
  payload.sender = { ...payload.sender, login: input.sender, type: input.senderType ?? "User" };
  payload.changes = input.before === undefined ? {} : { body: { from: input.before } };
  if (action === "closed") {
    payload.issue.state = "closed";
    payload.issue.closed_at = input.at;
    payload.issue.state_reason = input.stateReason ?? "completed";
  }
  payload.installation = { id: 1 };
  return payload;
}

describe("operation log: written before the work, reviewed, completed, indexed", () => {
  let harness: Harness;
  let pairRequests: PairRequest[];
  let pairAnswer: Awaited<ReturnType<PairPicker>>;

  beforeEach(async () => {
    pairRequests = [];
    pairAnswer = { commander: "alice", driver: "bob" };
    const pickPair: PairPicker = async (_gh, _deps, request) => {
      pairRequests.push(request);
      return pairAnswer;
    };
    harness = await startHarness((app, services) => registerOperationHandlers(app, services, { pickPair }));
  });
  afterEach(() => harness.dispose());

  async function deliver(name: string, payload: unknown): Promise<void> {
    await harness.probot.receive({ id: deliveryId(), name: name as never, payload: payload as never });
    await harness.services.queue.onIdle();
    expect(harness.services.errors).toEqual([]);
  }

  it("goes planned → reviewed → completed, with the index rewritten at each step and redeliveries changing nothing", async () => {
    const { store } = harness.services;
    const created: { title: string; body: string; labels: string[] }[] = [];
    const replies: { body: string }[] = [];
    const graphql: { query: string; variables: Record<string, unknown> }[] = [];
    const indexPatches: { body: string }[] = [];
    const command = commentEvent({
      issue: 1,
      author: "Codertocat",
      body: "Secret rotated yesterday.\n\n/infra-coach operation ecs-service-restart Restart api after DB password rotation",
      createdAt: "2025-03-03T05:00:00Z",
    });

    // 1. The command opens the ops-log issue, creates and pins the index, answers in the issue.
    const open = withRunbook(withConfig(githubApi().get(`${REPO}/collaborators/Codertocat/permission`).reply(200, { permission: "admin", role_name: "admin" })), "ecs-service-restart.md", restartRunbook)
      .post(`${REPO}/issues`, record(created)).reply(201, { number: 2, node_id: "I_2" })
      .get(`${REPO}/issues`).query(INDEX_LIST).reply(200, [])
      .post(`${REPO}/issues`, record(created)).reply(201, { number: 3, node_id: "I_3" })
      .post("/graphql", record(graphql)).reply(200, { data: { pinIssue: { issue: { number: 3 } } } })
      .post(`${REPO}/issues/1/comments`, record(replies)).reply(201, { id: 9001 });
    await deliver("issue_comment", command);
    expect(open.pendingMocks()).toStrictEqual([]);

    const log = created[0]!;
    expect(log.title).toBe("[ops-log] Restart api after DB password rotation");
    expect(log.labels).toEqual(["ops-log"]);
    expect(log.body).toContain("- **Commander:** @alice (gives each instruction and checks the result)");
    expect(log.body).toContain("- **Driver:** @bob (runs the steps as instructed)");
    expect(log.body).toContain("- **Planned:** 2025-03-03 05:00 (UTC)");
    expect(log.body).toContain("Restart api after DB password rotation (requested by Codertocat in #\u200D1)");
    expect(log.body).toContain("It looks like you accidently spelled 'commit' with two 't's.");
    expect(log.body).toContain("- [ ] Force a new deployment (same task definition, new tasks)");
    expect(parseOperationIssue(log.body)).toMatchObject({ title: "Restart api after DB password rotation", runbook: "ecs-service-restart.md", commander: "alice", driver: "bob" });
    expect(pairRequests).toEqual([expect.objectContaining({ owner: "Codertocat", repo: "Hello-World", number: 1, author: "Codertocat", lang: "en" })]);

    const index = created[1]!;
    expect(index).toMatchObject({ title: "ops-log index", labels: ["ops-log"] });
    expect(index.body.startsWith(INDEX_MARKER)).toBe(true);
    expect(index.body).toContain("| #2 | 2025-03-03 | Restart api after DB password rotation | `ecs-service-restart.md` | @\u200Dalice | @\u200Dbob | 📝 waiting for review |");
    expect(graphql).toEqual([{ query: expect.stringContaining("pinIssue(input: { issueId: $issueId })"), variables: { issueId: "I_3" } }]);
    expect(replies[0]!.body).toBe(
      "Opened the operation log #2 from the runbook `ecs-service-restart.md` (commander / driver: @\u200Dalice / @\u200Dbob). Before the work, someone other than the requester approves it there (`/approve`, `LGTM`, `承認` or 👍).",
    );
    expect(await store.operationForIssue("Codertocat/Hello-World", 2)).toMatchObject({ status: "planned", runbook: "ecs-service-restart.md", commander: "alice", driver: "bob" });

    // 2. The same command delivered again: read-only, no second log.
    const redelivered = withRunbook(withConfig(api().get(`${REPO}/collaborators/Codertocat/permission`).reply(200, { permission: "admin", role_name: "admin" })), "ecs-service-restart.md", restartRunbook);
    await deliver("issue_comment", command);
    expect(redelivered.pendingMocks()).toStrictEqual([]);
    expect(created).toHaveLength(2);

    // 3. The requester's own LGTM and 👍 do not count, nor a bot's.
    const selfApproval = api()
      .get(`${REPO}/issues/2/reactions`).query({ content: "+1", per_page: 100 })
      .reply(200, [{ user: { login: "Codertocat", type: "User" } }, { user: { login: "helper[bot]", type: "Bot" } }]);
    await deliver("issue_comment", commentEvent({ issue: 2, author: "Codertocat", body: "LGTM", issueBody: log.body }));
    expect(selfApproval.pendingMocks()).toStrictEqual([]);
    expect((await store.operationForIssue("Codertocat/Hello-World", 2))?.status).toBe("planned");

    // 4. carol's 👍 is found when dave comments (GitHub sends no event for reactions): reviewed.
    let indexBody = index.body;
    const reviewed = withConfig(
      api()
        .get(`${REPO}/issues/2/reactions`).query({ content: "+1", per_page: 100 })
        .reply(200, [{ user: { login: "carol", type: "User" } }]),
    )
      .get(`${REPO}/issues`).query(INDEX_LIST)
      .reply(200, () => [{ number: 2, node_id: "I_2", title: log.title, body: log.body, state: "open" }, { number: 3, node_id: "I_3", title: "ops-log index", body: indexBody, state: "open" }])
      .patch(`${REPO}/issues/3`, (body: { body: string }) => (indexPatches.push(body), (indexBody = body.body), true)).reply(200, {});
    await deliver("issue_comment", commentEvent({ issue: 2, author: "dave", body: "Is the rollback step needed here?", issueBody: log.body }));
    expect(reviewed.pendingMocks()).toStrictEqual([]);
    expect(await store.operationForIssue("Codertocat/Hello-World", 2)).toMatchObject({ status: "reviewed", reviewedBy: "carol" });
    expect(indexPatches[0]!.body).toContain("| @\u200Dalice | @\u200Dbob | 👍 approved |");

    // 5. bob ticks two steps while working: the edit is timed (configuration read for the headings only).
    const ticked = tick(tick(log.body, 'Post "restarting the service"'), "Force a new deployment");
    const edit = withConfig(api());
    await deliver("issues", issueEvent("edited", { number: 2, body: ticked, before: log.body, sender: "bob", at: "2025-03-14T01:03:12Z" }));
    expect(edit.pendingMocks()).toStrictEqual([]);

    // 6. Closing: outcome from alice's command, steps from the timed ticks and bob's comment.
    const completions: { body: string }[] = [];
    const close = withConfig(api())
      .get(`${REPO}/issues/2/comments`).query({ per_page: 100 })
      .reply(200, [
        { id: 1, user: { login: "infra-coach[bot]", type: "Bot" }, body: "bot noise", created_at: "2025-03-14T01:00:00Z" },
        { id: 2, user: { login: "bob", type: "User" }, body: "Restarted api, 2/2 tasks running.\n\nDetails below.", created_at: "2025-03-14T01:09:30Z" },
        { id: 3, user: { login: "carol", type: "User" }, body: "LGTM", created_at: "2025-03-14T01:10:00Z" },
        { id: 4, user: { login: "mallory", type: "User" }, body: "/infra-coach outcome failed", created_at: "2025-03-14T01:20:00Z" },
        { id: 5, user: { login: "alice", type: "User" }, body: "/infra-coach outcome success\nNo customer noticed.", created_at: "2025-03-14T01:25:00Z" },
      ])
      .patch(`${REPO}/issues/2`, record(completions)).reply(200, {})
      .get(`${REPO}/issues`).query(INDEX_LIST)
      .reply(200, () => [{ number: 3, node_id: "I_3", title: "ops-log index", body: indexBody, state: "open" }])
      .patch(`${REPO}/issues/3`, (body: { body: string }) => (indexPatches.push(body), (indexBody = body.body), true)).reply(200, {});
    const closed = issueEvent("closed", { number: 2, body: ticked, sender: "alice", at: "2025-03-14T01:30:00Z" });
    await deliver("issues", closed);
    expect(close.pendingMocks()).toStrictEqual([]);
    const final = completions[0]!.body;
    expect(final.startsWith(ticked.trimEnd())).toBe(true);
    expect(final).toContain("### Outcome: ✅ success\n\nNo customer noticed.\n\n#### Executed steps");
    expect(final).toContain('| 2025-03-14 01:03:12 (UTC) | @\u200Dbob | Post "restarting the service" in the team channel |');
    expect(final).toContain("| 2025-03-14 01:03:12 (UTC) | @\u200Dbob | Force a new deployment (same task definition, new tasks) |");
    expect(final).toContain("| 2025-03-14 01:09:30 (UTC) | @\u200Dbob | Restarted api, 2/2 tasks running. |");
    expect(final).not.toContain("LGTM |");
    expect(parseOperationIssue(final)?.completion).toMatchObject({ outcome: "success", notes: "No customer noticed." });
    expect(await store.operationForIssue("Codertocat/Hello-World", 2)).toMatchObject({ status: "done", outcome: "success", completedAt: "2025-03-14T01:30:00.000Z" });
    expect(indexPatches[1]!.body).toContain("| @\u200Dalice | @\u200Dbob | ✅ success |");

    // 7. The close delivered again, and GitHub echoing the app's own body edit: nothing at all.
    const quiet = api();
    await deliver("issues", closed);
    await deliver("issues", issueEvent("edited", { number: 2, body: final, before: ticked, sender: "infra-coach[bot]", senderType: "Bot", at: "2025-03-14T01:30:01Z" }));
    expect(quiet.pendingMocks()).toStrictEqual([]);
    expect(completions).toHaveLength(1);
  });

  it("日本語: a PR's plan goes into the log; approval by 承認します; closing as not planned records a cancellation", async () => {
    const { store } = harness.services;
    await store.recordPlanRun({ repo: "Codertocat/Hello-World", pr: 1, root: "envs/prod", headSha: "a".repeat(40), status: "completed", conclusion: "success", headline: "2 to add, 0 to change, 0 to destroy" });
    const config = "lang: ja\n";
    const created: { title: string; body: string }[] = [];
    const open = withRunbook(withConfig(githubApi().get(`${REPO}/collaborators/Codertocat/permission`).reply(200, { permission: "write", role_name: "write" }), config), "log-check.ja.md", repoFile("docs/runbooks/log-check.ja.md"))
      .post(`${REPO}/issues`, record(created)).reply(201, { number: 5, node_id: "I_5" })
      .get(`${REPO}/issues`).query(INDEX_LIST).reply(200, [{ number: 3, node_id: "I_3", title: "ops-log index", body: "old", state: "open" }])
      .patch(`${REPO}/issues/3`).reply(200, {})
      .post(`${REPO}/issues/1/comments`).reply(201, { id: 1 });
    await deliver("issue_comment", commentEvent({ issue: 1, author: "Codertocat", pullRequest: true, body: "/infra-coach operation log-check.ja エラーログの確認", createdAt: "2025-03-20T00:00:00Z" }));
    expect(open.pendingMocks()).toStrictEqual([]);
    expect(created[0]!.title).toBe("[ops-log] エラーログの確認");
    expect(created[0]!.body).toContain("## 作業: エラーログの確認");
    expect(created[0]!.body).toContain("| #1 `envs/prod` | 2 to add, 0 to change, 0 to destroy |");
    expect(created[0]!.body).toContain("- **コマンダー:** @alice");
    expect(pairRequests[0]).toMatchObject({ lang: "ja", number: 1 });

    // The requester's 承認 does not count; carol's does.
    const selfApproval = api().get(`${REPO}/issues/5/reactions`).query({ content: "+1", per_page: 100 }).reply(200, []);
    await deliver("issue_comment", commentEvent({ issue: 5, author: "Codertocat", body: "承認します", issueBody: created[0]!.body }));
    expect(selfApproval.pendingMocks()).toStrictEqual([]);

    // Closed as not planned before anyone approved: cancelled, and the log says it was not reviewed.
    const completions: { body: string }[] = [];
    const close = withConfig(api(), config)
      .get(`${REPO}/issues/5/comments`).query({ per_page: 100 }).reply(200, [])
      .get(`${REPO}/issues/5/reactions`).query({ content: "+1", per_page: 100 }).reply(200, [])
      .patch(`${REPO}/issues/5`, record(completions)).reply(200, {})
      .get(`${REPO}/issues`).query(INDEX_LIST).reply(200, [{ number: 3, node_id: "I_3", title: "ops-log index", body: "old", state: "open" }])
      .patch(`${REPO}/issues/3`).reply(200, {});
    await deliver("issues", issueEvent("closed", { number: 5, body: created[0]!.body, sender: "alice", at: "2025-03-20T03:00:00Z", stateReason: "not_planned" }));
    expect(close.pendingMocks()).toStrictEqual([]);
    expect(completions[0]!.body).toContain("### 結果: ⏹️ 中止\n\n作業前のレビューなしで閉じられました。");
    expect(completions[0]!.body).toContain("_記録された手順はありません。_");
    expect(await store.operationForIssue("Codertocat/Hello-World", 5)).toMatchObject({ status: "cancelled", outcome: "cancelled", reviewedBy: null });

    // An approval after the fact changes nothing: the operation is closed.
    const late = api();
    await deliver("issue_comment", commentEvent({ issue: 5, author: "carol", body: "承認します", issueBody: created[0]!.body }));
    expect(late.pendingMocks()).toStrictEqual([]);
  });

  it("approves with a comment from someone else, in any of the accepted forms", async () => {
    const { store } = harness.services;
    const { operation } = await store.createOperation({ repo: "Codertocat/Hello-World", issueNumber: 7, runbook: "log-check.md", title: "Check logs", commander: "alice", driver: "bob" });
    const body = `<!-- infra-coach:ops-log:requester ${Buffer.from(JSON.stringify({ login: "alice" })).toString("base64url")} -->`;
    const scope = withConfig(githubApi())
      .get(`${REPO}/issues`).query(INDEX_LIST).reply(200, [{ number: 3, node_id: "I_3", title: "ops-log index", body: "old", state: "open" }])
      .patch(`${REPO}/issues/3`).reply(200, {});
    await deliver("issue_comment", commentEvent({ issue: 7, author: "carol", body: "Read the plan.\n\n/approve", issueBody: body }));
    expect(scope.pendingMocks()).toStrictEqual([]);
    expect(await store.getOperation(operation.id)).toMatchObject({ status: "reviewed", reviewedBy: "carol" });
  });

  it("refuses clearly: no write access, no runbook name, a missing runbook, a broken runbook, no pair", async () => {
    const replies: { body: string }[] = [];
    const reactions: unknown[] = [];
    // No write access: a 👎 on the command, nothing else.
    const denied = githubApi()
      .get(`${REPO}/collaborators/mallory/permission`).reply(200, { permission: "read", role_name: "read" })
      .post(`${REPO}/issues/comments/1001/reactions`, record(reactions)).reply(201, {});
    await deliver("issue_comment", commentEvent({ issue: 1, author: "mallory", body: "/infra-coach operation release" }));
    expect(denied.pendingMocks()).toStrictEqual([]);
    expect(reactions).toEqual([{ content: "-1" }]);

    const writer = () => api().get(`${REPO}/collaborators/Codertocat/permission`).reply(200, { permission: "write", role_name: "write" });
    const usage = writer().post(`${REPO}/issues/1/comments`, record(replies)).reply(201, { id: 1 });
    await deliver("issue_comment", commentEvent({ issue: 1, author: "Codertocat", body: "/infra-coach operation", commentId: 2001 }));
    expect(usage.pendingMocks()).toStrictEqual([]);
    expect(replies[0]!.body).toBe("`/infra-coach operation`: usage: /infra-coach operation &lt;runbook&gt; \\[title\\]");

    const missing = withRunbook(withConfig(writer()), "restart-everything.md", undefined)
      .get(`${REPO}/contents/${encodeURIComponent(RUNBOOKS)}`).query({ ref: "master" })
      .reply(200, [{ type: "file", name: "release.md" }, { type: "file", name: "log-check.ja.md" }])
      .post(`${REPO}/issues/1/comments`, record(replies)).reply(201, { id: 2 });
    await deliver("issue_comment", commentEvent({ issue: 1, author: "Codertocat", body: "/infra-coach operation restart-everything", commentId: 2002 }));
    expect(missing.pendingMocks()).toStrictEqual([]);
    expect(replies[1]!.body).toBe(
      "No operation log was opened: the runbook `.github/infra-coach/runbooks/restart-everything.md` does not exist on the default branch. Runbooks you can use: `release`, `log-check.ja`",
    );

    const broken = withRunbook(withConfig(writer()), "broken.md", "# Broken\n\n## Notes\n\n- [ ] something\n")
      .post(`${REPO}/issues/1/comments`, record(replies)).reply(201, { id: 3 });
    await deliver("issue_comment", commentEvent({ issue: 1, author: "Codertocat", body: "/infra-coach operation broken", commentId: 2003 }));
    expect(broken.pendingMocks()).toStrictEqual([]);
    expect(replies[2]!.body).toContain("No operation log was opened: the runbook `.github/infra-coach/runbooks/broken.md` has problems.");
    expect(replies[2]!.body).toContain("- no runbook sections found");

    pairAnswer = { error: "only one person can take part (pairing.team)" };
    const unpaired = withRunbook(withConfig(writer()), "log-check.md", repoFile("docs/runbooks/log-check.md"))
      .post(`${REPO}/issues/1/comments`, record(replies)).reply(201, { id: 4 });
    await deliver("issue_comment", commentEvent({ issue: 1, author: "Codertocat", body: "/infra-coach operation log-check", commentId: 2004 }));
    expect(unpaired.pendingMocks()).toStrictEqual([]);
    expect(replies[3]!.body).toBe("No operation log was opened: no commander and driver could be chosen (only one person can take part (pairing.team)).");
    expect(await harness.services.store.searchOperations({})).toEqual([]);
  });

  it("a broken configuration is answered in the issue", async () => {
    const replies: { body: string }[] = [];
    const scope = withConfig(githubApi().get(`${REPO}/collaborators/Codertocat/permission`).reply(200, { permission: "admin", role_name: "admin" }), "history:\n  lable: ops\n")
      .post(`${REPO}/issues/1/comments`, record(replies)).reply(201, { id: 1 });
    await deliver("issue_comment", commentEvent({ issue: 1, author: "Codertocat", body: "/infra-coach operation release" }));
    expect(scope.pendingMocks()).toStrictEqual([]);
    expect(replies[0]!.body).toBe("`/infra-coach operation`: .github/infra-coach.yml: history.lable: unknown key (lable); see docs/configuration.md");
  });
});
