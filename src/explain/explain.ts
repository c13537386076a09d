import type { Action, Change, Plan } from "../plan/model.js";
import { catalogEntryFor } from "./catalog/index.js";
import { LazyExplanation, type Wording } from "./explanation.js";
import { fallbackEntryFor } from "./fallback.js";
import { assessRisks, driftRisk } from "./risks/index.js";
import { attributeChanges } from "./sentences/attribute-changes.js";
import { describeAttributes } from "./sentences/index.js";
import { summarize, summarizeDrift } from "./summary.js";
import type { CatalogEntry, ExplainedPlan, Explanation } from "./types.js";
import { ChangeView } from "./view.js";

const PLANNED: Wording = { summarize, describe: describeAttributes };
const DRIFTED: Wording = { summarize: summarizeDrift, describe: describeAttributes };

/**
 * Explains one planned change: what it is, what happens, which attributes
 * matter, what could go wrong. The risks are assessed now; the summary and
 * sentences are worded when first read (see LazyExplanation).
 */
export function explainChange(change: Change): Explanation {
  return explainWith(change, catalogEntryFor(change.type));
}

function explainWith(change: Change, catalogEntry: CatalogEntry | undefined): Explanation {
  const entry = catalogEntry ?? fallbackEntryFor(change);
  const source = catalogEntry ? "catalog" : "fallback";
  return new LazyExplanation(change, source, entry, assessRisks(new ChangeView(change), entry), PLANNED);
}

/** Explains a change terraform found made outside of it (`resource_drift`). */
export function explainDrift(change: Change): Explanation {
  const catalogEntry = catalogEntryFor(change.type);
  const entry = catalogEntry ?? fallbackEntryFor(change);
  return new LazyExplanation(change, catalogEntry ? "catalog" : "fallback", entry, [driftRisk(new ChangeView(change))], DRIFTED);
}

/**
 * Changes a reviewer must look at. No-op and data-source reads are dropped,
 * except a no-op that imports or moves an object: that is news in itself.
 */
export function isActionable(change: Change): boolean {
  switch (change.action) {
    case "no-op":
      return change.importing !== undefined || change.previousAddress !== undefined;
    case "read":
      return change.mode === "managed";
    default:
      return true;
  }
}

/**
 * Terraform also reports drift that changes nothing a reader could see (null
 * becoming an empty map after a provider upgrade); like terraform's own
 * output, such entries are left out.
 */
function isMeaningfulDrift(change: Change): boolean {
  return change.action !== "update" || attributeChanges(new ChangeView(change)).length > 0;
}

const ACTION_RANK: Readonly<Record<Action, number>> = { replace: 1, delete: 2, create: 3, update: 4, forget: 5, "no-op": 6, read: 7 };

/**
 * High risks first, then replace, delete, create, update, (forget,
 * import/move), read; by address within a group. Grouping first leaves only
 * addresses to compare, and terraform lists changes by address, so each
 * group is mostly in order already.
 */
function sortExplanations(explanations: Explanation[]): Explanation[] {
  const groups: Explanation[][] = [[], [], [], [], [], [], [], []];
  for (const e of explanations) (groups[hasHighRisk(e) ? 0 : ACTION_RANK[e.change.action]] as Explanation[]).push(e);
  const sorted: Explanation[] = [];
  for (const group of groups) {
    group.sort(byAddress);
    for (const e of group) sorted.push(e);
  }
  return sorted;
}

function hasHighRisk(explanation: Explanation): boolean {
  for (const risk of explanation.risks) if (risk.severity === "high") return true;
  return false;
}

function byAddress(a: Explanation, b: Explanation): number {
  return compareAddresses(a.change, b.change);
}

function compareAddresses(a: Change, b: Change): number {
  if (a.address !== b.address) return a.address < b.address ? -1 : 1;
  const deposedA = a.deposed ?? "";
  const deposedB = b.deposed ?? "";
  return deposedA === deposedB ? 0 : deposedA < deposedB ? -1 : 1;
}

/**
 * Explains a whole plan. `counts` covers every planned change, no-op and
 * reads included, so a summary can say how many were left out; `coverage`
 * says how many of them the catalog (rather than the fallback) explains.
 */
export function explainPlan(plan: Plan): ExplainedPlan {
  const counts: Partial<Record<Action, number>> = {};
  const coverage = { catalog: 0, fallback: 0 };
  const explanations: Explanation[] = [];
  for (const change of plan.changes) {
    counts[change.action] = (counts[change.action] ?? 0) + 1;
    const catalogEntry = catalogEntryFor(change.type);
    if (catalogEntry) coverage.catalog++;
    else coverage.fallback++;
    if (isActionable(change)) explanations.push(explainWith(change, catalogEntry));
  }
  const drift = plan.drift.filter(isMeaningfulDrift).map(explainDrift).sort((a, b) => compareAddresses(a.change, b.change));
  return { explanations: sortExplanations(explanations), drift, counts, coverage, plan };
}
