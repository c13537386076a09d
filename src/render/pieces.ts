import type { Explanation, ExplainedPlan, Lang } from "../explain/types.js";
import { emptyGroup, type GroupName, type PieceGroup, type SectionPieces } from "./budget.js";
import { renderDetails, type DetailKind, type ExplainedEntries } from "./details.js";
import { codeBlock, escapeInline, inlineCode, truncate } from "./escape.js";
import { changedOutputCount, headline, planNotes } from "./headline.js";
import { formatCount, messages } from "./i18n.js";
import { buildDiagram } from "./mermaid.js";
import {
  changeTableHeader,
  changeTableRow,
  outputTableHeader,
  outputTableRow,
  tableLineLength,
  tableLines,
} from "./table.js";
import type { PlanSection } from "./types.js";

/** An error line is untrusted (it may quote the plan); one line is enough to say what failed. */
const ERROR_LENGTH = 1_000;
const TITLE_LENGTH = 200;

export interface PieceOptions {
  lang: Lang;
  /** Items beyond this cumulative length could never be shown: they are counted, not rendered. */
  budget: number;
  mermaid: boolean;
  /** The headline and the summary table. */
  summary: boolean;
  /** Per-change details, drift, outputs and the diagram. */
  details: boolean;
  /** A rule before the heading, to separate this section from the previous one. */
  separator: boolean;
  heading: boolean;
}

/** Every piece of one section's Markdown, rendered once and ready to be measured. */
export function buildSectionPieces(section: PlanSection, options: PieceOptions): SectionPieces {
  const text = messages(options.lang);
  let fixed = options.separator ? "---\n\n" : "";
  if (options.heading) fixed += `### 🧭 ${sectionHeading(section.title, options.lang)}\n\n`;
  const groups: Record<GroupName, PieceGroup> = {
    diagram: emptyGroup(),
    drift: emptyGroup(),
    details: emptyGroup(),
    outputs: emptyGroup(),
    rows: emptyGroup(),
  };
  const pieces: SectionPieces = { fixed, groups, omissionNote: (dropped) => omissionNote(dropped, options.lang) };

  const { explained } = section;
  if (explained === undefined) {
    const error = section.error ?? "";
    pieces.fixed += `❌ ${text.planFailed(escapeInline(truncate(error, ERROR_LENGTH)))}\n\n`;
    return pieces;
  }
  if (options.summary) {
    pieces.fixed += `**${escapeInline(headline(explained, options.lang))}**\n\n`;
    for (const note of planNotes(explained, options.lang)) pieces.fixed += `${escapeInline(note)}\n\n`;
    groups.rows = changeRows(explained.explanations, options);
  }
  if (options.details) {
    const explainedEntries: ExplainedEntries = new Set();
    groups.details = detailItems(explained.explanations, "change", section, options, explainedEntries);
    groups.drift = driftGroup(explained, section, options, explainedEntries);
    groups.outputs = outputRows(explained, options);
    if (options.mermaid) pieces.diagram = () => diagramGroup(explained, options.lang);
  }
  return pieces;
}

export function sectionHeading(title: string, lang: Lang): string {
  const text = messages(lang);
  return title === "" ? text.untitledSection : text.sectionHeading(inlineCode(truncate(title, TITLE_LENGTH)));
}

function changeRows(explanations: readonly Explanation[], options: PieceOptions): PieceGroup {
  const text = messages(options.lang);
  const rows: string[][] = [];
  let length = 0;
  for (const explanation of explanations) {
    if (length > options.budget) break;
    const row = changeTableRow(explanation, options.lang);
    length += tableLineLength(row);
    rows.push(row);
  }
  const [header = "", delimiter = "", ...lines] = tableLines(changeTableHeader(options.lang), rows);
  return {
    lead: `${header}\n${delimiter}\n`,
    items: lines.map((line) => `${line}\n`),
    close: "\n",
    total: explanations.length,
    trailer: (dropped) => `${escapeInline(text.moreTableRows(dropped, formatCount(dropped)))}\n\n`,
    kept: 0,
  };
}

function detailItems(
  explanations: readonly Explanation[],
  kind: DetailKind,
  section: PlanSection,
  options: PieceOptions,
  explainedEntries: ExplainedEntries,
): PieceGroup {
  const items: string[] = [];
  let length = 0;
  for (const explanation of explanations) {
    if (length > options.budget) break;
    const item = renderDetails(explanation, options.lang, kind, section.locate, explainedEntries);
    length += item.length;
    items.push(item);
  }
  return { ...emptyGroup(), items, total: explanations.length };
}

function driftGroup(
  explained: ExplainedPlan,
  section: PlanSection,
  options: PieceOptions,
  explainedEntries: ExplainedEntries,
): PieceGroup {
  const text = messages(options.lang);
  const group = detailItems(explained.drift, "drift", section, options, explainedEntries);
  group.lead = `#### 🌀 ${escapeInline(text.driftHeading)}\n\n${escapeInline(text.driftIntro)}\n\n`;
  return group;
}

function outputRows(explained: ExplainedPlan, options: PieceOptions): PieceGroup {
  const text = messages(options.lang);
  const changed = explained.plan.outputs.filter((output) => output.action !== "no-op");
  const rows: string[][] = [];
  let length = 0;
  for (const output of changed) {
    if (length > options.budget) break;
    const row = outputTableRow(output, options.lang);
    length += tableLineLength(row);
    rows.push(row);
  }
  const [header = "", delimiter = "", ...lines] = tableLines(outputTableHeader(options.lang), rows);
  return {
    lead: `#### 📤 ${escapeInline(text.outputsHeading)}\n\n${header}\n${delimiter}\n`,
    items: lines.map((line) => `${line}\n`),
    close: "\n",
    total: changedOutputCount(explained),
    kept: 0,
  };
}

function diagramGroup(explained: ExplainedPlan, lang: Lang): PieceGroup {
  const diagram = buildDiagram(explained);
  if (diagram === undefined) return emptyGroup();
  const text = messages(lang);
  const capped =
    diagram.shownNodes < diagram.totalNodes
      ? ` ${text.diagramCapped(formatCount(diagram.shownNodes), formatCount(diagram.totalNodes))}`
      : "";
  const block =
    `#### 🗺️ ${escapeInline(text.diagramHeading)}\n\n${escapeInline(text.diagramLegend + capped)}\n\n` +
    `${codeBlock(diagram.source, "mermaid")}\n`;
  return { ...emptyGroup(), items: [block], total: 1 };
}

function omissionNote(dropped: Record<GroupName, number>, lang: Lang): string {
  const text = messages(lang);
  const parts: string[] = [];
  if (dropped.diagram > 0) parts.push(text.leftOutDiagram);
  if (dropped.details > 0) parts.push(text.leftOutDetails(dropped.details, formatCount(dropped.details)));
  if (dropped.drift > 0) parts.push(text.leftOutDrift(dropped.drift, formatCount(dropped.drift)));
  if (dropped.outputs > 0) parts.push(text.leftOutOutputs(dropped.outputs, formatCount(dropped.outputs)));
  if (dropped.rows > 0) parts.push(text.leftOutTableRows(dropped.rows, formatCount(dropped.rows)));
  // The note is trusted Markdown: fixed words and numbers only.
  return parts.length === 0 ? "" : `${text.leftOut(parts)}\n\n`;
}
