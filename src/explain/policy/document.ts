import { cachedByText, parseJsonSafely } from "../json-cache.js";

export type PrincipalType = "*" | "AWS" | "Service" | "Federated" | "CanonicalUser";

export interface Principal {
  type: PrincipalType;
  id: string;
}

/** An IAM policy statement, normalised: lists are always lists. */
export interface PolicyStatement {
  effect: "Allow" | "Deny";
  actions: string[];
  notAction: boolean;
  resources: string[];
  notResource: boolean;
  /** null for identity policies (no Principal element). */
  principals: Principal[] | null;
  notPrincipal: boolean;
  /** Operator → condition key → values; null when there is no Condition. */
  conditions: Record<string, Record<string, string[]>> | null;
  /** Identity of the statement for before/after comparison (Sid ignored). */
  key: string;
}

export interface PolicyDocument {
  statements: PolicyStatement[];
}

/** Parses an IAM-style JSON policy once per distinct text; undefined when it is not one. */
export const parsePolicy: (text: string) => PolicyDocument | undefined = cachedByText((text) => {
  // A cheap test first: most strings in a plan are not policies.
  if (!text.includes("Statement")) return undefined;
  const json = parseJsonSafely(text);
  if (!isRecord(json)) return undefined;
  const raw = json.Statement;
  const list = Array.isArray(raw) ? raw : isRecord(raw) ? [raw] : undefined;
  if (!list) return undefined;
  return { statements: list.filter(isRecord).map(normaliseStatement) };
});

function normaliseStatement(s: Record<string, unknown>): PolicyStatement {
  const notAction = s.NotAction !== undefined;
  const notResource = s.NotResource !== undefined;
  const notPrincipal = s.NotPrincipal !== undefined;
  const statement = {
    effect: s.Effect === "Deny" ? "Deny" : "Allow",
    actions: strings(notAction ? s.NotAction : s.Action),
    notAction,
    resources: strings(notResource ? s.NotResource : s.Resource),
    notResource,
    principals: principals(notPrincipal ? s.NotPrincipal : s.Principal),
    notPrincipal,
    conditions: conditions(s.Condition),
  } as const;
  const key = JSON.stringify([
    statement.effect,
    notAction,
    [...statement.actions].sort(),
    notResource,
    [...statement.resources].sort(),
    notPrincipal,
    statement.principals?.map((p) => `${p.type}:${p.id}`).sort() ?? null,
    statement.conditions,
  ]);
  return { ...statement, key };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function strings(v: unknown): string[] {
  if (typeof v === "string") return [v];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
}

/** Condition values may be strings, numbers or booleans, alone or in a list. */
function scalars(v: unknown): string[] {
  const list = Array.isArray(v) ? v : [v];
  return list.filter((x) => typeof x === "string" || typeof x === "number" || typeof x === "boolean").map(String);
}

const PRINCIPAL_TYPES: readonly PrincipalType[] = ["AWS", "Service", "Federated", "CanonicalUser"];

function principals(v: unknown): Principal[] | null {
  if (v === undefined) return null;
  if (v === "*") return [{ type: "*", id: "*" }];
  if (!isRecord(v)) return [];
  return PRINCIPAL_TYPES.flatMap((type) => strings(v[type]).map((id) => ({ type, id })));
}

function conditions(v: unknown): PolicyStatement["conditions"] {
  if (!isRecord(v)) return null;
  const out: Record<string, Record<string, string[]>> = {};
  for (const [operator, block] of Object.entries(v)) {
    if (!isRecord(block)) continue;
    const keys: Record<string, string[]> = {};
    for (const [key, values] of Object.entries(block)) keys[key] = scalars(values);
    out[operator] = keys;
  }
  return Object.keys(out).length > 0 ? out : null;
}

/** Values of every condition whose key ends with `suffix` (e.g. `:sub`), whatever the operator. */
export function conditionValues(statement: PolicyStatement, suffix: string): string[] {
  if (!statement.conditions) return [];
  const values: string[] = [];
  for (const block of Object.values(statement.conditions)) {
    for (const [key, v] of Object.entries(block)) if (key.toLowerCase().endsWith(suffix)) values.push(...v);
  }
  return values;
}

const ASSUME_ACTIONS = new Set(["sts:assumerole", "sts:assumerolewithwebidentity", "sts:assumerolewithsaml", "sts:*", "*"]);

/** A trust statement: who may assume a role. */
export function isTrustStatement(statement: PolicyStatement): boolean {
  return statement.principals !== null && !statement.notAction && statement.actions.some((a) => ASSUME_ACTIONS.has(a.toLowerCase()));
}
