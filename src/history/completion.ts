import { z } from "zod";
import type { Lang } from "../checklist/types.js";
import { escapeInline, sanitizeMultiline, tableCell, truncate } from "../render/escape.js";
import { decodeDataMarker, encodeDataMarker } from "./data-marker.js";
import { quietLogin } from "./people.js";
import { formatDateTime, safeTimeZone } from "./time.js";
import { OUTCOMES, type Completion, type Outcome } from "./types.js";

const DATA_KIND = "ops-log:completion";
const SECTION_START = "<!-- infra-coach:ops-log:completion:start -->";
const SECTION_END = "<!-- infra-coach:ops-log:completion:end -->";
/** The completion shares the issue body (65,536 characters) with the log written before the work. */
const COMPLETION_BUDGET = 24_000;
const NOTES_LIMIT = 4_000;
const STEP_TEXT_LIMIT = 500;

const WORDS = {
  en: {
    heading: "Outcome",
    outcomes: { success: "✅ success", failed: "❌ failed", "rolled-back": "↩️ rolled back", cancelled: "⏹️ cancelled" },
    steps: "Executed steps",
    columns: ["Time", "By", "Step"],
    noSteps: "_No steps were recorded._",
    more: (count: number) => `…and ${count} more steps (not shown: the issue body has a size limit)`,
  },
  ja: {
    heading: "結果",
    outcomes: { success: "✅ 成功", failed: "❌ 失敗", "rolled-back": "↩️ ロールバック", cancelled: "⏹️ 中止" },
    steps: "実施した手順",
    columns: ["時刻", "実施者", "手順"],
    noSteps: "_記録された手順はありません。_",
    more: (count: number) => `…ほか ${count} 件（issue 本文の文字数制限のため省略）`,
  },
} as const;

export function outcomeLabel(outcome: Outcome, lang: Lang): string {
  return WORDS[lang].outcomes[outcome];
}

const storedSchema = z.object({
  outcome: z.enum(OUTCOMES as [Outcome, ...Outcome[]]),
  steps: z.array(z.object({ at: z.iso.datetime(), text: z.string(), by: z.string() })),
  notes: z.string().optional(),
});

/** Characters a value takes in a data marker (base64 of its UTF-8 JSON). */
function encodedLength(value: unknown): number {
  return Math.ceil((Buffer.byteLength(JSON.stringify(value), "utf8") * 4) / 3);
}

export interface CompletionInput extends Completion {
  lang?: Lang;
  /** IANA zone for showing times (default UTC). */
  timeZone?: string;
}

/**
 * The section that closes an ops-log: the outcome, notes and a timestamped
 * table of the executed steps (oldest first). Steps that do not fit the size
 * budget are counted, not shown. A hidden marker keeps the data for
 * {@link parseOperationIssue}; the start/end markers let
 * {@link withCompletion} replace the section instead of adding a second one.
 */
export function renderCompletion(input: CompletionInput): string {
  const lang = input.lang ?? "en";
  const words = WORDS[lang];
  const timeZone = safeTimeZone(input.timeZone);
  const steps = [...input.steps]
    .sort((a, b) => a.at.getTime() - b.at.getTime())
    .map((step) => ({ ...step, text: truncate(step.text, STEP_TEXT_LIMIT) }));
  const notes = input.notes === undefined ? undefined : truncate(input.notes, NOTES_LIMIT);

  const head = [`### ${words.heading}: ${words.outcomes[input.outcome]}`, ""];
  if (notes !== undefined && notes.trim() !== "") {
    head.push(...sanitizeMultiline(notes).split("\n").map((line) => escapeInline(line.trim())), "");
  }
  head.push(`#### ${words.steps}`, "");

  const rows: string[] = [];
  let used = head.join("\n").length + encodedLength(notes ?? "");
  let shown = 0;
  for (const step of steps) {
    const row = `| ${[formatDateTime(step.at, timeZone, true), quietLogin(step.by), escapeInline(step.text)].map(tableCell).join(" | ")} |`;
    // Each shown step is also stored in the hidden marker.
    const cost = row.length + encodedLength(step);
    if (used + cost > COMPLETION_BUDGET) break;
    used += cost;
    rows.push(row);
    shown += 1;
  }
  const table =
    rows.length === 0 ? [words.noSteps] : [`| ${words.columns.join(" | ")} |`, "| --- | --- | --- |", ...rows];
  if (shown < steps.length) table.push("", words.more(steps.length - shown));

  const stored: z.input<typeof storedSchema> = {
    outcome: input.outcome,
    steps: steps.slice(0, shown).map((step) => ({ at: step.at.toISOString(), text: step.text, by: step.by })),
    ...(notes !== undefined ? { notes } : {}),
  };
  // The blank line ends the table before the closing marker.
  return [SECTION_START, encodeDataMarker(DATA_KIND, stored), ...head, ...table, "", SECTION_END].join("\n");
}

/** The completion recorded in an ops-log body, if any. */
export function parseCompletion(body: string | null | undefined): Completion | undefined {
  const parsed = storedSchema.safeParse(decodeDataMarker(body, DATA_KIND));
  if (!parsed.success) return undefined;
  const { notes, outcome, steps } = parsed.data;
  return {
    outcome,
    steps: steps.map((step) => ({ ...step, at: new Date(step.at) })),
    ...(notes !== undefined ? { notes } : {}),
  };
}

/**
 * The ops-log body with the completion section added at the end, or put in
 * place of an earlier one (a redelivered webhook or a corrected outcome does
 * not add a second section).
 */
export function withCompletion(body: string | null | undefined, completionMarkdown: string): string {
  const original = body ?? "";
  const start = original.indexOf(SECTION_START);
  if (start >= 0) {
    const end = original.indexOf(SECTION_END, start);
    const after = end >= 0 ? original.slice(end + SECTION_END.length) : "";
    return `${original.slice(0, start)}${completionMarkdown}${after}`;
  }
  const kept = original.trimEnd();
  return kept === "" ? `${completionMarkdown}\n` : `${kept}\n\n${completionMarkdown}\n`;
}
