import { readdirSync, readFileSync } from "node:fs";
import { explainChange } from "../../src/explain/index.js";
import { describeAttributes } from "../../src/explain/sentences/index.js";
import { summarize } from "../../src/explain/summary.js";
import { ChangeView } from "../../src/explain/view.js";
import { parsePlans, type Change } from "../../src/plan/index.js";
import { pendingHasDiffs } from "../../src/plan/lazy-diffs.js";
import { change } from "./builders.js";

const plansDir = new URL("../../../shared/corpus/plans/", import.meta.url);
const files = readdirSync(plansDir).filter((name) => name.endsWith(".json")).sort();
const parseFile = (file: string) => parsePlans(readFileSync(new URL(file, plansDir)));

function names(c: Change): string[] {
  const found = new Set<string>(["tags", "policy", "acl", "no_such_attribute"]);
  for (const side of [c.before, c.after]) {
    if (typeof side === "object" && side !== null && !Array.isArray(side)) for (const key of Object.keys(side)) found.add(key);
  }
  return [...found];
}

test("whether an attribute changed is the same answered before and after the diffs are computed, over the whole corpus", () => {
  const mismatches: string[] = [];
  let answeredEarly = 0;
  for (const file of files) {
    const early = parseFile(file);
    const late = parseFile(file);
    early.forEach((plan, p) => {
      plan.changes.forEach((c, i) => {
        const settled = late[p]!.changes[i]!;
        void settled.diffs; // computed first: the answers below come from the diffs
        if (pendingHasDiffs(c) !== undefined) answeredEarly++;
        for (const name of names(c)) {
          // A fresh view per question, so that no answer leans on diffs an earlier question computed.
          const before = new ChangeView(c).changed(name);
          const after = new ChangeView(settled).changed(name);
          if (before !== after) mismatches.push(`${file} ${c.address} ${name}: ${before} before, ${after} after`);
        }
      });
    });
  }
  expect(mismatches).toEqual([]);
  expect(answeredEarly).toBeGreaterThan(1000);
});

test("summary and sentences are worded on first read, as they would be at once", () => {
  const c = change({ type: "aws_security_group", before: { name: "web", ingress: [] }, after: { name: "web", ingress: [{ protocol: "tcp", from_port: 22, to_port: 22, cidr_blocks: ["0.0.0.0/0"] }] } });
  const explanation = explainChange(c);
  const view = new ChangeView(c);
  expect(explanation.summary).toEqual(summarize(view, explanation.entry));
  expect(explanation.sentences).toEqual(describeAttributes(view));
  expect(explanation.sentences.length).toBeGreaterThan(0);
  // Read twice, the same objects: worded once.
  expect(explanation.summary).toBe(explanation.summary);
  expect(explanation.sentences).toBe(explanation.sentences);
});

test("an explanation keeps the shape of a plain object: own keys in order, serialised, spread, writable", () => {
  const explanation = explainChange(change({ type: "aws_s3_bucket", before: { bucket: "logs", acl: "private" }, after: { bucket: "logs", acl: "public-read" } }));
  expect(Object.keys(explanation)).toEqual(["change", "source", "entry", "summary", "sentences", "risks"]);
  const json = JSON.parse(JSON.stringify(explanation));
  expect(json.summary).toEqual(explanation.summary);
  expect(json.sentences).toEqual(explanation.sentences);
  expect({ ...explanation }).toEqual({
    change: explanation.change,
    source: "catalog",
    entry: explanation.entry,
    summary: explanation.summary,
    sentences: explanation.sentences,
    risks: explanation.risks,
  });
  explanation.summary = { en: "replaced", ja: "置き換え" };
  explanation.sentences = [];
  expect(explanation.summary.en).toBe("replaced");
  expect(explanation.sentences).toEqual([]);
});
