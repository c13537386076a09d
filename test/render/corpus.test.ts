import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { explainPlan } from "../../src/explain/index.js";
import { parsePlans, readPlanDocuments } from "../../src/plan/index.js";
import { renderComment } from "../../src/render/comment.js";
import { renderJson } from "../../src/render/json.js";
import { renderText } from "../../src/render/text.js";
import type { PlanSection } from "../../src/render/types.js";
import { markdownProblems } from "./markdown-checks.js";

const directory = fileURLToPath(new URL("../../../shared/corpus/plans/", import.meta.url));
const files = readdirSync(directory).filter((name) => name.endsWith(".json")).sort();

/**
 * Leaf strings terraform marked sensitive (before_sensitive/after_sensitive
 * true) in the raw plan, minus those the plan also shows unmarked elsewhere
 * (such a string is public in this plan, so showing it is no leak).
 */
function sensitiveStrings(documents: unknown[]): Set<string> {
  const secret = new Set<string>();
  const visible = new Set<string>();
  const walk = (value: unknown, mask: unknown): void => {
    if (mask === true) {
      collectLeaves(value, secret);
      return;
    }
    if (typeof value === "string") visible.add(value);
    else if (Array.isArray(value)) value.forEach((item, index) => walk(item, Array.isArray(mask) ? mask[index] : undefined));
    else if (value !== null && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) walk(item, isRecord(mask) ? mask[key] : undefined);
    }
  };
  for (const document of documents) {
    if (!isRecord(document)) continue;
    const changes = [document.resource_changes, document.resource_drift].flatMap((list) => (Array.isArray(list) ? list : []));
    const outputs = isRecord(document.output_changes) ? Object.values(document.output_changes) : [];
    for (const entry of [...changes.map((item) => (isRecord(item) ? item.change : undefined)), ...outputs]) {
      if (!isRecord(entry)) continue;
      walk(entry.before, entry.before_sensitive);
      walk(entry.after, entry.after_sensitive);
    }
  }
  for (const value of visible) secret.delete(value);
  return new Set([...secret].filter((value) => value.length > 3));
}

/**
 * Whether `secret` appears in the output as a value. Values are shown quoted
 * or as code; a short secret such as "password" also occurs as an ordinary
 * word in the catalog's text, which is no leak. Long secrets count anywhere.
 */
function showsAsValue(output: string, secret: string): boolean {
  const forms = [secret, JSON.stringify(secret).slice(1, -1)];
  if (secret.length >= 16) return forms.some((form) => output.includes(form));
  return forms.some((form) => new RegExp(`[\`"]${escapeRegExp(form)}|${escapeRegExp(form)}[\`"\\\\]`).test(output));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function collectLeaves(value: unknown, into: Set<string>): void {
  if (typeof value === "string") into.add(value);
  else if (Array.isArray(value)) for (const item of value) collectLeaves(item, into);
  else if (isRecord(value)) for (const item of Object.values(value)) collectLeaves(item, into);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

test("the leak check finds values, not ordinary words", () => {
  expect(showsAsValue("sets `password` to `hunter22`", "hunter22")).toBe(true);
  expect(showsAsValue('{"summary":"sets \\"db\\" to \\"hunter22\\""}', "hunter22")).toBe(true);
  expect(showsAsValue("never put the password in plain variables", "password")).toBe(false);
  expect(showsAsValue("token ghp_0123456789abcdefghij in prose", "ghp_0123456789abcdefghij")).toBe(true);
  expect(sensitiveStrings([{ resource_changes: [{ change: { after: { a: "s3cret!", b: "open" }, after_sensitive: { a: true } } }] }])).toStrictEqual(
    new Set(["s3cret!"]),
  );
});

describe("every real plan in the corpus renders", () => {
  let withSecrets = 0;
  afterAll(() => {
    // The corpus holds plans with sensitive values; the leak check must have had something to check.
    expect(withSecrets).toBeGreaterThan(10);
  });

  test.each(files)("%s", (name) => {
    const input = readFileSync(`${directory}${name}`);
    const sections: PlanSection[] = parsePlans(input).map((plan, index) => ({
      title: `${name} #${index + 1}`,
      explained: explainPlan(plan),
    }));
    const outputs = {
      markdownEn: renderComment(sections, { lang: "en" }),
      markdownJa: renderComment(sections, { lang: "ja" }),
      text: renderText(sections, "en"),
      json: JSON.stringify(renderJson(sections, "en")),
    };
    for (const markdown of [outputs.markdownEn, outputs.markdownJa]) {
      expect(markdown.length).toBeLessThanOrEqual(60_000);
      expect(markdownProblems(markdown)).toStrictEqual([]);
    }
    const secrets = sensitiveStrings(readPlanDocuments(input));
    if (secrets.size > 0) withSecrets += 1;
    for (const [format, output] of Object.entries(outputs)) {
      const leaked = [...secrets].filter((secret) => showsAsValue(output, secret));
      expect({ format, leaked }).toStrictEqual({ format, leaked: [] });
    }
  });
});
