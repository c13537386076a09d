/**
 * Terraform files → module definitions, one per directory. `.tf` files are
 * parsed with @cdktf/hcl2json (HashiCorp's HCL parser compiled to
 * WebAssembly), `.tf.json` files with JSON.parse; both give the same shape.
 * A file that does not parse is reported, never thrown.
 */
import { posix } from "node:path";
import { parse as parseHcl } from "@cdktf/hcl2json";
import { declarationsOf, isOverrideFile, isTerraformConfigFile } from "../runner/tf-declarations.js";
import { blocksOf, isRecord, soleExpression } from "./expressions.js";
import type { Body, ModuleCallBlock, ModuleDefinition, ResourceBlock, SourceLocation, UnreadableFile } from "./model.js";

export interface ParsedConfiguration {
  definitions: Map<string, ModuleDefinition>;
  unreadable: UnreadableFile[];
  fileCount: number;
  /** Values of `jsonencode(…)` calls written with HCL literals, by the call's text. */
  encoded: Map<string, unknown>;
}

/** Directories no one writes Terraform in by hand: provider caches, packages, and hidden folders. */
export function isStudiedPath(path: string): boolean {
  const segments = path.split("/");
  return !segments.slice(0, -1).some((segment) => segment === "node_modules" || segment.startsWith("."));
}

/**
 * The repository files the guide reads: Terraform files, and JSON files they
 * may load with `file()` (policies, container definitions). A push touching
 * none of them cannot change the guide.
 */
export function isStudyInput(path: string): boolean {
  return isStudiedPath(path) && (isTerraformConfigFile(path) || path.endsWith(".json"));
}

export async function parseConfiguration(files: ReadonlyMap<string, string>): Promise<ParsedConfiguration> {
  const definitions = new Map<string, ModuleDefinition>();
  const unreadable: UnreadableFile[] = [];
  const encodedTexts = new Set<string>();
  // Primary files first, then overrides (Terraform merges those into blocks declared elsewhere).
  const paths = [...files.keys()]
    .filter((path) => isTerraformConfigFile(path) && isStudiedPath(path))
    .sort((a, b) => Number(isOverrideFile(a)) - Number(isOverrideFile(b)) || compareText(a, b));
  for (const path of paths) {
    const text = files.get(path) ?? "";
    let document: unknown;
    try {
      document = path.endsWith(".json") ? JSON.parse(text) : await parseHcl(path, text);
    } catch (error) {
      unreadable.push({ path, reason: parserMessage(error, path) });
      continue;
    }
    if (!isRecord(document)) {
      unreadable.push({ path, reason: "the file does not hold a Terraform configuration object" });
      continue;
    }
    const dir = posix.dirname(path);
    let definition = definitions.get(dir);
    if (!definition) {
      definition = emptyDefinition(dir);
      definitions.set(dir, definition);
    }
    addFile(definition, path, text, document, isOverrideFile(path));
    collectEncoded(document, encodedTexts);
  }
  return { definitions, unreadable, fileCount: paths.length, encoded: await decodeEncoded(encodedTexts) };
}

export function emptyDefinition(dir: string): ModuleDefinition {
  return { dir, resources: [], calls: [], variables: new Map(), locals: new Map(), outputs: new Map(), providerSources: new Map() };
}

