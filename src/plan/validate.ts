import { actionMeaning, KNOWN_ACTIONS, type ActionMeaning } from "./actions.js";
import { isArrayOrNull, isBoolean, isRecord, isRecordOrNull, isString, optional, required } from "./checks.js";
import { describeType, PlanError, quote } from "./errors.js";
import type { PathStep } from "./model.js";
import { childPath } from "./path-text.js";
import { memberText, type KeepText, type MemberSelection } from "./select-members.js";

/**
 * The parts of a `terraform show -json` document the model is built from,
 * checked for type. Everything else (checks, action_invocations, identities,
 * keys newer versions add) is left alone. Entries are the parsed JSON objects
 * themselves, typed after checking, not copies.
 */
export interface RawPlan {
  formatVersion?: string;
  terraform_version?: string;
  resource_changes: readonly RawResourceChange[];
  resource_drift: readonly RawResourceChange[];
  output_changes: [name: string, change: RawChange][];
  /**
   * As parsed: the whole block, or only `root_module.variables` and
   * `root_module.outputs` when the rest was kept as `configurationText`.
   */
  configuration?: Record<string, unknown>;
  /** The whole `configuration` block as UTF-8 JSON text, when it was not parsed whole. */
  configurationText?: Uint8Array;
  planned_values?: unknown;
  variables?: unknown;
  errored?: boolean;
  applyable?: boolean;
  complete?: boolean;
}

export interface RawResourceChange {
  readonly address?: string;
  readonly module_address?: string;
  readonly mode?: "managed" | "data";
  readonly type?: string;
  readonly name?: string;
  readonly index?: number | string | null;
  readonly provider_name?: string;
  readonly previous_address?: string;
  readonly action_reason?: string;
  readonly deposed?: string;
  readonly change: RawChange;
}

export interface RawChange {
  readonly actions: readonly string[];
  readonly before?: unknown;
  readonly after?: unknown;
  readonly after_unknown?: unknown;
  readonly before_sensitive?: unknown;
  readonly after_sensitive?: unknown;
  readonly replace_paths?: readonly (readonly PathStep[])[] | null;
  readonly importing?: { readonly id?: unknown } | null;
}

/** Keys only a plan has; a state file or a log line has none of them. */
const PLAN_KEYS = [
  "resource_changes",
  "resource_drift",
  "output_changes",
  "planned_values",
  "plan_format_version",
  "errored",
  "applyable",
];

/**
 * The members validatePlan and the model read, for reading a plan without
 * building the rest (see readSelectedMembers): the state before and after
 * (`prior_state`, `planned_values.root_module`), `relevant_attributes`,
 * `checks` and the like are as large as the changes and never read. Only
 * `planned_values.outputs` is, for output sensitivity in old plans;
 * `variables` is, for the values of variables declared sensitive, with
 * `configuration.root_module.variables` saying which are;
 * `configuration.root_module.outputs` for output sensitivity too. The rest
 * of `configuration` (as large as the changes) is kept as text, parsed only
 * when the diagram is drawn. `values` and `@message` only tell a state file
 * or a log from a plan.
 */
export const PLAN_MEMBERS: MemberSelection = new Map<string, true | MemberSelection | KeepText>([
  ...["format_version", "plan_format_version", "terraform_version", "errored", "applyable", "complete"].map((key) => [key, true] as const),
  ...["resource_changes", "resource_drift", "output_changes", "variables", "values", "@message"].map((key) => [key, true] as const),
  ["planned_values", new Map([["outputs", true]])],
  ["configuration", { keepText: new Map([["root_module", new Map([["variables", true], ["outputs", true]])]]) }],
]);

export function looksLikePlan(document: unknown): boolean {
  return isRecord(document) && PLAN_KEYS.some((key) => Object.hasOwn(document, key));
}

