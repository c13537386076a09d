import { describeProblem } from "../../src/checklist/problems.js";
import type { Problem } from "../../src/checklist/types.js";

const problems: Problem[] = [
  { code: "no-sections", severity: "error", expected: ["Pre-work", "事前作業"], headingsSeen: [] },
  { code: "missing-section", severity: "error", section: "verify", expected: ["Verification", "動作確認"], headingsSeen: ["Checks"] },
  { code: "duplicate-section", severity: "warning", line: 9, section: "pre", subject: "事前作業" },
  { code: "empty-section", severity: "warning", line: 3, section: "dayof", subject: "当日作業" },
  { code: "item-outside-section", severity: "warning", line: 2, subject: "a" },
  { code: "not-a-checkbox", severity: "warning", line: 4, section: "pre", subject: "b" },
  { code: "nested-item", severity: "warning", line: 5, section: "pre", subject: "c", parent: "d" },
  { code: "empty-item", severity: "warning", line: 6, section: "pre" },
  { code: "unknown-verify", severity: "warning", line: 7, section: "pre", subject: "dns" },
  { code: "unclosed-code-block", severity: "error", line: 8 },
  { code: "unclosed-comment", severity: "error", line: 10 },
];

describe("describeProblem", () => {
  it("explains every problem in Japanese with the line and what it is about", () => {
    expect(problems.map((problem) => describeProblem(problem, "ja"))).toEqual([
      "手順書のセクションが見つかりません（期待した見出し: 'Pre-work' / '事前作業'）。見つかった見出し: なし",
      "'Verification' / '動作確認' セクションが見つかりません。見つかった見出し: 'Checks'",
      "9 行目: 2 つ目の「事前作業」セクション '事前作業'。項目は最初のセクションに加えます",
      "3 行目: 「当日作業」セクション '当日作業' にチェック項目がありません",
      "2 行目: どのセクションにも属さないチェック項目は記録されません: 'a'",
      "4 行目: チェックボックスのないリスト項目は記録されません（記録するには '- [ ] …' と書きます）: 'b'",
      "5 行目: 入れ子のチェック項目 'c' は、'd' とは別の項目として数えます",
      "6 行目: 本文のないチェックボックスは無視します",
      "7 行目: 自動確認 'dns' は未対応です（対応: release-exists, plan-clean, co-review-approved）。この項目は手でチェックしてください",
      "8 行目: コードブロックが閉じられていません。以降はすべてコードとして扱われます",
      "10 行目: HTML コメント '<!--' が閉じられていません。以降はすべて隠れます",
    ]);
  });

  it("gives each problem its own English sentence", () => {
    const english = problems.map((problem) => describeProblem(problem));
    expect(new Set(english).size).toBe(problems.length);
    expect(english[3]).toBe("line 3: the Day-of section '当日作業' has no checkbox items");
  });
});
