import nock from "nock";
import { infraCoach } from "../../src/app/index.js";
import { CONFIG_CHECK_NAME } from "../../src/app/config-check.js";
import { createTestServices } from "../helpers/app.js";
import { deliveryId, examplePayload, githubApi } from "../helpers/github.js";
import { createReliableProbot, REPO, TEXT, type CheckRunBody } from "./harness.js";

/**
 * A broken `.github/infra-coach.yml` of every kind: the PR gets ONE failing
 * check run whose title names the key at fault (or "the file" for YAML it
 * cannot read), and nothing else runs (no permission check, no plan).
 */

const CASES: { name: string; yaml: string; key: string; reason: RegExp }[] = [
  { name: "YAML syntax error", yaml: "review: [\n  - a\n", key: "the file", reason: /not valid YAML at line \d+, column \d+/ },
  { name: "tab-indented YAML", yaml: "review:\n\tenabled: true\n", key: "the file", reason: /not valid YAML/ },
  { name: "duplicate key", yaml: "lang: en\nlang: ja\n", key: "the file", reason: /not valid YAML.*[Mm]ap keys must be unique/ },
  { name: "number for an enum", yaml: "lang: 3\n", key: "lang", reason: /lang: / },
  { name: "unknown enum value", yaml: "runner: remote\n", key: "runner", reason: /runner: / },
  { name: "text for a number", yaml: "review:\n  max_open_reviews: lots\n", key: "review.max_open_reviews", reason: /expected number/ },
  { name: "quoted number", yaml: 'terraform:\n  timeout_seconds: "30"\n', key: "terraform.timeout_seconds", reason: /expected number/ },
  { name: "number out of range", yaml: "terraform:\n  timeout_seconds: 5\n", key: "terraform.timeout_seconds", reason: /10/ },
  { name: "text for a boolean", yaml: "comment:\n  mermaid: yes please\n", key: "comment.mermaid", reason: /expected boolean/ },
  { name: "string for a list", yaml: "roots: envs/prod\n", key: "roots", reason: /expected array/ },
  { name: "list item of the wrong type", yaml: "review:\n  app_engineers: [alice, 42]\n", key: "review.app_engineers[1]", reason: /expected string/ },
  { name: "broken regular expression", yaml: 'masks: ["secret-("]\n', key: "masks[0]", reason: /valid regular expression/ },
  { name: "a whole section of the wrong type", yaml: "review: true\n", key: "review", reason: /expected object/ },
  { name: "unknown top-level key", yaml: "reviewer:\n  enabled: true\n", key: "reviewer", reason: /unknown key \(reviewer\)/ },
  { name: "unknown nested key (typo)", yaml: "review:\n  infra_reviewer: [alice]\n", key: "review.infra_reviewer", reason: /unknown key/ },
  { name: "unknown key deep down", yaml: "runbooks:\n  headings:\n    during: [Now]\n", key: "runbooks.headings.during", reason: /unknown key/ },
  { name: "a list for the whole file", yaml: "- lang: en\n", key: "the file", reason: /expected object/ },
];

describe("a broken .github/infra-coach.yml fails a check run that names the key", () => {
  let services: Awaited<ReturnType<typeof createTestServices>>;

  beforeAll(async () => {
    nock.disableNetConnect();
    services = await createTestServices();
  });

  afterAll(async () => {
    await services.dispose();
    nock.cleanAll();
    nock.enableNetConnect();
  });

  it.each(CASES)("$name", async ({ yaml, key, reason }) => {
    const { probot } = createReliableProbot();
    await probot.load(infraCoach({ services }));
    const payload = examplePayload("pull_request", "opened");
    let check: CheckRunBody | undefined;
    const scope = githubApi()
      .get(`${REPO}/contents/.github%2Finfra-coach.yml`)
      .reply(200, yaml, TEXT)
      .post(`${REPO}/check-runs`, (body) => ((check = body), true))
      .reply(201, { id: 1 });
    await probot.receive({ id: deliveryId(), name: "pull_request", payload: payload as never });
    await services.queue.onIdle();
    expect(scope.pendingMocks()).toStrictEqual([]);
    expect(services.errors).toEqual([]);
    expect(check).toMatchObject({
      name: CONFIG_CHECK_NAME,
      head_sha: payload.pull_request.head.sha,
      status: "completed",
      conclusion: "failure",
    });
    expect(check!.output.title).toBe(`Invalid configuration: ${key}`);
    expect(check!.output.summary).toMatch(reason);
    // One line of reason, quoted as code: YAML from the repository cannot break the summary.
    expect(check!.output.summary.split("\n")[0]).toMatch(/^`\.github\/infra-coach\.yml: [^`\n]+`$/);
  });
});
