import { splitAddress } from "./address.js";
import { isRecord } from "./checks.js";
import { allModules, readConfigModules, type ConfigModule } from "./config-tree.js";
import { PlanError } from "./errors.js";
import type { ConfigReference, Plan } from "./model.js";

/**
 * Makes `plan.references` worked out on first read: only the diagram needs
 * them, a comment too long for the diagram never reads them, and the
 * configuration block is as large as the changes. `text`, when given, is the
 * whole block as JSON (see KeepText), parsed then; otherwise `configuration`
 * is the whole block, parsed. A block that turns out unreadable (not JSON,
 * or not shaped as terraform writes it) gives no references: it costs the
 * diagram, not the explanation.
 */
export function defineLazyReferences(
  plan: Omit<Plan, "references">,
  configuration: Record<string, unknown> | undefined,
  text: Uint8Array | undefined,
): asserts plan is Plan {
  let read: (() => unknown) | undefined = text === undefined ? () => configuration : () => JSON.parse(new TextDecoder().decode(text));
  let references: ConfigReference[] | undefined;
  Object.defineProperty(plan, "references", {
    enumerable: true,
    configurable: true,
    get(): ConfigReference[] {
      if (references === undefined) {
        references = readableReferences(read);
        // The configuration (text or parsed) is not needed any more.
        read = undefined;
      }
      return references;
    },
    set(value: ConfigReference[]): void {
      references = value;
      read = undefined;
    },
  });
}

function readableReferences(read: (() => unknown) | undefined): ConfigReference[] {
  try {
    return read === undefined ? [] : readReferences(read());
  } catch (error) {
    if (error instanceof SyntaxError || error instanceof PlanError) return [];
    throw error;
  }
}

/**
 * References between configured resources, from the `references` lists in the
 * configuration's expressions (`aws_vpc.main.id`, `data.aws_ami.x`), plus
 * `depends_on`, `count` and `for_each`. References through a module boundary
 * are followed: `module.net.subnet_id` leads to what the module's output
 * refers to, and `var.vpc_id` inside a module to what the caller passed in.
 * Locals are not in terraform's JSON, so a reference through `local.x` is lost.
 */
export function readReferences(configuration: unknown): ConfigReference[] {
  const root = readConfigModules(configuration);
  if (root === undefined) return [];
  const resolver = new ReferenceResolver(root);
  /** Targets already listed, by source address: the same pair is listed once. */
  const seen = new Map<string, Set<string>>();
  const references: ConfigReference[] = [];
  const texts: string[] = [];
  for (const module of allModules(root)) {
    for (const resource of module.resources) {
      const definition = resource.definition;
      texts.length = 0;
      collectReferences(definition["expressions"], texts);
      collectReferences(definition["count_expression"], texts);
      collectReferences(definition["for_each_expression"], texts);
      collectStrings(definition["depends_on"], texts);
      // Built only for a resource that refers to something: most references lead nowhere.
      let from: string | undefined;
      for (const text of texts) {
        for (const to of resolver.resolve(module, text)) {
          from ??= resolver.addressOf(module, resource.localAddress);
          if (to === from) continue;
          let targets = seen.get(from);
          if (targets === undefined) {
            targets = new Set();
            seen.set(from, targets);
          } else if (targets.has(to)) {
            continue;
          }
          targets.add(to);
          references.push({ from, to });
        }
      }
    }
  }
  return references;
}

/**
 * The `source` of every module call, by module address without instance keys:
 * `{ "module.net": "./modules/net", "module.net.module.sub": "../sub" }`.
 * Nested sources are as written, relative to their parent module's directory.
 * Takes one parsed plan document (see `readPlanDocuments`).
 */
export function readModuleSources(document: unknown): Record<string, string> {
  const sources: Record<string, string> = {};
  const root = isRecord(document) ? readConfigModules(document["configuration"]) : undefined;
  if (root === undefined) return sources;
  for (const module of allModules(root)) {
    if (module.address !== null && module.source !== undefined) sources[module.address] = module.source;
  }
  return sources;
}

