/**
 * Deterministic mutations of real plan JSON for fuzzing: every mutation is a
 * function of a seeded random source, so a failure is reproducible from its
 * seed and label alone.
 */
import { mulberry32 } from "../../src/review/simulation.js";

export type Random = () => number;

/** The rotation simulation's seeded PRNG: small, fast, good enough to spread mutations around. */
export const seededRandom: (seed: number) => Random = mulberry32;

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

export interface Mutation {
  label: string;
  input: Uint8Array | string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

const encoder = new TextEncoder();

/** Paths of every node in the document, the root excluded. */
function paths(value: Json, prefix: Path = [], into: Path[] = []): Path[] {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      into.push([...prefix, index]);
      paths(item, [...prefix, index], into);
    });
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      into.push([...prefix, key]);
      paths(item, [...prefix, key], into);
    }
  }
  return into;
}

function setAt(root: Json, path: Path, replacement: Json | undefined): Json {
  const copy = structuredClone(root);
  let node = copy as Record<string | number, Json>;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, Json>;
  const last = path.at(-1)!;
  if (replacement === undefined) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else {
    node[last] = replacement;
  }
  return copy;
}

function describe(path: Path): string {
  return path.map((step) => (typeof step === "number" ? `[${step}]` : `.${step}`)).join("").replace(/^\./, "");
}

/** Paths that matter most to the parser: the plan's own structure rather than provider values. */
function structuralPaths(all: Path[]): Path[] {
  return all.filter((path) => path.length <= 4 || path.includes("change") || path.includes("actions"));
}

function otherType(random: Random, current: Json): Json {
  const options: Json[] = [null, true, 0, -1.5e308, "", "text", [], [1, "two"], {}, { unexpected: "object" }];
  const different = options.filter((option) => typeof option !== typeof current || Array.isArray(option) !== Array.isArray(current));
  return pick(random, different);
}

const UNKNOWN_ACTIONS: Json[] = [
  ["explode"],
  ["create", "create"],
  [],
  ["delete", "create", "update"],
  "create",
  [42],
  ["read", "no-op"],
  ["CREATE"],
  ["forget"],
  ["import", "update"],
  null,
];

/** A string of `length` characters with newlines, markup and multi-byte characters mixed in. */
function hugeString(random: Random, length: number): string {
  const pieces = ["A", "é", "日本", "😀", "\n", "|", "`", "<b>", "@team", "\u202E", " "];
  let text = "";
  while (text.length < length) text += pick(random, pieces).repeat(1 + Math.floor(random() * 50));
  return text.slice(0, length);
}

export type Mutator = (random: Random, text: string, document: Json) => Mutation;

export const MUTATORS: Record<string, Mutator> = {
  truncated(random, text) {
    const at = Math.floor(random() * text.length);
    return { label: `cut at ${at}/${text.length}`, input: text.slice(0, at) };
  },

  wrongType(random, _text, document) {
    const candidates = structuralPaths(paths(document));
    const path = pick(random, candidates);
    let current: Json = document;
    for (const step of path) current = (current as Record<string | number, Json>)[step]!;
    const replacement = otherType(random, current);
    return { label: `${describe(path)} := ${JSON.stringify(replacement)}`, input: JSON.stringify(setAt(document, path, replacement)) };
  },

  missingKey(random, _text, document) {
    const path = pick(random, structuralPaths(paths(document)));
    return { label: `delete ${describe(path)}`, input: JSON.stringify(setAt(document, path, undefined)) };
  },

  hugeString(random, _text, document) {
    const strings = paths(document).filter((path) => {
      let node: Json = document;
      for (const step of path) node = (node as Record<string | number, Json>)[step]!;
      return typeof node === "string";
    });
    const path = strings.length > 0 ? pick(random, strings) : ["format_version"];
    const length = pick(random, [70_000, 300_000, 1_500_000]);
    return { label: `${describe(path)} := ${length} chars`, input: JSON.stringify(setAt(document, path, hugeString(random, length))) };
  },

  hugeKey(random, _text, document) {
    const key = hugeString(random, 100_000);
    const changes = (document as { resource_changes?: Json[] }).resource_changes;
    const target: Path = Array.isArray(changes) && changes.length > 0 ? ["resource_changes", 0, "change", "after"] : ["variables"];
    const replacement = { [key]: "value", ordinary: key };
    return { label: `${describe(target)} gets a 100,000-char key`, input: JSON.stringify(setAt(document, target, replacement)) };
  },

  deepNesting(random, _text, document) {
    const path = pick(random, structuralPaths(paths(document)));
    const depth = pick(random, [1_000, 20_000, 200_000]);
    const [open, close] = random() < 0.5 ? ["[", "]"] : ['{"a":', "}"];
    const placeholder = "\u0000deep\u0000";
    const serialised = JSON.stringify(setAt(document, path, placeholder));
    const deep = `${open.repeat(depth)}1${close.repeat(depth)}`;
    return { label: `${describe(path)} := ${depth} levels of ${open}`, input: serialised.replace(JSON.stringify(placeholder), deep) };
  },

  unknownAction(random, _text, document) {
    const changes = (document as { resource_changes?: Json[] }).resource_changes;
    const replacement = pick(random, UNKNOWN_ACTIONS);
    if (!Array.isArray(changes) || changes.length === 0) {
      const invented = { ...(document as Record<string, Json>), resource_changes: [{ address: "x.y", type: "x", name: "y", change: { actions: replacement } }] };
      return { label: `invented change with actions ${JSON.stringify(replacement)}`, input: JSON.stringify(invented) };
    }
    const index = Math.floor(random() * changes.length);
    const path = ["resource_changes", index, "change", "actions"];
    return { label: `${describe(path)} := ${JSON.stringify(replacement)}`, input: JSON.stringify(setAt(document, path, replacement)) };
  },

  nonUtf8(random, text) {
    const bytes = encoder.encode(text);
    const bad = pick(random, [[0xff], [0xfe, 0xff], [0xc3, 0x28], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xe2, 0x82]]);
    // Inside a string value when possible: that is where a broken encoder puts them.
    const quotes = [...text.matchAll(/"[^"\\]{3,}"/g)].map((match) => match.index! + 2);
    const offset = quotes.length > 0 ? encoder.encode(text.slice(0, pick(random, quotes))).length : Math.floor(random() * bytes.length);
    const mutated = new Uint8Array(bytes.length + bad.length);
    mutated.set(bytes.subarray(0, offset));
    mutated.set(bad, offset);
    mutated.set(bytes.subarray(offset), offset + bad.length);
    return { label: `bytes ${bad.map((b) => b.toString(16)).join(" ")} at ${offset}`, input: mutated };
  },

  latin1(random, text) {
    // Re-encoded as ISO-8859-1 with non-ASCII added: valid bytes, not UTF-8.
    const withAccents = text.replace(/"name":"/, '"name":"café-naïve-');
    const bytes = Uint8Array.from(withAccents, (character) => character.charCodeAt(0) & 0xff);
    return { label: `latin-1 (${Math.floor(random() * 10)})`, input: bytes };
  },

  byteFlips(random, text) {
    const bytes = encoder.encode(text);
    const flips = 1 + Math.floor(random() * 8);
    const positions: number[] = [];
    for (let i = 0; i < flips; i += 1) {
      const at = Math.floor(random() * bytes.length);
      bytes[at] = Math.floor(random() * 256);
      positions.push(at);
    }
    return { label: `bytes flipped at ${positions.join(",")}`, input: bytes };
  },
};
