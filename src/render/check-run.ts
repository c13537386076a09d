import type { Lang } from "../explain/types.js";
import { fitAndAssemble } from "./comment.js";
import { sanitizeText, truncate } from "./escape.js";
import { headline } from "./headline.js";
import { messages } from "./i18n.js";
import { buildSectionPieces } from "./pieces.js";
import { CHECK_RUN_MAX_LENGTH, type PlanSection } from "./types.js";

/** Check-run titles show on one line in the checks list. */
const TITLE_LENGTH = 200;

export interface CheckRunOutput {
  title: string;
  /** Headline and summary table (Markdown). */
  summary: string;
  /** Every change in detail (Markdown). */
  text: string;
}

/** The check run's output for one plan; `summary` and `text` each fit GitHub's 65,535 limit. */
export function renderCheckRun(section: PlanSection, lang: Lang): CheckRunOutput {
  const text = messages(lang);
  const title =
    section.explained === undefined
      ? text.planFailed(sanitizeText(section.error ?? ""))
      : headline(section.explained, lang);
  const common = { lang, budget: CHECK_RUN_MAX_LENGTH, mermaid: true, separator: false };
  const summary = buildSectionPieces(section, { ...common, summary: true, details: false, heading: true });
  const details = buildSectionPieces(section, { ...common, summary: false, details: true, heading: false });
  return {
    title: truncate(title, TITLE_LENGTH),
    summary: fitAndAssemble([summary], CHECK_RUN_MAX_LENGTH, 0, lang).trimEnd(),
    text: fitAndAssemble([details], CHECK_RUN_MAX_LENGTH, 0, lang).trimEnd(),
  };
}
