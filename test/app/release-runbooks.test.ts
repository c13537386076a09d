import { registerReleaseHandlers } from "../../src/app/release-handlers.js";
import type { PairPicker } from "../../src/app/operation-pair.js";
import { CHECKLIST_START } from "../../src/checklist/render-checklist.js";
import { deliveryId, examplePayload, githubApi } from "../helpers/github.js";
import { api, checkedLine, record, REPO, repoFile, RUNBOOKS, startHarness, tick, withConfig, withRunbook, type Harness } from "../fixtures/app/harness.js";

const noPair: PairPicker = async () => ({ error: "not used by these tests" });
type CheckBody = { head_sha: string; conclusion: string; output: { title: string; summary: string; text?: string } };

function releasePull(action: string, overrides: { number?: number; title?: string; body?: string } = {}) {
  const payload = examplePayload("pull_request", action === "edited" ? "labeled" : action);
  payload.action = action;
  payload.number = payload.pull_request.number = overrides.number ?? 2;
  payload.pull_request.title = overrides.title ?? "Release v1.4.0";
  payload.pull_request.body = overrides.body ?? "";
  payload.pull_request.labels = [{ id: 1, name: "release" }];
  if (action === "labeled") payload.label = { id: 1, name: "release" };
  payload.installation = { id: 1 };
  return payload;
}

