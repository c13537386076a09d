import { escapeInline, escapeKeepingCode, inlineCode, tableCell, truncate } from "../render/escape.js";
import { describeFact } from "./auto-verify.js";
import { SECTION_LABELS } from "./headings.js";
import { describeProblem } from "./problems.js";
import type { Lang, Problem } from "./types.js";
import type { ChecklistVerdict, ItemVerdict, SectionVerdict } from "./verdict.js";

type VerdictFacts = Omit<ChecklistVerdict, "title" | "summary" | "text">;

/** GitHub accepts 65,535 characters per field; stay well under so the lead's clamp never cuts. */
const OUTPUT_BUDGET = 60_000;
const TITLE_BUDGET = 250;
/** Items listed per section and state before "…and N more". */
const LIST_LIMIT = 50;

const WORDS = {
  en: {
    noBlock: "Checklist not found in the pull request body",
    noBlockSummary:
      "The pull request body has no infra-coach checklist block (between `<!-- infra-coach:checklist:start -->` and `<!-- infra-coach:checklist:end -->`), so every required item counts as not done. Restore the block from the runbook, or ask a maintainer.",
    runbookBroken: (name: string, count: number) => `Runbook ${name} cannot be checked: ${count} problem${count === 1 ? "" : "s"}`,
    open: (count: number, detail: string) => `${count} required item${count === 1 ? "" : "s"} open (${detail})`,
    passed: (detail: string) => `All required items done (${detail})`,
    tracking: (detail: string) => `Tracking only (${detail})`,
    ratio: (label: string, done: number, required: number) => `${label} ${done}/${required}`,
    done: "done",
    gated: "blocks merge",
    tracked: "tracked",
    table: ["Section", "Done", "Open", "Skipped", "Merge"],
    failureLead: (count: number) => `**${count}** required item${count === 1 ? " is" : "s are"} not done yet. Tick ${count === 1 ? "it" : "them"} in the pull request body, or write N/A on an item that does not apply.`,
    successLead: "Every required item is done.",
    neutralLead: "No section is configured to block merge; the checklist is tracked and reported only.",
    openIn: (label: string, gated: boolean) => `Open in ${label}${gated ? " (blocks merge)" : " (tracked, does not block merge)"}`,
    skippedIn: (label: string) => `Skipped in ${label} (optional or N/A)`,
    absent: "not in the pull request body's checklist any more (restore it, or write N/A)",
    added: "added in the pull request body",
    more: (count: number) => `…and ${count} more`,
    runbookProblems: "Runbook problems",
    blockProblems: "Problems in the pull request body's checklist",
    allDone: (label: string) => `${label}: all done.`,
  },
  ja: {
    noBlock: "PR 本文にチェックリストがありません",
    noBlockSummary:
      "プルリクエストの本文に infra-coach のチェックリスト（`<!-- infra-coach:checklist:start -->` と `<!-- infra-coach:checklist:end -->` の間）がないため、必須項目はすべて未完了として扱います。手順書からチェックリストを戻すか、メンテナーに相談してください。",
    runbookBroken: (name: string, count: number) => `手順書 ${name} を確認できません（問題 ${count} 件）`,
    open: (count: number, detail: string) => `必須項目が残り ${count} 件（${detail}）`,
    passed: (detail: string) => `必須項目はすべて完了（${detail}）`,
    tracking: (detail: string) => `記録のみ（${detail}）`,
    ratio: (label: string, done: number, required: number) => `${label} ${done}/${required}`,
    done: "完了",
    gated: "マージを止める",
    tracked: "記録のみ",
    table: ["セクション", "完了", "未完了", "省略", "マージ"],
    failureLead: (count: number) => `必須項目が **${count}** 件残っています。プルリクエストの本文でチェックを入れるか、当てはまらない項目には N/A と書いてください。`,
    successLead: "必須項目はすべて完了しています。",
    neutralLead: "マージを止めるセクションは設定されていません。チェックリストは記録と報告のみです。",
    openIn: (label: string, gated: boolean) => `${label}の未完了項目${gated ? "（マージを止めます）" : "（記録のみ。マージは止めません）"}`,
    skippedIn: (label: string) => `${label}で省略した項目（任意または N/A）`,
    absent: "プルリクエストの本文のチェックリストから消えています（戻すか、N/A と書いてください）",
    added: "プルリクエストの本文で追加された項目",
    more: (count: number) => `…ほか ${count} 件`,
    runbookProblems: "手順書の問題",
    blockProblems: "プルリクエスト本文のチェックリストの問題",
    allDone: (label: string) => `${label}: すべて完了。`,
  },
} as const;

