import { fileURLToPath } from "node:url";
import nock from "nock";
import { STUDY_GUIDE_MARKER } from "../../src/study/index.js";
import { API, deliveryId, examplePayload, githubApi } from "../helpers/github.js";
import { repoTarball, useAppUnderTest } from "../helpers/app.js";

const REPO = "/repos/Codertocat/Hello-World";
const fargate = fileURLToPath(new URL("../fixtures/study/aws-fargate-modern", import.meta.url));
const ecs = fileURLToPath(new URL("../fixtures/study/aws-ecs-fargate", import.meta.url));
const TEXT = { "content-type": "text/plain; charset=utf-8" };

function pushTo(branch: string, changed: string[]) {
  const payload = examplePayload("push", undefined, 4);
  payload.ref = `refs/heads/${branch}`;
  payload.commits[0].modified = changed;
  return payload;
}

describe("study guide: kept current on pushes to the default branch", () => {
  const app = useAppUnderTest();

  async function push(payload: unknown): Promise<void> {
    await app.probot.receive({ id: deliveryId(), name: "push", payload: payload as never });
    await app.services.queue.onIdle();
    expect(app.services.errors).toEqual([]);
  }

  it("creates and pins the issue, leaves it alone when nothing changed, edits it when the Terraform changed", async () => {
    const payload = pushTo("master", ["modules/app/main.tf"]);
    const sha = payload.after as string;
    let created: { title: string; body: string; labels: string[] } | undefined;
    const first = githubApi()
      .get(`${REPO}/contents/.github%2Finfra-coach.yml`)
      .reply(200, "lang: en\n", TEXT)
      .get(`${REPO}/tarball/${sha}`)
      .reply(200, await repoTarball({}, { ".": fargate }), { "content-type": "application/x-gzip" })
      .get(`${REPO}/issues`)
      .query({ labels: "infra-coach:study-guide", state: "all", sort: "created", direction: "asc", per_page: 100 })
      .reply(200, [])
      .post(`${REPO}/issues`, (body) => ((created = body), true))
      .reply(201, { number: 31, node_id: "I_31" })
      .post("/graphql")
      .reply(200, { data: { pinIssue: { issue: { id: "I_31" } } } });
    await push(payload);
    expect(first.pendingMocks()).toStrictEqual([]);
    expect(created!.title).toBe("Infrastructure study guide");
    expect(created!.labels).toEqual(["infra-coach:study-guide"]);
    expect(created!.body.startsWith(STUDY_GUIDE_MARKER)).toBe(true);
    expect(created!.body.length).toBeLessThanOrEqual(65_000);
    // Links point at the default branch, so unrelated pushes do not change the text.
    expect(created!.body).toContain("https://github.com/Codertocat/Hello-World/blob/master/");
    expect(created!.body).toContain("aws_ecs_service");

    const existing = { number: 31, node_id: "I_31", title: "Infrastructure study guide", state: "open", body: created!.body };
    const unchanged = nock(API)
      .get(`${REPO}/contents/.github%2Finfra-coach.yml`)
      .reply(200, "lang: en\n", TEXT)
      .get(`${REPO}/tarball/${sha}`)
      .reply(200, await repoTarball({}, { ".": fargate }), { "content-type": "application/x-gzip" })
      .get(`${REPO}/issues`)
      .query(true)
      .reply(200, [existing]);
    await push(pushTo("master", ["README.tf"]));
    expect(unchanged.pendingMocks()).toStrictEqual([]);

    let edited: { body: string } | undefined;
    const changed = nock(API)
      .get(`${REPO}/contents/.github%2Finfra-coach.yml`)
      .reply(200, "lang: en\n", TEXT)
      .get(`${REPO}/tarball/${sha}`)
      .reply(200, await repoTarball({}, { ".": ecs }), { "content-type": "application/x-gzip" })
      .get(`${REPO}/issues`)
      .query(true)
      .reply(200, [existing])
      .patch(`${REPO}/issues/31`, (body) => ((edited = body), true))
      .reply(200, {});
    await push(pushTo("master", ["production.tf"]));
    expect(changed.pendingMocks()).toStrictEqual([]);
    expect(edited!.body).toContain("aws_db_instance");
  });

  it("ignores pushes to other branches and pushes that touch no Terraform", async () => {
    // No interceptor at all: any request would fail the test through app.services.errors or nock.
    await push(pushTo("feature", ["main.tf"]));
    await push(pushTo("master", ["README.md", "src/index.ts"]));
    expect(nock.pendingMocks()).toStrictEqual([]);
  });

  it("target: pr writes the guide on the app's branch and opens one pull request", async () => {
    const payload = pushTo("master", ["main.tf"]);
    const sha = payload.after as string;
    const captured: { ref?: unknown; file?: { content: string; branch: string; sha?: string }; pull?: unknown } = {};
    const scope = githubApi()
      .get(`${REPO}/contents/.github%2Finfra-coach.yml`)
      .reply(200, "study:\n  target: pr\n", TEXT)
      .get(`${REPO}/tarball/${sha}`)
      .reply(200, await repoTarball({}, { ".": fargate }), { "content-type": "application/x-gzip" })
      .get(`${REPO}/contents/docs%2Finfra-guide.md`)
      .query({ ref: "master" })
      .reply(404)
      .patch(`${REPO}/git/refs/heads%2Finfra-coach%2Fstudy-guide`)
      .reply(422, { message: "Reference does not exist" })
      .post(`${REPO}/git/refs`, (body) => ((captured.ref = body), true))
      .reply(201, {})
      .get(`${REPO}/contents/docs%2Finfra-guide.md`)
      .query({ ref: "infra-coach/study-guide" })
      .reply(404)
      .put(`${REPO}/contents/docs%2Finfra-guide.md`, (body) => ((captured.file = body), true))
      .reply(201, {})
      .get(`${REPO}/pulls`)
      .query({ head: "Codertocat:infra-coach/study-guide", state: "open", per_page: 1 })
      .reply(200, [])
      .post(`${REPO}/pulls`, (body) => ((captured.pull = body), true))
      .reply(201, { number: 40 });
    await push(payload);
    expect(scope.pendingMocks()).toStrictEqual([]);
    expect(captured.ref).toEqual({ ref: "refs/heads/infra-coach/study-guide", sha });
    expect(captured.file!.branch).toBe("infra-coach/study-guide");
    const written = Buffer.from(captured.file!.content, "base64").toString("utf8");
    expect(written.startsWith(STUDY_GUIDE_MARKER)).toBe(true);
    // The guide lives in docs/: its links climb to the repository root.
    expect(written).toMatch(/\]\(\.\.\/[^)]+\.tf#L\d+-L\d+\)/);
    expect(captured.pull).toMatchObject({ head: "infra-coach/study-guide", base: "master", title: "Infrastructure study guide" });
  });
});
