import { CHECKLIST_END, CHECKLIST_START } from "../../src/checklist/render-checklist.js";
import { ProbotOctokit } from "probot";
import { refreshReleaseChecklist } from "../../src/app/release-checklist.js";
import { registerReleaseHandlers } from "../../src/app/release-handlers.js";
import { configSchema } from "../../src/config/schema.js";
import { RELEASE_CHECK_NAME } from "../../src/app/release-pull.js";
import type { PairPicker } from "../../src/app/operation-pair.js";
import { deliveryId, examplePayload, githubApi } from "../helpers/github.js";
import { api, checkedLine, record, REPO, repoFile, startHarness, tick, withConfig, withRunbook, type Harness } from "../fixtures/app/harness.js";

const SHA1 = "ec26c3e57ca3a959ca5aad62de7213c562f8c821";
const SHA2 = "2222222222222222222222222222222222222222";
const releaseRunbook = repoFile("docs/runbooks/release.md");
const noPair: PairPicker = async () => ({ error: "not used by these tests" });

type CheckBody = { name: string; head_sha: string; status: string; conclusion: string; external_id: string; output: { title: string; summary: string; text?: string } };

function releasePull(action: string, overrides: { title?: string; body?: string; sha?: string; labels?: string[]; ref?: string; number?: number } = {}) {
  const payload = examplePayload("pull_request", action === "edited" || action === "synchronize" ? "labeled" : action);
  payload.action = action;
  const pull = payload.pull_request;
  pull.number = payload.number = overrides.number ?? 2;
  pull.title = overrides.title ?? "Release v1.4.0";
  pull.body = overrides.body ?? "Release v1.4.0: the new billing page.";
  pull.head.sha = overrides.sha ?? SHA1;
  pull.head.ref = overrides.ref ?? "changes";
  pull.labels = (overrides.labels ?? ["release"]).map((name, index) => ({ id: index + 1, name }));
  if (action === "labeled") payload.label = { id: 1, name: "release" };
  payload.installation = { id: 1 };
  return payload;
}

function edited(body: string, before: string, overrides: { sha?: string; title?: string } = {}) {
  const payload = releasePull("edited", { body, ...overrides });
  payload.changes = { body: { from: before } };
  return payload;
}

function issueReply(number: number, body: () => string) {
  return () => ({ number, node_id: `I_${number}`, title: "Release v1.4.0", body: body(), state: "open" });
}

