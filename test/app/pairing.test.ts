import nock from "nock";
import type { Probot } from "probot";
import { assignPair, PAIRING_COMMENT_MARKER } from "../../src/app/pairing.js";
import { registerReviewHandlers } from "../../src/app/review-handlers.js";
import type { Store } from "../../src/store/index.js";
import { createTestProbot, deliveryId, githubApi } from "../helpers/github.js";
import { appClient, CONFIG_URL, configFile, configFrom, examplePayloadWith, resetNock, statusAnswer, tempStore, unmatchedRequests, type Body } from "./review-harness.js";

/*
 * Commander/driver pairing on operation work, against GitHub's real `pull_request.labeled` example
 * (Codertocat/Hello-World PR #2 by Codertocat), a real SQLite store, and nock for every request.
 */

const ISSUES = "/repos/Codertocat/Hello-World/issues";

let store: Store;
let cleanup: () => Promise<void>;
let unmatched: ReturnType<typeof unmatchedRequests>;

beforeEach(async () => {
  resetNock();
  unmatched = unmatchedRequests();
  ({ store, cleanup } = await tempStore());
});
afterEach(async () => {
  unmatched.stop();
  nock.cleanAll();
  await cleanup();
});

interface Captured {
  asked: Record<string, string>[];
  assignees: Body[];
  comments: Body[];
}

/** Everything one new pairing does on GitHub: status query, assignees, the marked comment (list, create, list). */
function pairingCalls(scope: nock.Scope, number: number, captured: Captured, busy: string[] = [], times = 1): nock.Scope {
  let variables: Record<string, string> = {};
  return scope
    .post("/graphql", (body: { variables: Record<string, string> }) => ((variables = body.variables), captured.asked.push(body.variables), true))
    .times(times)
    .reply(200, () => statusAnswer(variables, busy))
    .post(`${ISSUES}/${number}/assignees`, (body: Body) => (captured.assignees.push(body), true))
    .times(times)
    .reply(201, {})
    .get(`${ISSUES}/${number}/comments`)
    .query({ per_page: "100" })
    .times(2 * times)
    .reply(200, [])
    .post(`${ISSUES}/${number}/comments`, (body: Body) => (captured.comments.push(body), true))
    .times(times)
    .reply(201, { id: 4242 });
}

const fresh = (): Captured => ({ asked: [], assignees: [], comments: [] });

describe("operation label on a PR (real Probot app)", () => {
  let probot: Probot;
  beforeEach(async () => {
    probot = createTestProbot();
    await probot.load((app) => registerReviewHandlers(app, { store }));
  });

  const labeled = (name: string, number = 2) =>
    examplePayloadWith("pull_request", "labeled", { number, label: { name }, pull_request: { number } });

  test("assigns a commander and a driver (never the author, never someone busy) once, however often the event comes", async () => {
    const captured = fresh();
    const scope = githubApi()
      .get(CONFIG_URL)
      .times(2)
      .reply(200, configFile({ pairing: { team: ["Codertocat", "aiko", "ben", "chen", "dana"] } }));
    pairingCalls(scope, 2, captured, ["ben"]);
    const event = labeled("operation");
    const id = deliveryId();
    await probot.receive({ id, name: "pull_request", payload: event } as never);
    await probot.receive({ id, name: "pull_request", payload: event } as never);

    expect(captured.asked).toStrictEqual([{ u0: "Codertocat", u1: "aiko", u2: "ben", u3: "chen", u4: "dana" }]);
    expect(captured.assignees).toHaveLength(1);
    const [commander, driver] = captured.assignees[0]?.assignees as string[];
    expect(["aiko", "chen", "dana"]).toContain(commander);
    expect(["aiko", "chen", "dana"]).toContain(driver);
    expect(commander).not.toBe(driver);
    expect(captured.comments).toStrictEqual([
      {
        body: [
          PAIRING_COMMENT_MARKER,
          "**Operation pair**",
          "",
          `- **Commander:** @${commander} — directs the work and checks each step`,
          `- **Driver:** @${driver} — types the commands`,
          "",
          `<sub>Why: so far ${commander} has commanded 0 and driven 0, ${driver} has commanded 0 and driven 0</sub>`,
          "",
        ].join("\n"),
      },
    ]);
    expect(await store.pairingFor("Codertocat/Hello-World", 2)).toMatchObject({ round: 0, commander, driver });
    expect(scope.pendingMocks()).toStrictEqual([]);
    expect(unmatched.list).toStrictEqual([]);
  });

  test("other labels do nothing; the app's own labels are not even looked at", async () => {
    const scope = githubApi().get(CONFIG_URL).reply(200, configFile({ pairing: { team: ["aiko", "ben"] } }));
    await probot.receive({ id: deliveryId(), name: "pull_request", payload: labeled("bug") } as never);
    await probot.receive({ id: deliveryId(), name: "pull_request", payload: labeled("infra-coach:risk") } as never);

    expect(await store.pairingFor("Codertocat/Hello-World", 2)).toBeNull();
    expect(scope.pendingMocks()).toStrictEqual([]);
    expect(unmatched.list).toStrictEqual([]);
  });

  test("a configured label name is honoured, and pairing can be switched off", async () => {
    const captured = fresh();
    const scope = githubApi()
      .get(CONFIG_URL)
      .reply(200, configFile({ pairing: { team: ["aiko", "ben"], label: "ops" } }))
      .get(CONFIG_URL)
      .reply(200, configFile({ pairing: { team: ["aiko", "ben"], label: "ops", enabled: false } }));
    pairingCalls(scope, 2, captured);
    await probot.receive({ id: deliveryId(), name: "pull_request", payload: labeled("ops") } as never);
    await probot.receive({ id: deliveryId(), name: "pull_request", payload: labeled("ops", 3) } as never);

    expect(captured.assignees).toHaveLength(1);
    expect(await store.pairingFor("Codertocat/Hello-World", 3)).toBeNull();
    expect(scope.pendingMocks()).toStrictEqual([]);
    expect(unmatched.list).toStrictEqual([]);
  });
});

