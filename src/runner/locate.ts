/**
 * "This is where it corresponds": maps a plan address to the file and lines
 * of the block that declares it, following module calls into local modules.
 * The app turns a location into a `blob/<sha>/<path>#L<start>-L<end>` link.
 */
import { posix } from "node:path";
import { parseConfigAddress } from "./address.js";
import {
  declarationsOf,
  isOverrideFile,
  isTerraformConfigFile,
  resolveLocalModuleDir,
} from "./tf-declarations.js";

export interface SourceLocation {
  /** Repository-relative path of the file. */
  path: string;
  startLine: number;
  endLine: number;
}

export interface SourceIndex {
  readonly rootDir: string;
  /**
   * Where `aws_s3_bucket.b`, `data.x.y`, `module.m["k"].aws_s3_bucket.b[0]`
   * (or a module call itself, `module.m`) is declared; undefined when the
   * block is not in the given files (e.g. a registry module).
   */
  locate(address: string): SourceLocation | undefined;
}

interface ModuleCallTarget {
  dir: string | undefined;
  location: SourceLocation;
}

interface DirectoryIndex {
  blocks: Map<string, SourceLocation>;
  moduleCalls: Map<string, ModuleCallTarget>;
}

/**
 * @param files repository-relative path → text of the root's and its local modules' configuration files
 * @param rootDir the root module's directory, "." for the repository root
 */
export function buildSourceIndex(files: Map<string, string>, rootDir: string): SourceIndex {
  const filesByDir = new Map<string, { path: string; text: string }[]>();
  for (const [rawPath, text] of files) {
    const path = posix.normalize(rawPath);
    if (!isTerraformConfigFile(path)) continue;
    const dir = posix.dirname(path);
    filesByDir.set(dir, [...(filesByDir.get(dir) ?? []), { path, text }]);
  }
  const indexes = new Map<string, DirectoryIndex>();
  const directoryIndex = (dir: string): DirectoryIndex => {
    let index = indexes.get(dir);
    if (!index) {
      index = indexDirectory(dir, filesByDir.get(dir) ?? []);
      indexes.set(dir, index);
    }
    return index;
  };
  const normalizedRoot = posix.normalize(rootDir || ".").replace(/\/+$/, "") || ".";

  return {
    rootDir: normalizedRoot,
    locate(address: string): SourceLocation | undefined {
      const parsed = parseConfigAddress(address);
      if (!parsed) return undefined;
      let dir: string | undefined = normalizedRoot;
      let call: ModuleCallTarget | undefined;
      for (const name of parsed.modules) {
        if (dir === undefined) return undefined;
        call = directoryIndex(dir).moduleCalls.get(name);
        if (!call) return undefined;
        dir = call.dir;
      }
      if (parsed.kind === "module") return call?.location;
      if (dir === undefined) return undefined;
      return directoryIndex(dir).blocks.get(blockKey(parsed.mode, parsed.type, parsed.name));
    },
  };
}

function indexDirectory(dir: string, files: { path: string; text: string }[]): DirectoryIndex {
  const index: DirectoryIndex = { blocks: new Map(), moduleCalls: new Map() };
  // Primary files first, so an override file only supplies a location when nothing else declares the block.
  const ordered = [...files].sort(
    (a, b) => Number(isOverrideFile(a.path)) - Number(isOverrideFile(b.path)) || a.path.localeCompare(b.path),
  );
  for (const { path, text } of ordered) {
    const declarations = declarationsOf(path, text);
    for (const resource of declarations.resources) {
      const key = blockKey(resource.mode, resource.type, resource.name);
      if (!index.blocks.has(key)) index.blocks.set(key, { path, startLine: resource.startLine, endLine: resource.endLine });
    }
    for (const call of declarations.moduleCalls) {
      if (index.moduleCalls.has(call.name)) continue;
      index.moduleCalls.set(call.name, {
        dir: call.source === undefined ? undefined : resolveLocalModuleDir(dir, call.source),
        location: { path, startLine: call.startLine, endLine: call.endLine },
      });
    }
  }
  return index;
}

function blockKey(mode: "managed" | "data", type: string, name: string): string {
  return `${mode}:${type}.${name}`;
}
