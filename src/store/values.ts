/** Conversions between the API's values and their stored text form. */

export function iso(date: Date | undefined): string {
  return (date ?? new Date()).toISOString();
}

export function login(value: string): string {
  return value.toLowerCase();
}

export function toJson(value: unknown): string {
  return JSON.stringify(value ?? null);
}

export function stringList(text: string): string[] {
  const value: unknown = JSON.parse(text);
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

/** Row count from an insert/update/delete result (bigint in Kysely). */
export function affected(result: { numInsertedOrUpdatedRows?: bigint; numUpdatedRows?: bigint; numDeletedRows?: bigint }): number {
  return Number(result.numInsertedOrUpdatedRows ?? result.numUpdatedRows ?? result.numDeletedRows ?? 0n);
}
