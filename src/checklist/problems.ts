import { SECTION_LABELS } from "./headings.js";
import { KNOWN_VERIFY, type Lang, type Problem } from "./types.js";

const quoted = (values: readonly string[] | undefined, separator: string): string =>
  (values ?? []).map((value) => `'${value}'`).join(separator);

function seen(problem: Problem, lang: Lang): string {
  const list = quoted(problem.headingsSeen, ", ");
  if (lang === "ja") return `見つかった見出し: ${list === "" ? "なし" : list}`;
  return `headings seen: ${list === "" ? "none" : list}`;
}

function at(problem: Problem, lang: Lang): string {
  if (problem.line === undefined) return "";
  return lang === "ja" ? `${problem.line} 行目: ` : `line ${problem.line}: `;
}

/**
 * One plain-text sentence per problem, e.g. "no 'Pre-work' / '事前作業' section
 * found; headings seen: 'Steps'". The text quotes the runbook as is:
 * escape it before putting it into Markdown.
 */
export function describeProblem(problem: Problem, lang: Lang = "en"): string {
  const section = problem.section ? SECTION_LABELS[problem.section][lang] : "";
  const subject = problem.subject ?? "";
  const ja = lang === "ja";
  switch (problem.code) {
    case "no-sections":
      return ja
        ? `手順書のセクションが見つかりません（期待した見出し: ${quoted(problem.expected, " / ")}）。${seen(problem, lang)}`
        : `no runbook sections found (expected headings: ${quoted(problem.expected, " / ")}); ${seen(problem, lang)}`;
    case "missing-section":
      return ja
        ? `${quoted(problem.expected, " / ")} セクションが見つかりません。${seen(problem, lang)}`
        : `no ${quoted(problem.expected, " / ")} section found; ${seen(problem, lang)}`;
    case "duplicate-section":
      return ja
        ? `${at(problem, lang)}2 つ目の「${section}」セクション '${subject}'。項目は最初のセクションに加えます`
        : `${at(problem, lang)}a second ${section} section '${subject}'; its items are added to the first one`;
    case "empty-section":
      return ja
        ? `${at(problem, lang)}「${section}」セクション '${subject}' にチェック項目がありません`
        : `${at(problem, lang)}the ${section} section '${subject}' has no checkbox items`;
    case "item-outside-section":
      return ja
        ? `${at(problem, lang)}どのセクションにも属さないチェック項目は記録されません: '${subject}'`
        : `${at(problem, lang)}a checkbox outside any section is not tracked: '${subject}'`;
    case "not-a-checkbox":
      return ja
        ? `${at(problem, lang)}チェックボックスのないリスト項目は記録されません（記録するには '- [ ] …' と書きます）: '${subject}'`
        : `${at(problem, lang)}a list item without a checkbox is not tracked (write '- [ ] …' to track it): '${subject}'`;
    case "nested-item":
      return ja
        ? `${at(problem, lang)}入れ子のチェック項目 '${subject}' は、'${problem.parent ?? ""}' とは別の項目として数えます`
        : `${at(problem, lang)}the nested checkbox '${subject}' is counted as its own item, separately from '${problem.parent ?? ""}'`;
    case "empty-item":
      return ja ? `${at(problem, lang)}本文のないチェックボックスは無視します` : `${at(problem, lang)}a checkbox with no text is ignored`;
    case "unknown-verify":
      return ja
        ? `${at(problem, lang)}自動確認 '${subject}' は未対応です（対応: ${KNOWN_VERIFY.join(", ")}）。この項目は手でチェックしてください`
        : `${at(problem, lang)}unknown auto-verify marker '${subject}' (known: ${KNOWN_VERIFY.join(", ")}); the item must be ticked by hand`;
    case "unclosed-code-block":
      return ja
        ? `${at(problem, lang)}コードブロックが閉じられていません。以降はすべてコードとして扱われます`
        : `${at(problem, lang)}a code block is never closed; everything after it is treated as code`;
    case "unclosed-comment":
      return ja
        ? `${at(problem, lang)}HTML コメント '<!--' が閉じられていません。以降はすべて隠れます`
        : `${at(problem, lang)}an HTML comment '<!--' is never closed; everything after it is hidden`;
  }
}
