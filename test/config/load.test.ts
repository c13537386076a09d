import { configErrorFromLoadFailure, parseConfig, validateConfig } from "../../src/config/load.js";

describe("configuration", () => {
  it("gives every option a default when the file is absent", () => {
    const result = validateConfig(null);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.runner).toBe("local");
    expect(result.config.allow_forks).toBe(false);
    expect(result.config.review.max_open_reviews).toBe(3);
    expect(result.config.runbooks.headings.pre).toEqual(["Pre-work", "事前作業"]);
    expect(result.config.release.gates).toEqual(["pre"]);
  });

  it("keeps given values and fills the rest", () => {
    const result = parseConfig("runner: actions\nreview:\n  app_engineers: [alice, my-org/app-team]\n");
    expect(result.ok && result.config.runner).toBe("actions");
    expect(result.ok && result.config.review.app_engineers).toEqual(["alice", "my-org/app-team"]);
    expect(result.ok && result.config.review.window_days).toBe(14);
  });

  it.each([
    ["review:\n  max_open_reviews: three\n", "review.max_open_reviews: expected number"],
    ["review:\n  infra_reviewer: [bob]\n", "review.infra_reviewer: unknown key (infra_reviewer); see docs/configuration.md"],
    ["runner: lambda\n", "runner: "],
    ["masks: ['(unclosed']\n", "masks[0]: expected a valid regular expression"],
    ["review:\n  away:\n    - { login: bob, from: tomorrow, until: 2026-12-01 }\n", "review.away[0].from: expected a date like 2026-12-24"],
    ["review: [\n", "not valid YAML at line"],
  ])("names the key at fault: %j", (yaml, expected) => {
    const result = parseConfig(yaml);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toContain(".github/infra-coach.yml: ");
    expect(result.error.message).toContain(expected);
    expect(result.error.message).not.toContain("\n");
  });
});

describe("errors from Probot's context.config()", () => {
  it("locates a YAML error carried as the cause", async () => {
    const { parse } = await import("yaml");
    let thrown: unknown;
    try {
      parse("a: [\n");
    } catch (cause) {
      thrown = new Error("[@probot/octokit-plugin-config] Configuration could not be parsed from x (invalid YAML)", { cause });
    }
    const error = configErrorFromLoadFailure(thrown);
    expect(error?.message).toMatch(/^\.github\/infra-coach\.yml: not valid YAML at line \d+, column \d+: /);
  });

  it("leaves failures that are not the file's fault to the caller", () => {
    expect(configErrorFromLoadFailure(new Error("HttpError: Bad credentials"))).toBeUndefined();
  });
});