function addFile(definition: ModuleDefinition, path: string, text: string, document: Record<string, unknown>, override: boolean): void {
  const declarations = declarationsOf(path, text);
  const locate = (mode: "managed" | "data", type: string, name: string): SourceLocation | undefined => {
    const found = declarations.resources.find((r) => r.mode === mode && r.type === type && r.name === name);
    return found ? { path, startLine: found.startLine, endLine: found.endLine } : undefined;
  };
  for (const [key, mode] of [["resource", "managed"], ["data", "data"]] as const) {
    for (const [type, byName] of entriesOf(document[key])) {
      for (const [name, blocks] of entriesOf(byName)) {
        const body = blocksOf(blocks)[0] ?? {};
        const existing = definition.resources.find((r) => r.mode === mode && r.type === type && r.name === name);
        if (existing) {
          if (override) existing.body = { ...existing.body, ...body };
          continue;
        }
        const block: ResourceBlock = { mode, type, name, body };
        const location = locate(mode, type, name);
        if (location) block.location = location;
        definition.resources.push(block);
      }
    }
  }
  for (const [name, blocks] of entriesOf(document["module"])) {
    const body = blocksOf(blocks)[0] ?? {};
    const existing = definition.calls.find((call) => call.name === name);
    if (existing) {
      if (override) Object.assign(existing, callFrom(name, { ...existing.body, ...body }, existing.location));
      continue;
    }
    const found = declarations.moduleCalls.find((call) => call.name === name);
    definition.calls.push(callFrom(name, body, found ? { path, startLine: found.startLine, endLine: found.endLine } : undefined));
  }
  for (const [name, blocks] of entriesOf(document["variable"])) {
    const body = blocksOf(blocks)[0] ?? {};
    const variable = { sensitive: body["sensitive"] === true, ...("default" in body ? { default: body["default"] } : {}) };
    if (override || !definition.variables.has(name)) definition.variables.set(name, variable);
  }
  for (const locals of blocksOf(document["locals"])) {
    for (const [name, value] of Object.entries(locals)) definition.locals.set(name, value);
  }
  for (const [name, blocks] of entriesOf(document["output"])) {
    const body = blocksOf(blocks)[0] ?? {};
    if ("value" in body) definition.outputs.set(name, body["value"]);
  }
  for (const terraform of blocksOf(document["terraform"])) {
    for (const required of blocksOf(terraform["required_providers"])) {
      for (const [local, requirement] of Object.entries(required)) {
        const source = isRecord(requirement) ? requirement["source"] : undefined;
        if (typeof source === "string") definition.providerSources.set(local, source);
      }
    }
  }
}

function callFrom(name: string, body: Body, location: SourceLocation | undefined): ModuleCallBlock {
  const call: ModuleCallBlock = { name, body };
  if (typeof body["source"] === "string") call.source = body["source"];
  if (typeof body["version"] === "string") call.version = body["version"];
  if (location) call.location = location;
  return call;
}

/** `{ a: …, b: … }` (or a list of such objects, as JSON syntax allows) → entries, "//" comments dropped. */
function entriesOf(value: unknown): [string, unknown][] {
  return blocksOf(value).flatMap((object) => Object.entries(object)).filter(([key]) => key !== "//");
}

const ENCODE_CALL = /^jsonencode\s*\(([\s\S]*)\)$/;

function collectEncoded(value: unknown, found: Set<string>): void {
  if (typeof value === "string") {
    const expression = value.startsWith("${jsonencode") ? soleExpression(value) : undefined;
    if (expression !== undefined && ENCODE_CALL.test(expression)) found.add(expression);
  } else if (Array.isArray(value)) {
    for (const item of value) collectEncoded(item, found);
  } else if (isRecord(value)) {
    for (const item of Object.values(value)) collectEncoded(item, found);
  }
}

/**
 * `jsonencode({ Statement = [...] })` holds an HCL object: parsing it as the
 * value of an attribute gives its JSON (computed parts stay `"${…}"`).
 * A call that is not a single literal argument is skipped.
 */
async function decodeEncoded(texts: Set<string>): Promise<Map<string, unknown>> {
  const decoded = new Map<string, unknown>();
  for (const text of [...texts].sort(compareText)) {
    const argument = ENCODE_CALL.exec(text)?.[1];
    if (argument === undefined) continue;
    try {
      const document = await parseHcl("jsonencode.tf", `value = ${argument}\n`);
      if (isRecord(document) && "value" in document) decoded.set(text, document["value"]);
    } catch {
      // Not a single expression (e.g. `jsonencode(a) + b`): nothing to learn from it.
    }
  }
  return decoded;
}

/** "parse config: [main.tf:3,7-4,1: Invalid expression; Expected …]" → "line 3: Invalid expression; Expected …". */
function parserMessage(error: unknown, path: string): string {
  const raw = error instanceof Error ? error.message : String(error);
  const located = /\[?[^:\s]*:(\d+),\d+(?:-[\d,]+)?:\s*([^\]]*)\]?/.exec(raw.replace(/^parse config:\s*/, ""));
  const message = located ? `line ${located[1]}: ${located[2]}` : raw;
  const position = error instanceof SyntaxError && path.endsWith(".json") ? error.message : message;
  return position.replace(/\s+/g, " ").trim().slice(0, 300);
}

/** Code-unit order: the same on every machine, whatever the locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
