/**
 * What an expression leads to, without running Terraform: the resources it
 * refers to (through variables, locals and module outputs), its value when
 * it is a literal after all (`"${var.env}-web"` with `env = "production"`
 * passed by the caller), and documents written inline, with jsonencode or in
 * a file (`file("${path.module}/policy.json")`).
 */
import { posix } from "node:path";
import { isRecord, isTemplate, referencesIn, soleExpression, templateParts, unescapeLiteral } from "./expressions.js";
import type { ModuleInstance, StudyResource } from "./model.js";

export type Literal = string | number | boolean | Literal[];

/** Further than any sensible chain of variables; stops cycles in broken configurations. */
const MAX_DEPTH = 24;
/** Reference roots that never name a resource. */
const NOT_RESOURCES = new Set(["each", "count", "path", "self", "terraform", "provider", "ephemeral"]);
const SIMPLE_NAME = /^(var|local)\s*\.\s*([A-Za-z_][\w-]*)$/;
const LENGTH_OF = /^length\s*\(\s*((?:var|local)\s*\.\s*[A-Za-z_][\w-]*)\s*\)$/;

export interface Located<T> {
  value: T;
  /** Where the value was written: nested expressions are resolved there. */
  instance: ModuleInstance;
}

export class Resolver {
  private readonly resolved = new Map<string, StudyResource[]>();

  constructor(
    private readonly files: ReadonlyMap<string, string>,
    private readonly encoded: ReadonlyMap<string, unknown>,
  ) {}

  /** The resources a value refers to, in first-seen order without repeats. */
  targets(instance: ModuleInstance, value: unknown): StudyResource[] {
    const found = new Map<string, StudyResource>();
    for (const names of referencesIn(value)) {
      for (const resource of this.resolveNames(instance, names)) found.set(resource.id, resource);
    }
    return [...found.values()];
  }

  private resolveNames(instance: ModuleInstance, names: string[]): StudyResource[] {
    const [first, second, third] = names;
    if (first === undefined || second === undefined || NOT_RESOURCES.has(first)) return [];
    const key = `${instance.key}\u0000${first}.${second}${first === "module" || first === "data" ? `.${third ?? ""}` : ""}`;
    const cached = this.resolved.get(key);
    if (cached) return cached;
    // An entry in progress reads as empty: a cycle stops instead of recursing forever.
    this.resolved.set(key, []);
    const result = this.follow(instance, first, second, third);
    this.resolved.set(key, result);
    return result;
  }

  private follow(instance: ModuleInstance, first: string, second: string, third: string | undefined): StudyResource[] {
    switch (first) {
      case "var": {
        const { parent, call } = instance;
        if (!parent || !call || !(second in call.body)) return [];
        return this.targets(parent, call.body[second]);
      }
      case "local":
        return instance.definition.locals.has(second) ? this.targets(instance, instance.definition.locals.get(second)) : [];
      case "module": {
        const child = instance.children.get(second);
        if (!child) return [];
        const outputs = third === undefined ? [...child.definition.outputs.values()] : [child.definition.outputs.get(third)];
        return outputs.flatMap((output) => (output === undefined ? [] : this.targets(child, output)));
      }
      case "data": {
        const resource = third === undefined ? undefined : instance.resources.get(`data.${second}.${third}`);
        return resource ? [resource] : [];
      }
      default: {
        const resource = instance.resources.get(`${first}.${second}`);
        return resource ? [resource] : [];
      }
    }
  }

  /**
   * A value known without running Terraform: literals, and templates whose
   * interpolations are only variables and locals with literal values.
   * Sensitive variables are never evaluated.
   */
  literal(instance: ModuleInstance, value: unknown, depth = 0): Literal | undefined {
    if (depth > MAX_DEPTH) return undefined;
    if (typeof value === "number" || typeof value === "boolean") return value;
    if (Array.isArray(value)) {
      const items = value.map((item) => this.literal(instance, item, depth + 1));
      return items.every((item): item is Literal => item !== undefined) ? items : undefined;
    }
    if (typeof value !== "string") return undefined;
    if (!isTemplate(value)) return unescapeLiteral(value);
    const parts = templateParts(value);
    const pieces: Literal[] = [];
    for (const part of parts) {
      if (part.kind === "directive") return undefined;
      if (part.kind === "literal") {
        pieces.push(part.text);
        continue;
      }
      const known = this.expressionLiteral(instance, part.text, depth);
      if (known === undefined) return undefined;
      pieces.push(known);
    }
    const [only] = pieces;
    if (pieces.length === 1 && only !== undefined) return only;
    if (pieces.some((piece) => Array.isArray(piece))) return undefined;
    return pieces.join("");
  }

