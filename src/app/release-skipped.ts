import { SECTION_LABELS } from "../checklist/headings.js";
import type { Lang, SectionKind } from "../checklist/types.js";
import type { ChecklistVerdict } from "../checklist/verdict.js";
import { commentMarker } from "../github/comments.js";
import { escapeKeepingCode, inlineCode } from "../render/escape.js";

/** What one checklist (the release PR's or the ops-log's) left undone in its gated sections. */
export interface ChecklistGap {
  blockFound: boolean;
  missing: { section: SectionKind; text: string }[];
}

export interface SkippedReport {
  tag: string;
  /** The release PR found for the version; undefined when none was found. */
  pull?: { number: number } & ChecklistGap;
  /** The ops-log issue's own checklist, when the report goes to an existing log. */
  opsLog?: ChecklistGap;
  /** How many recent pull requests were searched for the release PR. */
  searched: number;
}

export function gapOf(verdict: ChecklistVerdict, gates: readonly SectionKind[]): ChecklistGap {
  return {
    blockFound: verdict.blockFound,
    missing: gates.flatMap((section) => verdict.missing[section].map((item) => ({ section, text: item.text }))),
  };
}

/** One report per release on an ops-log issue, edited in place on a repeated event. */
export function skippedMarker(releaseId: number): string {
  return commentMarker(`release-skipped:${releaseId}`);
}

const WORDS = {
  en: {
    lead: (tag: string) => `**The GitHub release ${tag} was published before its release checklist was complete.** What was skipped:`,
    pull: (number: number, count: number) => `Pull request #${number}: ${count} required item${count === 1 ? "" : "s"} not done`,
    pullNoBlock: (number: number) => `Pull request #${number} has no release checklist in its description`,
    noPull: (tag: string, searched: number) => `No release pull request for ${tag} was found among the ${searched} most recently updated pull requests`,
    opsLog: (count: number) => `This operation log: ${count} required item${count === 1 ? "" : "s"} not done`,
    opsLogNoBlock: "This operation log has no checklist",
    advice:
      "Do the open items now if they still apply, or write N/A on the ones that do not. Record what was done, and the outcome, when this log is closed (`/infra-coach outcome success|failed|rolled-back|cancelled`).",
  },
  ja: {
    lead: (tag: string) => `**GitHub のリリース ${tag} は、リリースのチェックリストが完了する前に公開されました。** 省略された作業:`,
    pull: (number: number, count: number) => `プルリクエスト #${number}: 必須項目 ${count} 件が未完了`,
    pullNoBlock: (number: number) => `プルリクエスト #${number} の本文にリリースのチェックリストがありません`,
    noPull: (tag: string, searched: number) => `最近更新された ${searched} 件のプルリクエストに ${tag} のリリースのプルリクエストが見つかりません`,
    opsLog: (count: number) => `この作業記録: 必須項目 ${count} 件が未完了`,
    opsLogNoBlock: "この作業記録にチェックリストがありません",
    advice:
      "まだ意味のある項目は今から実施し、当てはまらない項目には N/A と書いてください。この記録を閉じるときに、実施した内容と結果を記録します（`/infra-coach outcome success|failed|rolled-back|cancelled`）。",
  },
} as const;

function gapLines(headline: string, gap: ChecklistGap, lang: Lang): string[] {
  const items = gap.missing.map((item) => `  - ${SECTION_LABELS[item.section][lang]}: ${escapeKeepingCode(item.text)}`);
  return [`- ${headline}`, ...items];
}

/** The comment on the ops-log issue that says what the release skipped. Item texts are escaped (code spans stay code). */
export function renderSkippedReport(report: SkippedReport, releaseId: number, lang: Lang): string {
  const words = WORDS[lang];
  const tag = inlineCode(report.tag);
  const lines = [skippedMarker(releaseId), words.lead(tag), ""];
  if (!report.pull) lines.push(`- ${words.noPull(tag, report.searched)}`);
  else if (!report.pull.blockFound) lines.push(`- ${words.pullNoBlock(report.pull.number)}`);
  else if (report.pull.missing.length > 0) lines.push(...gapLines(words.pull(report.pull.number, report.pull.missing.length), report.pull, lang));
  if (report.opsLog) {
    if (!report.opsLog.blockFound) lines.push(`- ${words.opsLogNoBlock}`);
    else if (report.opsLog.missing.length > 0) lines.push(...gapLines(words.opsLog(report.opsLog.missing.length), report.opsLog, lang));
  }
  lines.push("", words.advice, "");
  return lines.join("\n");
}
