import type { Lang } from "../explain/types.js";
import { droppedCounts, fitSections, wholeLength, type GroupName, type SectionPieces } from "./budget.js";
import { escapeInline } from "./escape.js";
import { formatCount, messages } from "./i18n.js";
import { buildSectionPieces, type PieceOptions } from "./pieces.js";
import { DEFAULT_MAX_LENGTH, type PlanSection, type RenderOptions } from "./types.js";

/**
 * The pull-request comment for one or more plans, never longer than
 * `options.maxLength`. When the plans do not fit, detail goes before summary:
 * the diagram first, then details from the least important change up, then
 * table rows; the comment says what was left out.
 */
export function renderComment(sections: PlanSection[], options: RenderOptions): string {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const head = options.header === undefined ? "" : `${options.header}\n\n`;
  const foot = options.footer === undefined ? "" : `${options.footer}\n`;
  const pieceOptions: Omit<PieceOptions, "separator"> = {
    lang: options.lang,
    budget: maxLength,
    mermaid: options.mermaid ?? true,
    summary: true,
    details: true,
    heading: true,
  };
  const pieces = sections.map((section, index) => buildSectionPieces(section, { ...pieceOptions, separator: index > 0 }));
  const empty = sections.length === 0 ? `${escapeInline(messages(options.lang).noSections)}\n\n` : "";
  const body = fitAndAssemble(pieces, maxLength, head.length + empty.length + foot.length, options.lang);
  return `${head}${empty}${body}${foot}`.trimEnd();
}

/** Fits the sections into `maxLength - reserved` and joins what is kept. */
export function fitAndAssemble(pieces: SectionPieces[], maxLength: number, reserved: number, lang: Lang): string {
  const text = messages(lang);
  const sectionsNote = (count: number) => `${text.sectionsLeftOut(count, formatCount(count))}\n\n`;
  drawDiagramsIfRoom(pieces, maxLength - reserved);
  const fitted = fitSections(pieces, maxLength, reserved, sectionsNote(pieces.length).length);
  const parts = pieces.slice(0, fitted).map(assembleSection);
  if (fitted < pieces.length) parts.push(sectionsNote(pieces.length - fitted));
  return parts.join("");
}

/**
 * Diagrams are given up before anything else, so when the rest does not fit
 * they would all be dropped: they are then not drawn at all (nor said to be
 * left out, since whether a plan has one is known only by drawing it).
 */
function drawDiagramsIfRoom(pieces: SectionPieces[], room: number): void {
  if (wholeLength(pieces, 0) > room) return;
  for (const section of pieces) if (section.diagram !== undefined) section.groups.diagram = section.diagram();
}

/** Order on the page (the order of giving up is budget.ts's DROP_ORDER). */
const PAGE_ORDER: GroupName[] = ["rows", "details", "drift", "outputs", "diagram"];

function assembleSection(section: SectionPieces): string {
  const dropped = droppedCounts(section);
  let markdown = section.fixed;
  for (const name of PAGE_ORDER) {
    const group = section.groups[name];
    if (group.kept > 0) markdown += group.lead + group.items.slice(0, group.kept).join("") + group.close;
    if (dropped[name] > 0 && group.trailer !== undefined) markdown += group.trailer(dropped[name]);
  }
  return Object.values(dropped).some((count) => count > 0) ? markdown + section.omissionNote(dropped) : markdown;
}