describe("assignPair (also called for runbook issues)", () => {
  test("consecutive operations never get the same pair, and everyone's commander and driver counts stay level", async () => {
    const config = configFrom({ pairing: { team: ["aiko", "ben", "chen"] } });
    const { gh, log } = await appClient();
    const captured = fresh();
    const scope = githubApi();
    const numbers = [10, 11, 12, 13, 14, 15];
    for (const number of numbers) pairingCalls(scope, number, captured);
    const pairs: { commander: string; driver: string }[] = [];
    for (const [day, number] of numbers.entries()) {
      const result = await assignPair(gh, { store, log }, { owner: "Codertocat", repo: "Hello-World", number, config, now: new Date(Date.UTC(2026, 2, 10 + day)) });
      if ("error" in result) throw new Error(result.error);
      pairs.push(result);
    }

    const key = (pair: { commander: string; driver: string }) => [pair.commander, pair.driver].sort().join("+");
    for (let i = 1; i < pairs.length; i++) expect(key(pairs[i]!)).not.toBe(key(pairs[i - 1]!));
    for (const login of ["aiko", "ben", "chen"]) {
      const commanded = pairs.filter((pair) => pair.commander === login).length;
      const drove = pairs.filter((pair) => pair.driver === login).length;
      expect({ login, commanded, drove }).toStrictEqual({ login, commanded: 2, drove: 2 });
    }
    expect(captured.assignees).toStrictEqual(pairs.map((pair) => ({ assignees: [pair.commander, pair.driver] })));
    expect(scope.pendingMocks()).toStrictEqual([]);
    expect(unmatched.list).toStrictEqual([]);
  });

  test("without pairing.team the pool is app engineers plus infra reviewers, teams resolved; the comment follows lang", async () => {
    const config = configFrom({ lang: "ja", review: { app_engineers: ["Codertocat/app-team"], infra_reviewers: ["hetare"] } });
    const { gh, log } = await appClient();
    const captured = fresh();
    const scope = githubApi()
      .get("/orgs/Codertocat/teams/app-team/members")
      .query({ per_page: "100" })
      .reply(200, [{ login: "aiko" }]);
    pairingCalls(scope, 31, captured);
    const result = await assignPair(gh, { store, log }, { owner: "Codertocat", repo: "Hello-World", number: 31, author: "someone-else", config });

    expect(captured.asked).toStrictEqual([{ u0: "hetare", u1: "aiko" }]);
    if ("error" in result) throw new Error(result.error);
    expect(captured.assignees).toStrictEqual([{ assignees: [result.commander, result.driver] }]);
    expect([result.commander, result.driver].sort()).toStrictEqual(["aiko", "hetare"]);
    expect(captured.comments[0]?.body).toContain("**作業ペア**");
    expect(captured.comments[0]?.body).toContain("- **コマンダー:** @");
    expect(scope.pendingMocks()).toStrictEqual([]);
    expect(unmatched.list).toStrictEqual([]);
  });

  test("the author is paired only when no pair can be formed without them", async () => {
    const config = configFrom({ pairing: { team: ["Codertocat", "aiko"] } });
    const { gh, log } = await appClient();
    const captured = fresh();
    const scope = pairingCalls(githubApi(), 40, captured);
    const result = await assignPair(gh, { store, log }, { owner: "Codertocat", repo: "Hello-World", number: 40, author: "Codertocat", config });

    expect(captured.assignees[0]?.assignees).toEqual(expect.arrayContaining(["Codertocat", "aiko"]));
    expect(result).not.toHaveProperty("error");
    expect(scope.pendingMocks()).toStrictEqual([]);
  });

  test("with too few people the comment says so and nobody is assigned", async () => {
    const config = configFrom({ pairing: { team: ["aiko", "ben"] }, review: { away: [{ login: "ben", from: "2026-03-01", until: "2026-03-31" }] } });
    const { gh, log } = await appClient();
    let comment: Body | undefined;
    const scope = githubApi()
      .post("/graphql")
      .reply(200, { data: { u0: { status: null }, u1: { status: null } } })
      .get(`${ISSUES}/50/comments`)
      .query({ per_page: "100" })
      .times(2)
      .reply(200, [])
      .post(`${ISSUES}/50/comments`, (body: Body) => ((comment = body), true))
      .reply(201, { id: 1 });
    const result = await assignPair(gh, { store, log }, { owner: "Codertocat", repo: "Hello-World", number: 50, config, now: new Date("2026-03-10T00:00:00Z") });

    expect(result).toStrictEqual({ error: "not enough people for a commander and a driver (ben (away))" });
    expect(comment).toStrictEqual({
      body: [
        PAIRING_COMMENT_MARKER,
        "**Operation pair:** not enough people for a commander and a driver (ben (away))",
        "",
        "Check `pairing.team` (or `review.app_engineers` and `review.infra_reviewers`) in `.github/infra-coach.yml`.",
        "",
      ].join("\n"),
    });
    expect(await store.pairingFor("Codertocat/Hello-World", 50)).toBeNull();
    expect(scope.pendingMocks()).toStrictEqual([]);
    expect(unmatched.list).toStrictEqual([]);
  });
});
