import { formatResourceAddress } from "./address.js";
import { isRecord, isString, optional, required } from "./checks.js";
import { PlanError } from "./errors.js";
import { childPath } from "./path-text.js";

/** One module of the plan's `configuration` block, with its children. */
export interface ConfigModule {
  /** `module.net.module.sub`, or null for the root module. */
  address: string | null;
  /** The call's name in its parent (`net`), or null for the root module. */
  callName: string | null;
  parent: ConfigModule | null;
  /** The call's `source` as written (`./modules/net`, `terraform-aws-modules/vpc/aws`). */
  source?: string;
  /** The call's input expressions, by variable name. */
  inputs: Record<string, unknown>;
  calls: Map<string, ConfigModule>;
  outputs: Map<string, Record<string, unknown>>;
  resources: ConfigResource[];
}

export interface ConfigResource {
  /**
   * Configured address within its module, without instance keys:
   * `aws_subnet.private` (its full address is the module's address, a dot, and this).
   */
  localAddress: string;
  definition: Record<string, unknown>;
}

/** Reads `configuration.root_module` and its `module_calls`, checking the structure it relies on. */
export function readConfigModules(configuration: unknown): ConfigModule | undefined {
  if (!isRecord(configuration)) return undefined;
  const root = configuration["root_module"];
  if (root === undefined || root === null) return undefined;
  return readModule(root, "configuration.root_module", null, null, {});
}

/** Every module of the tree, parents before children, calls in the order the plan lists them. */
export function* allModules(root: ConfigModule): Generator<ConfigModule> {
  yield root;
  for (const child of root.calls.values()) yield* allModules(child);
}

function readModule(
  value: unknown,
  path: string,
  parent: ConfigModule | null,
  callName: string | null,
  inputs: Record<string, unknown>,
): ConfigModule {
  const module = expectRecord(value, path);
  const address = parent === null || callName === null ? null : `${parent.address === null ? "" : `${parent.address}.`}module.${callName}`;
  const tree: ConfigModule = { address, callName, parent, inputs, calls: new Map(), outputs: new Map(), resources: [] };

  const resources = optional(module, "resources", path, Array.isArray, "array") ?? [];
  const resourcesPath = childPath(path, "resources");
  for (let i = 0; i < resources.length; i++) tree.resources.push(readResource(resources[i], resourcesPath, i));

  const outputs = optional(module, "outputs", path, isRecord, "object") ?? {};
  for (const [name, output] of Object.entries(outputs)) {
    tree.outputs.set(name, expectRecord(output, childPath(childPath(path, "outputs"), name)));
  }

  const calls = optional(module, "module_calls", path, isRecord, "object") ?? {};
  for (const [name, call] of Object.entries(calls)) {
    const callPath = childPath(childPath(path, "module_calls"), name);
    const callRecord = expectRecord(call, callPath);
    const callInputs = optional(callRecord, "expressions", callPath, isRecord, "object") ?? {};
    const child = readModule(callRecord["module"] ?? {}, childPath(callPath, "module"), tree, name, callInputs);
    const source = optional(callRecord, "source", callPath, isString, "string");
    if (source !== undefined) child.source = source;
    tree.calls.set(name, child);
  }
  return tree;
}

/** Paths are built only for an error message: a large plan configures tens of thousands of resources. */
function readResource(value: unknown, resourcesPath: string, i: number): ConfigResource {
  const resource = isRecord(value) ? value : expectRecord(value, `${resourcesPath}[${i}]`);
  const address = resource["address"];
  const local =
    typeof address === "string"
      ? address
      : (optional(resource, "address", `${resourcesPath}[${i}]`, isString, "string") ?? addressFromParts(resource, `${resourcesPath}[${i}]`));
  return { localAddress: local, definition: resource };
}

function addressFromParts(resource: Record<string, unknown>, path: string): string {
  const { mode, type, name } = resource;
  if (typeof type !== "string" || typeof name !== "string") {
    throw new PlanError(`${path}: expected an address, or a type and a name`, path);
  }
  return formatResourceAddress({ moduleAddress: null, mode: mode === "data" ? "data" : "managed", type, name, index: null });
}

function expectRecord(value: unknown, path: string): Record<string, unknown> {
  return required(value, path, isRecord, "object");
}
