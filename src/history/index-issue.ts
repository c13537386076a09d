import type { Lang } from "../checklist/types.js";
import { escapeInline, inlineCode, tableCell } from "../render/escape.js";
import { outcomeLabel } from "./completion.js";
import { quietLogin } from "./people.js";
import { newestFirst } from "./search.js";
import { formatDate } from "./time.js";
import type { OperationSummary } from "./types.js";

export const INDEX_MARKER = "<!-- infra-coach:ops-log:index -->";
/** GitHub rejects issue bodies over 65,536 characters. */
const INDEX_LIMIT = 65_000;

const WORDS = {
  en: {
    heading: "Operation log index",
    intro: "Every operation done with infra-coach, newest first. infra-coach updates this issue on every entry; each row links to its ops-log issue.",
    columns: ["Log", "Planned", "Operation", "Runbook", "Commander", "Driver", "Status"],
    status: { planned: "📝 waiting for review", approved: "👍 approved" },
    empty: "_No operations yet._",
    older: (count: number) => `${count} older entries: search with \`infra-coach history\``,
  },
  ja: {
    heading: "作業履歴の一覧",
    intro: "infra-coach で行った作業の一覧です（新しい順）。記録が追加されるたびに infra-coach が更新します。各行から ops-log の issue を開けます。",
    columns: ["記録", "予定日", "作業", "手順書", "コマンダー", "ドライバー", "状態"],
    status: { planned: "📝 レビュー待ち", approved: "👍 承認済み" },
    empty: "_まだ作業はありません。_",
    older: (count: number) => `それより古い ${count} 件: \`infra-coach history\` で検索できます`,
  },
} as const;

function statusText(entry: OperationSummary, lang: Lang): string {
  if (entry.status === "closed") return entry.outcome ? outcomeLabel(entry.outcome, lang) : "—";
  return WORDS[lang].status[entry.status];
}

function row(entry: OperationSummary, lang: Lang, timeZone: string): string {
  const number = Number.isSafeInteger(entry.number) && entry.number > 0 ? `#${entry.number}` : "—";
  const cells = [
    number,
    formatDate(entry.plannedAt, timeZone),
    escapeInline(entry.title),
    inlineCode(entry.runbook),
    quietLogin(entry.commander),
    quietLogin(entry.driver),
    statusText(entry, lang),
  ];
  return `| ${cells.map(tableCell).join(" | ")} |`;
}

/**
 * The body of the pinned `ops-log index` issue: a table of every operation,
 * newest first, all text escaped and nobody mentioned (the body is edited on
 * every entry). When the table would pass GitHub's size limit, the oldest
 * rows are dropped and counted in a last line pointing to `infra-coach history`.
 */
export function renderIndex(entries: readonly OperationSummary[], lang: Lang = "en", timeZone = "UTC"): string {
  const words = WORDS[lang];
  const head = [INDEX_MARKER, `## ${words.heading}`, "", words.intro, ""];
  if (entries.length === 0) return [...head, words.empty, ""].join("\n");
  const table = [`| ${words.columns.join(" | ")} |`, `|${words.columns.map(() => " --- ").join("|")}|`];
  const sorted = newestFirst(entries);
  let length = [...head, ...table].join("\n").length;
  const rows: string[] = [];
  for (const [index, entry] of sorted.entries()) {
    const line = row(entry, lang, timeZone);
    const remaining = sorted.length - index - 1;
    const footerRoom = remaining > 0 ? words.older(sorted.length).length + 4 : 0;
    if (length + line.length + 1 + footerRoom > INDEX_LIMIT) break;
    rows.push(line);
    length += line.length + 1;
  }
  const dropped = sorted.length - rows.length;
  return [...head, ...table, ...rows, ...(dropped > 0 ? ["", words.older(dropped)] : []), ""].join("\n");
}
