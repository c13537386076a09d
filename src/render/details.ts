import type { CatalogEntry, Explanation, Lang } from "../explain/types.js";
import { Sensitive, Unknown, type Value } from "../plan/model.js";
import { ACTION_EMOJI, SEVERITY_EMOJI, displayAction, risksBySeverity, type DisplayAction } from "./actions.js";
import { escapeHtml, escapeInline, escapeKeepingCode, htmlCode, inlineCode, markdownLink, truncate } from "./escape.js";
import { formatCount, messages } from "./i18n.js";
import type { PlanSection } from "./types.js";
import { formatValue } from "./values.js";

/**
 * Bounds on each part of a details block, so that one block stays small
 * whatever the plan holds (a 1 MB tag value, 5,000 changed attributes).
 */
export const LIMITS = {
  address: 300,
  title: 200,
  sentence: 600,
  sentences: 20,
  value: 120,
  catalogText: 2_000,
  risks: 10,
};

export type DetailKind = "change" | "drift";

/**
 * Catalog entries already explained in full on this page. The second IAM
 * role attachment points back to the first instead of repeating a paragraph
 * the reader has just read (and that the size budget would pay for again).
 */
export type ExplainedEntries = Set<CatalogEntry>;

/** One collapsible `<details>` block for a change, ending with a blank line. */
export function renderDetails(
  explanation: Explanation,
  lang: Lang,
  kind: DetailKind,
  locate: PlanSection["locate"],
  explainedEntries: ExplainedEntries,
): string {
  const text = messages(lang);
  const { entry } = explanation;
  const action = displayAction(explanation.change);
  const firstOfItsKind = !explainedEntries.has(entry);
  explainedEntries.add(entry);
  const paragraphs: string[] = [`**${escapeKeepingCode(truncate(sentenceCase(explanation.summary[lang]), LIMITS.sentence))}**`];

  paragraphs.push(
    firstOfItsKind
      ? `**${text.whatIsThis}** ${catalogText(joinSentences(entry.what[lang], entry.analogy[lang], lang))}`
      : `**${text.whatIsThis}** ${escapeInline(text.explainedAbove(truncate(entry.title[lang], LIMITS.title)))}`,
  );
  if (kind === "change") paragraphs.push(`**${text.whatThisDoes}** ${catalogText(effectSentence(explanation, action, lang))}`);
  paragraphs.push(...sentenceList(explanation, lang));
  paragraphs.push(...riskList(explanation, lang));
  paragraphs.push(...links(explanation, locate, lang));
  if (entry.related !== undefined && firstOfItsKind) paragraphs.push(`🔗 ${catalogText(entry.related[lang])}`);

  return `<details><summary>${summaryLine(explanation, action, kind, lang)}</summary>\n\n${paragraphs.join("\n\n")}\n\n</details>\n\n`;
}

/** Japanese sentences follow each other without a space. */
export function joinSentences(first: string, second: string, lang: Lang): string {
  return lang === "ja" ? `${first}${second}` : `${first} ${second}`;
}

function catalogText(value: string): string {
  return escapeKeepingCode(truncate(value, LIMITS.catalogText));
}

function summaryLine(explanation: Explanation, action: DisplayAction, kind: DetailKind, lang: Lang): string {
  const text = messages(lang);
  const emoji = kind === "drift" ? "🌀" : ACTION_EMOJI[action];
  const word = kind === "drift" ? text.driftWord(action) : sentenceCase(text.actionWord[action]);
  const top = risksBySeverity(explanation.risks)[0];
  const risk = top === undefined ? "" : ` ${SEVERITY_EMOJI[top.severity]}`;
  const address = htmlCode(truncate(explanation.change.address, LIMITS.address));
  const title = escapeHtml(truncate(explanation.entry.title[lang], LIMITS.title));
  return `${emoji} <b>${escapeHtml(word)}</b> ${address} · ${title}${risk}`;
}

/** The explain layer writes summaries as sentence fragments ("creates a new IAM role"); on their own they start upper-case. */
export function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What this action does to this type: the catalog's words, else generic ones. Plain text. */
export function effectSentence(explanation: Explanation, action: DisplayAction, lang: Lang): string {
  const catalogEffect =
    action === "create" || action === "update" || action === "delete" || action === "replace"
      ? explanation.entry.effects[action]
      : undefined;
  return catalogEffect?.[lang] ?? messages(lang).genericEffect[action];
}

/** The explain layer's sentences, one per attribute change worth saying, most important first. */
function sentenceList(explanation: Explanation, lang: Lang): string[] {
  const { sentences } = explanation;
  if (sentences.length === 0) return [];
  const items = sentences
    .slice(0, LIMITS.sentences)
    .map((sentence) => `- ${escapeKeepingCode(truncate(sentence[lang], LIMITS.sentence))}`);
  if (sentences.length > LIMITS.sentences) {
    items.push(`- ${escapeInline(messages(lang).moreItems(formatCount(sentences.length - LIMITS.sentences)))}`);
  }
  return [items.join("\n")];
}

/** Placeholders (unknown, sensitive, absent) in italics, real values as code. */
export function valueMarkdown(value: Value | undefined, lang: Lang): string {
  const formatted = formatValue(value, lang, LIMITS.value);
  const placeholder = value === undefined || value instanceof Unknown || value instanceof Sensitive;
  return placeholder ? `*${escapeInline(formatted)}*` : inlineCode(formatted);
}

function riskList(explanation: Explanation, lang: Lang): string[] {
  if (explanation.risks.length === 0) return [];
  const text = messages(lang);
  const items = risksBySeverity(explanation.risks)
    .slice(0, LIMITS.risks)
    .map(
      (risk) =>
        `- ${SEVERITY_EMOJI[risk.severity]} **${escapeInline(text.severity[risk.severity])}:** ${escapeKeepingCode(truncate(risk.message[lang], LIMITS.sentence))}\n` +
        `  *${escapeInline(text.whyItMatters)}* ${catalogText(risk.why[lang])}`,
    );
  return [`**${escapeInline(text.risksHeading)}**`, items.join("\n")];
}

function links(explanation: Explanation, locate: PlanSection["locate"], lang: Lang): string[] {
  const text = messages(lang);
  const parts: string[] = [];
  const location = locate?.(explanation.change);
  if (location !== undefined) {
    parts.push(`📍 ${escapeInline(text.whereInCode)} ${markdownLink(truncate(location.label, LIMITS.title), location.url)}`);
  }
  if (explanation.entry.docs !== "") parts.push(`📖 ${markdownLink(text.documentation, explanation.entry.docs)}`);
  return parts.length === 0 ? [] : [parts.join(" · ")];
}
