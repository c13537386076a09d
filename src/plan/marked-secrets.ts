import { isRecord } from "./checks.js";
import type { RawChange, RawPlan } from "./validate.js";

/**
 * Values shorter than this are not hunted elsewhere in the plan: a sensitive
 * block holding "true" or "443" must not hide every "true" and 443.
 */
export const SHORTEST_PROPAGATED_SECRET = 4;

/**
 * Every string terraform marked sensitive anywhere in the document: under a
 * `before_sensitive`/`after_sensitive` mask, in a sensitive output, or the
 * value of a root variable declared `sensitive`. Terraform does not carry the
 * mark into values a provider computes from a secret (`terraform_data.output`
 * copies `input`, an SSM parameter mirrors a database endpoint), so the masker
 * hides these strings wherever else they appear, whole.
 */
export function collectMarkedSecrets(plan: RawPlan): Set<string> {
  const secrets = new Set<string>();
  const add = (value: unknown): void => collectStrings(value, secrets);
  for (const entry of plan.resource_changes) collectFromChange(entry.change, add);
  for (const entry of plan.resource_drift) collectFromChange(entry.change, add);
  for (const [, output] of plan.output_changes) {
    if (output.before_sensitive === true || output.after_sensitive === true) {
      add(output.before);
      add(output.after);
    } else {
      collectFromChange(output, add);
    }
  }
  collectSensitiveVariables(plan, add);
  return secrets;
}

function collectFromChange(change: RawChange, add: (value: unknown) => void): void {
  underMask(change.before, change.before_sensitive, add);
  underMask(change.after, change.after_sensitive, add);
}

/** Calls `add` with each part of `value` the mask marks `true`. */
function underMask(value: unknown, mask: unknown, add: (value: unknown) => void): void {
  if (mask === true) {
    add(value);
    return;
  }
  if (typeof mask !== "object" || mask === null || typeof value !== "object" || value === null) return;
  if (Array.isArray(mask) && Array.isArray(value)) {
    // The elements both have, by index: what the keyed walk below does, without building index strings.
    const shared = Math.min(mask.length, value.length);
    for (let i = 0; i < shared; i++) underMask(value[i], mask[i], add);
    return;
  }
  // for…in rather than Object.keys: no list is built per mask object (Object.hasOwn rules out inherited keys).
  for (const key in mask) {
    if (Object.hasOwn(mask, key) && Object.hasOwn(value, key)) {
      underMask((value as Record<string, unknown>)[key], (mask as Record<string, unknown>)[key], add);
    }
  }
}

function collectSensitiveVariables(plan: RawPlan, add: (value: unknown) => void): void {
  const rootModule = plan.configuration?.["root_module"];
  const declared = isRecord(rootModule) ? rootModule["variables"] : undefined;
  const values = plan.variables;
  if (!isRecord(declared) || !isRecord(values)) return;
  for (const [name, declaration] of Object.entries(declared)) {
    const given = values[name];
    if (isRecord(declaration) && declaration["sensitive"] === true && isRecord(given)) add(given["value"]);
  }
}

function collectStrings(value: unknown, into: Set<string>): void {
  if (typeof value === "string") {
    if (value.length >= SHORTEST_PROPAGATED_SECRET) into.add(value);
  } else if (typeof value === "object" && value !== null) {
    for (const child of Object.values(value)) collectStrings(child, into);
  }
}
