import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { catalogEntryFor, explainPlan } from "../../src/explain/index.js";
import type { ExplainedPlan } from "../../src/explain/types.js";
import { parsePlans } from "../../src/plan/index.js";

const directory = fileURLToPath(new URL("../../../shared/corpus/plans/", import.meta.url));
const files = readdirSync(directory).filter((name) => name.endsWith(".json")).sort();

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

/** Every file of the corpus, explained once and shared by the tests below. */
const explained: { file: string; plans: ExplainedPlan[]; error?: unknown }[] = files.map((file) => {
  try {
    const plans = parsePlans(readFileSync(`${directory}${file}`)).map(explainPlan);
    return { file, plans };
  } catch (error) {
    return { file, plans: [], error };
  }
});

describe("explaining the real corpus", () => {
  it("has the corpus beside the repository", () => {
    expect(files.length).toBeGreaterThan(400);
  });

  it("explains every plan without throwing", () => {
    const failures = explained.filter((e) => e.error !== undefined).map((e) => `${e.file}: ${String(e.error)}`);
    expect(failures).toEqual([]);
  });

  it("gives every explanation a summary in both languages, and sentences and risks that are never empty", () => {
    const problems: string[] = [];
    for (const { file, plans } of explained) {
      for (const plan of plans) {
        for (const e of [...plan.explanations, ...plan.drift]) {
          const texts = [e.summary, ...e.sentences, ...e.risks.flatMap((r) => [r.message, r.why])];
          for (const t of texts) {
            if (t.en.trim() === "" || t.ja.trim() === "") problems.push(`${file} ${e.change.address}: empty text`);
            else if (!JAPANESE.test(t.ja) && !t.ja.startsWith("`")) problems.push(`${file} ${e.change.address}: ja has no Japanese: ${t.ja}`);
          }
          if (e.sentences.length > 8) problems.push(`${file} ${e.change.address}: ${e.sentences.length} sentences`);
        }
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it("keeps no-op and data-source reads out of the explanations but counts them", () => {
    let dropped = 0;
    for (const { plans } of explained) {
      for (const plan of plans) {
        const total = Object.values(plan.counts).reduce((a, b) => a + b, 0);
        expect(total).toBe(plan.plan.changes.length);
        expect(plan.coverage.catalog + plan.coverage.fallback).toBe(plan.plan.changes.length);
        for (const e of plan.explanations) {
          const plainNoOp = e.change.action === "no-op" && !e.change.importing && !e.change.previousAddress;
          expect(plainNoOp || (e.change.action === "read" && e.change.mode === "data")).toBe(false);
        }
        dropped += plan.plan.changes.length - plan.explanations.length;
      }
    }
    expect(dropped).toBeGreaterThan(0);
  });

  it("marks each explanation's source the way the catalog answers", () => {
    for (const { plans } of explained) {
      for (const plan of plans) {
        for (const e of plan.explanations) expect(e.source).toBe(catalogEntryFor(e.change.type) ? "catalog" : "fallback");
      }
    }
  });

  it("explains at least 95% of the corpus's resource changes from the catalog", () => {
    let catalog = 0;
    let total = 0;
    const missing = new Map<string, number>();
    for (const { plans } of explained) {
      for (const plan of plans) {
        catalog += plan.coverage.catalog;
        total += plan.coverage.catalog + plan.coverage.fallback;
        for (const change of plan.plan.changes) {
          if (!catalogEntryFor(change.type)) missing.set(change.type, (missing.get(change.type) ?? 0) + 1);
        }
      }
    }
    const percent = total === 0 ? 0 : (100 * catalog) / total;
    const top = [...missing.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 20);
    console.log(
      `COVERAGE FIGURE: catalog explained ${catalog} of ${total} resource changes (${percent.toFixed(1)}%)\n` +
        `top fallback types:\n${top.map(([type, n]) => `  ${n}\t${type}`).join("\n")}`,
    );
    expect(percent).toBeGreaterThanOrEqual(95);
  });
});
