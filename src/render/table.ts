import { markdownTable } from "markdown-table";
import type { Explanation, Lang } from "../explain/types.js";
import { Sensitive, type OutputChange } from "../plan/model.js";
import { ACTION_EMOJI, SEVERITY_EMOJI, displayAction, risksBySeverity } from "./actions.js";
import { LIMITS, valueMarkdown } from "./details.js";
import { escapeInline, escapeKeepingCode, inlineCode, tableCell, truncate } from "./escape.js";
import { formatCount, messages } from "./i18n.js";

/** A short risk in the table: the full message is in the details. */
const TABLE_RISK_LENGTH = 100;

/**
 * Renders a GFM table and returns its lines: the header and delimiter first,
 * then one line per row, so that a caller can keep any prefix of the rows.
 * Every cell is escaped (one line, pipes escaped) before it gets here.
 */
export function tableLines(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return markdownTable([header, ...rows], { alignDelimiters: false }).split("\n");
}

/**
 * Length of the line markdown-table makes from these cells without aligned
 * delimiters ("| a | b |"), so that rows can be measured before rendering.
 */
export function tableLineLength(cells: readonly string[]): number {
  let length = 1;
  for (const cell of cells) length += cell.length + 3;
  return length;
}

export function changeTableHeader(lang: Lang): string[] {
  return messages(lang).tableHeader.map((cell) => tableCell(escapeInline(cell)));
}

export function changeTableRow(explanation: Explanation, lang: Lang): string[] {
  const text = messages(lang);
  const action = displayAction(explanation.change);
  const risks = risksBySeverity(explanation.risks);
  const top = risks[0];
  const more = risks.length > 1 ? ` ${escapeInline(text.moreRisks(formatCount(risks.length - 1)))}` : "";
  const risk =
    top === undefined ? "" : `${SEVERITY_EMOJI[top.severity]} ${escapeKeepingCode(truncate(top.message[lang], TABLE_RISK_LENGTH))}${more}`;
  return [
    `${ACTION_EMOJI[action]} ${escapeInline(text.actionWord[action])}`,
    inlineCode(truncate(explanation.change.address, LIMITS.address)),
    escapeKeepingCode(truncate(explanation.entry.title[lang], LIMITS.title)),
    risk,
  ].map(tableCell);
}

export function outputTableHeader(lang: Lang): string[] {
  return messages(lang).outputsHeader.map((cell) => tableCell(escapeInline(cell)));
}

export function outputTableRow(output: OutputChange, lang: Lang): string[] {
  const text = messages(lang);
  // Belt and braces: an output marked sensitive shows nothing, whatever the model holds.
  const before = output.sensitive ? Sensitive.instance : output.before;
  const after = output.sensitive ? Sensitive.instance : output.after;
  return [
    inlineCode(truncate(output.name, LIMITS.title)),
    `${ACTION_EMOJI[output.action]} ${escapeInline(text.actionWord[output.action])}`,
    valueMarkdown(before, lang),
    valueMarkdown(after, lang),
  ].map(tableCell);
}