describe("release checklist: the check run follows the boxes (English runbook)", () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await startHarness((app, services) => registerReleaseHandlers(app, services, { pickPair: noPair }));
  });
  afterEach(() => harness.dispose());

  async function deliver(name: string, payload: unknown): Promise<void> {
    await harness.probot.receive({ id: deliveryId(), name: name as never, payload: payload as never });
    await harness.services.queue.onIdle();
    expect(harness.services.errors).toEqual([]);
  }

  it("inserts the checklist once, ticks auto-verified items, and goes from failure to success as boxes are ticked", async () => {
    const { store } = harness.services;
    await store.recordPlanRun({ repo: "Codertocat/Hello-World", pr: 2, root: "envs/prod", headSha: SHA1, status: "completed", conclusion: "success", headline: "1 to add" });
    await store.claimAssignment({ repo: "Codertocat/Hello-World", pr: 2, round: 0, login: "carol", kind: "rotation", types: [] });
    const original = "Release v1.4.0: the new billing page.";
    let prBody = original;
    const patches: { body: string }[] = [];
    const checks: CheckBody[] = [];
    const storePatch = (body: unknown) => {
      patches.push(body as { body: string });
      prBody = (body as { body: string }).body;
      return true;
    };

    // 1. The release label: the checklist goes into the body, plan-clean is ticked, the check fails.
    const first = withRunbook(withConfig(githubApi()), "release.md", releaseRunbook)
      .get(`${REPO}/releases`).query({ per_page: 100 }).reply(200, [])
      .get(`${REPO}/pulls/2/reviews`).query({ per_page: 100 }).reply(200, [])
      .get(`${REPO}/issues/2`).reply(200, issueReply(2, () => prBody))
      .patch(`${REPO}/issues/2`, storePatch).reply(200, {})
      .post(`${REPO}/check-runs`, record(checks)).reply(201, { id: 901 });
    await deliver("pull_request", releasePull("labeled"));
    expect(first.pendingMocks()).toStrictEqual([]);
    expect(patches).toHaveLength(1);
    expect(prBody.startsWith(`${original}\n\n${CHECKLIST_START}`)).toBe(true);
    expect(prBody.trimEnd().endsWith(CHECKLIST_END)).toBe(true);
    expect(prBody).toContain("- [ ] Create the GitHub release (a draft is fine) for v1.4.0 _auto_");
    expect(checkedLine(prBody, "The latest infra-coach plan for this pull request succeeded")).toBe(true);
    expect(checkedLine(prBody, "The application-engineer co-reviewer approved")).toBe(false);
    expect(checks[0]).toMatchObject({ name: RELEASE_CHECK_NAME, head_sha: SHA1, status: "completed", conclusion: "failure", external_id: "2" });
    expect(checks[0]!.output.title).toBe("5 required items open (Pre-work 1/6)");
    expect(checks[0]!.output.text).toContain("- Create the GitHub release (a draft is fine) for v1.4.0 — no GitHub release or draft exists for this version yet");
    expect(checks[0]!.output.text).toContain("### Open in Day-of (tracked, does not block merge)");

    // 2. GitHub reports the app's own edit back: nothing to do, not even reading the configuration.
    const own = api();
    await deliver("pull_request", edited(prBody, original));
    expect(own.pendingMocks()).toStrictEqual([]);

    // 3. People tick two items: re-judged, no body edit, a new failing check with fewer open items.
    const ticked = tick(tick(prBody, "Email the affected customers"), "Commander and driver are decided");
    const third = withRunbook(withConfig(api()), "release.md", releaseRunbook)
      .get(`${REPO}/releases`).query({ per_page: 100 }).reply(200, [])
      .get(`${REPO}/pulls/2/reviews`).query({ per_page: 100 }).reply(200, [])
      .post(`${REPO}/check-runs`, record(checks)).reply(201, { id: 902 });
    await deliver("pull_request", edited(ticked, prBody));
    prBody = ticked;
    expect(third.pendingMocks()).toStrictEqual([]);
    expect(checks[1]).toMatchObject({ conclusion: "failure", head_sha: SHA1 });
    expect(checks[1]!.output.title).toBe("3 required items open (Pre-work 3/6)");

    // 4. The last manual item; a draft release exists and carol approved: the app ticks both, the check passes.
    const last = tick(prBody, "Note the task definition");
    prBody = last;
    const fourth = withRunbook(withConfig(api()), "release.md", releaseRunbook)
      .get(`${REPO}/releases`).query({ per_page: 100 }).reply(200, [{ tag_name: "v1.4.0", name: "", draft: true }])
      .get(`${REPO}/pulls/2/reviews`).query({ per_page: 100 }).reply(200, [
        { user: { login: "Carol" }, state: "COMMENTED" },
        { user: { login: "Carol" }, state: "APPROVED" },
      ])
      .get(`${REPO}/issues/2`).reply(200, issueReply(2, () => prBody))
      .patch(`${REPO}/issues/2`, storePatch).reply(200, {})
      .post(`${REPO}/check-runs`, record(checks)).reply(201, { id: 903 });
    await deliver("pull_request", edited(last, ticked));
    expect(fourth.pendingMocks()).toStrictEqual([]);
    expect(checkedLine(prBody, "Create the GitHub release")).toBe(true);
    expect(checkedLine(prBody, "The application-engineer co-reviewer approved")).toBe(true);
    // Only the two boxes changed: people's text and ticks are kept byte for byte.
    expect(prBody.replace(/- \[x\] (Create the GitHub|The application-engineer)/g, "- [ ] $1")).toBe(last);
    expect(checks[2]).toMatchObject({ conclusion: "success" });
    expect(checks[2]!.output.title).toBe("All required items done (Pre-work 6/6)");

    // 5. A new push: the old commit's open check is completed as superseded, the plan of the new
    //    commit has not succeeded yet (plan-clean unticked), the new commit's check fails.
    const supersede: unknown[] = [];
    const sync = releasePull("synchronize", { body: prBody, sha: SHA2 });
    sync.before = SHA1;
    sync.after = SHA2;
    const fifth = withConfig(api())
      .get(`${REPO}/commits/${SHA1}/check-runs`).query({ check_name: RELEASE_CHECK_NAME, filter: "latest", per_page: 100 })
      .reply(200, { total_count: 2, check_runs: [{ id: 77, status: "in_progress" }, { id: 903, status: "completed" }] })
      .patch(`${REPO}/check-runs/77`, record(supersede)).reply(200, {})
      .get(`${REPO}/contents/${encodeURIComponent(".github/infra-coach/runbooks/release.md")}`).query({ ref: "master" }).reply(200, releaseRunbook)
      .get(`${REPO}/releases`).query({ per_page: 100 }).reply(200, [{ tag_name: "v1.4.0", name: "", draft: true }])
      .get(`${REPO}/pulls/2/reviews`).query({ per_page: 100 }).reply(200, [{ user: { login: "carol" }, state: "APPROVED" }])
      .get(`${REPO}/issues/2`).reply(200, issueReply(2, () => prBody))
      .patch(`${REPO}/issues/2`, storePatch).reply(200, {})
      .post(`${REPO}/check-runs`, record(checks)).reply(201, { id: 904 });
    await deliver("pull_request", sync);
    expect(fifth.pendingMocks()).toStrictEqual([]);
    expect(supersede).toEqual([
      expect.objectContaining({ status: "completed", conclusion: "neutral", output: expect.objectContaining({ title: "Superseded by a newer commit" }) }),
    ]);
    expect(checkedLine(prBody, "The latest infra-coach plan")).toBe(false);
    expect(checks[3]).toMatchObject({ head_sha: SHA2, conclusion: "failure" });
    expect(checks[3]!.output.title).toBe("1 required item open (Pre-work 5/6)");
    expect(checks[3]!.output.text).toContain("the latest infra-coach plan for this pull request has not succeeded");

    // 6. The same push delivered again: everything is read, nothing is written.
    const again = withRunbook(withConfig(api()), "release.md", releaseRunbook)
      .get(`${REPO}/commits/${SHA1}/check-runs`).query(true).reply(200, { total_count: 0, check_runs: [] })
      .get(`${REPO}/releases`).query({ per_page: 100 }).reply(200, [{ tag_name: "v1.4.0", name: "", draft: true }])
      .get(`${REPO}/pulls/2/reviews`).query({ per_page: 100 }).reply(200, [{ user: { login: "carol" }, state: "APPROVED" }])
      .get(`${REPO}/issues/2`).reply(200, issueReply(2, () => prBody));
    await deliver("pull_request", sync);
    expect(again.pendingMocks()).toStrictEqual([]);
    expect(checks).toHaveLength(4);
    expect(patches).toHaveLength(3);
  });

  it("counts no tick hidden in an HTML comment, a code block, a quote or outside the checklist", async () => {
    const plain = "Release v1.4.0";
    let prBody = plain;
    const checks: CheckBody[] = [];
    const first = withRunbook(withConfig(githubApi()), "release.md", releaseRunbook)
      .get(`${REPO}/releases`).query({ per_page: 100 }).reply(200, [])
      .get(`${REPO}/issues/2`).reply(200, issueReply(2, () => prBody))
      .patch(`${REPO}/issues/2`, (body: { body: string }) => ((prBody = body.body), true)).reply(200, {})
      .post(`${REPO}/check-runs`, record(checks)).reply(201, { id: 1 });
    await deliver("pull_request", releasePull("opened", { body: plain }));
    expect(first.pendingMocks()).toStrictEqual([]);
    expect(checks[0]!.output.title).toBe("6 required items open (Pre-work 0/6)");

    const email = prBody.split("\n").find((line) => line.startsWith("- [ ] Email the affected customers"))!.replace("- [ ]", "- [x]");
    const note = prBody.split("\n").find((line) => line.startsWith("- [ ] Note the task definition"))!.replace("- [ ]", "- [x]");
    // Hidden copies of two ticked items, and one real tick.
    const hidden = tick(prBody, "Commander and driver are decided")
      .replace(CHECKLIST_END, `<!--\n${email}\n-->\n\n\`\`\`\n${note}\n\`\`\`\n\n> ${email}\n\n${CHECKLIST_END}`)
      .concat(`\n${note}\n`);
    const second = withRunbook(withConfig(api()), "release.md", releaseRunbook)
      .get(`${REPO}/releases`).query({ per_page: 100 }).reply(200, [])
      .post(`${REPO}/check-runs`, record(checks)).reply(201, { id: 2 });
    await deliver("pull_request", edited(hidden, prBody));
    expect(second.pendingMocks()).toStrictEqual([]);
    expect(checks[1]!.output.title).toBe("5 required items open (Pre-work 1/6)");
    expect(checks[1]!.output.text).toContain("- Email the affected customers");
    expect(checks[1]!.output.text).toContain("- Note the task definition that runs now");
  });

  it("does not put the checklist back when people deleted it: the check says it is missing", async () => {
    const { store } = harness.services;
    let prBody = "Release v1.4.0";
    const checks: CheckBody[] = [];
    const first = withRunbook(withConfig(githubApi()), "release.md", releaseRunbook)
      .get(`${REPO}/releases`).query({ per_page: 100 }).reply(200, [])
      .get(`${REPO}/issues/2`).reply(200, issueReply(2, () => prBody))
      .patch(`${REPO}/issues/2`, (body: { body: string }) => ((prBody = body.body), true)).reply(200, {})
      .post(`${REPO}/check-runs`, record(checks)).reply(201, { id: 1 });
    await deliver("pull_request", releasePull("opened", { body: prBody }));
    expect(first.pendingMocks()).toStrictEqual([]);
    expect(await store.checklistVerdict("Codertocat/Hello-World", 2, SHA1)).toMatchObject({ conclusion: "failure", checkRunId: 1 });

    const second = withRunbook(withConfig(api()), "release.md", releaseRunbook)
      .get(`${REPO}/releases`).query({ per_page: 100 }).reply(200, [])
      .post(`${REPO}/check-runs`, record(checks)).reply(201, { id: 2 });
    await deliver("pull_request", edited("Release v1.4.0 (no checklist, thanks)", prBody));
    expect(second.pendingMocks()).toStrictEqual([]);
    expect(checks[1]).toMatchObject({ conclusion: "failure", output: expect.objectContaining({ title: "Checklist not found in the pull request body" }) });
  });

  it("gates each configured section: with gates [pre, verify] the verification items block merge too", async () => {
    const config = "release:\n  gates: [pre, verify]\n";
    let prBody = "Release v1.4.0";
    const checks: CheckBody[] = [];
    const first = withRunbook(withConfig(githubApi(), config), "release.md", releaseRunbook)
      .get(`${REPO}/releases`).query({ per_page: 100 }).reply(200, [{ tag_name: "1.4.0", name: "", draft: false }])
      .get(`${REPO}/issues/2`).reply(200, issueReply(2, () => prBody))
      .patch(`${REPO}/issues/2`, (body: { body: string }) => ((prBody = body.body), true)).reply(200, {})
      .post(`${REPO}/check-runs`, record(checks)).reply(201, { id: 1 });
    await deliver("pull_request", releasePull("reopened", { body: prBody }));
    expect(first.pendingMocks()).toStrictEqual([]);
    // `1.4.0` names the same release as `v1.4.0`.
    expect(checkedLine(prBody, "Create the GitHub release")).toBe(true);

    let all = prBody;
    for (const start of ["Email the affected", "The latest infra-coach plan", "The application-engineer", "Commander and driver", "Note the task"]) all = tick(all, start);
    const second = withRunbook(withConfig(api(), config), "release.md", releaseRunbook)
      .get(`${REPO}/releases`).query({ per_page: 100 }).reply(200, [{ tag_name: "1.4.0", name: "", draft: false }])
      .post(`${REPO}/check-runs`, record(checks)).reply(201, { id: 2 });
    await deliver("pull_request", edited(all, prBody));
    expect(second.pendingMocks()).toStrictEqual([]);
    expect(checks[1]).toMatchObject({ conclusion: "failure" });
    expect(checks[1]!.output.title).toBe("4 required items open (Pre-work 6/6, Verification 0/4)");
    expect(checks[1]!.output.text).toContain("### Open in Verification (blocks merge)");
  });

  it("recognises release PRs by branch or title pattern, and gives other PRs a neutral check once", async () => {
    const checks: CheckBody[] = [];
    // No label, but the branch is release/…: a release PR.
    let prBody = "";
    const byBranch = withRunbook(withConfig(githubApi()), "release.md", releaseRunbook)
      .get(`${REPO}/releases`).query({ per_page: 100 }).reply(200, [])
      .get(`${REPO}/issues/2`).reply(200, issueReply(2, () => prBody))
      .patch(`${REPO}/issues/2`, (body: { body: string }) => ((prBody = body.body), true)).reply(200, {})
      .post(`${REPO}/check-runs`, record(checks)).reply(201, { id: 1 });
    await deliver("pull_request", releasePull("opened", { title: "Ship it", ref: "release/v1.5.0", labels: [], body: "" }));
    expect(byBranch.pendingMocks()).toStrictEqual([]);
    expect(prBody).toContain("for v1.5.0 _auto_");
    expect(prBody.startsWith(CHECKLIST_START)).toBe(true);

    // An ordinary PR: the neutral check, so the check can be required on every PR.
    const ordinary = withConfig(api()).post(`${REPO}/check-runs`, record(checks)).reply(201, { id: 2 });
    await deliver("pull_request", releasePull("opened", { number: 3, title: "Update the README", labels: [], sha: SHA2 }));
    expect(ordinary.pendingMocks()).toStrictEqual([]);
    expect(checks[1]).toMatchObject({ head_sha: SHA2, conclusion: "neutral", output: expect.objectContaining({ title: "Not a release pull request" }) });

    // Redelivered, or another label added: nothing is posted again.
    const quiet = withConfig(withConfig(api()));
    await deliver("pull_request", releasePull("opened", { number: 3, title: "Update the README", labels: [], sha: SHA2 }));
    const labeled = releasePull("labeled", { number: 3, title: "Update the README", labels: ["bug"], sha: SHA2 });
    labeled.label = { id: 9, name: "bug" };
    await deliver("pull_request", labeled);
    expect(quiet.pendingMocks()).toStrictEqual([]);
    expect(checks).toHaveLength(2);

    // A title pattern from the configuration.
    const titled = withRunbook(withConfig(api(), 'release:\n  branch_pattern: ""\n  title_pattern: "^\\\\[release\\\\]"\n'), "release.md", releaseRunbook)
      .get(`${REPO}/releases`).query({ per_page: 100 }).reply(200, [])
      .get(`${REPO}/issues/4`).reply(200, issueReply(4, () => ""))
      .patch(`${REPO}/issues/4`).reply(200, {})
      .post(`${REPO}/check-runs`, record(checks)).reply(201, { id: 3 });
    await deliver("pull_request", releasePull("opened", { number: 4, title: "[release] v2.0.0", labels: [], body: "" }));
    expect(titled.pendingMocks()).toStrictEqual([]);
    expect(checks[2]).toMatchObject({ conclusion: "failure", external_id: "4" });
  });
});

