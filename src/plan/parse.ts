import { formatResourceAddress, parseResourceAddress, shortProviderName, type ResourceAddressParts } from "./address.js";
import { isRecord } from "./checks.js";
import { diffAttributes, isNothing, sameJson } from "./diff.js";
import { PlanError, quote } from "./errors.js";
import type { Masker } from "./mask.js";
import { defineLazyDiffs } from "./lazy-diffs.js";
import type { AttributeDiff, Change, OutputChange, Plan } from "./model.js";
import { defineLazyReferences } from "./references.js";
import { meaningOf, type RawChange, type RawPlan, type RawResourceChange } from "./validate.js";

/** Builds the model from a validated document; every value goes through the masker. */
export function buildPlan(raw: RawPlan, masker: Masker): Plan {
  const plan: Omit<Plan, "references"> = {
    formatVersion: raw.formatVersion ?? "unspecified",
    changes: raw.resource_changes.map((entry, i) => buildChange(entry, "resource_changes", i, masker)),
    drift: raw.resource_drift.map((entry, i) => buildChange(entry, "resource_drift", i, masker)),
    outputs: raw.output_changes.map(([name, change]) => buildOutput(name, change, raw, masker)),
    errored: raw.errored ?? false,
  };
  defineLazyReferences(plan, raw.configuration, raw.configurationText);
  if (raw.terraform_version !== undefined) plan.terraformVersion = raw.terraform_version;
  if (raw.applyable !== undefined) plan.applyable = raw.applyable;
  if (raw.complete !== undefined) plan.complete = raw.complete;
  return plan;
}

function buildChange(entry: RawResourceChange, list: string, i: number, masker: Masker): Change {
  const parts = addressParts(entry, list, i);
  const raw = entry.change;
  const meaning = meaningOf(raw);
  const hiddenSoFar = masker.hiddenValues;
  const before = masker.maskObject(raw.before, raw.before_sensitive, undefined);
  // Most entries of a large plan are no-ops whose before and after terraform prints identical:
  // sharing one masked copy halves the work for them.
  const sharesBefore =
    meaning.action === "no-op" && isNothing(raw.after_unknown) && sameJson(raw.before_sensitive, raw.after_sensitive);
  const after = sharesBefore ? before : masker.maskObject(raw.after, raw.after_sensitive, raw.after_unknown);
  const change: Omit<Change, "diffs"> & { diffs?: AttributeDiff[] } = {
    address: entry.address ?? formatResourceAddress(parts),
    moduleAddress: parts.moduleAddress,
    mode: parts.mode,
    type: parts.type,
    name: parts.name,
    index: parts.index,
    providerName: entry.provider_name ?? shortProviderName(undefined, parts.type),
    provider: shortProviderName(entry.provider_name, parts.type),
    action: meaning.action,
    // Validated strings, and the parsed document is not used after parsing: no need for a copy.
    rawActions: raw.actions as string[],
    before,
    after,
  };
  if (meaning.action === "no-op") {
    change.diffs = [];
  } else {
    const input = { rawBefore: raw.before, rawAfter: raw.after, before, after, replacePaths: raw.replace_paths ?? [] };
    // Raw values may only outlive parsing when they hold nothing the masked ones hide.
    if (masker.hiddenValues === hiddenSoFar) defineLazyDiffs(change, input);
    else change.diffs = diffAttributes(input);
  }
  if (meaning.replaceOrder !== undefined) change.replaceOrder = meaning.replaceOrder;
  if (entry.action_reason !== undefined) change.actionReason = entry.action_reason;
  if (entry.previous_address !== undefined) change.previousAddress = entry.previous_address;
  if (entry.deposed !== undefined) change.deposed = entry.deposed;
  if (isRecord(raw.importing)) change.importing = importing(raw.importing["id"], masker);
  return change as Change;
}

/**
 * Fields the entry leaves out are read from its address: hand-made plans and
 * some terraform 0.15 drift entries omit some. Terraform's own entries have
 * them all, and their address is then not parsed.
 */
function addressParts(entry: RawResourceChange, list: string, i: number): ResourceAddressParts {
  const { address, type, name, mode } = entry;
  const complete =
    type !== undefined &&
    name !== undefined &&
    mode !== undefined &&
    (entry.module_address !== undefined || !address?.startsWith("module.")) &&
    (entry.index !== undefined || !address?.endsWith("]"));
  if (complete) {
    return { moduleAddress: entry.module_address ?? null, mode, type, name, index: entry.index ?? null };
  }
  const parsed = address === undefined ? undefined : parseResourceAddress(address);
  const knownType = type ?? parsed?.type;
  const knownName = name ?? parsed?.name;
  if (knownType === undefined || knownName === undefined) {
    const path = `${list}[${i}].address`;
    throw new PlanError(`${path}: cannot read resource address ${quote(address ?? "")}`, path);
  }
  return {
    moduleAddress: entry.module_address ?? parsed?.moduleAddress ?? null,
    mode: mode ?? parsed?.mode ?? "managed",
    type: knownType,
    name: knownName,
    index: entry.index !== undefined ? entry.index : (parsed?.index ?? null),
  };
}

/** An import id that looks like a secret is left out rather than shown. */
function importing(id: unknown, masker: Masker): { id?: string } {
  if (typeof id !== "string") return {};
  return masker.maskNamed("id", id, undefined, undefined) === id ? { id } : {};
}

function buildOutput(name: string, raw: RawChange, plan: RawPlan, masker: Masker): OutputChange {
  const sensitive = raw.before_sensitive === true || raw.after_sensitive === true || declaredSensitive(plan, name);
  return {
    name,
    action: meaningOf(raw).action,
    sensitive,
    before: masker.maskNamed(name, raw.before, sensitive || raw.before_sensitive, undefined),
    after: masker.maskNamed(name, raw.after, sensitive || raw.after_sensitive, raw.after_unknown),
  };
}

/** Plans before terraform 0.15 carry output sensitivity only in planned_values or the configuration. */
function declaredSensitive(plan: RawPlan, name: string): boolean {
  const planned = dig(plan.planned_values, "outputs", name, "sensitive");
  const configured = dig(plan.configuration, "root_module", "outputs", name, "sensitive");
  return planned === true || configured === true;
}

function dig(value: unknown, ...keys: string[]): unknown {
  let current = value;
  for (const key of keys) {
    if (!isRecord(current) || !Object.hasOwn(current, key)) return undefined;
    current = current[key];
  }
  return current;
}
