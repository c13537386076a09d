import { readdirSync, readFileSync } from "node:fs";
import { decodePlanInput } from "../../src/plan/decode.js";
import { readJsonDocuments } from "../../src/plan/documents.js";
import { parsePlans, PlanError, readPlanDocuments } from "../../src/plan/index.js";
import { memberText, readSelectedMembers, type MemberSelection } from "../../src/plan/select-members.js";
import { PLAN_MEMBERS } from "../../src/plan/validate.js";

const plansDir = new URL("../../../shared/corpus/plans/", import.meta.url);

const selection = (entries: [string, true | MemberSelection][]): MemberSelection => new Map(entries);
const FEW = selection([
  ["a", true],
  ["nested", selection([["kept", true]])],
]);

/** What JSON.parse gives, cut down to the selection: what the reader must give. */
function projected(value: unknown, chosen: MemberSelection): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(value as Record<string, unknown>)) {
    const rule = chosen.get(name);
    if (rule === undefined) continue;
    const isObject = typeof member === "object" && member !== null && !Array.isArray(member);
    result[name] = rule === true || !isObject ? member : projected(member, "keepText" in rule ? rule.keepText : rule);
  }
  return result;
}

function errorOf(run: () => unknown): PlanError {
  try {
    run();
  } catch (error) {
    if (error instanceof PlanError) return error;
    throw error;
  }
  throw new Error("expected a PlanError");
}

