import { splitAddress } from "./address.js";
import { isRecord } from "./checks.js";
import { allModules, readConfigModules, type ConfigModule } from "./config-tree.js";
import type { ConfigReference } from "./model.js";

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
  const seen = new Set<string>();
  const references: ConfigReference[] = [];
  for (const module of allModules(root)) {
    for (const resource of module.resources) {
      const definition = resource.definition;
      const referenceTexts = [
        ...expressionReferences(definition["expressions"]),
        ...expressionReferences(definition["count_expression"]),
        ...expressionReferences(definition["for_each_expression"]),
        ...stringList(definition["depends_on"]),
      ];
      for (const text of referenceTexts) {
        for (const to of resolver.resolve(module, text)) {
          const key = `${resource.address}\u0000${to}`;
          if (to === resource.address || seen.has(key)) continue;
          seen.add(key);
          references.push({ from: resource.address, to });
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
  private readonly configured = new Set<string>();
  /** Results by module and reference; an entry in progress is empty, which also stops cycles. */
  private readonly resolved = new Map<string, string[]>();

  constructor(root: ConfigModule) {
    for (const module of allModules(root)) for (const resource of module.resources) this.configured.add(resource.address);
  }

  /** The configured resources a reference text made inside `module` leads to. */
  resolve(module: ConfigModule, text: string): string[] {
    const key = `${module.address ?? ""}\u0000${text}`;
    let targets = this.resolved.get(key);
    if (targets === undefined) {
      this.resolved.set(key, []);
      targets = this.follow(module, text);
      this.resolved.set(key, targets);
    }
    return targets;
  }

  private follow(module: ConfigModule, text: string): string[] {
    const [first, second, third] = splitAddress(text)?.steps ?? [];
    if (first === undefined || second === undefined || NOT_RESOURCES.has(first.name)) return [];
    switch (first.name) {
      case "var":
        return this.followVariable(module, second.name);
      case "module":
        return this.followModuleOutput(module, second.name, third?.name);
      case "data":
        return third === undefined ? [] : this.configuredIn(module, `data.${second.name}.${third.name}`);
      default:
        return this.configuredIn(module, `${first.name}.${second.name}`);
    }
  }

  private followVariable(module: ConfigModule, variable: string): string[] {
    const caller = module.parent;
    if (caller === null || !Object.hasOwn(module.inputs, variable)) return [];
    return this.resolveAll(caller, expressionReferences(module.inputs[variable]));
  }

  private followModuleOutput(module: ConfigModule, callName: string, output: string | undefined): string[] {
    const called = module.calls.get(callName);
    if (called === undefined) return [];
    const outputs = output === undefined ? [...called.outputs.values()] : [called.outputs.get(output)];
    const texts = outputs.flatMap((definition) =>
      definition === undefined ? [] : [...expressionReferences(definition["expression"]), ...stringList(definition["depends_on"])],
    );
    return this.resolveAll(called, texts);
  }

  private resolveAll(module: ConfigModule, texts: string[]): string[] {
    return [...new Set(texts.flatMap((text) => this.resolve(module, text)))];
  }

  private configuredIn(module: ConfigModule, localAddress: string): string[] {
    const address = module.address === null ? localAddress : `${module.address}.${localAddress}`;
    return this.configured.has(address) ? [address] : [];
  }
}

/**
 * The reference texts anywhere in an expression. Expressions are
 * `{ constant_value, references }` objects, nested in objects and arrays for
 * blocks; a block attribute may itself be named `references`, so only an
 * array of strings under that key counts.
 */
function expressionReferences(expression: unknown): string[] {
  const found: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
    } else if (isRecord(value)) {
      for (const [key, child] of Object.entries(value)) {
        if (key === "constant_value") continue;
        if (key === "references" && Array.isArray(child) && child.every((item) => typeof item === "string")) {
          found.push(...(child as string[]));
        } else {
          visit(child);
        }
      }
    }
  };
  visit(expression);
  return found;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}
