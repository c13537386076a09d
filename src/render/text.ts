import type { Explanation, Lang } from "../explain/types.js";
import { ACTION_EMOJI, SEVERITY_EMOJI, displayAction, risksBySeverity } from "./actions.js";
import { LIMITS, effectSentence, joinSentences, sentenceCase, type DetailKind, type ExplainedEntries } from "./details.js";
import { sanitizeText } from "./escape.js";
import { headline, planNotes } from "./headline.js";
import { messages } from "./i18n.js";
import type { PlanSection } from "./types.js";
import { formatValue } from "./values.js";

/**
 * Plain text for a terminal (`--format text`): everything in full, no
 * Markdown. Untrusted text is still sanitised: control characters (terminal
 * escape sequences) and bidi overrides never reach the terminal.
 */
export function renderText(sections: PlanSection[], lang: Lang): string {
  const text = messages(lang);
  if (sections.length === 0) return `${text.noSections}\n`;
  return sections.map((section) => sectionText(section, lang)).join("\n");
}

function sectionText(section: PlanSection, lang: Lang): string {
  const text = messages(lang);
  const title = sanitizeText(section.title);
  const lines = [title === "" ? text.untitledSection : text.sectionHeading(title), ""];
  const { explained } = section;
  if (explained === undefined) {
    lines.push(`❌ ${text.planFailed(sanitizeText(section.error ?? ""))}`);
    return `${lines.join("\n")}\n`;
  }
  lines.push(headline(explained, lang), ...planNotes(explained, lang), "");
  const explainedEntries: ExplainedEntries = new Set();
  for (const explanation of explained.explanations) {
    lines.push(...changeText(explanation, "change", section, lang, explainedEntries), "");
  }
  if (explained.drift.length > 0) {
    lines.push(`🌀 ${text.driftHeading}`, text.driftIntro, "");
    for (const explanation of explained.drift) lines.push(...changeText(explanation, "drift", section, lang, explainedEntries), "");
  }
  const outputs = explained.plan.outputs.filter((output) => output.action !== "no-op");
  if (outputs.length > 0) {
    lines.push(`📤 ${text.outputsHeading}`);
    for (const output of outputs) {
      const before = output.sensitive ? text.sensitive : formatValue(output.before, lang, LIMITS.value);
      const after = output.sensitive ? text.sensitive : formatValue(output.after, lang, LIMITS.value);
      lines.push(`  ${ACTION_EMOJI[output.action]} ${sanitizeText(output.name)}: ${sanitizeText(before)} → ${sanitizeText(after)}`);
    }
    lines.push("");
  }
  return lines.join("\n");
}

const INDENT = "    ";

function changeText(
  explanation: Explanation,
  kind: DetailKind,
  section: PlanSection,
  lang: Lang,
  explainedEntries: ExplainedEntries,
): string[] {
  const text = messages(lang);
  const { change, entry } = explanation;
  const action = displayAction(change);
  const emoji = kind === "drift" ? "🌀" : ACTION_EMOJI[action];
  const word = kind === "drift" ? text.driftWord(action) : text.actionWord[action];
  const risks = risksBySeverity(explanation.risks);
  const top = risks[0] === undefined ? "" : ` ${SEVERITY_EMOJI[risks[0].severity]}`;
  const lines = [`${emoji} ${word}  ${sanitizeText(change.address)} — ${sanitizeText(entry.title[lang])}${top}`];
  const say = (line: string, indent = INDENT) => lines.push(`${indent}${sanitizeText(line)}`);
  const firstOfItsKind = !explainedEntries.has(entry);
  explainedEntries.add(entry);

  say(sentenceCase(explanation.summary[lang]));
  say(`${text.whatIsThis} ${firstOfItsKind ? joinSentences(entry.what[lang], entry.analogy[lang], lang) : text.explainedAbove(entry.title[lang])}`);
  if (kind === "change") say(`${text.whatThisDoes} ${effectSentence(explanation, action, lang)}`);
  for (const sentence of explanation.sentences) say(`• ${sentence[lang]}`);
  for (const risk of risks) {
    say(`${SEVERITY_EMOJI[risk.severity]} ${text.severity[risk.severity]}: ${risk.message[lang]}`);
    say(`${text.whyItMatters} ${risk.why[lang]}`, `${INDENT}   `);
  }
  const location = section.locate?.(change);
  if (location !== undefined) say(`${text.whereInCode} ${location.label} <${location.url}>`);
  if (entry.docs !== "") say(`${text.documentation}: ${entry.docs}`);
  if (entry.related !== undefined && firstOfItsKind) say(entry.related[lang]);
  return lines;
}
