import nock from "nock";
import { fileURLToPath } from "node:url";
import { PLAN_COMMENT_MARKER } from "../../src/app/publish-plan.js";
import { API, examplePayload, expectPlanInputs, githubApi, deliveryId } from "../helpers/github.js";
import { repoTarball, useAppUnderTest } from "../helpers/app.js";

const REPO = "/repos/Codertocat/Hello-World";
const rootFixture = fileURLToPath(new URL("../fixtures/app/tf-root", import.meta.url));

/** Every opened/synchronized PR also gets the release check; a non-release PR's is neutral. */
function neutralReleaseCheck(scope: nock.Scope): nock.Scope {
  return scope
    .post(`${REPO}/check-runs`, (body: { name: string; conclusion?: string }) => body.name === "infra-coach / release checklist" && body.conclusion === "neutral")
    .reply(201, { id: 999 });
}

function noConfig(scope: nock.Scope): nock.Scope {
  return scope
    .get(`${REPO}/contents/.github%2Finfra-coach.yml`)
    .reply(404)
    .get("/repos/Codertocat/.github/contents/.github%2Finfra-coach.yml")
    .reply(404);
}

describe("runner: local — a Terraform PR gets one explained comment", () => {
  const app = useAppUnderTest();

  it("plans with the real terraform, comments once, then edits the same comment on the next push", async () => {
    const payload = examplePayload("pull_request", "synchronize");
    const sha1 = payload.pull_request.head.sha as string;
    const tarball = await repoTarball({}, { infra: rootFixture });
    const bodies: Record<string, unknown[]> = { checkCreate: [], checkUpdate: [], commentCreate: [], commentUpdate: [] };

    const first = expectPlanInputs(neutralReleaseCheck(noConfig(githubApi())), { sha: sha1, tarball, files: ["infra/main.tf"], permission: "admin" })
      .post(`${REPO}/check-runs`, (body) => body.name.startsWith("infra-coach / plan") && (bodies.checkCreate!.push(body), true))
      .reply(201, { id: 11 })
      .get(`${REPO}/issues/2/comments`)
      .query({ per_page: 100 })
      .reply(200, [])
      .post(`${REPO}/issues/2/comments`, (body) => (bodies.commentCreate!.push(body), true))
      .reply(201, { id: 500 })
      .get(`${REPO}/issues/2/comments`)
      .query({ per_page: 100 })
      .reply(200, () => [{ id: 500, user: { type: "Bot", login: "infra-coach[bot]" }, body: (bodies.commentCreate![0] as { body: string }).body }])
      .patch(`${REPO}/check-runs/11`, (body) => (bodies.checkUpdate!.push(body), true))
      .reply(200, { id: 11 });

    await app.probot.receive({ id: deliveryId(), name: "pull_request", payload: payload as never });
    await app.services.queue.onIdle();
    expect(app.services.errors).toEqual([]);
    expect(first.pendingMocks()).toStrictEqual([]);

    expect(bodies.checkCreate).toEqual([
      expect.objectContaining({ name: "infra-coach / plan (infra)", head_sha: sha1, status: "in_progress", external_id: "2:infra" }),
    ]);
    const comment = (bodies.commentCreate![0] as { body: string }).body;
    expect(comment.startsWith(PLAN_COMMENT_MARKER)).toBe(true);
    expect(comment).toContain("terraform_data.app_config");
    expect(comment).toContain("terraform_data.deploy_marker");
    // "This is where it corresponds": a link to the exact lines of the PR head.
    expect(comment).toContain(`https://github.com/Codertocat/Hello-World/blob/${sha1}/infra/main.tf#L2-L7`);
    expect(comment).toContain(`https://github.com/Codertocat/Hello-World/blob/${sha1}/infra/main.tf#L9-L11`);
    expect(comment.length).toBeLessThanOrEqual(60_000);
    const completed = bodies.checkUpdate![0] as { status: string; conclusion: string; output: { title: string; summary: string; text: string } };
    expect(completed.status).toBe("completed");
    expect(completed.conclusion).toBe("success");
    expect(completed.output.summary).toContain("terraform_data.app_config");
    // Two creates, no risk: none of the app's labels apply, so no label call is made.

    // A redelivery of the same event plans nothing again and posts nothing.
    // (The installation token is cached from the first delivery.)
    const redelivered = noConfig(nock(API))
      .get(`${REPO}/collaborators/Codertocat/permission`)
      .reply(200, { permission: "admin", role_name: "admin" });
    await app.probot.receive({ id: deliveryId(), name: "pull_request", payload: payload as never });
    await app.services.queue.onIdle();
    expect(redelivered.pendingMocks()).toStrictEqual([]);

    // The next push edits the same comment instead of adding one.
    const next = examplePayload("pull_request", "synchronize");
    const sha2 = "1111111111111111111111111111111111111111";
    next.pull_request.head.sha = sha2;
    const second = expectPlanInputs(neutralReleaseCheck(noConfig(nock(API))), { sha: sha2, tarball, files: ["infra/main.tf"] })
      .post(`${REPO}/check-runs`, (body) => body.name === "infra-coach / plan (infra)")
      .reply(201, { id: 12 })
      // The comment id is remembered from the first run: one request, no listing.
      .patch(`${REPO}/issues/comments/500`, (body) => (bodies.commentUpdate!.push(body), true))
      .reply(200, { id: 500 })
      .patch(`${REPO}/check-runs/12`)
      .reply(200, { id: 12 });
    await app.probot.receive({ id: deliveryId(), name: "pull_request", payload: next as never });
    await app.services.queue.onIdle();
    expect(app.services.errors).toEqual([]);
    expect(second.pendingMocks()).toStrictEqual([]);
    expect((bodies.commentUpdate![0] as { body: string }).body).toContain(`blob/${sha2}/infra/main.tf#L2-L7`);
  });

  it("requests the rotated co-reviewer with the infra reviewers and explains the pick in the comment", async () => {
    const payload = examplePayload("pull_request", "synchronize");
    const sha = payload.pull_request.head.sha as string;
    const tarball = await repoTarball({}, { infra: rootFixture });
    const config = "review:\n  infra_reviewers: [hetare]\n  app_engineers: [aiko, ben, Codertocat]\n";
    const captured: { reviewers?: unknown; comment?: { body: string } } = {};
    const withConfig = neutralReleaseCheck(githubApi())
      .get(`${REPO}/contents/.github%2Finfra-coach.yml`)
      .reply(200, config, { "content-type": "text/plain; charset=utf-8" });
    const scope = expectPlanInputs(withConfig, { sha, tarball, files: ["infra/main.tf"] })
      .post(`${REPO}/check-runs`, (body) => body.name === "infra-coach / plan (infra)")
      .reply(201, { id: 21 })
      .post("/graphql")
      .reply(200, { data: {} })
      .post(`${REPO}/pulls/2/requested_reviewers`, (body) => ((captured.reviewers = body), true))
      .reply(201, {})
      .get(`${REPO}/issues/2/comments`)
      .query(true)
      .reply(200, [])
      .post(`${REPO}/issues/2/comments`, (body) => ((captured.comment = body), true))
      .reply(201, { id: 600 })
      .get(`${REPO}/issues/2/comments`)
      .query(true)
      .reply(200, () => [{ id: 600, user: { type: "Bot" }, body: captured.comment!.body }])
      .patch(`${REPO}/check-runs/21`)
      .reply(200, {});
    await app.probot.receive({ id: deliveryId(), name: "pull_request", payload: payload as never });
    await app.services.queue.onIdle();
    expect(app.services.errors).toEqual([]);
    expect(scope.pendingMocks()).toStrictEqual([]);
    // The author (Codertocat) is never picked; aiko and ben tie, the stable tie-break decides.
    const reviewers = captured.reviewers as { reviewers: string[] };
    expect(reviewers.reviewers).toHaveLength(2);
    expect(reviewers.reviewers).toContain("hetare");
    const coReviewer = reviewers.reviewers.find((login) => login !== "hetare")!;
    expect(["aiko", "ben"]).toContain(coReviewer);
    expect(captured.comment!.body).toContain(`@${coReviewer}`);
    const assignments = await app.services.store.assignmentsForPr("Codertocat/Hello-World", 2);
    expect(assignments.map((a) => a.login)).toEqual([coReviewer]);
  });

  it("reports a terraform failure on the PR with terraform's own words, redacted", async () => {
    const payload = examplePayload("pull_request", "synchronize");
    const sha = payload.pull_request.head.sha as string;
    const broken = 'resource "terraform_data" "x" {\n  input = "AKIAIOSFODNN7EXAMPLE" "unexpected"\n}\n';
    const tarball = await repoTarball({ "infra/main.tf": broken });
    const captured: { check?: { conclusion: string; output: { title: string; text: string } }; comment?: { body: string } } = {};
    const scope = expectPlanInputs(neutralReleaseCheck(noConfig(githubApi())), { sha, tarball, files: ["infra/main.tf"] })
      .post(`${REPO}/check-runs`, (body) => body.name === "infra-coach / plan (infra)")
      .reply(201, { id: 31 })
      .get(`${REPO}/issues/2/comments`)
      .query(true)
      .reply(200, [])
      .post(`${REPO}/issues/2/comments`, (body) => ((captured.comment = body), true))
      .reply(201, { id: 700 })
      .get(`${REPO}/issues/2/comments`)
      .query(true)
      .reply(200, () => [{ id: 700, user: { type: "Bot" }, body: captured.comment!.body }])
      .patch(`${REPO}/check-runs/31`, (body) => ((captured.check = body), true))
      .reply(200, {});
    await app.probot.receive({ id: deliveryId(), name: "pull_request", payload: payload as never });
    await app.services.queue.onIdle();
    expect(app.services.errors).toEqual([]);
    expect(scope.pendingMocks()).toStrictEqual([]);
    expect(captured.check!.conclusion).toBe("failure");
    expect(captured.comment!.body).toContain("terraform init failed");
    expect(captured.check!.output.text).toContain("terraform output (end)");
    expect(captured.check!.output.text).toContain("main.tf");
    for (const output of [captured.comment!.body, JSON.stringify(captured.check)]) {
      expect(output).not.toContain("AKIAIOSFODNN7EXAMPLE");
    }
  });
});