/** Names that start a reference to something other than a resource. */
const NOT_RESOURCES = new Set([
  "local",
  "each",
  "count",
  "path",
  "terraform",
  "self",
  "ephemeral",
  "action",
  "check",
  "resource",
  "provider",
  "run",
]);

class ReferenceResolver {
  /**
   * Configured resources by module: address within the module
   * (`aws_vpc.main`) → the one-element result naming its full address. A
   * reference to it returns that array, so that every reference shares one
   * address string (hashed once) and nothing is built per look-up.
   */
  private readonly configured = new Map<ConfigModule, Map<string, readonly string[]>>();
  /**
   * Every configured address, when some resource's address within its module
   * starts with `module.` (hand-made configurations): a reference may then
   * name it from another module.
   */
  private readonly allConfigured: Set<string> | undefined;
  /**
   * Results by module and reference; an entry in progress is empty, which
   * also stops cycles. Keyed by module first, so that no key is built per look-up.
   */
  private readonly resolved = new Map<ConfigModule, Map<string, readonly string[]>>();

  constructor(root: ConfigModule) {
    let modulePrefixed = false;
    for (const module of allModules(root)) {
      const local = new Map<string, readonly string[]>();
      for (const resource of module.resources) {
        local.set(resource.localAddress, [addressIn(module, resource.localAddress)]);
        if (resource.localAddress.startsWith("module.")) modulePrefixed = true;
      }
      this.configured.set(module, local);
      this.resolved.set(module, new Map());
    }
    if (modulePrefixed) {
      this.allConfigured = new Set();
      for (const module of allModules(root)) {
        for (const resource of module.resources) this.allConfigured.add(addressIn(module, resource.localAddress));
      }
    }
  }

  /** The configured resources a reference text made inside `module` leads to. */
  resolve(module: ConfigModule, text: string): readonly string[] {
    // Only variables and module outputs lead on to other references (and can loop);
    // a resource reference is one look-up, cheaper than remembering it.
    if (!text.startsWith("var") && !text.startsWith("module")) return this.follow(module, text);
    const resolved = this.resolved.get(module) as Map<string, readonly string[]>;
    let targets = resolved.get(text);
    if (targets === undefined) {
      resolved.set(text, NOTHING);
      targets = this.follow(module, text);
      resolved.set(text, targets);
    }
    return targets;
  }

  /**
   * What a reference leads to. References are mostly plain dotted names
   * (`aws_vpc.main.id`, `var.vpc_id`), read here without splitting the whole
   * text; one with a `[…]` key where it matters goes through splitAddress.
   */
  private follow(module: ConfigModule, text: string): readonly string[] {
    const firstEnd = nameEnd(text, 0);
    if (firstEnd === -1) return NOTHING;
    if (text.charCodeAt(firstEnd) !== DOT) return text.charCodeAt(firstEnd) === OPENING_BRACKET ? this.followSplit(module, text) : NOTHING;
    const secondEnd = nameEnd(text, firstEnd + 1);
    if (secondEnd === -1) return NOTHING;
    const first = text.slice(0, firstEnd);
    if (NOT_RESOURCES.has(first)) return NOTHING;
    if (first !== "var" && first !== "module" && first !== "data") return this.configuredIn(module, text.slice(0, secondEnd));
    if (first === "var") return this.followVariable(module, text.slice(firstEnd + 1, secondEnd));
    const afterSecond = text.charCodeAt(secondEnd);
    if (afterSecond === OPENING_BRACKET) return this.followSplit(module, text);
    const thirdEnd = afterSecond === DOT ? nameEnd(text, secondEnd + 1) : -1;
    if (first === "data") return thirdEnd === -1 ? NOTHING : this.configuredIn(module, text.slice(0, thirdEnd));
    const third = thirdEnd === -1 ? undefined : text.slice(secondEnd + 1, thirdEnd);
    return this.followModuleOutput(module, text.slice(firstEnd + 1, secondEnd), third);
  }

