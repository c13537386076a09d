// A stand-in for api.github.com inside the server process (nock), answering
// every request the plan flow makes for any repository and PR, counting
// calls, and optionally answering after a delay like the real API would.
import nock from "nock";

const API = "https://api.github.com";

export const ONLY_PLANS = "labels: false\nreview:\n  enabled: false\nrelease:\n  enabled: false\n";

/**
 * @param {{ delayMs?: number, config?: string, files?: (repo: string, pr: number) => unknown[],
 *           tarball?: (repo: string, pr: number) => Buffer }} options
 */
export function mockGitHub(options = {}) {
  const delayMs = options.delayMs ?? 0;
  const calls = new Map();
  const comments = new Map();
  const checkRuns = [];
  let nextId = 1;
  const count = (key) => calls.set(key, (calls.get(key) ?? 0) + 1);
  const repoOf = (uri) => /^\/repos\/([^/]+\/[^/]+)/.exec(uri)?.[1] ?? "";
  const numberOf = (uri) => Number(/\/(?:pulls|issues)\/(\d+)/.exec(uri)?.[1] ?? 0);
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1|localhost/);
  const scope = nock(API)
    .persist()
    .post(/\/app\/installations\/\d+\/access_tokens/)
    .reply(201, () => (count("token"), { token: "stress-token", expires_at: new Date(Date.now() + 3_600_000).toISOString(), permissions: {} }))
    .get(/\/contents\/\.github%2Finfra-coach\.yml/)
    .delay(delayMs)
    .reply(200, () => (count("config"), options.config ?? ONLY_PLANS), { "content-type": "text/plain; charset=utf-8" })
    .get(/\/collaborators\/[^/]+\/permission/)
    .delay(delayMs)
    .reply(200, () => (count("permission"), { permission: "write" }))
    .get(/\/pulls\/\d+\/files/)
    .delay(delayMs)
    .reply(200, (uri) => (count("files"), options.files?.(repoOf(uri), numberOf(uri)) ?? [{ filename: "README.md", status: "modified" }]))
    .get(/\/tarball\//)
    .delay(delayMs)
    .reply(200, (uri) => (count("tarball"), options.tarball?.(repoOf(uri), 0)), { "content-type": "application/x-gzip" })
    .post(/\/check-runs$/)
    .delay(delayMs)
    .reply(201, (_uri, body) => {
      count("checkCreate");
      checkRuns.push({ name: body.name, conclusion: body.conclusion, title: body.output?.title });
      return { id: nextId++ };
    })
    .patch(/\/check-runs\/\d+/)
    .delay(delayMs)
    .reply(200, () => (count("checkUpdate"), {}))
    .get(/\/issues\/\d+\/comments/)
    .delay(delayMs)
    .reply(200, (uri) => (count("commentList"), comments.get(`${repoOf(uri)}#${numberOf(uri)}`) ?? []))
    .post(/\/issues\/\d+\/comments/)
    .delay(delayMs)
    .reply(201, (uri, body) => {
      count("commentCreate");
      const key = `${repoOf(uri)}#${numberOf(uri)}`;
      const comment = { id: nextId++, user: { type: "Bot", login: "infra-coach[bot]" }, body: body.body };
      comments.set(key, [...(comments.get(key) ?? []), comment]);
      return comment;
    })
    .patch(/\/issues\/comments\/\d+/)
    .delay(delayMs)
    .reply(200, (uri, body) => {
      count("commentUpdate");
      const id = Number(/comments\/(\d+)/.exec(uri)?.[1]);
      for (const list of comments.values()) for (const comment of list) if (comment.id === id) comment.body = body.body;
      return { id };
    });
  return {
    calls,
    /** Comments per PR key ("owner/repo#12"). */
    comments,
    checkRuns,
    stop() {
      scope.persist(false);
      nock.cleanAll();
    },
  };
}