describe("release checklist: re-judged when the plan of the head commit finishes", () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await startHarness(() => undefined);
  });
  afterEach(() => harness.dispose());

  it("ticks plan-clean once the plan succeeded, and costs one request for a PR that is not a release", async () => {
    const { store } = harness.services;
    const gh = new (ProbotOctokit.defaults((options: Record<string, unknown>) => ({ ...options, retry: { enabled: false }, throttle: { enabled: false } })))({
      auth: { token: "test" },
    });
    const deps = { store, log: harness.probot.log };
    const config = configSchema.parse({});
    const pullData = (number: number, title: string, body: string) => {
      const pull = releasePull("opened", { number, title, body, labels: title.startsWith("Release") ? ["release"] : [] }).pull_request;
      return pull;
    };

    const other = api().get(`${REPO}/pulls/3`).reply(200, pullData(3, "Update the README", ""));
    expect(await refreshReleaseChecklist(gh, deps, { owner: "Codertocat", repo: "Hello-World", number: 3, config })).toBeUndefined();
    expect(other.pendingMocks()).toStrictEqual([]);

    let prBody = "";
    const checks: CheckBody[] = [];
    await store.recordPlanRun({ repo: "Codertocat/Hello-World", pr: 2, root: "envs/prod", headSha: SHA1, status: "completed", conclusion: "success", headline: "1 to add" });
    const scope = withRunbook(api().get(`${REPO}/pulls/2`).reply(200, pullData(2, "Release v1.4.0", "")), "release.md", releaseRunbook)
      .get(`${REPO}/releases`).query({ per_page: 100 }).reply(200, [])
      .get(`${REPO}/issues/2`).reply(200, issueReply(2, () => prBody))
      .patch(`${REPO}/issues/2`, (body: { body: string }) => ((prBody = body.body), true)).reply(200, {})
      .post(`${REPO}/check-runs`, record(checks)).reply(201, { id: 1 });
    const output = await refreshReleaseChecklist(gh, deps, { owner: "Codertocat", repo: "Hello-World", number: 2, config });
    expect(scope.pendingMocks()).toStrictEqual([]);
    expect(checkedLine(prBody, "The latest infra-coach plan")).toBe(true);
    expect(output?.title).toBe("5 required items open (Pre-work 1/6)");
    expect(checks[0]).toMatchObject({ head_sha: SHA1, conclusion: "failure" });
  });
});