  /** `follow` for any reference, keys included. */
  private followSplit(module: ConfigModule, text: string): readonly string[] {
    const [first, second, third] = splitAddress(text)?.steps ?? [];
    if (first === undefined || second === undefined || NOT_RESOURCES.has(first.name)) return NOTHING;
    switch (first.name) {
      case "var":
        return this.followVariable(module, second.name);
      case "module":
        return this.followModuleOutput(module, second.name, third?.name);
      case "data":
        return third === undefined ? NOTHING : this.configuredIn(module, `data.${second.name}.${third.name}`);
      default:
        return this.configuredIn(module, `${first.name}.${second.name}`);
    }
  }

  private followVariable(module: ConfigModule, variable: string): readonly string[] {
    const caller = module.parent;
    if (caller === null || !Object.hasOwn(module.inputs, variable)) return NOTHING;
    return this.resolveAll(caller, expressionReferences(module.inputs[variable]));
  }

  private followModuleOutput(module: ConfigModule, callName: string, output: string | undefined): readonly string[] {
    const called = module.calls.get(callName);
    if (called === undefined) return NOTHING;
    const outputs = output === undefined ? [...called.outputs.values()] : [called.outputs.get(output)];
    const texts: string[] = [];
    for (const definition of outputs) {
      if (definition === undefined) continue;
      collectReferences(definition["expression"], texts);
      collectStrings(definition["depends_on"], texts);
    }
    return this.resolveAll(called, texts);
  }

  private resolveAll(module: ConfigModule, texts: string[]): string[] {
    return [...new Set(texts.flatMap((text) => this.resolve(module, text)))];
  }

  /** The full address of a configured resource, as references to it name it. */
  addressOf(module: ConfigModule, localAddress: string): string {
    return this.configured.get(module)?.get(localAddress)?.[0] ?? addressIn(module, localAddress);
  }

  private configuredIn(module: ConfigModule, localAddress: string): readonly string[] {
    const configured = this.configured.get(module)?.get(localAddress);
    if (configured !== undefined) return configured;
    if (this.allConfigured === undefined) return NOTHING;
    const address = addressIn(module, localAddress);
    return this.allConfigured.has(address) ? [address] : NOTHING;
  }
}

/** A configured address from its module and its address within the module. */
function addressIn(module: ConfigModule, localAddress: string): string {
  return module.address === null ? localAddress : `${module.address}.${localAddress}`;
}

/** The shared empty result; never modified. */
const NOTHING: readonly string[] = [];

const DOT = 0x2e;
const OPENING_BRACKET = 0x5b;

/**
 * Where the name starting at `start` ends, or -1 when none starts there; a
 * name is what splitAddress reads: `[A-Za-z_][A-Za-z0-9_-]*`.
 */
function nameEnd(text: string, start: number): number {
  const c = text.charCodeAt(start);
  if (!(isLetter(c) || c === 0x5f)) return -1;
  let i = start + 1;
  for (;;) {
    const next = text.charCodeAt(i);
    if (isLetter(next) || (next >= 0x30 && next <= 0x39) || next === 0x5f || next === 0x2d) i++;
    else return i;
  }
}

function isLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** The reference texts anywhere in an expression (see collectReferences). */
function expressionReferences(expression: unknown): string[] {
  const found: string[] = [];
  collectReferences(expression, found);
  return found;
}

/**
 * Adds the reference texts anywhere in an expression to `found`. Expressions
 * are `{ constant_value, references }` objects, nested in objects and arrays
 * for blocks; a block attribute may itself be named `references`, so only an
 * array of strings under that key counts.
 */
function collectReferences(value: unknown, found: string[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collectReferences(item, found);
  } else if (isRecord(value)) {
    // for…in walks the own keys in Object.keys order without building a list per expression.
    for (const key in value) {
      if (key === "constant_value" || !Object.hasOwn(value, key)) continue;
      const child = value[key];
      if (key === "references" && isStringList(child)) {
        for (const text of child) found.push(text);
      } else {
        collectReferences(child, found);
      }
    }
  }
}

function isStringList(value: unknown): value is string[] {
  if (!Array.isArray(value)) return false;
  for (const item of value) if (typeof item !== "string") return false;
  return true;
}

/** Adds the strings of a list (`depends_on`) to `found`. */
function collectStrings(value: unknown, found: string[]): void {
  if (!Array.isArray(value)) return;
  for (const item of value) if (typeof item === "string") found.push(item);
}
