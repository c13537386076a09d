import { renderIndex } from "../../src/history/index-issue.js";
import type { OperationSummary } from "../../src/history/types.js";

const entry = (number: number, day: number, extra: Partial<OperationSummary> = {}): OperationSummary => ({
  number,
  title: `Operation ${number}`,
  runbook: "release.md",
  commander: "alice",
  driver: "bob",
  plannedAt: new Date(Date.UTC(2025, 0, day, 1)),
  status: "closed",
  outcome: "success",
  ...extra,
});

describe("renderIndex", () => {
  it("lists entries newest first with their status", () => {
    const body = renderIndex([entry(3, 1), entry(9, 5, { status: "planned", outcome: undefined }), entry(7, 3, { outcome: "failed" }), entry(8, 5, { status: "approved" })]);
    const rows = body.split("\n").filter((line) => line.startsWith("| #"));
    expect(rows).toEqual([
      "| #9 | 2025-01-05 | Operation 9 | `release.md` | @\u200Dalice | @\u200Dbob | 📝 waiting for review |",
      "| #8 | 2025-01-05 | Operation 8 | `release.md` | @\u200Dalice | @\u200Dbob | 👍 approved |",
      "| #7 | 2025-01-03 | Operation 7 | `release.md` | @\u200Dalice | @\u200Dbob | ❌ failed |",
      "| #3 | 2025-01-01 | Operation 3 | `release.md` | @\u200Dalice | @\u200Dbob | ✅ success |",
    ]);
    expect(body.startsWith("<!-- infra-coach:ops-log:index -->\n## Operation log index\n")).toBe(true);
    expect(body).not.toContain("older entries");
  });

  it("writes Japanese and shows dates in the given time zone", () => {
    const body = renderIndex([entry(1, 1, { plannedAt: new Date("2025-01-01T20:00:00Z") })], "ja", "Asia/Tokyo");
    expect(body).toContain("| 記録 | 予定日 | 作業 | 手順書 | コマンダー | ドライバー | 状態 |");
    expect(body).toContain("| #1 | 2025-01-02 | Operation 1 |");
    expect(body).toContain("✅ 成功");
  });

  it("says so when there is nothing yet", () => {
    expect(renderIndex([])).toContain("_No operations yet._");
  });

  it("escapes every text cell", () => {
    const body = renderIndex([entry(1, 1, { title: "@org/team | <img src=x onerror=y> #5 ```", runbook: "a`b|c", commander: "<b>x</b>" })]);
    const row = body.split("\n").find((line) => line.startsWith("| #1 "))!;
    expect(row).not.toMatch(/<img|<b>|@(?!\u200D)\w|#(?!\u200D)5/);
    expect(row.split(/(?<!\\)\|/)).toHaveLength(9);
  });

  it("stays under 65,000 characters by dropping the oldest rows and pointing to the CLI", () => {
    const entries = Array.from({ length: 3_000 }, (_, index) => entry(index + 1, (index % 28) + 1, { title: `Release ${index + 1} ${"z".repeat(60)}`, plannedAt: new Date(Date.UTC(2020, 0, 1) + index * 86_400_000) }));
    const body = renderIndex(entries);
    expect(body.length).toBeLessThanOrEqual(65_000);
    const rows = body.split("\n").filter((line) => line.startsWith("| #"));
    expect(rows[0]).toContain("| #3000 |");
    const dropped = 3_000 - rows.length;
    expect(dropped).toBeGreaterThan(0);
    expect(rows.at(-1)).toContain(`| #${dropped + 1} |`);
    expect(body.trimEnd().endsWith(`${dropped} older entries: search with \`infra-coach history\``)).toBe(true);
  });
});
