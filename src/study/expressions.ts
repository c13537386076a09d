/**
 * Reading Terraform expressions as @cdktf/hcl2json hands them over: literal
 * values stay JSON values, and anything computed is a string template such as
 * `"${aws_lb.main.arn}"` or `"${var.env}-web"` (Terraform's JSON syntax uses
 * the same convention, so `.tf.json` files read the same way).
 */

export type TemplatePart =
  | { kind: "literal"; text: string }
  | { kind: "expression"; text: string }
  /** `%{ if … }` and friends: never evaluated here. */
  | { kind: "directive"; text: string };

/**
 * Splits a template string into literal text and `${…}` / `%{…}` parts.
 * `$${` and `%%{` are escapes for a literal `${` / `%{`. Quotes and braces
 * inside an interpolation are followed, so `${file("${path.module}/a")}` is
 * one part. An unterminated interpolation is kept as literal text.
 */
export function templateParts(text: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let literal = "";
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    const next = text[index + 1];
    if ((char === "$" || char === "%") && next === char && text[index + 2] === "{") {
      literal += `${char}{`;
      index += 3;
      continue;
    }
    if ((char === "$" || char === "%") && next === "{") {
      const end = closingBrace(text, index + 2);
      if (end === undefined) {
        literal += text.slice(index);
        break;
      }
      if (literal !== "") parts.push({ kind: "literal", text: literal });
      literal = "";
      const inner = text.slice(index + 2, end);
      parts.push(char === "$" ? { kind: "expression", text: inner.trim() } : { kind: "directive", text: inner.trim() });
      index = end + 1;
      continue;
    }
    literal += char;
    index += 1;
  }
  if (literal !== "") parts.push({ kind: "literal", text: literal });
  return parts;
}

/** Index of the `}` closing an interpolation whose body starts at `start`. */
function closingBrace(text: string, start: number): number | undefined {
  let depth = 0;
  let index = start;
  while (index < text.length) {
    const char = text[index];
    if (char === '"') {
      const end = closingQuote(text, index + 1);
      if (end === undefined) return undefined;
      index = end + 1;
      continue;
    }
    if (char === "{") depth += 1;
    else if (char === "}") {
      if (depth === 0) return index;
      depth -= 1;
    }
    index += 1;
  }
  return undefined;
}

/** Index of the `"` closing a quoted template (which may hold interpolations) starting at `start`. */
function closingQuote(text: string, start: number): number | undefined {
  let index = start;
  while (index < text.length) {
    const char = text[index];
    if (char === "\\") {
      index += 2;
      continue;
    }
    if (char === '"') return index;
    if ((char === "$" || char === "%") && text[index + 1] === "{") {
      const end = closingBrace(text, index + 2);
      if (end === undefined) return undefined;
      index = end + 1;
      continue;
    }
    index += 1;
  }
  return undefined;
}

/** True when the string computes something (holds `${…}` or `%{…}`), false for plain text. */
export function isTemplate(value: string): boolean {
  if (!value.includes("{")) return false;
  return templateParts(value).some((part) => part.kind !== "literal");
}

/** The expression inside a string that is exactly one `${…}`, e.g. `aws_lb.main.arn`; otherwise undefined. */
export function soleExpression(value: string): string | undefined {
  if (!value.startsWith("${")) return undefined;
  const parts = templateParts(value);
  const [only] = parts;
  return parts.length === 1 && only?.kind === "expression" ? only.text : undefined;
}

/**
 * A traversal such as `aws_subnet.public[0].id`, `module.net.vpc_id`,
 * `data.aws_iam_policy_document.trust.json` or `var.subnets.*.id`: a name
 * followed by at least one `.name`, `.*`, `.0` or `[…]` step.
 */
const TRAVERSAL = /(?<![\w.-])[A-Za-z_][\w-]*(?:\s*\.\s*(?:[A-Za-z_][\w-]*|\*|\d+)|\[(?:[^[\]]|\[[^[\]]*\])*\])+/g;

/**
 * The references an expression text makes, as names without instance keys
 * or splats: `element(aws_subnet.public.*.id, 0)` → [["aws_subnet", "public", "id"]].
 * Text inside quoted strings may produce extra candidates (`"a.b"`); callers
 * only keep names that resolve to something declared, so those fall away.
 */
export function traversalsIn(expression: string): string[][] {
  const found: string[][] = [];
  for (const match of expression.matchAll(TRAVERSAL)) {
    const names = match[0]
      .replace(/\[(?:[^[\]]|\[[^[\]]*\])*\]/g, "")
      .split(".")
      .map((step) => step.trim())
      .filter((step) => step !== "" && step !== "*" && !/^\d+$/.test(step));
    if (names.length >= 2) found.push(names);
    // An index may itself refer to something: aws_subnet.a[local.index] → local.index.
    for (const inner of match[0].matchAll(/\[((?:[^[\]]|\[[^[\]]*\])*)\]/g)) found.push(...traversalsIn(inner[1] ?? ""));
  }
  return found;
}

/** A computed value as it was written, for showing: `"${var.x}"` → `var.x`, a list or object as JSON. */
export function writtenText(value: unknown): string {
  if (typeof value === "string") return soleExpression(value) ?? value;
  return JSON.stringify(value) ?? String(value);
}

/** Every reference made anywhere inside a value (strings, lists and objects, at any depth). */
export function referencesIn(value: unknown): string[][] {
  const found: string[][] = [];
  const visit = (item: unknown): void => {
    if (typeof item === "string") {
      if (!item.includes("{")) return;
      for (const part of templateParts(item)) {
        if (part.kind === "literal") continue;
        // Raw text: interpolations inside quoted strings of the expression are scanned too.
        found.push(...traversalsIn(part.text));
      }
    } else if (Array.isArray(item)) {
      for (const element of item) visit(element);
    } else if (isRecord(item)) {
      for (const element of Object.values(item)) visit(element);
    }
  };
  visit(value);
  return found;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * hcl2json gives every nested block as a list of bodies, while a
 * `.tf.json` file or an attribute may give one object: always a list here.
 */
export function blocksOf(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.filter(isRecord);
  return isRecord(value) ? [value] : [];
}

/** Reads a literal string in the form Terraform would show it (`$${` is a literal `${`). */
export function unescapeLiteral(value: string): string {
  return value.replace(/([$%])\1\{/g, "$1{");
}
