import { readdirSync, readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { explainPlan } from "../../src/explain/index.js";
import { parsePlans, PlanError } from "../../src/plan/index.js";
import { renderCheckRun, renderComment, renderJson, renderText, type PlanSection } from "../../src/render/index.js";
import { markdownProblems } from "../render/markdown-checks.js";
import { CORPUS } from "./harness.js";
import { MUTATORS, seededRandom } from "./mutations.js";

/**
 * ≥ 1,000 mutations of the real corpus plans through the whole explain path
 * (parse → explain → comment, check run, text, JSON). Every input either
 * renders soundly or is rejected with ONE line that says where; nothing
 * else may be thrown. Run with RELIABILITY_FIGURES=1 to print the counts.
 */

const MUTATIONS_PER_KIND = 120;
const MAX_PLAN_BYTES = 60_000;

const directory = fileURLToPath(new URL("plans/", CORPUS));
const plans = readdirSync(directory)
  .filter((name) => name.endsWith(".json") && statSync(`${directory}${name}`).size <= MAX_PLAN_BYTES)
  .sort()
  .map((name) => ({ name, text: readFileSync(`${directory}${name}`, "utf8") }));

/** The parsed document for structural mutations (some corpus files start with a byte-order mark). */
function parsedCopy(text: string): Parameters<(typeof MUTATORS)[string]>[2] {
  return JSON.parse(text.replace(/^\uFEFF/, ""));
}

interface Tally {
  rendered: number;
  rejected: number;
  problems: string[];
  messages: Map<string, number>;
}

function tryOne(label: string, input: Uint8Array | string, tally: Tally): void {
  let parsed;
  try {
    parsed = parsePlans(input);
  } catch (error) {
    if (!(error instanceof PlanError)) {
      tally.problems.push(`${label}: crashed with ${(error as Error)?.name}: ${String((error as Error)?.message).slice(0, 200)}`);
      return;
    }
    tally.rejected += 1;
    const message = error.message;
    if (/[\r\n\u2028\u2029]/.test(message)) tally.problems.push(`${label}: rejection is not one line: ${message.slice(0, 200)}`);
    if (message.length > 400) tally.problems.push(`${label}: rejection of ${message.length} chars`);
    // Located: a JSON path or a line and column, also part of the message.
    if (error.location === undefined || !message.includes(error.location)) tally.problems.push(`${label}: rejection without a place: ${message}`);
    const shape = message.replace(/\d+/g, "N").replace(/"[^"]*"/g, "S").slice(0, 90);
    tally.messages.set(shape, (tally.messages.get(shape) ?? 0) + 1);
    return;
  }
  try {
    const sections: PlanSection[] = parsed.map((plan, index) => ({ title: `mutant ${index + 1}`, explained: explainPlan(plan) }));
    const comment = renderComment(sections, { lang: "en" });
    const commentJa = renderComment(sections, { lang: "ja" });
    renderText(sections, "en");
    JSON.stringify(renderJson(sections, "en"));
    for (const section of sections) {
      const output = renderCheckRun(section, "en");
      if (output.summary.length > 65_535 || (output.text ?? "").length > 65_535) tally.problems.push(`${label}: check run over GitHub's limit`);
    }
    for (const markdown of [comment, commentJa]) {
      if (markdown.length > 60_000) tally.problems.push(`${label}: comment of ${markdown.length} chars`);
      const broken = markdownProblems(markdown);
      if (broken.length > 0) tally.problems.push(`${label}: ${broken.slice(0, 3).join("; ")}`);
    }
    tally.rendered += 1;
  } catch (error) {
    tally.problems.push(`${label}: explain/render crashed: ${(error as Error)?.stack?.split("\n").slice(0, 3).join(" | ")}`);
  }
}

describe("fuzzing the plan parser and renderers with mutated real plans", () => {
  const totals = { mutations: 0, rendered: 0, rejected: 0 };

  afterAll(() => {
    expect(totals.mutations).toBeGreaterThanOrEqual(1_000);
    if (process.env.RELIABILITY_FIGURES) console.log(`plan fuzz: ${JSON.stringify(totals)} from ${plans.length} corpus plans`);
  });

  it("uses a broad slice of the corpus", () => {
    expect(plans.length).toBeGreaterThan(300);
  });

  it.each(Object.keys(MUTATORS))("%s: 0 crashes, every rejection one located line", (kind) => {
    const mutate = MUTATORS[kind]!;
    const random = seededRandom(0x1c0ac4 + kind.length * 7919 + kind.charCodeAt(0));
    const tally: Tally = { rendered: 0, rejected: 0, problems: [], messages: new Map() };
    for (let i = 0; i < MUTATIONS_PER_KIND; i += 1) {
      const plan = plans[Math.floor(random() * plans.length)]!;
      const mutation = mutate(random, plan.text, parsedCopy(plan.text));
      tryOne(`${kind} #${i} of ${plan.name} (${mutation.label.slice(0, 120)})`, mutation.input, tally);
    }
    totals.mutations += MUTATIONS_PER_KIND;
    totals.rendered += tally.rendered;
    totals.rejected += tally.rejected;
    if (process.env.RELIABILITY_FIGURES) {
      console.log(`${kind}: ${tally.rendered} rendered, ${tally.rejected} rejected\n${[...tally.messages].map(([m, n]) => `  ${n}× ${m}`).join("\n")}`);
    }
    expect(tally.problems).toStrictEqual([]);
    expect(tally.rendered + tally.rejected).toBe(MUTATIONS_PER_KIND);
  });
});
