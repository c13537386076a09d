import nock from "nock";
import { ProbotOctokit } from "probot";
import { commentMarker, upsertMarkedComment } from "../../src/github/comments.js";
import { API } from "../helpers/github.js";

const REPO = "/repos/octo/infra";
const marker = commentMarker("plan");
const gh = new ProbotOctokit({ auth: { token: "t" }, retry: { enabled: false }, throttle: { enabled: false } });
const bot = (id: number, body = `${marker}\nold`) => ({ id, user: { type: "Bot", login: "infra-coach[bot]" }, body });

describe("upsertMarkedComment", () => {
  beforeEach(() => nock.disableNetConnect());
  afterEach(() => {
    nock.cleanAll();
    nock.enableNetConnect();
  });

  it("converges to the oldest comment when two replicas both created one", async () => {
    const scope = nock(API)
      .get(`${REPO}/issues/4/comments`)
      .query(true)
      .reply(200, [])
      .post(`${REPO}/issues/4/comments`)
      .reply(201, { id: 31 })
      // Another replica created #30 a moment earlier.
      .get(`${REPO}/issues/4/comments`)
      .query(true)
      .reply(200, [bot(31), bot(30)])
      .delete(`${REPO}/issues/comments/31`)
      .reply(204);
    const result = await upsertMarkedComment(gh, { owner: "octo", repo: "infra", issueNumber: 4, marker, body: `${marker}\nnew` });
    expect(result).toEqual({ id: 30, created: false });
    expect(scope.pendingMocks()).toStrictEqual([]);
  });

  it("edits the bot's comment, never a human's that quotes the marker, and removes duplicates", async () => {
    let edited: unknown;
    const scope = nock(API)
      .get(`${REPO}/issues/4/comments`)
      .query(true)
      .reply(200, [{ id: 5, user: { type: "User", login: "alice" }, body: `look: ${marker}` }, bot(12), bot(20)])
      .patch(`${REPO}/issues/comments/12`, (body) => ((edited = body), true))
      .reply(200, { id: 12 })
      .delete(`${REPO}/issues/comments/20`)
      .reply(404);
    const result = await upsertMarkedComment(gh, { owner: "octo", repo: "infra", issueNumber: 4, marker, body: `${marker}\nnew` });
    expect(result).toEqual({ id: 12, created: false });
    expect(edited).toEqual({ body: `${marker}\nnew` });
    expect(scope.pendingMocks()).toStrictEqual([]);
  });

  it("falls back to searching when the remembered comment was deleted", async () => {
    const scope = nock(API)
      .patch(`${REPO}/issues/comments/99`)
      .reply(404, { message: "Not Found" })
      .get(`${REPO}/issues/4/comments`)
      .query(true)
      .reply(200, [])
      .post(`${REPO}/issues/4/comments`)
      .reply(201, { id: 100 })
      .get(`${REPO}/issues/4/comments`)
      .query(true)
      .reply(200, [bot(100)]);
    const result = await upsertMarkedComment(gh, { owner: "octo", repo: "infra", issueNumber: 4, marker, body: `${marker}\nx`, knownId: 99 });
    expect(result).toEqual({ id: 100, created: true });
    expect(scope.pendingMocks()).toStrictEqual([]);
  });

  it("lets a rejected comment fail loudly", async () => {
    nock(API).patch(`${REPO}/issues/comments/7`).reply(422, { message: "Body is too long (maximum is 65536 characters)" });
    await expect(
      upsertMarkedComment(gh, { owner: "octo", repo: "infra", issueNumber: 4, marker, body: `${marker}\nx`, knownId: 7 }),
    ).rejects.toMatchObject({ status: 422 });
  });
});
