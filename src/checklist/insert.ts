import { scanMarkdown } from "./markdown-lines.js";
import type { PlaceholderContext } from "./placeholders.js";
import { renderChecklistBlock } from "./render-checklist.js";
import type { Lang, Runbook } from "./types.js";

const START_COMMENT = " infra-coach:checklist:start ";
const END_COMMENT = " infra-coach:checklist:end ";

export interface ChecklistBlock {
  /** Offset of the start marker line in the body. */
  start: number;
  /** Offset just after the end marker (the body's length when the end marker is missing). */
  end: number;
  /** Text between the markers. */
  inner: string;
  /** Offset of `inner` in the body. */
  innerStart: number;
}

/**
 * The checklist block of a body: from the first start marker on a line of
 * its own (not in code) to the next end marker, or to the end of the body if
 * someone deleted the end marker.
 */
export function findChecklistBlock(body: string | null | undefined): ChecklistBlock | undefined {
  const text = body ?? "";
  const lines = scanMarkdown(text).lines;
  const isMarker = (comment: string) => (line: (typeof lines)[number]) =>
    line.kind === "comment" && line.comments.some((candidate) => candidate.trim() === comment.trim());
  const startIndex = lines.findIndex(isMarker(START_COMMENT));
  const startLine = lines[startIndex];
  if (!startLine) return undefined;
  const innerStart = lines[startIndex + 1]?.start ?? text.length;
  const endLine = lines.slice(startIndex + 1).find(isMarker(END_COMMENT));
  const innerEnd = endLine ? endLine.start : text.length;
  const end = endLine ? endLine.start + endLine.raw.length : text.length;
  return { start: startLine.start, end, inner: text.slice(innerStart, innerEnd), innerStart };
}

export interface InsertChecklistOptions {
  context?: PlaceholderContext;
  lang?: Lang;
}

export interface InsertChecklistResult {
  body: string;
  /** False when the body already had a checklist block (left exactly as it was). */
  inserted: boolean;
  /** Placeholders the context had no value for (left as `{{name}}` for a person). */
  unfilled: string[];
}

/**
 * Appends the runbook's checklist to a PR body, once. When the body already
 * holds the markers, the block belongs to the humans editing it and the body
 * is returned unchanged. A null or empty body becomes just the block. The
 * block uses the body's line ending (GitHub returns CRLF for browser edits).
 */
export function insertChecklist(
  body: string | null | undefined,
  runbook: Runbook,
  options: InsertChecklistOptions = {},
): InsertChecklistResult {
  const original = body ?? "";
  if (findChecklistBlock(original)) return { body: original, inserted: false, unfilled: [] };
  const eol = original.includes("\r\n") ? "\r\n" : "\n";
  const { markdown, unfilled } = renderChecklistBlock(runbook, { ...options, eol });
  const kept = original.trimEnd();
  return { body: kept === "" ? `${markdown}${eol}` : `${kept}${eol}${eol}${markdown}${eol}`, inserted: true, unfilled };
}
