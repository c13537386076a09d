import type { Explanation, Risk, Severity } from "../explain/types.js";
import type { Action, Change } from "../plan/model.js";

/**
 * What a reader should see a change as. Imports and moves are no-op or update
 * actions to terraform, but to a learner they are their own kind of change.
 */
export type DisplayAction = Action | "import" | "move";

export function displayAction(change: Change): DisplayAction {
  if (change.importing !== undefined && (change.action === "no-op" || change.action === "update")) return "import";
  if (change.previousAddress !== undefined && change.action === "no-op") return "move";
  return change.action;
}

export const ACTION_EMOJI: Record<DisplayAction, string> = {
  create: "➕",
  update: "✏️",
  delete: "🗑️",
  replace: "🔁",
  read: "📖",
  "no-op": "⏺️",
  forget: "👋",
  import: "📥",
  move: "🚚",
};

/** The order counts appear in a headline: the most disruptive first. */
export const HEADLINE_ACTIONS: readonly DisplayAction[] = [
  "replace",
  "create",
  "update",
  "delete",
  "import",
  "move",
  "forget",
  "read",
];
/** Always counted in a headline, even at zero: "0 to destroy" is reassuring to read. */
export const ALWAYS_COUNTED: ReadonlySet<DisplayAction> = new Set(["replace", "create", "update", "delete"]);

export const SEVERITY_EMOJI: Record<Severity, string> = { high: "🔴", medium: "🟠", low: "🟡" };
const SEVERITY_RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/** Risks, most severe first (stable for equal severity). */
export function risksBySeverity(risks: readonly Risk[]): Risk[] {
  return [...risks].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}

export function countByDisplayAction(explanations: readonly Explanation[]): Map<DisplayAction, number> {
  const counts = new Map<DisplayAction, number>();
  for (const { change } of explanations) {
    const action = displayAction(change);
    counts.set(action, (counts.get(action) ?? 0) + 1);
  }
  return counts;
}

export function countRisks(explanations: readonly Explanation[]): number {
  let total = 0;
  for (const explanation of explanations) total += explanation.risks.length;
  return total;
}
