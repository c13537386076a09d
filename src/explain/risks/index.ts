import type { CatalogEntry, Risk, Severity } from "../types.js";
import type { ChangeView } from "../view.js";
import { deletionProtection } from "./deletion-protection.js";
import { destroyStateful } from "./destroy-stateful.js";
import { iamRisks } from "./iam.js";
import { openToInternet } from "./open-to-internet.js";
import { publicS3 } from "./public-s3.js";
import { replacement } from "./replacement.js";
import type { RiskRule } from "./types.js";

export { driftRisk } from "./drift.js";

const RULES: readonly RiskRule[] = [destroyStateful, deletionProtection, replacement, openToInternet, publicS3, iamRisks];

const ORDER: Readonly<Record<Severity, number>> = { high: 0, medium: 1, low: 2 };

/** Risks of one planned change, most severe first. No-op, read and forget carry none. */
export function assessRisks(view: ChangeView, entry: CatalogEntry): Risk[] {
  const { action } = view;
  if (action === "no-op" || action === "read" || action === "forget") return [];
  const risks: Risk[] = [];
  for (const rule of RULES) for (const risk of rule(view, entry)) risks.push(risk);
  return risks.length > 1 ? risks.sort(bySeverity) : risks;
}

function bySeverity(a: Risk, b: Risk): number {
  return ORDER[a.severity] - ORDER[b.severity];
}