  /** `var.x`, `local.x`, or `length(…)` of one of those, when its value is literal. */
  private expressionLiteral(instance: ModuleInstance, expression: string, depth: number): Literal | undefined {
    const counted = LENGTH_OF.exec(expression.trim());
    const named = this.named(instance, counted?.[1] ?? expression, depth);
    if (named === undefined) return undefined;
    const known = this.literal(named.instance, named.value, depth + 1);
    if (counted === null) return known;
    return Array.isArray(known) ? known.length : undefined;
  }

  /** A literal that is one string, number or boolean, as text. */
  literalText(instance: ModuleInstance, value: unknown): string | undefined {
    const known = this.literal(instance, value);
    return known === undefined || Array.isArray(known) ? undefined : String(known);
  }

  /** A literal list of scalars as texts (a lone scalar counts as a list of one). */
  literalTexts(instance: ModuleInstance, value: unknown): string[] | undefined {
    const known = this.literal(instance, value);
    if (known === undefined) return undefined;
    const flat = Array.isArray(known) ? known.flat(8) : [known];
    return flat.map(String);
  }

  /**
   * The value behind `var.x` or `local.x` (the caller's argument, the
   * variable's default, the local's expression), or undefined for anything else.
   */
  named(instance: ModuleInstance, expression: string, depth = 0): Located<unknown> | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const match = SIMPLE_NAME.exec(expression.trim());
    if (!match) return undefined;
    const [, kind, name = ""] = match;
    if (kind === "local") {
      return instance.definition.locals.has(name) ? { value: instance.definition.locals.get(name), instance } : undefined;
    }
    const variable = instance.definition.variables.get(name);
    if (variable?.sensitive) return undefined;
    const { parent, call } = instance;
    if (parent && call && name in call.body) return { value: call.body[name], instance: parent };
    return variable && "default" in variable ? { value: variable.default, instance } : undefined;
  }

  /**
   * A structured document (policy, container definitions) however it is
   * written: an HCL object, a JSON heredoc, `jsonencode({...})`,
   * `file("policy.json")` / `templatefile(...)`, or a variable or local
   * holding one of those. Undefined when it is computed some other way.
   */
  document(instance: ModuleInstance, value: unknown, depth = 0): Located<unknown> | undefined {
    if (depth > MAX_DEPTH) return undefined;
    if (isRecord(value) || Array.isArray(value)) return { value, instance };
    if (typeof value !== "string") return undefined;
    if (!isTemplate(value)) {
      const parsed = parseJson(unescapeLiteral(value));
      return parsed === undefined ? undefined : { value: parsed, instance };
    }
    const expression = soleExpression(value);
    if (expression === undefined) return undefined;
    if (this.encoded.has(expression)) return { value: this.encoded.get(expression), instance };
    const named = this.named(instance, expression, depth);
    if (named) return this.document(named.instance, named.value, depth + 1);
    const read = /^(?:file|templatefile)\s*\(\s*("(?:[^"\\]|\\.)*")/.exec(expression);
    if (read?.[1]) {
      const text = this.fileText(instance, read[1]);
      const parsed = text === undefined ? undefined : parseJson(text);
      return parsed === undefined ? undefined : { value: parsed, instance };
    }
    return undefined;
  }

  /** The text of a file named by a quoted path argument (`"${path.module}/x.json"`), when among the files. */
  private fileText(instance: ModuleInstance, quoted: string): string | undefined {
    let raw: unknown;
    try {
      raw = JSON.parse(quoted);
    } catch {
      return undefined;
    }
    if (typeof raw !== "string") return undefined;
    // Terraform reads relative paths from the working directory: the root module's.
    const relative = raw.replace(/^\$\{\s*path\.(root|cwd)\s*\}\//, "");
    const inModule = relative.replace(/^\$\{\s*path\.module\s*\}\//, "");
    if (isTemplate(inModule) || inModule.startsWith("/")) return undefined;
    const base = inModule !== relative ? instance.definition.dir : instance.root;
    return this.files.get(posix.normalize(posix.join(base, inModule)));
  }
}

function parseJson(text: string): unknown {
  const trimmed = text.trim();
  if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) return undefined;
  try {
    return JSON.parse(trimmed);
  } catch {
    return undefined;
  }
}
