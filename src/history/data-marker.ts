/**
 * Structured data hidden in an issue body as `<!-- infra-coach:<kind> <base64url JSON> -->`.
 * base64url cannot contain `-->`, so no field value can end the comment early
 * and show (or inject) anything; the rendered text next to it is for people.
 */

const MARKER = (kind: string) => new RegExp(`<!-- infra-coach:${kind} ([A-Za-z0-9_-]+) -->`);

export function encodeDataMarker(kind: string, data: unknown): string {
  return `<!-- infra-coach:${kind} ${Buffer.from(JSON.stringify(data), "utf8").toString("base64url")} -->`;
}

/** The JSON value of the first marker of this kind, or undefined when absent or not JSON. */
export function decodeDataMarker(body: string | null | undefined, kind: string): unknown {
  const encoded = MARKER(kind).exec(body ?? "")?.[1];
  if (encoded === undefined) return undefined;
  try {
    return JSON.parse(Buffer.from(encoded, "base64url").toString("utf8")) as unknown;
  } catch {
    return undefined;
  }
}
