import { readFileSync } from "node:fs";
import { zipSync } from "fflate";
import { PLAN_COMMENT_MARKER, planCheckName } from "../../src/app/publish-plan.js";
import { deliveryId, examplePayload, githubApi, type CheckRunBody } from "../helpers/github.js";
import { useAppUnderTest } from "../helpers/app.js";

const REPO = "/repos/Codertocat/Hello-World";
const corpusPlan = readFileSync(
  new URL("../../../shared/corpus/plans/AurelienKumarathas__terraform-security-project__terraform__tfplan.json", import.meta.url),
);

/** workflow_run.completed with one linked PR, as GitHub sends it for a pull_request-triggered run. */
function completedRun(headSha: string) {
  const payload = examplePayload("workflow_run", "completed", 2);
  payload.repository.full_name = "Codertocat/Hello-World";
  payload.repository.name = "Hello-World";
  payload.repository.owner.login = "Codertocat";
  payload.workflow_run.head_sha = headSha;
  payload.workflow_run.path = ".github/workflows/terraform-plan.yml";
  payload.workflow_run.pull_requests[0].number = 2;
  return payload;
}

describe("runner: actions — explains the plan artifact of the repository's own workflow", () => {
  const app = useAppUnderTest();

  it("downloads the artifact, comments once, completes a check per root and labels the PR", async () => {
    const pull = examplePayload("pull_request", "opened").pull_request;
    const run = completedRun(pull.head.sha);
    const zip = Buffer.from(zipSync({ "envs/prod/tfplan.json": new Uint8Array(corpusPlan) }));
    const captured: { comment?: { body: string }; check?: CheckRunBody; labels?: unknown } = {};

    const scope = githubApi()
      .get(`${REPO}/contents/.github%2Finfra-coach.yml`)
      .reply(200, "runner: actions\nactions:\n  workflow: terraform-plan.yml\n", { "content-type": "text/plain; charset=utf-8" })
      .get(`${REPO}/actions/runs/${run.workflow_run.id}/artifacts`)
      .query({ name: "infra-coach-plan", per_page: 10 })
      .reply(200, { total_count: 1, artifacts: [{ id: 77, name: "infra-coach-plan", expired: false }] })
      .get(`${REPO}/actions/artifacts/77/zip`)
      .reply(200, zip, { "content-type": "application/zip" })
      .get(`${REPO}/issues/2/comments`)
      .query({ per_page: 100 })
      .reply(200, [])
      .post(`${REPO}/issues/2/comments`, (body) => ((captured.comment = body), true))
      .reply(201, { id: 900 })
      .get(`${REPO}/issues/2/comments`)
      .query({ per_page: 100 })
      .reply(200, () => [{ id: 900, user: { type: "Bot" }, body: captured.comment!.body }])
      .post(`${REPO}/check-runs`, (body) => ((captured.check = body), true))
      .reply(201, { id: 5 })
      .post(`${REPO}/issues/2/labels`, (body) => ((captured.labels = body), true))
      .reply(200, [{ name: "bug" }, { name: "infra-coach:risk" }, { name: "infra-coach:destroy" }])
      // The stale label from an earlier plan goes; the human's "bug" stays.
      .delete(`${REPO}/issues/2/labels/infra-coach%3Adestroy`)
      .reply(200, []);

    await app.probot.receive({ id: deliveryId(), name: "workflow_run", payload: run as never });
    await app.services.queue.onIdle();
    expect(app.services.errors).toEqual([]);
    expect(scope.pendingMocks()).toStrictEqual([]);

    expect(captured.comment!.body.startsWith(PLAN_COMMENT_MARKER)).toBe(true);
    expect(captured.comment!.body).toContain("envs/prod");
    expect(captured.comment!.body).toContain("aws_db_instance.main");
    expect(captured.check).toMatchObject({
      name: planCheckName("envs/prod"),
      head_sha: pull.head.sha,
      status: "completed",
      conclusion: "success",
    });
    expect(captured.labels).toEqual({ labels: ["infra-coach:risk"] });
    const run2 = await app.services.store.latestPlanRun("Codertocat/Hello-World", 2, "envs/prod");
    expect(run2).toMatchObject({ headSha: pull.head.sha, conclusion: "success" });
  });

  it("ignores runs of other workflows and runs for an older commit", async () => {
    const pull = examplePayload("pull_request", "opened").pull_request;
    const other = completedRun(pull.head.sha);
    other.workflow_run.path = ".github/workflows/lint.yml";
    // The stale run names no PR (GitHub lists only PRs whose head is the run's commit): nothing is fetched for it.
    const scope = githubApi()
      .get(`${REPO}/contents/.github%2Finfra-coach.yml`)
      .reply(200, "runner: actions\nactions:\n  workflow: terraform-plan.yml\n", { "content-type": "text/plain; charset=utf-8" });
    await app.probot.receive({ id: deliveryId(), name: "workflow_run", payload: other as never });
    const stale = completedRun(pull.head.sha);
    stale.workflow_run.head_sha = "0000000000000000000000000000000000000000";
    await app.probot.receive({ id: deliveryId(), name: "workflow_run", payload: stale as never });
    await app.services.queue.onIdle();
    expect(scope.pendingMocks()).toStrictEqual([]);
  });

  it("reports a broken artifact on the PR instead of failing silently", async () => {
    const pull = examplePayload("pull_request", "opened").pull_request;
    const run = completedRun(pull.head.sha);
    const zip = Buffer.from(zipSync({ "envs/prod/tfplan.json": new TextEncoder().encode('{"format_version": "1.2", "resource_changes": [{"address": 3}]}') }));
    let check: CheckRunBody | undefined;
    let comment: { body: string } | undefined;
    const scope = githubApi()
      .get(`${REPO}/contents/.github%2Finfra-coach.yml`)
      .reply(200, "runner: actions\n", { "content-type": "text/plain; charset=utf-8" })
      .get(`${REPO}/actions/runs/${run.workflow_run.id}/artifacts`)
      .query(true)
      .reply(200, { total_count: 1, artifacts: [{ id: 78, name: "infra-coach-plan", expired: false }] })
      .get(`${REPO}/actions/artifacts/78/zip`)
      .reply(200, zip, { "content-type": "application/zip" })
      .get(`${REPO}/issues/2/comments`)
      .query(true)
      .reply(200, [{ id: 901, user: { type: "Bot" }, body: `${PLAN_COMMENT_MARKER}\nold` }])
      .patch(`${REPO}/issues/comments/901`, (body) => ((comment = body), true))
      .reply(200, { id: 901 })
      .post(`${REPO}/check-runs`, (body) => ((check = body), true))
      .reply(201, { id: 6 })
      .get(`${REPO}/issues/2/labels`)
      .query(true)
      .reply(200, [{ name: "infra-coach:no-changes" }])
      .delete(`${REPO}/issues/2/labels/infra-coach%3Ano-changes`)
      .reply(200, []);
    await app.probot.receive({ id: deliveryId(), name: "workflow_run", payload: run as never });
    await app.services.queue.onIdle();
    expect(scope.pendingMocks()).toStrictEqual([]);
    expect(check).toMatchObject({ name: planCheckName("envs/prod"), conclusion: "failure" });
    expect(comment!.body).toContain("resource\\_changes\\[0\\].change: expected object");
  });

  it("fails the check run loudly when GitHub refuses the comment", async () => {
    const pull = examplePayload("pull_request", "opened").pull_request;
    const run = completedRun(pull.head.sha);
    const zip = Buffer.from(zipSync({ "tfplan.json": new Uint8Array(corpusPlan) }));
    await app.services.store.rememberComment("Codertocat/Hello-World", 2, "plan", 4242);
    let check: CheckRunBody | undefined;
    const scope = githubApi()
      .get(`${REPO}/contents/.github%2Finfra-coach.yml`)
      .reply(200, "runner: actions\n", { "content-type": "text/plain; charset=utf-8" })
      .get(`${REPO}/actions/runs/${run.workflow_run.id}/artifacts`)
      .query(true)
      .reply(200, { total_count: 1, artifacts: [{ id: 79, name: "infra-coach-plan", expired: false }] })
      .get(`${REPO}/actions/artifacts/79/zip`)
      .reply(200, zip, { "content-type": "application/zip" })
      .patch(`${REPO}/issues/comments/4242`)
      .reply(403, { message: "Resource not accessible by integration" })
      .post(`${REPO}/check-runs`, (body) => ((check = body), true))
      .reply(201, { id: 8 })
      .post(`${REPO}/issues/2/labels`)
      .reply(200, [{ name: "infra-coach:risk" }]);
    await app.probot.receive({ id: deliveryId(), name: "workflow_run", payload: run as never });
    await app.services.queue.onIdle();
    expect(scope.pendingMocks()).toStrictEqual([]);
    expect(check).toMatchObject({ name: planCheckName("."), conclusion: "failure" });
    expect(check!.output.summary).toContain("GitHub refused the plan comment (HTTP 403)");
    expect(app.services.errors).toHaveLength(1);
  });
});
