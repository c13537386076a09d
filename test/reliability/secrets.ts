import { escapeHtml, escapeInline } from "../../src/render/index.js";

/**
 * Finding sensitive values of a raw plan and looking for them in output, in
 * every form the renderers could have written them.
 */

type Json = unknown;

function isRecord(value: Json): value is Record<string, Json> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function leaves(value: Json, into: Set<string>): void {
  if (typeof value === "string") into.add(value);
  else if (Array.isArray(value)) for (const item of value) leaves(item, into);
  else if (isRecord(value)) for (const item of Object.values(value)) leaves(item, into);
}

function keys(value: Json, into: Set<string>): void {
  if (Array.isArray(value)) for (const item of value) keys(item, into);
  else if (isRecord(value)) {
    for (const [key, item] of Object.entries(value)) {
      into.add(key);
      keys(item, into);
    }
  }
}

/**
 * Strings under a `*_sensitive: true` marker (resources, drift, outputs),
 * minus strings the same plan also shows unmarked or uses as a key (an
 * attribute named `secret` is no leak of the value "secret"), minus very
 * short ones (ordinary words like "on" occur in any text).
 */
export function sensitiveValues(documents: Json[]): Set<string> {
  const secret = new Set<string>();
  const visible = new Set<string>();
  const walk = (value: Json, mask: Json): void => {
    if (mask === true) return leaves(value, secret);
    if (typeof value === "string") visible.add(value);
    else if (Array.isArray(value)) value.forEach((item, i) => walk(item, Array.isArray(mask) ? mask[i] : undefined));
    else if (isRecord(value)) for (const [key, item] of Object.entries(value)) walk(item, isRecord(mask) ? mask[key] : undefined);
  };
  for (const document of documents) {
    if (!isRecord(document)) continue;
    const changes = [document.resource_changes, document.resource_drift].flatMap((list) => (Array.isArray(list) ? list : []));
    const outputs = isRecord(document.output_changes) ? Object.values(document.output_changes) : [];
    for (const change of [...changes.map((item) => (isRecord(item) ? item.change : undefined)), ...outputs]) {
      if (!isRecord(change)) continue;
      walk(change.before, change.before_sensitive);
      walk(change.after, change.after_sensitive);
    }
  }
  for (const document of documents) keys(document, visible);
  for (const value of visible) secret.delete(value);
  return new Set([...secret].filter((value) => value.trim().length > 3));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The forms a value takes in our output: raw, JSON-escaped, Markdown-escaped, HTML-escaped. */
export function renderedForms(value: string): string[] {
  return [...new Set([value, JSON.stringify(value).slice(1, -1), escapeInline(value), escapeHtml(value)])].filter((form) => form !== "");
}

/**
 * Whether `secret` appears in `output` as a value. A long secret counts
 * anywhere; a short one (e.g. "password", which catalog text also says) only
 * where values are written: quoted, in code, or in a table cell or JSON string.
 */
export function showsSecret(output: string, secret: string): boolean {
  const forms = renderedForms(secret);
  if (secret.length >= 16) return forms.some((form) => output.includes(form));
  const edge = "[`\"]";
  return forms.some((form) => new RegExp(`${edge}\\s?${escapeRegExp(form)}|${escapeRegExp(form)}\\s?(${edge}|\\\\)`).test(output));
}
