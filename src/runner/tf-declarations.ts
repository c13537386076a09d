/**
 * What one Terraform configuration file declares, read the same way from
 * native syntax (`.tf`) and JSON syntax (`.tf.json`): resources, data sources,
 * module calls and whether it configures state storage (backend / cloud).
 */
import { posix } from "node:path";
import { scanHcl, type HclBlock } from "./hcl-scan.js";
import { scanJson, type JsonMember, type JsonNode } from "./json-scan.js";

export interface LineRange {
  startLine: number;
  endLine: number;
}

export interface ResourceDeclaration extends LineRange {
  mode: "managed" | "data";
  type: string;
  name: string;
}

export interface ModuleCallDeclaration extends LineRange {
  name: string;
  /** The literal `source` value; undefined when absent or not a plain string. */
  source: string | undefined;
}

export interface FileDeclarations {
  resources: ResourceDeclaration[];
  moduleCalls: ModuleCallDeclaration[];
  /** A `terraform { backend "…" {} }` or `terraform { cloud {} }` block: the mark of a root. */
  declaresBackend: boolean;
}

export function isTerraformConfigFile(path: string): boolean {
  return path.endsWith(".tf") || path.endsWith(".tf.json");
}

/** Terraform merges `override.tf` and `*_override.tf` into blocks declared elsewhere. */
export function isOverrideFile(path: string): boolean {
  const base = posix.basename(path).replace(/\.json$/, "");
  return base === "override.tf" || base.endsWith("_override.tf");
}

export function declarationsOf(path: string, text: string): FileDeclarations {
  return path.endsWith(".json") ? jsonDeclarations(text) : nativeDeclarations(text);
}

/**
 * The repository directory a local module `source` points to, or undefined for
 * registry/git/URL sources and paths that leave the repository. Terraform
 * treats only sources starting with `./` or `../` as local paths.
 */
export function resolveLocalModuleDir(callerDir: string, source: string): string | undefined {
  if (!source.startsWith("./") && !source.startsWith("../")) return undefined;
  const resolved = posix.normalize(posix.join(callerDir, source)).replace(/\/+$/, "");
  if (resolved === ".." || resolved.startsWith("../")) return undefined;
  return resolved === "" ? "." : resolved;
}

function nativeDeclarations(text: string): FileDeclarations {
  const declarations: FileDeclarations = { resources: [], moduleCalls: [], declaresBackend: false };
  for (const block of scanHcl(text).blocks) {
    const range = { startLine: block.startLine, endLine: block.endLine };
    const [first, second] = block.labels;
    if ((block.type === "resource" || block.type === "data") && first && second !== undefined) {
      const mode = block.type === "data" ? "data" : "managed";
      declarations.resources.push({ mode, type: first, name: second, ...range });
    } else if (block.type === "module" && first) {
      const source = block.body.attributes.find((attribute) => attribute.name === "source")?.stringValue;
      declarations.moduleCalls.push({ name: first, source, ...range });
    } else if (block.type === "terraform" && configuresState(block)) {
      declarations.declaresBackend = true;
    }
  }
  return declarations;
}

function configuresState(terraformBlock: HclBlock): boolean {
  return terraformBlock.body.blocks.some((inner) => inner.type === "backend" || inner.type === "cloud");
}

function jsonDeclarations(text: string): FileDeclarations {
  const declarations: FileDeclarations = { resources: [], moduleCalls: [], declaresBackend: false };
  const document = scanJson(text);
  if (!document) return declarations;
  for (const top of membersOf(document)) {
    if (top.key === "resource" || top.key === "data") {
      const mode = top.key === "data" ? "data" : "managed";
      for (const typeMember of membersOf(top.value)) {
        for (const nameMember of membersOf(typeMember.value)) {
          declarations.resources.push({ mode, type: typeMember.key, name: nameMember.key, ...rangeOf(nameMember) });
        }
      }
    } else if (top.key === "module") {
      for (const call of membersOf(top.value)) {
        const sourceNode = membersOf(call.value).find((member) => member.key === "source")?.value;
        const source = sourceNode?.kind === "string" ? sourceNode.value : undefined;
        declarations.moduleCalls.push({ name: call.key, source, ...rangeOf(call) });
      }
    } else if (top.key === "terraform") {
      const keys = membersOf(top.value).map((member) => member.key);
      if (keys.includes("backend") || keys.includes("cloud")) declarations.declaresBackend = true;
    }
  }
  return declarations;
}

/** HCL's JSON syntax accepts an object or an array of objects wherever a block body goes. */
function membersOf(node: JsonNode): JsonMember[] {
  const objects = node.kind === "array" ? node.items : [node];
  // Keys named "//" are comments in Terraform's JSON syntax.
  return objects.flatMap((item) => (item.kind === "object" ? item.members : [])).filter((member) => member.key !== "//");
}

function rangeOf(member: JsonMember): LineRange {
  return { startLine: member.keyLine, endLine: member.value.endLine };
}
