/**
 * A plan's `configuration` block → the same module definitions as files give.
 * Expressions there are `{ constant_value }` or `{ references: [...] }`;
 * references become `"${…}"` strings so that one resolver serves both inputs.
 * The plan carries no file names or lines, and no locals.
 */
import { blocksOf, isRecord } from "./expressions.js";
import type { Body, ModuleCallBlock, ModuleDefinition, ResourceBlock } from "./model.js";
import { emptyDefinition } from "./parse-files.js";

/** Undefined when the document has no readable `configuration.root_module`. */
export function definitionFromPlan(document: unknown): ModuleDefinition | undefined {
  const configuration = isRecord(document) ? document["configuration"] : undefined;
  const root = isRecord(configuration) ? configuration["root_module"] : undefined;
  if (!isRecord(root)) return undefined;
  return readModule(root, ".", providerSources(configuration));
}

function providerSources(configuration: unknown): Map<string, string> {
  const sources = new Map<string, string>();
  const config = isRecord(configuration) ? configuration["provider_config"] : undefined;
  if (!isRecord(config)) return sources;
  for (const provider of Object.values(config)) {
    if (!isRecord(provider)) continue;
    const { name, full_name: fullName } = provider;
    if (typeof name === "string" && typeof fullName === "string" && !sources.has(name)) sources.set(name, fullName);
  }
  return sources;
}

function readModule(module: Record<string, unknown>, address: string, sources: Map<string, string>): ModuleDefinition {
  const definition = emptyDefinition(address);
  definition.providerSources = sources;
  for (const raw of blocksOf(module["resources"])) {
    const { mode, type, name } = raw;
    if (typeof type !== "string" || typeof name !== "string") continue;
    const block: ResourceBlock = { mode: mode === "data" ? "data" : "managed", type, name, body: body(raw["expressions"]) };
    const count = raw["count_expression"];
    const forEach = raw["for_each_expression"];
    if (count !== undefined) block.body["count"] = expression(count);
    if (forEach !== undefined) block.body["for_each"] = expression(forEach);
    definition.resources.push(block);
  }
  const variables = isRecord(module["variables"]) ? module["variables"] : {};
  for (const [name, variable] of Object.entries(variables)) {
    if (!isRecord(variable)) continue;
    definition.variables.set(name, { sensitive: variable["sensitive"] === true, ...("default" in variable ? { default: variable["default"] } : {}) });
  }
  const outputs = isRecord(module["outputs"]) ? module["outputs"] : {};
  for (const [name, output] of Object.entries(outputs)) {
    if (isRecord(output) && output["expression"] !== undefined) definition.outputs.set(name, expression(output["expression"]));
  }
  const calls = isRecord(module["module_calls"]) ? module["module_calls"] : {};
  for (const [name, call] of Object.entries(calls)) {
    if (!isRecord(call)) continue;
    const childAddress = `${address === "." ? "" : `${address}.`}module.${name}`;
    const block: ModuleCallBlock = { name, body: body(call["expressions"]) };
    if (typeof call["source"] === "string") block.source = call["source"];
    if (typeof call["version_constraint"] === "string") block.version = call["version_constraint"];
    if (isRecord(call["module"])) block.definition = readModule(call["module"], childAddress, sources);
    definition.calls.push(block);
  }
  return definition;
}

function body(expressions: unknown): Body {
  const result: Body = {};
  if (!isRecord(expressions)) return result;
  for (const [key, value] of Object.entries(expressions)) result[key] = expression(value);
  return result;
}

/**
 * `{ constant_value: 80 }` → 80; `{ references: ["aws_lb.main.arn", "aws_lb.main"] }`
 * → `"${(aws_lb.main.arn), (aws_lb.main)}"`: the references are kept, but the
 * parentheses mark the value as computed (the plan does not say how, so
 * `"${var.env}-web"` must not read as the value of `var.env`);
 * nested blocks (lists of expression objects) → lists of bodies.
 */
function expression(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(expression);
  if (!isRecord(value)) return value;
  if ("constant_value" in value) return value["constant_value"];
  const references = value["references"];
  if (Array.isArray(references) && references.every((item) => typeof item === "string")) {
    const texts = references as string[];
    return texts.length === 0 ? "${(computed)}" : `\${${texts.map((text) => `(${text})`).join(", ")}}`;
  }
  if (Object.keys(value).length === 0) return "${(computed)}";
  return body(value);
}
