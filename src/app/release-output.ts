import { describeProblem } from "../checklist/problems.js";
import type { Lang, Problem } from "../checklist/types.js";
import type { CheckConclusion } from "../github/checks.js";
import { escapeInline, inlineCode, truncate } from "../render/escape.js";
import type { LoadedRunbook } from "./operation-runbook.js";

/** What the release-checklist check run says: the fields GitHub shows. */
export interface ChecklistCheckOutput {
  conclusion: CheckConclusion;
  title: string;
  summary: string;
  text: string;
}

/** Problems listed before "…and N more"; a runbook with more has bigger troubles than the list. */
const PROBLEM_LIMIT = 50;
const TEXT_BUDGET = 60_000;

const WORDS = {
  en: {
    missingTitle: (path: string) => `Runbook not found: ${path}`,
    missingSummary: (path: string) =>
      `The release runbook ${inlineCode(path)} does not exist on the default branch, so the release checklist cannot be checked. Add it, or point \`release.runbook\` / \`runbooks.path\` in \`.github/infra-coach.yml\` at the right file.`,
    available: "Runbooks found in the folder:",
    noneAvailable: "The folder holds no runbooks.",
    invalidTitle: (name: string, count: number) => `Runbook ${name} cannot be checked: ${count} problem${count === 1 ? "" : "s"}`,
    invalidSummary: (path: string) =>
      `The release runbook ${inlineCode(path)} has problems that make its checklist impossible to judge. Fix the runbook on the default branch; this check runs again on the next change to the pull request.`,
    problems: "Problems",
    notes: "Runbook notes (the checklist still works)",
    otherNotes: "Also found in the runbook",
    more: (count: number) => `…and ${count} more`,
    notReleaseTitle: "Not a release pull request",
    notReleaseSummary:
      "This pull request has no release label and its branch and title do not match the release patterns (`release.*` in `.github/infra-coach.yml`), so no release checklist applies.",
    supersededTitle: "Superseded by a newer commit",
    supersededSummary: "A newer commit of the pull request was pushed; its release checklist check replaces this one.",
  },
  ja: {
    missingTitle: (path: string) => `手順書が見つかりません: ${path}`,
    missingSummary: (path: string) =>
      `リリースの手順書 ${inlineCode(path)} がデフォルトブランチにないため、リリースのチェックリストを確認できません。手順書を追加するか、\`.github/infra-coach.yml\` の \`release.runbook\` / \`runbooks.path\` で正しいファイルを指定してください。`,
    available: "フォルダーにある手順書:",
    noneAvailable: "フォルダーに手順書がありません。",
    invalidTitle: (name: string, count: number) => `手順書 ${name} を確認できません（問題 ${count} 件）`,
    invalidSummary: (path: string) =>
      `リリースの手順書 ${inlineCode(path)} に、チェックリストを判定できなくなる問題があります。デフォルトブランチの手順書を直してください。プルリクエストが次に変更されたときに、このチェックをやり直します。`,
    problems: "問題",
    notes: "手順書についての注意（チェックリストはそのまま使えます）",
    otherNotes: "手順書についてのその他の注意",
    more: (count: number) => `…ほか ${count} 件`,
    notReleaseTitle: "リリースのプルリクエストではありません",
    notReleaseSummary:
      "このプルリクエストにはリリースのラベルがなく、ブランチ名とタイトルもリリースのパターン（`.github/infra-coach.yml` の `release.*`）に当てはまらないため、リリースのチェックリストは対象外です。",
    supersededTitle: "新しいコミットに置き換えられました",
    supersededSummary: "プルリクエストに新しいコミットがプッシュされました。リリースのチェックリストの確認は、新しいコミットの方で行います。",
  },
} as const;

/** One escaped line per problem; runbook text is quoted in the descriptions and is untrusted. */
export function problemList(problems: readonly Problem[], lang: Lang): string[] {
  const lines = problems.slice(0, PROBLEM_LIMIT).map((problem) => `- ${escapeInline(describeProblem(problem, lang))}`);
  if (problems.length > PROBLEM_LIMIT) lines.push(`- ${WORDS[lang].more(problems.length - PROBLEM_LIMIT)}`);
  return lines;
}

/** A failing check that says why the runbook itself cannot be used. */
export function runbookFailureOutput(loaded: Exclude<LoadedRunbook, { ok: true }>, lang: Lang): ChecklistCheckOutput {
  const words = WORDS[lang];
  if (loaded.reason === "missing") {
    const available = loaded.available.length === 0 ? [words.noneAvailable] : [words.available, "", ...loaded.available.map((name) => `- ${inlineCode(name)}`)];
    return {
      conclusion: "failure",
      title: truncate(words.missingTitle(loaded.path), 250),
      summary: words.missingSummary(loaded.path),
      text: available.join("\n"),
    };
  }
  const warnings = loaded.runbook.problems.filter((problem) => !loaded.errors.includes(problem));
  const text = [`### ${words.problems}`, "", ...problemList(loaded.errors, lang)];
  if (warnings.length > 0) text.push("", `### ${words.otherNotes}`, "", ...problemList(warnings, lang));
  return {
    conclusion: "failure",
    title: truncate(words.invalidTitle(loaded.runbook.name, loaded.errors.length), 250),
    summary: words.invalidSummary(loaded.path),
    text: truncate(text.join("\n"), TEXT_BUDGET),
  };
}

/** The verdict's text followed by the runbook's warnings (nested checkboxes, plain list items...), so the author sees them. */
export function withRunbookNotes(text: string, warnings: readonly Problem[], lang: Lang): string {
  if (warnings.length === 0) return text;
  return truncate([text, "", `### ${WORDS[lang].notes}`, "", ...problemList(warnings, lang)].join("\n").trim(), TEXT_BUDGET);
}

/**
 * For a pull request that is not a release: a passing (neutral) check, so
 * that branch protection can require the release checklist check on every
 * pull request without blocking the ones it does not apply to.
 */
export function notReleaseOutput(lang: Lang): ChecklistCheckOutput {
  const words = WORDS[lang];
  return { conclusion: "neutral", title: words.notReleaseTitle, summary: words.notReleaseSummary, text: "" };
}

export function supersededOutput(lang: Lang): { title: string; summary: string } {
  return { title: WORDS[lang].supersededTitle, summary: WORDS[lang].supersededSummary };
}
