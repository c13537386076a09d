import { diffAttributes } from "../../src/plan/diff.js";
import { Masker } from "../../src/plan/mask.js";
import { Sensitive, Unknown, type PathStep } from "../../src/plan/model.js";

/** Diffs of raw before/after through the real masker, as parse.ts does it. */
function diff(
  rawBefore: unknown,
  rawAfter: unknown,
  extra: { afterUnknown?: unknown; beforeSensitive?: unknown; afterSensitive?: unknown; replacePaths?: PathStep[][] } = {},
) {
  const masker = new Masker();
  return diffAttributes({
    rawBefore,
    rawAfter,
    before: masker.maskObject(rawBefore, extra.beforeSensitive, undefined),
    after: masker.maskObject(rawAfter, extra.afterSensitive, extra.afterUnknown),
    replacePaths: extra.replacePaths ?? [],
  });
}

const summary = (diffs: ReturnType<typeof diff>) => diffs.map((d) => [d.pathText, d.before, d.after]);

test("equal objects have no diffs", () => {
  const value = { a: 1, b: [1, { c: "x" }], d: { e: null } };
  expect(diff(value, structuredClone(value))).toEqual([]);
});

test("a changed leaf deep inside is one diff with its full path", () => {
  expect(diff({ ingress: [{ from_port: 80, cidr_blocks: ["0.0.0.0/0"] }] }, { ingress: [{ from_port: 80, cidr_blocks: ["10.0.0.0/8"] }] })).toEqual([
    { path: ["ingress", 0, "cidr_blocks", 0], pathText: "ingress[0].cidr_blocks[0]", before: "0.0.0.0/0", after: "10.0.0.0/8", forcesReplacement: false },
  ]);
});

test("an added or removed block is one diff, not one per attribute", () => {
  const block = { name: "b", settings: { a: 1, b: 2, c: [1, 2, 3] } };
  expect(summary(diff({ tags: {} }, { tags: {}, block }))).toEqual([["block", undefined, block]]);
  expect(summary(diff({ block }, {}))).toEqual([["block", block, undefined]]);
});

test("absent, null and empty collections count as nothing", () => {
  expect(diff({ a: null, b: [], c: {} }, { d: null })).toEqual([]);
  expect(summary(diff({ a: null }, { a: "x" }))).toEqual([["a", null, "x"]]);
});

test("a value changing type is one diff", () => {
  expect(summary(diff({ a: "1" }, { a: 1 }))).toEqual([["a", "1", 1]]);
  expect(summary(diff({ a: ["x"] }, { a: { x: true } }))).toEqual([["a", ["x"], { x: true }]]);
});

test("keys with dots or spaces are quoted in the path text", () => {
  expect(diff({ tags: { "kubernetes.io/role": "a" } }, { tags: { "kubernetes.io/role": "b" } })[0]?.pathText).toBe(
    'tags["kubernetes.io/role"]',
  );
});

describe("lists that change length", () => {
  test("an element appended", () => {
    expect(summary(diff({ l: ["a", "b"] }, { l: ["a", "b", "c"] }))).toEqual([["l[2]", undefined, "c"]]);
  });

  test("an element removed from the middle is a removal at its old index", () => {
    expect(summary(diff({ l: ["a", "b", "c", "d"] }, { l: ["a", "c", "d"] }))).toEqual([["l[1]", "b", undefined]]);
  });

  test("a set of objects gaining one rule keeps the others unchanged", () => {
    const rule = (port: number) => ({ from_port: port, to_port: port, protocol: "tcp", cidr_blocks: ["10.0.0.0/8"] });
    const before = { ingress: [rule(22), rule(80), rule(443)] };
    const after = { ingress: [rule(22), rule(80), rule(8080), rule(443)] };
    expect(summary(diff(before, after))).toEqual([["ingress[2]", undefined, rule(8080)]]);
  });

  test("scattered changes: matched elements anchor, elements between them pair up field by field", () => {
    const before = { l: [{ k: "a", v: 1 }, { k: "b", v: 1 }, { k: "c", v: 1 }, { k: "d", v: 1 }] };
    const after = { l: [{ k: "a", v: 1 }, { k: "b", v: 2 }, { k: "c", v: 1 }, { k: "e", v: 1 }, { k: "d", v: 1 }] };
    expect(summary(diff(before, after))).toEqual([
      ["l[1].v", 1, 2],
      ["l[3]", undefined, { k: "e", v: 1 }],
    ]);
  });

  test("unknown elements never match", () => {
    expect(summary(diff({ l: ["a"] }, { l: ["a", null] }, { afterUnknown: { l: [false, true] } }))).toEqual([
      ["l[1]", undefined, Unknown.instance],
    ]);
  });

  test("very long lists fall back to comparing by position, still one diff per changed element", () => {
    const before = Array.from({ length: 1000 }, (_, i) => `item-${i}`);
    const after = [...before.slice(0, 500), "new", ...before.slice(500)].map((item, i) => (i === 0 || i === 1000 ? `x${item}` : item));
    const diffs = diff({ l: before }, { l: after });
    expect(diffs.length).toBeGreaterThan(1);
    expect(diffs.every((d) => d.path[0] === "l" && typeof d.path[1] === "number")).toBe(true);
  });
});