function itemLine(entry: ItemVerdict, lang: Lang): string {
  const words = WORDS[lang];
  const notes: string[] = [];
  if (entry.auto) notes.push(describeFact(entry.auto.verify, entry.auto.fact, lang));
  else if (entry.state === "absent") notes.push(words.absent);
  if (entry.added) notes.push(words.added);
  const note = notes.length === 0 ? "" : ` — ${notes.map(escapeInline).join("; ")}`;
  return `- ${escapeKeepingCode(entry.item.text)}${note}`;
}

function listItems(entries: readonly ItemVerdict[], lang: Lang): string[] {
  const shown = entries.slice(0, LIST_LIMIT).map((entry) => itemLine(entry, lang));
  if (entries.length > LIST_LIMIT) shown.push(`- ${WORDS[lang].more(entries.length - LIST_LIMIT)}`);
  return shown;
}

function ratio(section: SectionVerdict, lang: Lang): string {
  return WORDS[lang].ratio(SECTION_LABELS[section.kind][lang], section.counts.done, section.counts.total - section.counts.skipped);
}

function titleFor(facts: VerdictFacts, lang: Lang, runbookName: string): string {
  const words = WORDS[lang];
  if (facts.conclusion !== "neutral") {
    if (!facts.blockFound) return words.noBlock;
    if (facts.runbookErrors.length > 0) return words.runbookBroken(runbookName, facts.runbookErrors.length);
  }
  const gated = facts.sections.filter((section) => section.gated);
  if (facts.conclusion === "neutral") return words.tracking(facts.sections.map((section) => ratio(section, lang)).join(", "));
  const detail = gated.map((section) => ratio(section, lang)).join(", ");
  return facts.counts.blocking > 0 ? words.open(facts.counts.blocking, detail) : words.passed(detail);
}

function summaryTable(facts: VerdictFacts, lang: Lang): string[] {
  const words = WORDS[lang];
  const header = `| ${words.table.join(" | ")} |`;
  const rule = `|${words.table.map(() => " --- ").join("|")}|`;
  const rows = facts.sections.map((section) => {
    const label = SECTION_LABELS[section.kind][lang];
    const sameName = section.heading.toLowerCase() === label.toLowerCase();
    const cells = [
      sameName ? label : `${label} (${escapeInline(section.heading)})`,
      String(section.counts.done),
      String(section.counts.open),
      String(section.counts.skipped),
      section.gated ? words.gated : words.tracked,
    ];
    return `| ${cells.map(tableCell).join(" | ")} |`;
  });
  return rows.length === 0 ? [] : [header, rule, ...rows];
}

function problemLines(problems: readonly Problem[], lang: Lang): string[] {
  return problems.slice(0, LIST_LIMIT).map((problem) => `- ${escapeInline(describeProblem(problem, lang))}`);
}

/** Title, summary and text of the `infra-coach / release checklist` check run. */
export function renderVerdictOutput(
  facts: VerdictFacts,
  options: { lang: Lang; runbookName: string },
): { title: string; summary: string; text: string } {
  const { lang } = options;
  const words = WORDS[lang];
  const lead =
    facts.conclusion === "neutral"
      ? words.neutralLead
      : !facts.blockFound
        ? words.noBlockSummary
        : facts.counts.blocking > 0
          ? words.failureLead(facts.counts.blocking)
          : words.successLead;
  const summary = [lead, "", ...summaryTable(facts, lang)].join("\n");

  const text: string[] = [];
  for (const section of facts.sections) {
    const label = SECTION_LABELS[section.kind][lang];
    const open = section.items.filter((entry) => entry.state === "open" || entry.state === "absent");
    const skipped = section.items.filter((entry) => entry.state === "skipped");
    if (open.length === 0) text.push(`### ${words.allDone(label)}`, "");
    else text.push(`### ${words.openIn(label, section.gated)}`, "", ...listItems(open, lang), "");
    if (skipped.length > 0) text.push(`#### ${words.skippedIn(label)}`, "", ...listItems(skipped, lang), "");
  }
  if (facts.runbookErrors.length > 0) {
    const name = options.runbookName === "" ? "" : ` ${inlineCode(options.runbookName)}`;
    text.push(`### ${words.runbookProblems}${name}`, "", ...problemLines(facts.runbookErrors, lang), "");
  }
  if (facts.blockErrors.length > 0) text.push(`### ${words.blockProblems}`, "", ...problemLines(facts.blockErrors, lang), "");

  return {
    title: truncate(titleFor(facts, lang, options.runbookName), TITLE_BUDGET),
    summary: truncate(summary, OUTPUT_BUDGET),
    text: truncate(text.join("\n").trimEnd(), OUTPUT_BUDGET),
  };
}
