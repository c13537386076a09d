import { describeType, PlanError } from "./errors.js";
import { childPath } from "./path-text.js";

/** Type checks that fail with a located PlanError: `resource_changes[3].change: expected object, got string`. */

export function required<T>(value: unknown, path: string, is: (v: unknown) => v is T, expected: string): T {
  if (!is(value)) throw new PlanError(`${path}: expected ${expected}, got ${describeType(value)}`, path);
  return value;
}

/** A key that may be absent; when present it must have the right type. */
export function optional<T>(
  record: Record<string, unknown>,
  key: string,
  parentPath: string,
  is: (v: unknown) => v is T,
  expected: string,
): T | undefined {
  const value = record[key];
  if (value === undefined || is(value)) return value;
  // The path is only built for the error: validation runs over every entry of large plans.
  return required(value, childPath(parentPath, key), is, expected);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function isRecordOrNull(value: unknown): value is Record<string, unknown> | null {
  return value === null || isRecord(value);
}

export function isArrayOrNull(value: unknown): value is unknown[] | null {
  return value === null || Array.isArray(value);
}

export function isString(value: unknown): value is string {
  return typeof value === "string";
}

export function isBoolean(value: unknown): value is boolean {
  return typeof value === "boolean";
}
