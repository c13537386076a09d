import { codeBlock, escapeInline, escapeKeepingCode, inlineCode } from "../render/escape.js";
import { idComment, verifyComment } from "./item-markers.js";
import { fillPlaceholders, type PlaceholderContext } from "./placeholders.js";
import type { ChecklistItem, Lang, Runbook } from "./types.js";

export const CHECKLIST_START = "<!-- infra-coach:checklist:start -->";
export const CHECKLIST_END = "<!-- infra-coach:checklist:end -->";

export interface RenderChecklistOptions {
  context?: PlaceholderContext;
  lang?: Lang;
  /** Line ending of the document the block goes into. */
  eol?: "\n" | "\r\n";
}

const WORDS = {
  en: {
    heading: "Checklist",
    intro: (source: string) =>
      `From the runbook ${source}. Tick each item when it is done; write N/A on an item that does not apply. infra-coach ticks the items marked _auto_ itself.`,
    auto: "_auto_",
    template: "Template",
  },
  ja: {
    heading: "チェックリスト",
    intro: (source: string) =>
      `手順書 ${source} から作成しました。終わった項目にチェックを入れてください。当てはまらない項目には N/A と書きます。_自動_ の付いた項目は infra-coach がチェックします。`,
    auto: "_自動_",
    template: "テンプレート",
  },
} as const;

/**
 * Item text is Markdown from the runbook, but it lands in a PR body or an
 * issue where nobody reviewed it for that: everything is escaped except code
 * spans, which stay code (commands are the common case).
 */
function renderItemText(text: string, context: PlaceholderContext, unfilled: Set<string>): string {
  const filled = fillPlaceholders(text, context, (value) => value);
  filled.unfilled.forEach((name) => unfilled.add(name));
  return escapeKeepingCode(filled.text);
}

function indentLines(block: string, indent: string): string[] {
  return block.replace(/\n$/, "").split("\n").map((line) => (line === "" ? "" : `${indent}${line}`));
}

/**
 * The checklist block put into a release PR body or an ops-log issue:
 * markers, a heading, one sub-heading per section (the runbook's own
 * headings, so the block parses with the same configuration) and every item
 * unticked with its id (and auto-verify marker) in hidden comments, followed
 * by its commands and templates. Placeholders are filled from `context`.
 */
export function renderChecklistBlock(
  runbook: Runbook,
  options: RenderChecklistOptions = {},
): { markdown: string; unfilled: string[] } {
  const words = WORDS[options.lang ?? "en"];
  const context = options.context ?? {};
  const unfilled = new Set<string>();
  const fillCode = (code: string): string => {
    const result = fillPlaceholders(code, context, (value) => value);
    result.unfilled.forEach((name) => unfilled.add(name));
    return result.text;
  };
  const byId = new Map<string, ChecklistItem>(runbook.sections.flatMap((section) => section.items.map((item) => [item.id, item])));
  const depth = (item: ChecklistItem): number => {
    let levels = 0;
    for (let parent = item.parentId; parent !== undefined && levels < 10; parent = byId.get(parent)?.parentId) levels += 1;
    return levels;
  };

  const title = renderItemText(runbook.title, context, unfilled);
  const source = runbook.name === "" ? escapeInline(runbook.title) : inlineCode(runbook.name);
  const lines: string[] = [CHECKLIST_START, `## ${words.heading}${title === "" ? "" : `: ${title}`}`, "", words.intro(source)];
  const blank = (): void => {
    if (lines.at(-1) !== "") lines.push("");
  };

  for (const section of runbook.sections) {
    blank();
    lines.push(`### ${renderItemText(section.heading, {}, new Set())}`, "");
    for (const item of section.items) {
      const indent = "  ".repeat(depth(item));
      const markers = [item.verify ? verifyComment(item.verify) : "", idComment(item.id)].filter(Boolean).join(" ");
      const auto = item.verify ? ` ${words.auto}` : "";
      lines.push(`${indent}- [ ] ${renderItemText(item.text, context, unfilled)}${auto} ${markers}`);
      for (const command of item.commands) {
        blank();
        lines.push(...indentLines(codeBlock(fillCode(command), "bash"), `${indent}  `), "");
      }
      for (const snippet of item.snippets) {
        blank();
        lines.push(`${indent}  <details><summary>${words.template}</summary>`, "");
        lines.push(...indentLines(codeBlock(fillCode(snippet.content), snippet.info), `${indent}  `), "");
        lines.push(`${indent}  </details>`, "");
      }
    }
  }
  blank();
  lines.push(CHECKLIST_END);
  const markdown = lines.join("\n");
  return { markdown: options.eol === "\r\n" ? markdown.replace(/\n/g, "\r\n") : markdown, unfilled: [...unfilled] };
}