describe("release checklist with a Japanese runbook and with malformed runbooks", () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await startHarness((app, services) => registerReleaseHandlers(app, services, { pickPair: noPair }));
  });
  afterEach(() => harness.dispose());

  async function deliver(payload: unknown): Promise<void> {
    await harness.probot.receive({ id: deliveryId(), name: "pull_request", payload: payload as never });
    await harness.services.queue.onIdle();
    expect(harness.services.errors).toEqual([]);
  }

  /** Answers GET and PATCH of the PR body like GitHub, keeping it in `state.body`. */
  function prBodyEndpoints(scope: ReturnType<typeof api>, state: { body: string; patches: number }, number = 2) {
    return scope
      .get(`${REPO}/issues/${number}`)
      .reply(200, () => ({ number, node_id: "PR", title: "", body: state.body, state: "open" }))
      .patch(`${REPO}/issues/${number}`, (body: { body: string }) => {
        state.body = body.body;
        state.patches += 1;
        return true;
      })
      .reply(200, {});
  }

  it("Japanese: inserts the 日本語 checklist and reports in Japanese; the app unticks a release box ticked too early", async () => {
    const config = "lang: ja\nrelease:\n  runbook: release.ja.md\n";
    const runbook = repoFile("docs/runbooks/release.ja.md");
    const state = { body: "v2.0.0 のリリースです。", patches: 0 };
    const checks: CheckBody[] = [];

    const first = prBodyEndpoints(withRunbook(withConfig(githubApi(), config), "release.ja.md", runbook).get(`${REPO}/releases`).query({ per_page: 100 }).reply(200, []), state)
      .post(`${REPO}/check-runs`, record(checks)).reply(201, { id: 1 });
    await deliver(releasePull("labeled", { title: "リリース v2.0.0", body: state.body }));
    expect(first.pendingMocks()).toStrictEqual([]);
    expect(state.body).toContain(`${CHECKLIST_START}\n## チェックリスト: リリース`);
    expect(state.body).toContain("- [ ] GitHub 上で v2.0.0 のリリースを作成する（下書きでも可） _自動_");
    expect(checks[0]).toMatchObject({ conclusion: "failure" });
    expect(checks[0]!.output.title).toBe("必須項目が残り 6 件（事前作業 0/6）");
    expect(checks[0]!.output.text).toContain("### 事前作業の未完了項目（マージを止めます）");

    // Everything ticked by hand, the release box too, but there is no release yet.
    let ticked = state.body;
    for (const start of ["対象のお客様に", "GitHub 上で v2.0.0", "このプルリクエストの最新の", "アプリケーションエンジニアの", "コマンダーとドライバーが", "ロールバック先として"]) {
      ticked = tick(ticked, start);
    }
    const edited = releasePull("edited", { title: "リリース v2.0.0", body: ticked });
    edited.changes = { body: { from: state.body } };
    state.body = ticked;
    const second = prBodyEndpoints(withRunbook(withConfig(api(), config), "release.ja.md", runbook).get(`${REPO}/releases`).query({ per_page: 100 }).reply(200, []), state)
      .post(`${REPO}/check-runs`, record(checks)).reply(201, { id: 2 });
    await deliver(edited);
    expect(second.pendingMocks()).toStrictEqual([]);
    expect(checkedLine(state.body, "GitHub 上で v2.0.0")).toBe(false);
    expect(checks[1]!.output.title).toBe("必須項目が残り 1 件（事前作業 5/6）");
    expect(checks[1]!.output.text).toContain("このバージョンの GitHub リリース（下書きを含む）がまだありません");

    // The draft release appears; a review event re-judges: the app ticks the box, the check passes.
    const review = examplePayload("pull_request_review", "submitted", 1);
    review.pull_request = { ...edited.pull_request, body: state.body };
    review.installation = { id: 1 };
    const third = prBodyEndpoints(
      withRunbook(withConfig(api(), config), "release.ja.md", runbook).get(`${REPO}/releases`).query({ per_page: 100 }).reply(200, [{ tag_name: "v2.0.0", name: "v2.0.0", draft: true }]),
      state,
    ).post(`${REPO}/check-runs`, record(checks)).reply(201, { id: 3 });
    await harness.probot.receive({ id: deliveryId(), name: "pull_request_review", payload: review as never });
    await harness.services.queue.onIdle();
    expect(third.pendingMocks()).toStrictEqual([]);
    expect(checkedLine(state.body, "GitHub 上で v2.0.0")).toBe(true);
    expect(checks[2]).toMatchObject({ conclusion: "success" });
    expect(checks[2]!.output.title).toBe("必須項目はすべて完了（事前作業 6/6）");
    expect(state.patches).toBe(3);
  });

  it("a runbook without sections fails the check, names the problem and leaves the body alone", async () => {
    const checks: CheckBody[] = [];
    const scope = withRunbook(withConfig(githubApi()), "release.md", repoFile("test/fixtures/checklist/no-sections.md"))
      .post(`${REPO}/check-runs`, record(checks)).reply(201, { id: 1 });
    await deliver(releasePull("opened", { body: "Release notes" }));
    expect(scope.pendingMocks()).toStrictEqual([]);
    expect(checks[0]).toMatchObject({ conclusion: "failure" });
    expect(checks[0]!.output.title).toBe("Runbook release.md cannot be checked: 1 problem");
    expect(checks[0]!.output.summary).toContain("`.github/infra-coach/runbooks/release.md` has problems");
    expect(checks[0]!.output.text).toBe(
      [
        "### Problems",
        "",
        "- no runbook sections found (expected headings: 'Pre-work' / '事前作業' / 'Day-of' / '当日作業' / 'Verification' / '動作確認'); headings seen: 'Steps', 'Afterwards'",
        "",
        "### Also found in the runbook",
        "",
        "- line 5: a checkbox outside any section is not tracked: 'Stop the job queue'",
        "- line 6: a checkbox outside any section is not tracked: 'Restart the server'",
        "- line 10: a checkbox outside any section is not tracked: 'Check the logs'",
      ].join("\n"),
    );
  });

  it("escapes what the runbook says when it names its problems (Japanese output)", async () => {
    const checks: CheckBody[] = [];
    const hostile = "# Release\n\n## <img src=x onerror=alert(1)> @everyone\n\n- [ ] a\n\n```\n- [ ] never closed\n";
    const scope = withRunbook(withConfig(githubApi(), "lang: ja\n"), "release.md", hostile)
      .post(`${REPO}/check-runs`, record(checks)).reply(201, { id: 1 });
    await deliver(releasePull("opened"));
    expect(scope.pendingMocks()).toStrictEqual([]);
    const text = checks[0]!.output.text!;
    expect(checks[0]!.output.title).toBe("手順書 release.md を確認できません（問題 2 件）");
    expect(text).toContain("- 7 行目: コードブロックが閉じられていません。以降はすべてコードとして扱われます");
    expect(text).toContain("手順書のセクションが見つかりません");
    expect(text).not.toContain("<img");
    expect(text).toContain("&lt;img src=x onerror=alert(1)&gt; @\u200Deveryone");
  });

  it("nested checkboxes are tracked as items of their own and reported as notes", async () => {
    const checks: CheckBody[] = [];
    const state = { body: "", patches: 0 };
    const scope = prBodyEndpoints(withRunbook(withConfig(githubApi()), "release.md", repoFile("test/fixtures/checklist/nested.md")), state)
      .post(`${REPO}/check-runs`, record(checks)).reply(201, { id: 1 });
    await deliver(releasePull("opened"));
    expect(scope.pendingMocks()).toStrictEqual([]);
    expect(state.body).toContain("\n  - [ ] Write the SQL <!-- infra-coach:item=write-the-sql -->\n");
    expect(state.body).toContain("\n    - [ ] Second reviewer OPTIONAL <!-- infra-coach:item=second-reviewer-optional -->\n");
    expect(checks[0]!.output.title).toBe("4 required items open (Pre-work 0/4)");
    expect(checks[0]!.output.text).toContain("### Runbook notes (the checklist still works)");
    expect(checks[0]!.output.text).toContain(
      "- line 6: the nested checkbox 'Write the SQL' is counted as its own item, separately from 'Prepare the migration'",
    );
  });

  it("a CRLF runbook gives exactly the same checklist and verdict as the LF one", async () => {
    const lf = repoFile("docs/runbooks/release.md").replace(/\r\n/g, "\n");
    const crlf = lf.replace(/\n/g, "\r\n");
    const checks: CheckBody[] = [];
    const lfBody = { body: "", patches: 0 };
    const crlfBody = { body: "", patches: 0 };
    const first = prBodyEndpoints(withRunbook(withConfig(githubApi()), "release.md", lf).get(`${REPO}/releases`).query({ per_page: 100 }).reply(200, []), lfBody, 2)
      .post(`${REPO}/check-runs`, record(checks)).reply(201, { id: 1 });
    await deliver(releasePull("opened", { number: 2 }));
    const second = prBodyEndpoints(withRunbook(withConfig(api()), "release.md", crlf).get(`${REPO}/releases`).query({ per_page: 100 }).reply(200, []), crlfBody, 3)
      .post(`${REPO}/check-runs`, record(checks)).reply(201, { id: 2 });
    await deliver(releasePull("opened", { number: 3 }));
    expect(first.pendingMocks()).toStrictEqual([]);
    expect(second.pendingMocks()).toStrictEqual([]);
    expect(crlfBody.body).toBe(lfBody.body);
    expect(crlfBody.body).not.toContain("\r");
    expect(checks[1]!.output).toEqual(checks[0]!.output);
    expect(checks[0]!.output.title).toBe("6 required items open (Pre-work 0/6)");
  });

  it("a PR body edited in the browser (CRLF) gets its checklist in CRLF and its ticks counted", async () => {
    const checks: CheckBody[] = [];
    const state = { body: "Release v1.4.0\r\n\r\nNotes.", patches: 0 };
    const first = prBodyEndpoints(withRunbook(withConfig(githubApi()), "release.md", repoFile("test/fixtures/checklist/nested.md")), state)
      .post(`${REPO}/check-runs`, record(checks)).reply(201, { id: 1 });
    await deliver(releasePull("opened", { body: state.body }));
    expect(first.pendingMocks()).toStrictEqual([]);
    expect(state.body.split("\n").every((line, index, lines) => index === lines.length - 1 || line.endsWith("\r"))).toBe(true);

    const ticked = state.body.replace("- [ ] Prepare the migration", "- [x] Prepare the migration").replace("- [ ] Take a snapshot", "- [x] Take a snapshot");
    const edited = releasePull("edited", { body: ticked });
    edited.changes = { body: { from: state.body } };
    const second = withRunbook(withConfig(api()), "release.md", repoFile("test/fixtures/checklist/nested.md"))
      .post(`${REPO}/check-runs`, record(checks)).reply(201, { id: 2 });
    await deliver(edited);
    expect(second.pendingMocks()).toStrictEqual([]);
    expect(checks[1]!.output.title).toBe("2 required items open (Pre-work 2/4)");
  });

  it("a missing runbook fails the check and lists the runbooks that exist", async () => {
    const checks: CheckBody[] = [];
    const scope = withRunbook(withConfig(githubApi()), "release.md", undefined)
      .get(`${REPO}/contents/${encodeURIComponent(RUNBOOKS)}`).query({ ref: "master" })
      .reply(200, [{ type: "file", name: "deploy.md" }, { type: "file", name: "notes.txt" }, { type: "dir", name: "old" }])
      .post(`${REPO}/check-runs`, record(checks)).reply(201, { id: 1 });
    await deliver(releasePull("opened"));
    expect(scope.pendingMocks()).toStrictEqual([]);
    expect(checks[0]).toMatchObject({ conclusion: "failure", output: { title: "Runbook not found: .github/infra-coach/runbooks/release.md" } });
    expect(checks[0]!.output.text).toBe("Runbooks found in the folder:\n\n- `deploy.md`");
  });

  it("a runbook without a verification section works when only pre-work gates, and fails when verification gates too", async () => {
    const preOnly = "# Release\n\n## Pre-work\n\n- [ ] Announce the release\n\n## Day-of\n\n- [ ] Deploy\n";
    const checks: CheckBody[] = [];
    const state = { body: "", patches: 0 };
    const first = prBodyEndpoints(withRunbook(withConfig(githubApi()), "release.md", preOnly), state)
      .post(`${REPO}/check-runs`, record(checks)).reply(201, { id: 1 });
    await deliver(releasePull("opened"));
    expect(first.pendingMocks()).toStrictEqual([]);
    expect(checks[0]!.output.title).toBe("1 required item open (Pre-work 0/1)");

    const second = withRunbook(withConfig(api(), "release:\n  gates: [pre, verify]\n"), "release.md", preOnly)
      .post(`${REPO}/check-runs`, record(checks)).reply(201, { id: 2 });
    await deliver(releasePull("opened", { number: 3 }));
    expect(second.pendingMocks()).toStrictEqual([]);
    expect(checks[1]!.output.title).toBe("Runbook release.md cannot be checked: 1 problem");
    expect(checks[1]!.output.text).toContain("no 'Verification' / '動作確認' section found");
  });
});
