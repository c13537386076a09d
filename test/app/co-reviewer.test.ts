import nock from "nock";
import type { Logger, Probot } from "probot";
import type { GitHub } from "../../src/github/octokit.js";
import { assignCoReviewer } from "../../src/app/co-reviewer.js";
import { pullRefFrom, type PullRef } from "../../src/app/pull-ref.js";
import { registerReviewHandlers } from "../../src/app/review-handlers.js";
import { openStore, type Store } from "../../src/store/index.js";
import { createTestProbot, deliveryId, examplePayload, githubApi } from "../helpers/github.js";
import {
  CONFIG_URL,
  configFile,
  configFrom,
  examplePayloadWith,
  appClient,
  resetNock,
  statusAnswer,
  tempStore,
  unmatchedRequests,
  type Body,
} from "./review-harness.js";

/*
 * The co-reviewer rotation against GitHub's real example payloads (Codertocat/Hello-World, PR #2
 * by Codertocat), a real SQLite store, and nock asserting every request and its exact body.
 */

const NOW = new Date("2026-03-10T09:00:00.000Z");
const REQUESTED = "/repos/Codertocat/Hello-World/pulls/2/requested_reviewers";
const ECS = { resourceTypes: ["aws_ecs_service"], riskIds: ["replacement"], now: NOW };

const baseConfig = {
  review: {
    infra_reviewers: ["hetare", "Codertocat/infra"],
    app_engineers: ["aiko", "ben", "chen"],
  },
};

let store: Store;
let cleanup: () => Promise<void>;
let storePath: string;
let unmatched: ReturnType<typeof unmatchedRequests>;

beforeEach(async () => {
  resetNock();
  unmatched = unmatchedRequests();
  ({ store, cleanup, path: storePath } = await tempStore());
});
afterEach(async () => {
  unmatched.stop();
  nock.cleanAll();
  await cleanup();
});

/** The first two arguments of assignCoReviewer, as a handler would pass them. */
async function client(): Promise<[GitHub, { store: Store; log: Logger }]> {
  const { gh, log } = await appClient();
  return [gh, { store, log }];
}

function examplePull(overrides: Partial<PullRef> = {}): PullRef {
  return { ...pullRefFrom(examplePayload("pull_request", "opened").pull_request), ...overrides };
}

/** nock for the busy-status query: captures the logins asked about, answers with `busy`. */
function statusQuery(scope: nock.Scope, asked: Record<string, string>[], busy: string[] = []): nock.Scope {
  let variables: Record<string, string> = {};
  return scope
    .post("/graphql", (body: { variables: Record<string, string> }) => ((variables = body.variables), asked.push(body.variables), true))
    .reply(200, () => statusAnswer(variables, busy));
}

function reviewRequest(scope: nock.Scope, bodies: Body[], status = 201): nock.Scope {
  return scope.post(REQUESTED, (body: Body) => (bodies.push(body), true)).reply(status, status < 300 ? {} : { message: "Reviews may only be requested from collaborators." });
}

