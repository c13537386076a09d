import { registerReleaseHandlers } from "../../src/app/release-handlers.js";
import { mergeGroupPullNumber, RELEASE_CHECK_NAME } from "../../src/app/release-pull.js";
import type { PairPicker } from "../../src/app/operation-pair.js";
import { insertChecklist } from "../../src/checklist/insert.js";
import { parseRunbook } from "../../src/checklist/runbook.js";
import { deliveryId, examplePayload, githubApi } from "../helpers/github.js";
import { api, record, repoFile, startHarness, tick, withConfig, withRunbook, type Harness } from "../fixtures/app/harness.js";

const OCTO = "/repos/octo-org/octo-repo";
const noPair: PairPicker = async () => ({ error: "not used by these tests" });
const releaseRunbook = repoFile("docs/runbooks/release.md");
type CheckBody = { name: string; head_sha: string; conclusion: string; output: { title: string; summary: string; text?: string } };

/** The body of release PR after people ticked every pre-work item but `except`. */
function releaseBody(except?: string): string {
  let body = insertChecklist("Release v3.0.0", parseRunbook(releaseRunbook, { name: "release.md" }), { context: { version: "v3.0.0" } }).body;
  for (const start of ["Email the affected", "Create the GitHub release", "The latest infra-coach plan", "The application-engineer", "Commander and driver", "Note the task"]) {
    if (start !== except) body = tick(body, start);
  }
  return body;
}

/** GET /pulls/104 of the merge queue's repository, shaped like GitHub's answer. */
function pullData(input: { title: string; body: string; labels: string[] }) {
  const pull = examplePayload("pull_request", "opened").pull_request;
  const repository = { ...pull.base.repo, name: "octo-repo", full_name: "octo-org/octo-repo", html_url: "https://github.com/octo-org/octo-repo", owner: { ...pull.base.repo.owner, login: "octo-org" }, default_branch: "main" };
  return {
    ...pull,
    number: 104,
    title: input.title,
    body: input.body,
    labels: input.labels.map((name, index) => ({ id: index, name })),
    head: { ...pull.head, sha: "929f8209d40f77f4abc622a499c93a83babdbe64", repo: repository },
    base: { ...pull.base, ref: "main", repo: repository },
  };
}

describe("merge queue: the merge group commit gets the same release-checklist verdict", () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await startHarness((app, services) => registerReleaseHandlers(app, services, { pickPair: noPair }));
  });
  afterEach(() => harness.dispose());

  async function deliver(payload: unknown): Promise<void> {
    await harness.probot.receive({ id: deliveryId(), name: "merge_group", payload: payload as never });
    await harness.services.queue.onIdle();
    expect(harness.services.errors).toEqual([]);
  }

  it("finds the PR from the queue branch", () => {
    expect(mergeGroupPullNumber("refs/heads/gh-readonly-queue/main/pr-104-929f8209d40f77f4abc622a499c93a83babdbe64")).toBe(104);
    expect(mergeGroupPullNumber("refs/heads/gh-readonly-queue/release/2025/pr-7-abcdef1")).toBe(7);
    expect(mergeGroupPullNumber("refs/heads/feature/pr-104-929f8209")).toBeUndefined();
  });

  it("passes a complete checklist, fails an incomplete one, never edits the PR, and posts once per group", async () => {
    const payload = examplePayload("merge_group", "checks_requested");
    const groupSha = payload.merge_group.head_sha as string;
    const checks: CheckBody[] = [];

    const complete = withRunbook(withConfig(githubApi(), undefined, OCTO), "release.md", releaseRunbook, "main", OCTO)
      .get(`${OCTO}/pulls/104`).reply(200, pullData({ title: "Release v3.0.0", body: releaseBody(), labels: ["release"] }))
      .get(`${OCTO}/releases`).query({ per_page: 100 }).reply(200, [{ tag_name: "v3.0.0", name: "", draft: true }])
      .post(`${OCTO}/check-runs`, record(checks)).reply(201, { id: 1 });
    await deliver(payload);
    expect(complete.pendingMocks()).toStrictEqual([]);
    expect(checks[0]).toMatchObject({ name: RELEASE_CHECK_NAME, head_sha: groupSha, conclusion: "success" });
    expect(checks[0]!.output.title).toBe("All required items done (Pre-work 6/6)");

    // The same group again: judged the same, nothing posted.
    const again = withRunbook(withConfig(api(), undefined, OCTO), "release.md", releaseRunbook, "main", OCTO)
      .get(`${OCTO}/pulls/104`).reply(200, pullData({ title: "Release v3.0.0", body: releaseBody(), labels: ["release"] }))
      .get(`${OCTO}/releases`).query({ per_page: 100 }).reply(200, [{ tag_name: "v3.0.0", name: "", draft: true }]);
    await deliver(payload);
    expect(again.pendingMocks()).toStrictEqual([]);
    expect(checks).toHaveLength(1);

    // A new group for the PR whose checklist is not done: failure, and the body is not touched
    // even though the release exists (a merge queue only reports).
    payload.merge_group.head_sha = "3333333333333333333333333333333333333333";
    const incomplete = withRunbook(withConfig(api(), undefined, OCTO), "release.md", releaseRunbook, "main", OCTO)
      .get(`${OCTO}/pulls/104`).reply(200, pullData({ title: "Release v3.0.0", body: releaseBody("Note the task"), labels: ["release"] }))
      .get(`${OCTO}/releases`).query({ per_page: 100 }).reply(200, [])
      .post(`${OCTO}/check-runs`, record(checks)).reply(201, { id: 2 });
    await deliver(payload);
    expect(incomplete.pendingMocks()).toStrictEqual([]);
    expect(checks[1]).toMatchObject({ head_sha: "3333333333333333333333333333333333333333", conclusion: "failure" });
    // No release any more: the auto-verified item is open again, with the manual one.
    expect(checks[1]!.output.title).toBe("2 required items open (Pre-work 4/6)");
  });

  it("a non-release PR in the queue gets the neutral check, so a required check never stalls the queue", async () => {
    const payload = examplePayload("merge_group", "checks_requested");
    const checks: CheckBody[] = [];
    const scope = withConfig(githubApi(), undefined, OCTO)
      .get(`${OCTO}/pulls/104`).reply(200, pullData({ title: "Update the README", body: "", labels: [] }))
      .post(`${OCTO}/check-runs`, record(checks)).reply(201, { id: 1 });
    await deliver(payload);
    expect(scope.pendingMocks()).toStrictEqual([]);
    expect(checks[0]).toMatchObject({ head_sha: payload.merge_group.head_sha, conclusion: "neutral", output: expect.objectContaining({ title: "Not a release pull request" }) });
  });

  it("a broken configuration fails the config check on the group commit and judges nothing", async () => {
    const payload = examplePayload("merge_group", "checks_requested");
    const checks: CheckBody[] = [];
    const scope = withConfig(githubApi(), "release:\n  gates: [everything]\n", OCTO).post(`${OCTO}/check-runs`, record(checks)).reply(201, { id: 1 });
    await deliver(payload);
    expect(scope.pendingMocks()).toStrictEqual([]);
    expect(checks).toEqual([expect.objectContaining({ name: "infra-coach / config", head_sha: payload.merge_group.head_sha, conclusion: "failure" })]);
  });
});
