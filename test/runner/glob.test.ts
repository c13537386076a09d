import { isIgnoredPath, matchesGlob } from "../../src/runner/glob.js";

describe("matchesGlob", () => {
  it("keeps * and ? inside one segment", () => {
    expect(matchesGlob("envs/prod", "envs/*")).toBe(true);
    expect(matchesGlob("envs/prod/eu", "envs/*")).toBe(false);
    expect(matchesGlob("envs/p1", "envs/p?")).toBe(true);
    expect(matchesGlob("envs/p/1", "envs/p?1")).toBe(false);
  });

  it("lets ** span segments, including none", () => {
    expect(matchesGlob("stacks/a/b/live", "stacks/**/live")).toBe(true);
    expect(matchesGlob("stacks/live", "stacks/**/live")).toBe(true);
    expect(matchesGlob("x/y/z", "**")).toBe(true);
    expect(matchesGlob("envs/prod/eu", "envs/**")).toBe(true);
  });

  it("treats regex characters literally and normalises ./ and trailing slashes", () => {
    expect(matchesGlob("a+b/c.d", "a+b/c.d")).toBe(true);
    expect(matchesGlob("a+b/cxd", "a+b/c.d")).toBe(false);
    expect(matchesGlob("envs/prod", "./envs/prod/")).toBe(true);
    expect(matchesGlob(".", "./")).toBe(true);
  });
});

describe("isIgnoredPath", () => {
  it("matches the path or any parent directory", () => {
    expect(isIgnoredPath("legacy/old/main.tf", ["legacy"])).toBe(true);
    expect(isIgnoredPath("examples/basic/main.tf", ["**/examples/**"])).toBe(true);
    expect(isIgnoredPath("examples-not/basic/main.tf", ["**/examples/**"])).toBe(false);
    expect(isIgnoredPath("modules/x/examples/basic/main.tf", ["**/examples"])).toBe(true);
    expect(isIgnoredPath("envs/prod/main.tf", ["legacy", "*.md"])).toBe(false);
    expect(isIgnoredPath("envs/prod/main.tf", [])).toBe(false);
  });
});