describe("assignCoReviewer", () => {
  test("picks the engineer who has not reviewed this PR's resource type, requests everyone in one call, explains why", async () => {
    await store.bumpExposure("ben", ["aws_ecs_service"]);
    await store.bumpExposure("chen", ["aws_ecs_service"]);
    const asked: Record<string, string>[] = [];
    const requests: Body[] = [];
    const scope = reviewRequest(statusQuery(githubApi(), asked), requests);

    const { gh, log } = await appClient();
    const result = await assignCoReviewer(gh, { store, log }, examplePull(), configFrom(baseConfig), ECS);

    expect(requests).toStrictEqual([{ reviewers: ["aiko", "hetare"], team_reviewers: ["infra"] }]);
    // Infra reviewers are requested anyway, so they are not asked about as co-reviewers.
    expect(asked).toStrictEqual([{ u0: "aiko", u1: "ben", u2: "chen" }]);
    expect(result.preamble).toMatch(/^\*\*Co-reviewer:\*\* @aiko — hasn't reviewed an ECS service yet\n\n\*\*What to look at\*\*\n\n- Something is destroyed and created again: /);
    expect(await store.assignmentsForPr("Codertocat/Hello-World", 2)).toMatchObject([{ round: 0, login: "aiko", kind: "rotation", types: ["aws_ecs_service"] }]);
    expect(await store.exposureFor(["aiko"])).toStrictEqual({ aiko: { aws_ecs_service: 1 } });
    expect(scope.pendingMocks()).toStrictEqual([]);
    expect(unmatched.list).toStrictEqual([]);
  });

  test("a redelivered event requests nobody again and still shows the co-reviewer and the guide", async () => {
    const requests: Body[] = [];
    const scope = reviewRequest(statusQuery(githubApi(), []), requests);
    const { gh, log } = await appClient();
    const deps = { store, log };
    const first = await assignCoReviewer(gh, deps, examplePull(), configFrom(baseConfig), ECS);
    const second = await assignCoReviewer(gh, deps, examplePull(), configFrom(baseConfig), { ...ECS, now: new Date("2026-03-11T09:00:00Z") });

    expect(requests).toHaveLength(1);
    const picked = requests[0]?.reviewers as string[];
    expect(first.preamble).toContain(`**Co-reviewer:** @${picked[0]} — `);
    expect(second.preamble).toMatch(
      new RegExp(`^\\*\\*Co-reviewer:\\*\\* @${picked[0]} — picked by the rotation on 2026-03-10; first review of an ECS service\\n\\n\\*\\*What to look at\\*\\*\\n\\n- Something is destroyed`),
    );
    expect(await store.assignmentsForPr("Codertocat/Hello-World", 2)).toHaveLength(1);
    expect(scope.pendingMocks()).toStrictEqual([]);
    expect(unmatched.list).toStrictEqual([]);
  });

  test("two replicas racing on one PR request the co-reviewer and the infra reviewers exactly once", async () => {
    const other = await openStore({ sqlitePath: storePath });
    try {
      const requests: Body[] = [];
      const scope = reviewRequest(statusQuery(statusQuery(githubApi(), []), []), requests);
      // One GitHub client, two store connections: the race that matters is the claim in the database.
      const { gh: a, log } = await appClient();
      const b = a;
      const results = await Promise.all([
        assignCoReviewer(a, { store, log }, examplePull(), configFrom(baseConfig), ECS),
        assignCoReviewer(b, { store: other, log }, examplePull(), configFrom(baseConfig), ECS),
      ]);

      expect(requests).toHaveLength(1);
      const [winner] = requests[0]?.reviewers as string[];
      expect(requests[0]).toStrictEqual({ reviewers: [winner, "hetare"], team_reviewers: ["infra"] });
      for (const result of results) expect(result.preamble).toContain(`**Co-reviewer:** @${winner} — `);
      expect(await store.assignmentsForPr("Codertocat/Hello-World", 2)).toMatchObject([{ round: 0, login: winner }]);
      expect(scope.pendingMocks()).toStrictEqual([]);
      expect(unmatched.list).toStrictEqual([]);
    } finally {
      await other.close();
    }
  });

  test("the author, bots, people away and people whose GitHub status is busy are never picked", async () => {
    const asked: Record<string, string>[] = [];
    const requests: Body[] = [];
    const scope = reviewRequest(statusQuery(githubApi(), asked, ["ben"]), requests);
    const config = configFrom({
      review: {
        app_engineers: ["Codertocat", "renovate", "deploy-bot", "aiko", "ben", "chen"],
        away: [{ login: "aiko", from: "2026-03-09", until: "2026-03-13" }],
      },
    });

    const result = await assignCoReviewer(...(await client()), examplePull(), config, ECS);

    expect(requests).toStrictEqual([{ reviewers: ["chen"] }]);
    // The author and bots are not even asked about.
    expect(asked).toStrictEqual([{ u0: "aiko", u1: "ben", u2: "chen" }]);
    expect(result.preamble).toMatch(/^\*\*Co-reviewer:\*\* @chen — the only app engineer available; hasn't reviewed an ECS service yet\n\n<sub>Not picked this time: aiko \(away\), ben \(busy\)<\/sub>\n\n/);
    expect(scope.pendingMocks()).toStrictEqual([]);
    expect(unmatched.list).toStrictEqual([]);
  });

  test("a team pool is listed through the API once, then read from the store's cache", async () => {
    const requests: Body[] = [];
    const scope = githubApi()
      .get("/orgs/Codertocat/teams/app-team/members")
      .query({ per_page: "100" })
      .reply(200, [
        { login: "aiko", type: "User" },
        { login: "ben", type: "User" },
      ]);
    statusQuery(scope, []);
    reviewRequest(scope, requests);
    statusQuery(scope, []);
    scope.post("/repos/Codertocat/Hello-World/pulls/3/requested_reviewers", (body: Body) => (requests.push(body), true)).reply(201, {});
    const { gh, log } = await appClient();
    const deps = { store, log };
    const config = configFrom({ review: { app_engineers: ["Codertocat/app-team"] } });

    await assignCoReviewer(gh, deps, examplePull(), config, ECS);
    const later = new Date(NOW.getTime() + 30 * 60 * 1000);
    const second = await assignCoReviewer(gh, deps, examplePull({ number: 3 }), config, { ...ECS, now: later });

    const [first] = requests[0]?.reviewers as string[];
    const other = first === "aiko" ? "ben" : "aiko";
    // Fairness first: whoever did not review recently goes next.
    expect(requests).toStrictEqual([{ reviewers: [first] }, { reviewers: [other] }]);
    expect(second.preamble).toMatch(new RegExp(`^\\*\\*Co-reviewer:\\*\\* @${other} — fewest reviews in the last 14 days \\(0\\); hasn't reviewed an ECS service yet`));
    expect(await store.cachedTeam("Codertocat", "app-team")).toMatchObject({ members: ["aiko", "ben"] });
    expect(scope.pendingMocks()).toStrictEqual([]);
    expect(unmatched.list).toStrictEqual([]);
  });

  test("a draft PR gets no co-reviewer (nor does a repo with review disabled)", async () => {
    const { gh, log } = await appClient();
    const deps = { store, log };
    expect(await assignCoReviewer(gh, deps, examplePull({ draft: true }), configFrom(baseConfig), ECS)).toStrictEqual({});
    expect(
      await assignCoReviewer(gh, deps, examplePull(), configFrom({ review: { ...baseConfig.review, enabled: false } }), ECS),
    ).toStrictEqual({});
    expect(await store.assignmentsForPr("Codertocat/Hello-World", 2)).toStrictEqual([]);
    expect(unmatched.list).toStrictEqual([]);
  });

  test("an engineer a person already requested stands as co-reviewer and is counted; only the infra reviewers are requested", async () => {
    const requests: Body[] = [];
    const scope = reviewRequest(githubApi(), requests);
    const result = await assignCoReviewer(...(await client()), examplePull(), configFrom(baseConfig), {
      ...ECS,
      requestedReviewers: ["octocat", "ben"],
    });

    expect(requests).toStrictEqual([{ reviewers: ["hetare"], team_reviewers: ["infra"] }]);
    expect(result.preamble).toMatch(/^\*\*Co-reviewer:\*\* @ben — review requested by a teammate on 2026-03-10; first review of an ECS service\n/);
    expect(await store.assignmentsForPr("Codertocat/Hello-World", 2)).toMatchObject([{ login: "ben", kind: "manual" }]);
    expect(await store.exposureFor(["ben"])).toStrictEqual({ ben: { aws_ecs_service: 1 } });
    expect(scope.pendingMocks()).toStrictEqual([]);
    expect(unmatched.list).toStrictEqual([]);
  });

  test("with nobody available the comment says why, and the infra reviewers are still requested once", async () => {
    const requests: Body[] = [];
    const scope = reviewRequest(githubApi(), requests);
    const { gh, log } = await appClient();
    const deps = { store, log };
    const config = configFrom({ review: { ...baseConfig.review, app_engineers: ["Codertocat"] } });
    const first = await assignCoReviewer(gh, deps, examplePull(), config, ECS);
    const again = await assignCoReviewer(gh, deps, examplePull(), config, ECS);

    expect(requests).toStrictEqual([{ reviewers: ["hetare"], team_reviewers: ["infra"] }]);
    expect(first.preamble).toMatch(/^\*\*Co-reviewer:\*\* none — no app engineer is available \(Codertocat \(PR author\)\)\n/);
    expect(again.preamble).toBe(first.preamble);
    expect(scope.pendingMocks()).toStrictEqual([]);
    expect(unmatched.list).toStrictEqual([]);
  });

  test("a request GitHub refuses is reported in the comment and does not count as an open review", async () => {
    const requests: Body[] = [];
    const scope = reviewRequest(statusQuery(githubApi(), []), requests, 422);
    const config = configFrom({ lang: "ja", review: { app_engineers: ["aiko"] } });
    const result = await assignCoReviewer(...(await client()), examplePull(), config, ECS);

    expect(requests).toStrictEqual([{ reviewers: ["aiko"] }]);
    expect(result.preamble).toContain("**共同レビュアー:** @aiko — ");
    expect(result.preamble).toContain("> GitHub がレビュー依頼を受け付けませんでした（HTTP 422）");
    expect(result.preamble).toContain("**レビューで見るところ**");
    expect(await store.openAssignmentCounts()).toStrictEqual({});
    expect(scope.pendingMocks()).toStrictEqual([]);
  });

  test("text from the plan is escaped; only the co-reviewer is mentioned", async () => {
    const scope = reviewRequest(statusQuery(githubApi(), []), []);
    const result = await assignCoReviewer(...(await client()), examplePull(), configFrom({ review: { app_engineers: ["aiko"] } }), {
      resourceTypes: ["evil_<img src=x>_@everyone"],
      riskIds: ["<script>@octocat"],
      now: NOW,
    });
    expect(result.preamble).not.toMatch(/<img|<script|@everyone|@octocat/);
    expect(result.preamble?.match(/@[A-Za-z0-9]/g)).toStrictEqual(["@a"]);
    expect(scope.pendingMocks()).toStrictEqual([]);
  });
});

describe("review handlers (real Probot app)", () => {
  let probot: Probot;
  const yaml = configFile(baseConfig);

  beforeEach(async () => {
    probot = createTestProbot();
    await probot.load((app) => registerReviewHandlers(app, { store }));
  });

  test("a review a person requests from an app engineer is recorded once as a manual co-review", async () => {
    const scope = githubApi().get(CONFIG_URL).times(2).reply(200, configFile({ review: { app_engineers: ["octocat", "aiko"] } }));
    const event = examplePayloadWith("pull_request", "review_requested");
    const id = deliveryId();
    await probot.receive({ id, name: "pull_request", payload: event } as never);
    await probot.receive({ id, name: "pull_request", payload: event } as never);

    expect(await store.assignmentsForPr("Codertocat/Hello-World", 2)).toMatchObject([{ round: 0, login: "octocat", kind: "manual" }]);
    expect(await store.openAssignmentCounts()).toStrictEqual({ octocat: 1 });
    expect(scope.pendingMocks()).toStrictEqual([]);
    expect(unmatched.list).toStrictEqual([]);
  });

  test("the app's own review requests and requests outside the pool are not recorded", async () => {
    const scope = githubApi().get(CONFIG_URL).reply(200, yaml);
    await probot.receive({
      id: deliveryId(),
      name: "pull_request",
      payload: examplePayloadWith("pull_request", "review_requested", { sender: { login: "infra-coach[bot]", type: "Bot" } }),
    } as never);
    await probot.receive({ id: deliveryId(), name: "pull_request", payload: examplePayloadWith("pull_request", "review_requested") } as never);

    expect(await store.assignmentsForPr("Codertocat/Hello-World", 2)).toStrictEqual([]);
    expect(scope.pendingMocks()).toStrictEqual([]);
    expect(unmatched.list).toStrictEqual([]);
  });

  test("a submitted review and a closed PR end open co-reviews", async () => {
    await store.claimAssignment({ repo: "Codertocat/Hello-World", pr: 2, round: 0, login: "Codertocat", kind: "rotation", types: [] });
    await store.claimAssignment({ repo: "Codertocat/Hello-World", pr: 2, round: 1, login: "aiko", kind: "manual", types: [] });
    await probot.receive({ id: deliveryId(), name: "pull_request_review", payload: examplePayloadWith("pull_request_review", "submitted") } as never);
    expect(await store.openAssignmentCounts()).toStrictEqual({ aiko: 1 });
    await probot.receive({ id: deliveryId(), name: "pull_request", payload: examplePayloadWith("pull_request", "closed") } as never);
    expect(await store.openAssignmentCounts()).toStrictEqual({});
    expect(unmatched.list).toStrictEqual([]);
  });

  describe("/infra-coach reroll", () => {
    const rerollComment = (commentId: number, login = "Codertocat") =>
      examplePayloadWith("issue_comment", "created", {
        issue: { number: 2, pull_request: { url: "https://api.github.com/repos/Codertocat/Hello-World/pulls/2" } },
        comment: { id: commentId, body: "Not this week, sorry.\n/infra-coach reroll", user: { login, type: "User" } },
      });
    const permission = (scope: nock.Scope, login: string, role: string, times = 1) =>
      scope
        .get(`/repos/Codertocat/Hello-World/collaborators/${login}/permission`)
        .times(times)
        .reply(200, { permission: role, role_name: role, user: { login } });

    test("a writer gets someone new; the old request is withdrawn; a redelivery changes nothing; the next reroll excludes both", async () => {
      await store.claimAssignment({ repo: "Codertocat/Hello-World", pr: 2, round: 0, login: "aiko", kind: "rotation", types: ["aws_ecs_service"] });
      // chen reviewed elsewhere recently: ben has the lowest load.
      await store.claimAssignment({ repo: "Codertocat/Hello-World", pr: 99, round: 0, login: "chen", kind: "rotation", types: [] });
      const asked: Record<string, string>[] = [];
      const removed: Body[] = [];
      const requested: Body[] = [];
      const replies: Body[] = [];
      const scope = githubApi();
      permission(scope, "Codertocat", "write", 3);
      scope.get(CONFIG_URL).times(3).reply(200, yaml);
      statusQuery(scope, asked);
      scope.delete(REQUESTED, (body: Body) => (removed.push(body), true)).reply(200, {});
      scope.post(REQUESTED, (body: Body) => (requested.push(body), true)).reply(201, {});
      scope.post("/repos/Codertocat/Hello-World/issues/2/comments", (body: Body) => (replies.push(body), true)).reply(201, { id: 1 });

      const event = rerollComment(501);
      const id = deliveryId();
      await probot.receive({ id, name: "issue_comment", payload: event } as never);
      await probot.receive({ id, name: "issue_comment", payload: event } as never);

      expect(asked).toStrictEqual([{ u0: "ben", u1: "chen" }]);
      expect(removed).toStrictEqual([{ reviewers: ["aiko"] }]);
      expect(requested).toStrictEqual([{ reviewers: ["ben"] }]);
      expect(replies).toStrictEqual([
        { body: "@ben is the co-reviewer now, instead of aiko: fewest reviews in the last 14 days (0); hasn't reviewed an ECS service yet." },
      ]);
      expect(await store.assignmentsForPr("Codertocat/Hello-World", 2)).toMatchObject([
        { round: 0, login: "aiko", releasedAt: expect.any(String) },
        { round: 1, login: "ben", kind: "reroll", releasedAt: null },
      ]);
      // The replaced person's exposure bump is undone.
      expect(await store.exposureFor(["aiko", "ben"])).toStrictEqual({ ben: { aws_ecs_service: 1 } });

      statusQuery(scope, asked);
      scope.delete(REQUESTED, (body: Body) => (removed.push(body), true)).reply(200, {});
      scope.post(REQUESTED, (body: Body) => (requested.push(body), true)).reply(201, {});
      scope.post("/repos/Codertocat/Hello-World/issues/2/comments", (body: Body) => (replies.push(body), true)).reply(201, { id: 2 });
      await probot.receive({ id: deliveryId(), name: "issue_comment", payload: rerollComment(502) } as never);

      expect(asked.at(-1)).toStrictEqual({ u0: "chen" });
      expect(removed.at(-1)).toStrictEqual({ reviewers: ["ben"] });
      expect(requested.at(-1)).toStrictEqual({ reviewers: ["chen"] });
      expect(scope.pendingMocks()).toStrictEqual([]);
      expect(unmatched.list).toStrictEqual([]);
    });

    test("without write access the command is refused with a reaction and nothing changes", async () => {
      await store.claimAssignment({ repo: "Codertocat/Hello-World", pr: 2, round: 0, login: "aiko", kind: "rotation", types: [] });
      let reaction: Body | undefined;
      const scope = permission(githubApi(), "octocat", "read")
        .post("/repos/Codertocat/Hello-World/issues/comments/777/reactions", (body: Body) => ((reaction = body), true))
        .reply(201, {});
      await probot.receive({ id: deliveryId(), name: "issue_comment", payload: rerollComment(777, "octocat") } as never);

      expect(reaction).toStrictEqual({ content: "-1" });
      expect(await store.assignmentsForPr("Codertocat/Hello-World", 2)).toMatchObject([{ login: "aiko", releasedAt: null }]);
      expect(scope.pendingMocks()).toStrictEqual([]);
      expect(unmatched.list).toStrictEqual([]);
    });

    test("when nobody else can review, the reply says why and the co-reviewer stays", async () => {
      await store.claimAssignment({ repo: "Codertocat/Hello-World", pr: 2, round: 0, login: "aiko", kind: "rotation", types: [] });
      const replies: Body[] = [];
      const scope = permission(githubApi(), "Codertocat", "admin")
        .get(CONFIG_URL)
        .reply(200, configFile({ review: { app_engineers: ["aiko", "Codertocat"] } }))
        .post("/repos/Codertocat/Hello-World/issues/2/comments", (body: Body) => (replies.push(body), true))
        .reply(201, { id: 3 });
      await probot.receive({ id: deliveryId(), name: "issue_comment", payload: rerollComment(900) } as never);

      expect(replies).toStrictEqual([{ body: "Nobody else can be the co-reviewer right now: no app engineer is available (aiko (already asked), Codertocat (PR author))" }]);
      expect(await store.assignmentsForPr("Codertocat/Hello-World", 2)).toMatchObject([{ login: "aiko", releasedAt: null }]);
      expect(scope.pendingMocks()).toStrictEqual([]);
      expect(unmatched.list).toStrictEqual([]);
    });
  });
});
