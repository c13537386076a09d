import { Sensitive, Unknown, type Value } from "../plan/model.js";
import { code } from "./text.js";

export type ValueObject = { [key: string]: Value };

export function isObject(v: Value | undefined): v is ValueObject {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Unknown) && !(v instanceof Sensitive);
}

export function isMasked(v: Value | undefined): v is Unknown | Sensitive {
  return v instanceof Unknown || v instanceof Sensitive;
}

export function field(v: Value | undefined, name: string): Value | undefined {
  return isObject(v) ? v[name] : undefined;
}

export function asString(v: Value | undefined): string | undefined {
  return typeof v === "string" ? v : undefined;
}

/** Numbers, and numeric strings (ECS task cpu/memory are strings in plans). */
export function asNumber(v: Value | undefined): number | undefined {
  if (typeof v === "number") return v;
  if (typeof v === "string" && v.trim() !== "") {
    const n = Number(v);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

export function asBool(v: Value | undefined): boolean | undefined {
  return typeof v === "boolean" ? v : undefined;
}

export function asList(v: Value | undefined): Value[] {
  return Array.isArray(v) ? v : [];
}

/** Strings of a list attribute, ignoring masked or odd members. */
export function asStrings(v: Value | undefined): string[] {
  if (typeof v === "string") return [v];
  return asList(v).filter((x): x is string => typeof x === "string");
}

/** The first object of a nested block list (`health_check[0]`), or the object itself. */
export function block(v: Value | undefined): ValueObject | undefined {
  if (isObject(v)) return v;
  const first = asList(v)[0];
  return isObject(first) ? first : undefined;
}

/** Empty-ish values that say nothing when shown ("sets x to []"). */
export function isBlank(v: Value | undefined): boolean {
  if (v === undefined || v === null || v === "") return true;
  if (Array.isArray(v)) return v.length === 0;
  if (isObject(v)) return Object.keys(v).length === 0;
  return false;
}

/** Terraform's "nothing": absent, null, [] and {} mean the same, as in the parser's diffs. */
function isNothing(v: Value | undefined): boolean {
  return v === undefined || v === null || (Array.isArray(v) && v.length === 0) || (isObject(v) && Object.keys(v).length === 0);
}

/** Deep equality where every kind of "nothing" is equal, at any depth. */
export function deepEqual(a: Value | undefined, b: Value | undefined): boolean {
  if (a === b) return true;
  if (isNothing(a) && isNothing(b)) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => deepEqual(x, b[i]));
  }
  if (isObject(a)) {
    if (!isObject(b)) return false;
    for (const k of Object.keys(a)) if (!deepEqual(a[k], b[k])) return false;
    for (const k of Object.keys(b)) if (!(k in a) && !isNothing(b[k])) return false;
    return true;
  }
  return false;
}

const MAX_SHOWN = 80;
const LINE_BREAKS = /\s*[\r\n]+\s*/g;

function truncate(s: string): string {
  const line = s.replace(LINE_BREAKS, " ");
  return line.length > MAX_SHOWN ? `${line.slice(0, MAX_SHOWN - 1)}…` : line;
}

/**
 * A value as text. Masked values print as their placeholder via toJSON; the
 * original is not in the model, so nothing can leak from here.
 */
export function display(v: Value | undefined): string {
  if (v === undefined) return "(none)";
  if (v instanceof Unknown || v instanceof Sensitive) return v.toJSON();
  if (typeof v === "string") return truncate(v);
  if (v === null || typeof v !== "object") return String(v);
  return truncate(JSON.stringify(v));
}

/** A value for a sentence: in a code span, except the masked placeholders. */
export function shown(v: Value | undefined): string {
  return isMasked(v) ? v.toJSON() : code(display(v));
}
