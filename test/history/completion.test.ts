import { parseCompletion, renderCompletion, withCompletion } from "../../src/history/completion.js";

const steps = [
  { at: new Date("2025-03-14T01:05:00Z"), text: "aws ecs wait services-stable", by: "bob" },
  { at: new Date("2025-03-14T01:02:03Z"), text: "aws ecs update-service --force-new-deployment", by: "bob" },
  { at: new Date("2025-03-14T01:09:30Z"), text: "Checked target health: 2 healthy", by: "alice" },
];

describe("renderCompletion", () => {
  it("records the outcome and the steps oldest first with timestamps", () => {
    const markdown = renderCompletion({ outcome: "success", steps, notes: "No customer impact." });
    const visible = markdown.split("\n").filter((line) => !line.startsWith("<!--"));
    expect(visible).toEqual([
      "### Outcome: ✅ success",
      "",
      "No customer impact.",
      "",
      "#### Executed steps",
      "",
      "| Time | By | Step |",
      "| --- | --- | --- |",
      "| 2025-03-14 01:02:03 (UTC) | @\u200Dbob | aws ecs update-service --force-new-deployment |",
      "| 2025-03-14 01:05:00 (UTC) | @\u200Dbob | aws ecs wait services-stable |",
      "| 2025-03-14 01:09:30 (UTC) | @\u200Dalice | Checked target health: 2 healthy |",
      "",
    ]);
  });

  it("writes Japanese, in the requested time zone", () => {
    const markdown = renderCompletion({ outcome: "rolled-back", steps: steps.slice(0, 1), lang: "ja", timeZone: "Asia/Tokyo" });
    expect(markdown).toContain("### 結果: ↩️ ロールバック");
    expect(markdown).toContain("| 時刻 | 実施者 | 手順 |");
    expect(markdown).toContain("| 2025-03-14 10:05:00 (Asia/Tokyo) |");
  });

  it("says when no steps were recorded", () => {
    expect(renderCompletion({ outcome: "cancelled", steps: [] })).toContain("_No steps were recorded._");
  });

  it("escapes step text, notes and logins", () => {
    const markdown = renderCompletion({
      outcome: "failed",
      steps: [{ at: new Date(0), text: "ran `x` | @org/team <img src=x onerror=y> </details>", by: "@evil" }],
      notes: "# not a heading\n@here ```",
    });
    const visible = markdown.replace(/<!-- infra-coach:[^>]*-->/g, "");
    expect(visible).not.toMatch(/<img|<\/details>/);
    expect(visible).not.toMatch(/@(?!\u200D)\w/);
    expect(visible).not.toMatch(/^# not/m);
    expect(visible).toContain("ran \\`x\\` \\| ");
  });

  it("keeps a large record within its budget and counts the steps it left out", () => {
    const many = Array.from({ length: 2_000 }, (_, index) => ({ at: new Date(index * 60_000), text: `step ${index} ${"y".repeat(100)}`, by: "bob" }));
    const markdown = renderCompletion({ outcome: "success", steps: many });
    expect(markdown.length).toBeLessThan(26_000);
    const shown = markdown.split("\n").filter((line) => line.startsWith("| 1970")).length;
    expect(shown).toBeGreaterThan(50);
    expect(markdown).toContain(`…and ${2_000 - shown} more steps`);
    expect(parseCompletion(markdown)?.steps).toHaveLength(shown);
  });
});

describe("withCompletion", () => {
  it("appends the section once and replaces it when recorded again", () => {
    const first = withCompletion("the log\n\n", renderCompletion({ outcome: "failed", steps }));
    expect(first.startsWith("the log\n\n<!-- infra-coach:ops-log:completion:start -->")).toBe(true);
    const again = withCompletion(first, renderCompletion({ outcome: "rolled-back", steps }));
    expect(again.match(/completion:start/g)).toHaveLength(1);
    expect(parseCompletion(again)?.outcome).toBe("rolled-back");
    expect(withCompletion(again, renderCompletion({ outcome: "rolled-back", steps }))).toBe(again);
    expect(withCompletion(null, "x")).toBe("x\n");
  });
});