describe("unknown values", () => {
  test("an attribute known only after apply", () => {
    expect(summary(diff({ id: "i-1", ami: "a" }, { ami: "a" }, { afterUnknown: { id: true } }))).toEqual([["id", "i-1", Unknown.instance]]);
  });

  test("a whole object unknown", () => {
    expect(summary(diff({ id: "x" }, null, { afterUnknown: true }))).toEqual([["", { id: "x" }, Unknown.instance]]);
  });

  test("a block missing from after but partly unknown is one added block", () => {
    expect(summary(diff({}, {}, { afterUnknown: { endpoint: [{ address: true }] } }))).toEqual([
      ["endpoint", undefined, [{ address: Unknown.instance }]],
    ]);
  });
});

describe("sensitive values", () => {
  test("a changed sensitive value is shown as changed without its content", () => {
    expect(summary(diff({ p: "a" }, { p: "b" }, { beforeSensitive: { p: true }, afterSensitive: { p: true } }))).toEqual([
      ["p", Sensitive.instance, Sensitive.instance],
    ]);
  });

  test("an unchanged sensitive value is not a diff", () => {
    expect(diff({ p: "a" }, { p: "a" }, { beforeSensitive: { p: true }, afterSensitive: { p: true } })).toEqual([]);
  });

  test("a value becoming sensitive", () => {
    expect(summary(diff({ p: "a" }, { p: "a" }, { afterSensitive: { p: true } }))).toEqual([]);
    expect(summary(diff({ p: "a" }, { p: "b" }, { afterSensitive: { p: true } }))).toEqual([["p", "a", Sensitive.instance]]);
  });
});

test("replace_paths mark the diffs on, under and above them", () => {
  const diffs = diff(
    { ami: "a", network: [{ subnet: "s1", ip: "1" }], tags: { a: "1" } },
    { ami: "b", network: [{ subnet: "s2", ip: "2" }], tags: { a: "2" } },
    { replacePaths: [["ami"], ["network", 0, "subnet"], ["tags"]] },
  );
  expect(diffs.map((d) => [d.pathText, d.forcesReplacement])).toEqual([
    ["ami", true],
    ["network[0].subnet", true],
    ["network[0].ip", false],
    ["tags.a", true],
  ]);
  const whole = diff({ network: [] }, { network: [{ subnet: "s" }] }, { replacePaths: [["network", 0, "subnet"]] });
  expect(whole.map((d) => [d.pathText, d.forcesReplacement])).toEqual([["network[0]", true]]);
});

test("order: attributes of after first, then those only before", () => {
  expect(diff({ z: 1, a: 1, gone: 1 }, { a: 2, z: 2, added: 1 }).map((d) => d.pathText)).toEqual(["a", "z", "added", "gone"]);
});

test("an after_unknown entry that marks nothing adds nothing", () => {
  const masker = new Masker();
  expect(masker.maskObject({ a: 1 }, undefined, { b: {}, c: [false] })).toEqual({ a: 1 });
});
