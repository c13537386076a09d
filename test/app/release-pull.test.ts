import { planClean } from "../../src/app/release-facts.js";
import { isReleasePull, mentionsVersion, releaseContext, releaseVersion, sameVersion } from "../../src/app/release-pull.js";
import { configSchema } from "../../src/config/schema.js";
import type { PlanRun } from "../../src/store/index.js";

const release = (overrides: Record<string, unknown> = {}) => configSchema.parse({ release: overrides }).release;

describe("which pull requests are releases", () => {
  it.each([
    [{ title: "Bump deps", headRef: "deps", labels: ["release"] }, release(), true],
    [{ title: "Bump deps", headRef: "release/v1.4.0", labels: [] }, release(), true],
    [{ title: "Bump deps", headRef: "hotfix/release", labels: [] }, release(), false],
    [{ title: "[release] v2", headRef: "x", labels: [] }, release({ title_pattern: "^\\[release\\]" }), true],
    [{ title: "Release v2", headRef: "release/v2", labels: ["release"] }, release({ enabled: false }), false],
    [{ title: "Ship", headRef: "release/v2", labels: [] }, release({ branch_pattern: "" }), false],
    [{ title: "Ship", headRef: "main", labels: ["deploy"] }, release({ labels: ["deploy", "release"] }), true],
  ])("%j", (pull, config, expected) => {
    expect(isReleasePull(pull, config)).toBe(expected);
  });
});

describe("the version a release is about", () => {
  it.each([
    [{ title: "Release v1.4.0", headRef: "x" }, "v1.4.0"],
    [{ title: "Release 1.4.0: billing", headRef: "x" }, "1.4.0"],
    [{ title: "Prepare release", headRef: "release/v2.0.0-rc.1" }, "v2.0.0-rc.1"],
    [{ title: "リリース v2.0.0（請求画面）", headRef: "x" }, "v2.0.0"],
    [{ title: "Release 1.4", headRef: "release/next" }, undefined],
    [{ title: "Bump 10.1.2.3", headRef: "x" }, undefined],
  ])("%j → %s", (pull, expected) => {
    expect(releaseVersion(pull)).toBe(expected);
  });

  it("names v1.4.0 and 1.4.0 the same, and nothing else", () => {
    expect(sameVersion("v1.4.0", "1.4.0")).toBe(true);
    expect(sameVersion("V1.4.0", "v1.4.0")).toBe(true);
    expect(sameVersion("v1.4.0", "v1.4.0-rc.1")).toBe(false);
    expect(sameVersion("", "")).toBe(false);
    expect(mentionsVersion("Release v1.4.0 to production", "1.4.0")).toBe(true);
    expect(mentionsVersion("Release v1.4.0-rc.1", "v1.4.0")).toBe(false);
    expect(mentionsVersion("Release v11.4.0", "v1.4.0")).toBe(false);
  });

  it("fills {{version}} and, when named, {{date}}", () => {
    expect(releaseContext({ title: "Release v1.4.0 on 2025-03-14", headRef: "x" })).toEqual({ version: "v1.4.0", date: "2025-03-14" });
    expect(releaseContext({ title: "Release", headRef: "release/2025-03-14" })).toEqual({ date: "2025-03-14" });
  });
});

describe("plan-clean", () => {
  const run = (headSha: string, status: PlanRun["status"], conclusion: PlanRun["conclusion"], root = "envs/prod"): PlanRun => ({
    repo: "o/r",
    pr: 1,
    root,
    headSha,
    status,
    conclusion,
    headline: "",
    riskIds: [],
    createdAt: "",
    updatedAt: "",
  });

  it("is unknown without plans, and true only when every root's plan of the head commit succeeded", () => {
    expect(planClean([], "h")).toBeUndefined();
    expect(planClean([run("h", "completed", "success"), run("h", "completed", "success", "envs/stg")], "h")).toBe(true);
    expect(planClean([run("h", "completed", "success"), run("h", "completed", "failure", "envs/stg")], "h")).toBe(false);
    expect(planClean([run("h", "running", null)], "h")).toBe(false);
    expect(planClean([run("old", "completed", "success")], "h")).toBe(false);
  });
});
