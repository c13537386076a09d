import nock from "nock";
import { addAssignees, busyLogins, listTeamMembers, removeReviewers, requestReviewers } from "../../src/github/reviewers.js";
import { githubApi } from "../helpers/github.js";
import { installationClient, resetNock, unmatchedRequests, type Body } from "../app/review-harness.js";

const target = { owner: "octo", repo: "infra", pullNumber: 7 };
let unmatched: ReturnType<typeof unmatchedRequests>;

beforeEach(() => {
  resetNock();
  unmatched = unmatchedRequests();
});
afterEach(() => {
  unmatched.stop();
  nock.cleanAll();
});

describe("review requests", () => {
  test("users and teams are requested in one call", async () => {
    let body: Body | undefined;
    const scope = githubApi()
      .post("/repos/octo/infra/pulls/7/requested_reviewers", (b: Body) => ((body = b), true))
      .reply(201, {});
    await requestReviewers(await installationClient(), { ...target, reviewers: ["aiko", "hetare"], teamReviewers: ["infra"] });
    expect(body).toStrictEqual({ reviewers: ["aiko", "hetare"], team_reviewers: ["infra"] });
    expect(scope.pendingMocks()).toStrictEqual([]);
  });

  test("an empty key is left out, and nothing to request means no call", async () => {
    let body: Body | undefined;
    const scope = githubApi()
      .post("/repos/octo/infra/pulls/7/requested_reviewers", (b: Body) => ((body = b), true))
      .reply(201, {});
    const gh = await installationClient();
    await requestReviewers(gh, { ...target, reviewers: [], teamReviewers: ["infra"] });
    await requestReviewers(gh, { ...target, reviewers: [], teamReviewers: [] });
    expect(body).toStrictEqual({ team_reviewers: ["infra"] });
    expect(scope.pendingMocks()).toStrictEqual([]);
    expect(unmatched.list).toStrictEqual([]);
  });

  test("withdrawing a request that is already gone is not an error; other failures are", async () => {
    let body: Body | undefined;
    const scope = githubApi()
      .delete("/repos/octo/infra/pulls/7/requested_reviewers", (b: Body) => ((body = b), true))
      .reply(422, { message: "Validation Failed" })
      .delete("/repos/octo/infra/pulls/7/requested_reviewers")
      .reply(500, { message: "boom" });
    const gh = await installationClient();
    await removeReviewers(gh, { ...target, reviewers: ["aiko"] });
    expect(body).toStrictEqual({ reviewers: ["aiko"] });
    await expect(removeReviewers(gh, { ...target, reviewers: ["aiko"] })).rejects.toMatchObject({ status: 500 });
    expect(scope.pendingMocks()).toStrictEqual([]);
  });

  test("assignees are added in one call", async () => {
    let body: Body | undefined;
    const scope = githubApi()
      .post("/repos/octo/infra/issues/9/assignees", (b: Body) => ((body = b), true))
      .reply(201, {});
    await addAssignees(await installationClient(), { owner: "octo", repo: "infra", issueNumber: 9, assignees: ["aiko", "ben"] });
    expect(body).toStrictEqual({ assignees: ["aiko", "ben"] });
    expect(scope.pendingMocks()).toStrictEqual([]);
  });
});

describe("team members", () => {
  test("every page is read", async () => {
    const page = (n: number) => Array.from({ length: n }, (_, i) => ({ login: `member-${n}-${i}`, type: "User" }));
    const scope = githubApi()
      .get("/orgs/octo/teams/app-team/members")
      .query({ per_page: "100" })
      .reply(200, page(100), {
        link: '<https://api.github.com/organizations/1/team/2/members?per_page=100&page=2>; rel="next", <https://api.github.com/organizations/1/team/2/members?per_page=100&page=2>; rel="last"',
      })
      .get("/organizations/1/team/2/members")
      .query({ per_page: "100", page: "2" })
      .reply(200, page(3));
    const members = await listTeamMembers(await installationClient(), { org: "octo", teamSlug: "app-team" });
    expect(members).toHaveLength(103);
    expect(members.slice(-3)).toStrictEqual(["member-3-0", "member-3-1", "member-3-2"]);
    expect(scope.pendingMocks()).toStrictEqual([]);
  });
});

describe("busy status", () => {
  test("one GraphQL query with an alias per person; only limited availability counts as busy", async () => {
    let request: { query: string; variables: Record<string, string> } | undefined;
    const scope = githubApi()
      .post("/graphql", (b: typeof request) => ((request = b), true))
      .reply(200, {
        data: {
          u0: { status: { indicatesLimitedAvailability: true } },
          u1: { status: { indicatesLimitedAvailability: false } },
          u2: { status: null },
        },
      });
    const busy = await busyLogins(await installationClient(), ["Aiko", "ben", "aiko", "chen", "dependabot[bot]"]);
    expect(busy).toStrictEqual(["Aiko"]);
    expect(request?.variables).toStrictEqual({ u0: "Aiko", u1: "ben", u2: "chen" });
    // Logins travel as variables, never spliced into the query text.
    expect(request?.query).toBe(
      [
        "query InfraCoachBusy($u0: String!, $u1: String!, $u2: String!) {",
        "  u0: user(login: $u0) { status { indicatesLimitedAvailability } }",
        "  u1: user(login: $u1) { status { indicatesLimitedAvailability } }",
        "  u2: user(login: $u2) { status { indicatesLimitedAvailability } }",
        "}",
      ].join("\n"),
    );
    expect(scope.pendingMocks()).toStrictEqual([]);
  });

  test("GraphQL errors keep the answers GitHub did give; the unknown login is not busy", async () => {
    const errors: unknown[] = [];
    const scope = githubApi()
      .post("/graphql")
      .reply(200, {
        data: { u0: null, u1: { status: { indicatesLimitedAvailability: true } } },
        errors: [{ type: "NOT_FOUND", path: ["u0"], message: "Could not resolve to a User with the login of 'gone'." }],
      });
    const busy = await busyLogins(await installationClient(), ["gone", "ben"], (error) => errors.push(error));
    expect(busy).toStrictEqual(["ben"]);
    expect(errors).toHaveLength(1);
    expect(scope.pendingMocks()).toStrictEqual([]);
  });

  test("an API failure means nobody is busy", async () => {
    const errors: unknown[] = [];
    const scope = githubApi().post("/graphql").reply(502, { message: "Bad Gateway" });
    const busy = await busyLogins(await installationClient(), ["aiko", "ben"], (error) => errors.push(error));
    expect(busy).toStrictEqual([]);
    expect(errors).toHaveLength(1);
    expect(scope.pendingMocks()).toStrictEqual([]);
  });

  test("nobody to ask means no query", async () => {
    expect(await busyLogins(await installationClient(), ["renovate[bot]", "not a login"])).toStrictEqual([]);
    expect(unmatched.list).toStrictEqual([]);
  });
});
