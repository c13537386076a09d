import { isApproval } from "../../src/history/approval.js";

describe("isApproval", () => {
  it.each([
    ["/approve"],
    ["LGTM"],
    ["lgtm!"],
    ["LGTM 👍"],
    ["Approved."],
    ["承認"],
    ["承認します。"],
    ["承認しました！"],
    ["/infra-coach approve"],
    ["Read the plan and the rollback step.\n\nLGTM"],
    ["ＬＧＴＭ"],
  ])("%j from a reviewer approves", (body) => {
    expect(isApproval({ author: "carol", body }, "alice")).toBe(true);
  });

  it.each([
    ["LGTM?"],
    ["not LGTM yet"],
    ["LGTM once the rollback step is written"],
    ["承認できません"],
    ["> LGTM"],
    ["```\nLGTM\n```"],
    ["<!-- LGTM -->"],
    ["please /approve"],
    [""],
  ])("%j does not approve", (body) => {
    expect(isApproval({ author: "carol", body }, "alice")).toBe(false);
  });

  it("never counts the author's own approval (any case) or a bot's", () => {
    expect(isApproval({ author: "Alice", body: "LGTM" }, "alice")).toBe(false);
    expect(isApproval({ author: "infra-coach[bot]", body: "/approve" }, "alice")).toBe(false);
    expect(isApproval({ author: "", body: "/approve" }, "alice")).toBe(false);
    expect(isApproval({ author: "carol", body: null }, "alice")).toBe(false);
  });
});
