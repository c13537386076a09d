import type { ExplainedPlan, Lang } from "../explain/types.js";
import { ALWAYS_COUNTED, HEADLINE_ACTIONS, countByDisplayAction, countRisks } from "./actions.js";
import { formatCount, messages } from "./i18n.js";

/**
 * The one line a reader sees first, as plain text (fixed words and numbers
 * only, so it needs no escaping): risks first, then counts by action, e.g.
 * "⚠️ 2 risks · 1 to replace · 3 to add · 1 to change · 0 to destroy".
 */
export function headline(explained: ExplainedPlan, lang: Lang): string {
  const text = messages(lang);
  if (explained.explanations.length === 0) {
    const outputChanges = changedOutputCount(explained);
    return outputChanges > 0 ? text.onlyOutputsChange(outputChanges, formatCount(outputChanges)) : text.noChanges;
  }
  const parts: string[] = [];
  const risks = countRisks(explained.explanations);
  if (risks > 0) parts.push(`⚠️ ${text.riskCount(risks, formatCount(risks))}`);
  const counts = countByDisplayAction(explained.explanations);
  for (const action of HEADLINE_ACTIONS) {
    const count = counts.get(action) ?? 0;
    if (count > 0 || ALWAYS_COUNTED.has(action)) parts.push(text.actionCount(action, formatCount(count)));
  }
  return parts.join(" · ");
}

/** Warnings about the plan as a whole (errored, not applyable, deferred, drift), plain text. */
export function planNotes(explained: ExplainedPlan, lang: Lang): string[] {
  const text = messages(lang);
  const notes: string[] = [];
  const { plan } = explained;
  if (plan.errored) notes.push(`❌ ${text.planErrored}`);
  if (plan.applyable === false && !plan.errored) notes.push(`⛔ ${text.notApplyable}`);
  if (plan.complete === false) notes.push(`⏳ ${text.incomplete}`);
  if (explained.drift.length > 0) notes.push(`🌀 ${text.driftCount(explained.drift.length, formatCount(explained.drift.length))}`);
  return notes;
}

export function changedOutputCount(explained: ExplainedPlan): number {
  return explained.plan.outputs.filter((output) => output.action !== "no-op").length;
}
