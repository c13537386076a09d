/**
 * Which Terraform roots a pull request touches, and why. A root is a
 * directory of configuration files that terraform is run in; a directory that
 * other directories call as a local module is a module, not a root, unless it
 * configures state storage itself or the config names it as a root.
 */
import { posix } from "node:path";
import { isIgnoredPath, matchesGlob } from "./glob.js";
import { declarationsOf, isTerraformConfigFile, resolveLocalModuleDir } from "./tf-declarations.js";

/** One entry of the pull request files API (`GET /repos/{o}/{r}/pulls/{n}/files`). */
export interface ChangedFile {
  filename: string;
  status: "added" | "removed" | "modified" | "renamed" | "copied" | "changed" | "unchanged";
  previous_filename?: string;
}

export interface RootsConfig {
  /** Explicit roots (globs such as `envs/*`); when present, only these directories are roots. */
  roots?: readonly string[];
  /** Paths (globs) whose files never count as changes and whose directories are never roots. */
  ignore?: readonly string[];
}

export interface RootDiscoveryInput {
  changedFiles: readonly ChangedFile[];
  /** Every file path in the repository tree at the pull request head. */
  treePaths: readonly string[];
  /** Reads a file at the pull request head (only `.tf` / `.tf.json` files are read). */
  readFile: (path: string) => Promise<string>;
  config?: RootsConfig;
}

export interface TouchedRoot {
  dir: string;
  /** Human-readable reasons, e.g. `modules/app/main.tf modified (module modules/app via envs/prod → modules/app)`. */
  reasons: string[];
}

export interface RootDiscovery {
  /** Sorted by directory, "." for the repository root. */
  roots: TouchedRoot[];
  /**
   * Directories whose Terraform files the pull request removed entirely. They
   * cannot be planned; when one was a root, its resources stay in its state.
   */
  removedDirs: string[];
}

const READ_CONCURRENCY = 8;

export async function findTouchedRoots(input: RootDiscoveryInput): Promise<RootDiscovery> {
  const ignore = input.config?.ignore ?? [];
  const explicitRoots = input.config?.roots ?? [];
  const configFilesByDir = groupConfigFiles(input.treePaths, ignore);
  const changesByDir = groupChanges(input.changedFiles, ignore);
  if (changesByDir.size === 0) return { roots: [], removedDirs: [] };

  const explicit = explicitRoots.length > 0 ? explicitRootDirs(configFilesByDir, explicitRoots) : undefined;
  const graph = await readModuleGraph(configFilesByDir, input.readFile, explicit);
  const roots = explicit ?? heuristicRoots(graph);

  const touched: TouchedRoot[] = [];
  for (const root of [...roots].sort(byCodeUnit)) {
    const reasons: string[] = [];
    for (const [dir, chain] of moduleClosure(root, graph.calls)) {
      for (const change of changesByDir.get(dir) ?? []) {
        reasons.push(dir === root ? change : `${change} (module ${dir} via ${chain.join(" → ")})`);
      }
    }
    if (reasons.length > 0) touched.push({ dir: root, reasons });
  }
  const removedDirs = [...changesByDir.keys()].filter((dir) => !configFilesByDir.has(dir)).sort(byCodeUnit);
  return { roots: touched, removedDirs };
}

/** Files whose change can change a plan: configuration, variable values and the provider lock file. */
export function isPlanInputFile(path: string): boolean {
  return (
    isTerraformConfigFile(path) ||
    path.endsWith(".tfvars") ||
    path.endsWith(".tfvars.json") ||
    posix.basename(path) === ".terraform.lock.hcl"
  );
}

function groupConfigFiles(treePaths: readonly string[], ignore: readonly string[]): Map<string, string[]> {
  const byDir = new Map<string, string[]>();
  for (const rawPath of treePaths) {
    const path = posix.normalize(rawPath);
    // `.terraform/` holds downloaded modules when someone commits it by mistake; it is never a root or a local module.
    if (!isTerraformConfigFile(path) || path.split("/").includes(".terraform") || isIgnoredPath(path, ignore)) continue;
    const dir = posix.dirname(path);
    byDir.set(dir, [...(byDir.get(dir) ?? []), path]);
  }
  return byDir;
}