export function validatePlan(document: unknown): RawPlan {
  if (!isRecord(document)) {
    throw new PlanError(`expected a JSON object (the output of terraform show -json), got ${describeType(document)}`);
  }
  if (!looksLikePlan(document)) throw notAPlan(document);
  const plan: RawPlan = {
    resource_changes: resourceChanges(document, "resource_changes"),
    resource_drift: resourceChanges(document, "resource_drift"),
    output_changes: outputChanges(document),
    planned_values: document["planned_values"],
    variables: document["variables"],
  };
  const formatVersion = supportedVersion(document, "format_version") ?? supportedVersion(document, "plan_format_version");
  if (formatVersion !== undefined) plan.formatVersion = formatVersion;
  const terraformVersion = optional(document, "terraform_version", "", isString, "string");
  if (terraformVersion !== undefined) plan.terraform_version = terraformVersion;
  const configuration = optional(document, "configuration", "", isRecord, "object");
  if (configuration !== undefined) {
    plan.configuration = configuration;
    const text = memberText(configuration);
    if (text !== undefined) plan.configurationText = text;
  }
  for (const flag of ["errored", "applyable", "complete"] as const) {
    const value = optional(document, flag, "", isBoolean, "boolean");
    if (value !== undefined) plan[flag] = value;
  }
  return plan;
}

/** What an `actions` array means; only called on validated changes, where it always has a meaning. */
export function meaningOf(change: RawChange): ActionMeaning {
  const meaning = actionMeaning(change.actions);
  if (meaning === undefined) throw new Error(`actions ${JSON.stringify(change.actions)} were not validated`);
  return meaning;
}

function notAPlan(document: Record<string, unknown>): PlanError {
  const hint = Object.hasOwn(document, "values")
    ? "it looks like terraform state; run terraform show -json on a saved plan file"
    : Object.hasOwn(document, "@message")
      ? "it looks like the log of terraform plan -json; save the plan with -out and run terraform show -json on it"
      : "expected the output of terraform show -json <planfile>";
  return new PlanError(`not a terraform plan: it has none of ${PLAN_KEYS.join(", ")} (${hint})`);
}

const SUPPORTED_VERSION = /^(?:0\.[1-9][0-9]*|1\.[0-9]+)(?:\.[0-9]+)?$/;

function supportedVersion(document: Record<string, unknown>, key: string): string | undefined {
  const version = optional(document, key, "", isString, "string");
  if (version === undefined) return undefined;
  if (!SUPPORTED_VERSION.test(version)) {
    throw new PlanError(`${key} ${quote(version)} is not supported (0.1 to 1.x)`, key);
  }
  return version;
}

function resourceChanges(document: Record<string, unknown>, key: string): readonly RawResourceChange[] {
  const list = optional(document, key, "", isArrayOrNull, "array");
  if (list === undefined || list === null) return [];
  for (let i = 0; i < list.length; i++) {
    // The located check (and its path text) only for an entry that fails the quick one.
    if (!isWellFormed(list[i])) checkResourceChange(list[i], `${key}[${i}]`);
  }
  return list as RawResourceChange[];
}

/** What checkResourceChange accepts, answered without building any path or message. */
function isWellFormed(entry: unknown): boolean {
  if (!isRecord(entry)) return false;
  const change = entry["change"];
  if (!isRecord(change)) return false;
  const actions = change["actions"];
  if (!Array.isArray(actions) || actionMeaning(actions) === undefined || !actions.every(isString)) return false;
  const replacePaths = change["replace_paths"];
  if (replacePaths !== undefined && replacePaths !== null && !isPathList(replacePaths)) return false;
  const importing = change["importing"];
  if (importing !== undefined && !isRecordOrNull(importing)) return false;
  // STRING_FIELDS, spelled out: fixed names make fast property reads.
  const stringsOrAbsent =
    isStringOrAbsent(entry["address"]) &&
    isStringOrAbsent(entry["module_address"]) &&
    isStringOrAbsent(entry["type"]) &&
    isStringOrAbsent(entry["name"]) &&
    isStringOrAbsent(entry["provider_name"]) &&
    isStringOrAbsent(entry["previous_address"]) &&
    isStringOrAbsent(entry["action_reason"]) &&
    isStringOrAbsent(entry["deposed"]);
  if (!stringsOrAbsent) return false;
  const mode = entry["mode"];
  if (mode !== undefined && mode !== "managed" && mode !== "data") return false;
  const index = entry["index"];
  if (index !== undefined && !isIndex(index)) return false;
  return entry["address"] !== undefined || (entry["type"] !== undefined && entry["name"] !== undefined);
}

