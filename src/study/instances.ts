/**
 * From module definitions to what Terraform would build: every root module
 * (a directory no other directory calls as a local module), expanded through
 * its local module calls. Registry, git and URL modules are named, never
 * fetched.
 */
import { resolveLocalModuleDir } from "../runner/tf-declarations.js";
import { compareText } from "./parse-files.js";
import type {
  ExternalModule,
  ExternalModuleKind,
  ModuleCallBlock,
  ModuleDefinition,
  ModuleInstance,
  StudyResource,
} from "./model.js";

/** Deeper than any real configuration; stops a module that (indirectly) calls itself. */
const MAX_MODULE_DEPTH = 20;

export interface Instantiated {
  roots: string[];
  instances: ModuleInstance[];
  resources: StudyResource[];
  externalModules: ExternalModule[];
}

/** Instantiates directory-based definitions (read from files). */
export function instantiateDirectories(definitions: ReadonlyMap<string, ModuleDefinition>): Instantiated {
  const called = new Set<string>();
  for (const definition of definitions.values()) {
    for (const call of definition.calls) {
      const dir = call.source === undefined ? undefined : resolveLocalModuleDir(definition.dir, call.source);
      if (dir !== undefined && dir !== definition.dir && definitions.has(dir)) called.add(dir);
    }
  }
  const roots = [...definitions.keys()].filter((dir) => !called.has(dir)).sort(compareText);
  const builder = new Builder((caller, call) => {
    const dir = call.source === undefined ? undefined : resolveLocalModuleDir(caller.dir, call.source);
    return dir === undefined ? undefined : definitions.get(dir);
  });
  for (const root of roots) {
    const definition = definitions.get(root);
    if (definition) builder.instantiate(root, definition);
  }
  return builder.result(roots);
}

/** Instantiates a plan's configuration tree, where each call carries its module's definition. */
export function instantiateTree(root: ModuleDefinition): Instantiated {
  const builder = new Builder((_caller, call) => call.definition);
  builder.instantiate(".", root);
  return builder.result(["."]);
}

type CalledDefinition = (caller: ModuleDefinition, call: ModuleCallBlock) => ModuleDefinition | undefined;

class Builder {
  private readonly instances: ModuleInstance[] = [];
  private readonly resources: StudyResource[] = [];
  private readonly externalModules: ExternalModule[] = [];

  constructor(private readonly calledDefinition: CalledDefinition) {}

  instantiate(root: string, definition: ModuleDefinition): void {
    this.expand(root, definition, null, undefined, undefined, [definition.dir]);
  }

  result(roots: string[]): Instantiated {
    const byId = (a: { id: string }, b: { id: string }) => compareText(a.id, b.id);
    return {
      roots,
      instances: this.instances.sort((a, b) => compareText(a.key, b.key)),
      resources: this.resources.sort(byId),
      externalModules: this.externalModules.sort((a, b) => compareText(a.root, b.root) || compareText(a.address, b.address)),
    };
  }

  private expand(
    root: string,
    definition: ModuleDefinition,
    address: string | null,
    parent: ModuleInstance | undefined,
    call: ModuleCallBlock | undefined,
    path: string[],
  ): ModuleInstance {
    const instance: ModuleInstance = {
      key: `${root}\u0000${address ?? ""}`,
      root,
      address,
      definition,
      children: new Map(),
      resources: new Map(),
      ...(parent ? { parent } : {}),
      ...(call ? { call } : {}),
    };
    this.instances.push(instance);
    for (const block of definition.resources) {
      const local = block.mode === "data" ? `data.${block.type}.${block.name}` : `${block.type}.${block.name}`;
      const fullAddress = address === null ? local : `${address}.${local}`;
      const resource: StudyResource = {
        id: `${root}\u0000${fullAddress}`,
        root,
        address: fullAddress,
        moduleAddress: address,
        mode: block.mode,
        type: block.type,
        name: block.name,
        body: block.body,
        instance,
        ...(block.location ? { location: block.location } : {}),
      };
      instance.resources.set(local, resource);
      this.resources.push(resource);
    }
    for (const child of [...definition.calls].sort((a, b) => compareText(a.name, b.name))) {
      const childAddress = `${address === null ? "" : `${address}.`}module.${child.name}`;
      const called = this.calledDefinition(definition, child);
      if (called === undefined || path.includes(called.dir) || path.length >= MAX_MODULE_DEPTH) {
        this.externalModules.push(externalModule(root, childAddress, child, called !== undefined));
        continue;
      }
      instance.children.set(child.name, this.expand(root, called, childAddress, instance, child, [...path, called.dir]));
    }
    return instance;
  }
}

function externalModule(root: string, address: string, call: ModuleCallBlock, isRecursive: boolean): ExternalModule {
  const source = call.source ?? "";
  const module: ExternalModule = { root, address, source, kind: isRecursive ? "recursive" : moduleKind(source) };
  if (call.version !== undefined) module.version = call.version;
  if (call.location) module.location = call.location;
  return module;
}

/** How Terraform would fetch a module source (https://developer.hashicorp.com/terraform/language/modules/sources). */
function moduleKind(source: string): ExternalModuleKind {
  if (source.startsWith("./") || source.startsWith("../")) return "local-missing";
  if (/^(git::|git@|github\.com\/|bitbucket\.org\/)/.test(source) || /\.git($|[?/])/.test(source)) return "git";
  if (/^(https?:\/\/|s3::|gcs::|hg::|s3-|[\w.-]+\.s3\.amazonaws\.com)/.test(source)) return "url";
  // <host>/<namespace>/<name>/<provider> or <namespace>/<name>/<provider>, optionally //subdir.
  if (/^([\w.-]+\/)?[\w-]+\/[\w-]+\/[\w-]+(\/\/.*)?$/.test(source)) return "registry";
  return "unknown";
}