/** Directory → descriptions of its changed plan-input files (a rename counts in both directories). */
function groupChanges(changedFiles: readonly ChangedFile[], ignore: readonly string[]): Map<string, string[]> {
  const byDir = new Map<string, string[]>();
  const add = (path: string, description: string): void => {
    if (!isPlanInputFile(path) || isIgnoredPath(path, ignore)) return;
    const dir = posix.dirname(path);
    const list = byDir.get(dir) ?? [];
    if (!list.includes(description)) list.push(description);
    byDir.set(dir, list);
  };
  for (const file of changedFiles) {
    const filename = posix.normalize(file.filename);
    if (file.status === "renamed" && file.previous_filename) {
      const previous = posix.normalize(file.previous_filename);
      add(filename, `${filename} renamed from ${previous}`);
      add(previous, `${previous} renamed to ${filename}`);
    } else {
      add(filename, `${filename} ${file.status}`);
    }
  }
  return byDir;
}

interface ModuleGraph {
  /** Directory → local module directories it calls (only directories with configuration files). */
  calls: Map<string, Set<string>>;
  /** Directories with a backend or cloud block. */
  withBackend: Set<string>;
  /** Every directory read. */
  dirs: Set<string>;
}

/**
 * Reads the configuration files and builds the local-module call graph. With
 * explicit roots only their module closure is read; otherwise every directory
 * must be read, since any of them may call a changed module.
 */
async function readModuleGraph(
  configFilesByDir: Map<string, string[]>,
  readFile: (path: string) => Promise<string>,
  startDirs: Set<string> | undefined,
): Promise<ModuleGraph> {
  const graph: ModuleGraph = { calls: new Map(), withBackend: new Set(), dirs: new Set() };
  let frontier = [...(startDirs ?? configFilesByDir.keys())];
  while (frontier.length > 0) {
    const batch = frontier.filter((dir) => !graph.dirs.has(dir));
    batch.forEach((dir) => graph.dirs.add(dir));
    const files = batch.flatMap((dir) => (configFilesByDir.get(dir) ?? []).map((path) => ({ dir, path })));
    const texts = await mapWithConcurrency(files, READ_CONCURRENCY, ({ path }) => readFile(path));
    const next = new Set<string>();
    files.forEach(({ dir, path }, index) => {
      const declarations = declarationsOf(path, texts[index] ?? "");
      if (declarations.declaresBackend) graph.withBackend.add(dir);
      const callees = graph.calls.get(dir) ?? new Set<string>();
      for (const call of declarations.moduleCalls) {
        const target = call.source === undefined ? undefined : resolveLocalModuleDir(dir, call.source);
        if (target === undefined || target === dir || !configFilesByDir.has(target)) continue;
        callees.add(target);
        if (!graph.dirs.has(target)) next.add(target);
      }
      graph.calls.set(dir, callees);
    });
    frontier = startDirs ? [...next] : [];
  }
  return graph;
}

function explicitRootDirs(configFilesByDir: Map<string, string[]>, patterns: readonly string[]): Set<string> {
  return new Set([...configFilesByDir.keys()].filter((dir) => patterns.some((pattern) => matchesGlob(dir, pattern))));
}

/**
 * A directory nobody calls is a root. A called directory is still a root when
 * it declares a backend: `terraform {}` blocks with `required_providers` and
 * even `provider` blocks are common in reusable modules, so they prove nothing.
 */
function heuristicRoots(graph: ModuleGraph): Set<string> {
  const called = new Set([...graph.calls.values()].flatMap((callees) => [...callees]));
  return new Set([...graph.dirs].filter((dir) => !called.has(dir) || graph.withBackend.has(dir)));
}

/** Every directory reachable from the root through local module calls, with the call chain that reaches it (cycle-safe). */
function moduleClosure(root: string, calls: Map<string, Set<string>>): Map<string, string[]> {
  const chains = new Map<string, string[]>([[root, [root]]]);
  const queue = [root];
  for (let dir = queue.shift(); dir !== undefined; dir = queue.shift()) {
    const chain = chains.get(dir) ?? [dir];
    for (const callee of [...(calls.get(dir) ?? [])].sort(byCodeUnit)) {
      if (chains.has(callee)) continue;
      chains.set(callee, [...chain, callee]);
      queue.push(callee);
    }
  }
  return chains;
}

async function mapWithConcurrency<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