describe("reading selected members", () => {
  test("parses the chosen members, nested ones by their own selection, and leaves the rest out", () => {
    const text = '{"a": [1, {"b": "}]"}], "skipped": {"x": [[["\\"]"]]]}, "nested": {"kept": 2, "dropped": {"y": "z"}}, "last": null}';
    expect(readSelectedMembers(text, FEW)).toEqual({ a: [1, { b: "}]" }], nested: { kept: 2 } });
  });

  test("a member read with keepText is parsed by its own selection, and its whole text is kept", () => {
    const selection: MemberSelection = new Map([["kept", { keepText: new Map([["x", true]]) }]]);
    const text = '{"kept": {"x": [1, "é"], "y": {"z": "\\u00e9 \\""}}, "other": 1}';
    const read = readSelectedMembers(text, selection);
    expect(read).toEqual({ kept: { x: [1, "é"] } });
    const kept = memberText(read?.["kept"] as Record<string, unknown>);
    expect(new TextDecoder().decode(kept)).toBe('{"x": [1, "é"], "y": {"z": "\\u00e9 \\""}}');
    // Not a member of the value: JSON, copies and comparisons of it never see the text.
    expect(Object.keys(read?.["kept"] as object)).toEqual(["x"]);
    expect(JSON.stringify(read)).toBe('{"kept":{"x":[1,"é"]}}');
    // A value read any other way has no kept text.
    expect(memberText(readSelectedMembers('{"nested": {"kept": 1}}', FEW)?.["nested"] as Record<string, unknown>)).toBeUndefined();
  });

  test("a nested selection over a value that is not an object takes the value whole", () => {
    expect(readSelectedMembers('{"nested": [1, 2]}', FEW)).toEqual({ nested: [1, 2] });
    expect(readSelectedMembers('{"nested": null}', FEW)).toEqual({ nested: null });
  });

  test("a repeated member keeps its last value, as JSON.parse does", () => {
    const text = '{"a": 1, "nested": {"kept": 1}, "a": 2, "nested": {"kept": 3}}';
    expect(readSelectedMembers(text, FEW)).toEqual(projected(JSON.parse(text), FEW));
    expect(readSelectedMembers(text, FEW)).toEqual({ a: 2, nested: { kept: 3 } });
  });

  test("escaped member names are read as JSON.parse reads them", () => {
    expect(readSelectedMembers('{"\\u0061": 1, "ne\\u0073ted": {"\\u006bept": true}}', FEW)).toEqual({ a: 1, nested: { kept: true } });
  });

  test("a member named __proto__ is skipped and leaves the prototype alone", () => {
    const read = readSelectedMembers('{"__proto__": {"polluted": true}, "a": 1}', FEW);
    expect(read).toEqual({ a: 1 });
    expect(Object.getPrototypeOf(read)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  test("skipped members nested far deeper than the call stack allows are stepped over", () => {
    const depth = 200_000;
    const text = `{"skipped": ${"[".repeat(depth)}${"]".repeat(depth)}, "a": "after"}`;
    expect(readSelectedMembers(text, FEW)).toEqual({ a: "after" });
  });

  test.each([
    ["not an object", "[1, 2]"],
    ["two documents", '{"a": 1}\n{"a": 2}'],
    ["text after the document", '{"a": 1} trailing'],
    ["a cut-short skipped member", '{"skipped": {"x": [1, 2'],
    ["a skipped string never closed", '{"skipped": "abc, "a": 1}'],
    ["a skipped string closed by an escaped quote only", '{"skipped": "abc\\"}'],
    ["brackets that do not pair up in a skipped member", '{"skipped": {"x": [1, 2}], "a": 1}'],
    ["a closing bracket too many in a skipped member", '{"skipped": [1]], "a": 1}'],
    ["a word that is not JSON in a skipped member", '{"skipped": {"x": undefined}, "a": 1}'],
    ["an unquoted name in a skipped member", '{"skipped": {x: 1}, "a": 1}'],
    ["an unquoted member name", "{a: 1}"],
    ["a bad escape in a member name", '{"a\\q": 1, "a": 2}'],
    ["a raw newline in a member name", '{"sk\nipped": 1, "a": 2}'],
    ["a missing colon", '{"a" 1}'],
    ["a missing comma between members", '{"a": 1 "nested": {}}'],
    ["a missing value", '{"a": , "b": 1}'],
    ["invalid JSON in a chosen member", '{"a": [1, 2,]}'],
    ["a bad escape in a chosen member", '{"a": "x\\q"}'],
    ["a cut-short chosen member", '{"a": [1, 2'],
    ["invalid JSON in a nested chosen member", '{"nested": {"kept": tru}}'],
  ])("gives up on %s (the caller then reads it the slow way)", (_name, text) => {
    expect(readSelectedMembers(text, FEW)).toBeUndefined();
  });

  test("documented limits: escapes, control characters, numbers, literals and separators inside skipped values are not checked", () => {
    for (const damaged of ['"x\\q"', '"tab\there"', "01.e", "tru", "[1 2]", '{"x" 1}', "[,]"]) {
      expect(readSelectedMembers(`{"skipped": ${damaged}, "a": 1}`, FEW)).toEqual({ a: 1 });
    }
  });

  test("every cut of a plan is either given up on or, when only whitespace was cut, read whole", () => {
    const text = `${JSON.stringify({ format_version: "1.2", prior_state: { values: { root_module: { resources: [{ address: "a.b", values: { s: '}"]' } }] } } }, resource_changes: [] }, null, 1)}\n`;
    const whole = readSelectedMembers(text, PLAN_MEMBERS);
    for (let cut = 0; cut < text.length; cut++) {
      const read = readSelectedMembers(text.slice(0, cut), PLAN_MEMBERS);
      if (read !== undefined) expect(read).toEqual(whole);
    }
    expect(whole).toEqual({ format_version: "1.2", resource_changes: [] });
  });

  test("over the corpus, the plan members read are those JSON.parse gives", () => {
    let compared = 0;
    for (const file of readdirSync(plansDir).sort()) {
      const text = decodePlanInput(readFileSync(new URL(file, plansDir)));
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        // Several documents or log lines around the plan: the reader gives up, and parsePlans scans (see decode.test.ts).
        expect(readSelectedMembers(text, PLAN_MEMBERS)).toBeUndefined();
        continue;
      }
      const read = readSelectedMembers(text, PLAN_MEMBERS);
      expect(read).toEqual(projected(parsed, PLAN_MEMBERS));
      // The configuration block is also kept whole, as text.
      const configuration = (parsed as Record<string, unknown>)["configuration"];
      if (configuration !== undefined) {
        const kept = memberText(read?.["configuration"] as Record<string, unknown>);
        expect(JSON.parse(new TextDecoder().decode(kept))).toEqual(configuration);
      }
      compared++;
    }
    expect(compared).toBeGreaterThan(450);
  });
});

describe("parsing plans without building the members the model never reads", () => {
  const plan = {
    format_version: "1.2",
    planned_values: { outputs: { db: { sensitive: true } }, root_module: { resources: [{ address: "aws_s3_bucket.logs", values: { bucket: "logs" } }] } },
    resource_changes: [
      {
        address: "aws_s3_bucket.logs",
        type: "aws_s3_bucket",
        name: "logs",
        mode: "managed",
        change: { actions: ["create"], before: null, after: { bucket: "logs" }, after_unknown: {} },
      },
    ],
    output_changes: { db: { actions: ["create"], before: null, after: "endpoint", after_unknown: false } },
    prior_state: { values: { root_module: { resources: [{ address: "aws_s3_bucket.old", values: { bucket: "old" } }] } } },
    relevant_attributes: [{ resource: "aws_s3_bucket.logs", attribute: ["arn"] }],
    checks: [],
  };
  const text = JSON.stringify(plan, null, 2);

  /** The error of the strict reading of the whole text, which parsePlans gave before it skipped anything. */
  const fullReadingError = (input: string) => errorOf(() => readJsonDocuments(input));

  test("a cut inside a skipped member is reported where the full reading reports it", () => {
    const cut = text.slice(0, text.indexOf('"old"') + 3);
    const error = errorOf(() => parsePlans(cut));
    expect(error).toEqual(fullReadingError(cut));
    expect(error.message).toBe(`not JSON: string never closed at line ${cut.split("\n").length} column ${cut.length - cut.lastIndexOf("\n") - 3}`);
  });

  test("unbalanced brackets in a skipped member are reported where the full reading reports them", () => {
    const broken = text.replace('"attribute": [\n        "arn"\n      ]', '"attribute": [\n        "arn"\n      }');
    expect(broken).not.toBe(text);
    const error = errorOf(() => parsePlans(broken));
    expect(error).toEqual(fullReadingError(broken));
    expect(error.message).toMatch(/^not JSON: unexpected "}", expected ',' or ']' after an array element at line \d+ column \d+$/);
    expect(error.location).toMatch(/^line \d+ column \d+$/);
  });

  test("output sensitivity is still read from planned_values.outputs", () => {
    const [parsed] = parsePlans(text);
    expect(parsed?.outputs[0]?.sensitive).toBe(true);
    expect(JSON.stringify(parsed?.outputs[0]?.after)).toBe('"(sensitive)"');
    // The mark comes from planned_values alone: without it the output is shown.
    const [unmarked] = parsePlans(JSON.stringify({ ...plan, planned_values: {} }));
    expect(unmarked?.outputs[0]?.sensitive).toBe(false);
    expect(unmarked?.outputs[0]?.after).toBe("endpoint");
  });

  test("what is skipped does not change the plan built", () => {
    const withoutSkipped = {
      format_version: plan.format_version,
      planned_values: { outputs: plan.planned_values.outputs },
      resource_changes: plan.resource_changes,
      output_changes: plan.output_changes,
    };
    expect(JSON.stringify(parsePlans(text))).toBe(JSON.stringify(parsePlans(JSON.stringify(withoutSkipped))));
  });

  test("damage the reader does not check, inside a skipped member, is read past", () => {
    const damaged = text.replace('"bucket": "old"', '"bucket": "o\\qld"');
    expect(damaged).not.toBe(text);
    expect(() => JSON.parse(damaged)).toThrow(SyntaxError);
    expect(JSON.stringify(parsePlans(damaged))).toBe(JSON.stringify(parsePlans(text)));
  });

  test("readPlanDocuments still gives the whole documents", () => {
    expect(readPlanDocuments(text)).toEqual([plan]);
  });
});
