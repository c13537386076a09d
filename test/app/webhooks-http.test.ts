import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import nock from "nock";
import { createNodeMiddleware, type Probot } from "probot";
import { infraCoach } from "../../src/app/index.js";
import { CONFIG_CHECK_NAME } from "../../src/app/config-check.js";
import { PLAN_GATE_CHECK_NAME } from "../../src/app/plan-scheduler.js";
import { API, createTestProbot, deliveryId, examplePayload, githubApi, signature, type CheckRunBody } from "../helpers/github.js";
import { createTestServices } from "../helpers/app.js";

const REPO = "/repos/Codertocat/Hello-World";

/** The real Probot HTTP middleware on loopback: signature checks included. */
describe("webhook deliveries over HTTP", () => {
  let server: Server;
  let url: string;
  let services: Awaited<ReturnType<typeof createTestServices>>;
  let probot: Probot;

  beforeEach(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect("127.0.0.1");
    services = await createTestServices();
    probot = createTestProbot();
    const middleware = await createNodeMiddleware(infraCoach({ services }), { probot });
    server = createServer((request, response) => {
      void middleware(request, response, () => {
        response.writeHead(404).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/github/webhooks`;
  });

  afterEach(async () => {
    await new Promise((resolve) => server.close(resolve));
    await services.dispose();
    nock.cleanAll();
    nock.enableNetConnect();
  });

  async function deliver(name: string, payload: unknown, sign: (body: string) => string | undefined = (body) => signature(body)) {
    const body = JSON.stringify(payload);
    const sig = sign(body);
    const response = await fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-github-event": name,
        "x-github-delivery": deliveryId(),
        ...(sig ? { "x-hub-signature-256": sig } : {}),
      },
      body,
    });
    await services.queue.onIdle();
    return response.status;
  }

  it("rejects a bad or missing signature with 400 and calls nothing", async () => {
    const payload = examplePayload("pull_request", "opened");
    // No interceptor is declared: any GitHub call would fail the delivery and be recorded.
    expect(await deliver("pull_request", payload, () => signature("something else"))).toBe(400);
    expect(await deliver("pull_request", payload, () => signature(JSON.stringify(payload), "wrong-secret"))).toBe(400);
    expect(await deliver("pull_request", payload, () => undefined)).toBe(400);
    expect(services.errors).toEqual([]);
    expect(nock.pendingMocks()).toStrictEqual([]);
  });

  it("fails the config check naming the key, and runs nothing else", async () => {
    const payload = examplePayload("pull_request", "opened");
    let check: CheckRunBody | undefined;
    const scope = githubApi()
      .get(`${REPO}/contents/.github%2Finfra-coach.yml`)
      .reply(200, "review:\n  max_open_reviews: lots\n", { "content-type": "text/plain; charset=utf-8" })
      .post(`${REPO}/check-runs`, (body) => ((check = body), true))
      .reply(201, { id: 1 });
    expect(await deliver("pull_request", payload)).toBe(200);
    expect(scope.pendingMocks()).toStrictEqual([]);
    expect(check).toMatchObject({ name: CONFIG_CHECK_NAME, head_sha: payload.pull_request.head.sha, status: "completed", conclusion: "failure" });
    expect(check!.output.title).toBe("Invalid configuration: review.max_open_reviews");
    expect(check!.output.summary).toContain("review.max_open_reviews: expected number");
  });

  it("locates a YAML syntax error in the config", async () => {
    const payload = examplePayload("pull_request", "opened");
    let check: CheckRunBody | undefined;
    const scope = githubApi()
      .get(`${REPO}/contents/.github%2Finfra-coach.yml`)
      .reply(200, "review: [\n  - a\n", { "content-type": "text/plain; charset=utf-8" })
      .post(`${REPO}/check-runs`, (body) => ((check = body), true))
      .reply(201, { id: 1 });
    expect(await deliver("pull_request", payload)).toBe(200);
    expect(scope.pendingMocks()).toStrictEqual([]);
    expect(check!.conclusion).toBe("failure");
    expect(check!.output.summary).toMatch(/not valid YAML at line \d+, column \d+/);
  });

  it("never runs terraform on a fork's code unless allowed, and says why", async () => {
    const payload = examplePayload("pull_request", "opened");
    payload.pull_request.head.repo.full_name = "mallory/Hello-World";
    let check: CheckRunBody | undefined;
    const scope = githubApi()
      .get(`${REPO}/contents/.github%2Finfra-coach.yml`)
      .reply(404)
      .get("/repos/Codertocat/.github/contents/.github%2Finfra-coach.yml")
      .reply(404)
      .post(`${REPO}/check-runs`, (body) => body.name === PLAN_GATE_CHECK_NAME && ((check = body), true))
      .reply(201, { id: 1 })
      .post(`${REPO}/check-runs`, (body) => body.name === "infra-coach / release checklist")
      .reply(201, { id: 2 });
    expect(await deliver("pull_request", payload)).toBe(200);
    expect(scope.pendingMocks()).toStrictEqual([]);
    expect(check).toMatchObject({ name: PLAN_GATE_CHECK_NAME, conclusion: "neutral" });
    expect(check!.output.summary).toContain("allow_forks: true");
  });

  it("does not plan for an author without write access", async () => {
    const payload = examplePayload("pull_request", "opened");
    let check: CheckRunBody | undefined;
    const scope = nock(API)
      .post("/app/installations/1/access_tokens")
      .optionally()
      .reply(200, { token: "t", permissions: {} })
      .get(`${REPO}/contents/.github%2Finfra-coach.yml`)
      .reply(200, "lang: ja\n", { "content-type": "text/plain; charset=utf-8" })
      .get(`${REPO}/collaborators/Codertocat/permission`)
      .reply(200, { permission: "read", role_name: "read" })
      .post(`${REPO}/check-runs`, (body) => body.name === PLAN_GATE_CHECK_NAME && ((check = body), true))
      .reply(201, { id: 1 })
      .post(`${REPO}/check-runs`, (body) => body.name === "infra-coach / release checklist")
      .reply(201, { id: 2 });
    expect(await deliver("pull_request", payload)).toBe(200);
    expect(scope.pendingMocks()).toStrictEqual([]);
    expect(check!.output.summary).toContain("書き込み権限がない");
  });
});
