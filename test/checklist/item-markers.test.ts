import { assignIds, idFromComments, isOptionalText, slugify, verifyFromComments } from "../../src/checklist/item-markers.js";

describe("slugify", () => {
  it.each([
    ["Create the GitHub release for `v1.4.0`", "create-the-github-release-for-v1-4-0"],
    ["See [the dashboard](https://example.com/d)", "see-the-dashboard"],
    ["対象顧客に実施時間と内容をメールにて告知", "対象顧客に実施時間と内容をメールにて告知"],
    ["ＥＣＳ の再起動", "ecs-の再起動"],
    ["!!!", "item"],
    ["x".repeat(100), "x".repeat(60)],
    [`${"a ".repeat(29)}bcdef`, `${"a-".repeat(29)}bc`],
  ])("%j → %j", (text, slug) => {
    expect(slugify(text)).toBe(slug);
    expect(slugify(text)).not.toContain("--");
  });
});

describe("assignIds", () => {
  it("keeps marker ids first, so a later item keeps its id even when an earlier text slugs the same", () => {
    expect(
      assignIds([
        { text: "Deploy" },
        { text: "Something else", markerId: "deploy" },
        { text: "Copied line", markerId: "deploy" },
        { text: "Deploy" },
      ]),
    ).toEqual(["deploy-2", "deploy", "copied-line", "deploy-3"]);
  });
});

describe("comment markers", () => {
  it("reads verify and id markers and ignores other comments", () => {
    expect(verifyFromComments([" note ", " verify: Plan-Clean "])).toBe("plan-clean");
    expect(verifyFromComments([" verify: "])).toBeUndefined();
    expect(idFromComments([" infra-coach:item=対象-告知 "])).toBe("対象-告知");
    expect(idFromComments([" infra-coach:item=a b "])).toBeUndefined();
  });

  it("recognises optional markers", () => {
    expect(isOptionalText("（該当なし）告知")).toBe(true);
    expect(isOptionalText("Do it")).toBe(false);
  });
});
