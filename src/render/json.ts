import type { Explanation, Lang, Severity } from "../explain/types.js";
import type { Action } from "../plan/model.js";
import type { PlanSection } from "./types.js";

export interface JsonChange {
  address: string;
  type: string;
  /** terraform's raw `actions` array. */
  actions: string[];
  action: Action;
  previousAddress?: string;
  importing?: boolean;
  source: "catalog" | "fallback";
  risks: { id: string; severity: Severity }[];
  summary: string;
}

export interface JsonTotals {
  byAction: Partial<Record<Action, number>>;
  risks: Record<Severity, number>;
  catalog: number;
  fallback: number;
}

export interface JsonDocument {
  title: string;
  /** Set when the plan could not be read or produced; nothing else is then. */
  error?: string;
  formatVersion?: string;
  terraformVersion?: string;
  errored: boolean;
  changes: JsonChange[];
  drift: JsonChange[];
  totals: JsonTotals;
}

export interface JsonResult {
  documents: JsonDocument[];
  totals: JsonTotals;
}

/**
 * The structured result (`--format json`). It carries no attribute values,
 * and the summaries are built from the masked model, so nothing sensitive
 * can appear here.
 */
export function renderJson(sections: PlanSection[], lang: Lang): JsonResult {
  const documents = sections.map((section) => jsonDocument(section, lang));
  const totals = emptyTotals();
  for (const document of documents) addTotals(totals, document.totals);
  return { documents, totals };
}

function jsonDocument(section: PlanSection, lang: Lang): JsonDocument {
  const { explained } = section;
  if (explained === undefined) {
    return { title: section.title, error: section.error ?? "", errored: true, changes: [], drift: [], totals: emptyTotals() };
  }
  const changes = explained.explanations.map((explanation) => jsonChange(explanation, lang));
  const totals = emptyTotals();
  for (const explanation of explained.explanations) {
    const { action } = explanation.change;
    totals.byAction[action] = (totals.byAction[action] ?? 0) + 1;
    for (const risk of explanation.risks) totals.risks[risk.severity] += 1;
    totals[explanation.source] += 1;
  }
  return {
    title: section.title,
    formatVersion: explained.plan.formatVersion,
    terraformVersion: explained.plan.terraformVersion,
    errored: explained.plan.errored,
    changes,
    drift: explained.drift.map((explanation) => jsonChange(explanation, lang)),
    totals,
  };
}

function jsonChange(explanation: Explanation, lang: Lang): JsonChange {
  const { change } = explanation;
  return {
    address: change.address,
    type: change.type,
    actions: change.rawActions,
    action: change.action,
    ...(change.previousAddress === undefined ? {} : { previousAddress: change.previousAddress }),
    ...(change.importing === undefined ? {} : { importing: true }),
    source: explanation.source,
    risks: explanation.risks.map((risk) => ({ id: risk.id, severity: risk.severity })),
    summary: explanation.summary[lang],
  };
}

function emptyTotals(): JsonTotals {
  return { byAction: {}, risks: { high: 0, medium: 0, low: 0 }, catalog: 0, fallback: 0 };
}

function addTotals(into: JsonTotals, from: JsonTotals): void {
  for (const [action, count] of Object.entries(from.byAction) as [Action, number][]) {
    into.byAction[action] = (into.byAction[action] ?? 0) + count;
  }
  for (const severity of ["high", "medium", "low"] as const) into.risks[severity] += from.risks[severity];
  into.catalog += from.catalog;
  into.fallback += from.fallback;
}