function isStringOrAbsent(value: unknown): boolean {
  return value === undefined || typeof value === "string";
}

function isPathList(value: unknown): boolean {
  return Array.isArray(value) && value.every((steps) => Array.isArray(steps) && steps.every(isPathStep));
}

const STRING_FIELDS = [
  "address",
  "module_address",
  "type",
  "name",
  "provider_name",
  "previous_address",
  "action_reason",
  "deposed",
];

function checkResourceChange(entry: unknown, path: string): void {
  const record = required(entry, path, isRecord, "object");
  checkChange(record["change"], path, "change");
  for (const key of STRING_FIELDS) optional(record, key, path, isString, "string");
  const mode = record["mode"];
  if (mode !== undefined && mode !== "managed" && mode !== "data") {
    const modePath = childPath(path, "mode");
    const found = typeof mode === "string" ? quote(mode) : describeType(mode);
    throw new PlanError(`${modePath}: expected "managed" or "data", got ${found}`, modePath);
  }
  optional(record, "index", path, isIndex, "number, string or null");
  if (record["address"] === undefined && (record["type"] === undefined || record["name"] === undefined)) {
    throw new PlanError(`${path}: expected an address, or a type and a name`, path);
  }
}

function checkChange(value: unknown, parentPath: string, key: string): void {
  if (!isRecord(value)) required(value, childPath(parentPath, key), isRecord, "object");
  const record = value as Record<string, unknown>;
  checkActions(record["actions"], parentPath, key);
  const replacePaths = record["replace_paths"];
  if (replacePaths !== undefined && replacePaths !== null) checkReplacePaths(replacePaths, childPath(childPath(parentPath, key), "replace_paths"));
  if (record["importing"] !== undefined) optional(record, "importing", childPath(parentPath, key), isRecordOrNull, "object");
}

function checkActions(value: unknown, parentPath: string, changeKey: string): void {
  if (Array.isArray(value) && value.every(isString) && actionMeaning(value) !== undefined) return;
  // Slow path, for the error: say what exactly is wrong.
  const path = childPath(childPath(parentPath, changeKey), "actions");
  const actions = required(value, path, Array.isArray, "array");
  if (actions.length === 0) throw new PlanError(`${path}: expected at least one action, got an empty array`, path);
  for (let i = 0; i < actions.length; i++) {
    const action = required(actions[i], `${path}[${i}]`, isString, "string");
    if (!KNOWN_ACTIONS.includes(action)) {
      throw new PlanError(`${path}[${i}]: unknown action ${quote(action)} (expected ${KNOWN_ACTIONS.join(", ")})`, `${path}[${i}]`);
    }
  }
  throw new PlanError(`${path}: unsupported combination ${JSON.stringify(actions)}`, path);
}

function checkReplacePaths(value: unknown, path: string): void {
  const list = required(value, path, Array.isArray, "array");
  for (let i = 0; i < list.length; i++) {
    const steps = required(list[i], `${path}[${i}]`, Array.isArray, "array");
    for (let k = 0; k < steps.length; k++) required(steps[k], `${path}[${i}][${k}]`, isPathStep, "string or number");
  }
}

function outputChanges(document: Record<string, unknown>): [string, RawChange][] {
  const outputs = optional(document, "output_changes", "", isRecordOrNull, "object");
  if (outputs === undefined || outputs === null) return [];
  return Object.keys(outputs).map((name) => {
    checkChange(outputs[name], "output_changes", name);
    return [name, outputs[name] as RawChange];
  });
}

function isIndex(value: unknown): value is number | string | null {
  return value === null || typeof value === "number" || typeof value === "string";
}

function isPathStep(value: unknown): value is PathStep {
  return typeof value === "number" || typeof value === "string";
}
