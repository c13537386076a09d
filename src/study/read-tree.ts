/**
 * Reads a directory tree into the map buildStudyGuide takes: Terraform files
 * (`.tf`, `.tf.json`) and the JSON files they may read with `file()`
 * (policies, container definitions). Skips `.terraform/`, `node_modules/`
 * and hidden directories; never follows symbolic links.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { join, posix, relative, sep } from "node:path";
import { isTerraformConfigFile } from "../runner/tf-declarations.js";

/** A JSON file larger than this is data, not a policy: not read. */
const MAX_JSON_BYTES = 256 * 1024;

export interface TerraformTree {
  /** Path relative to the directory read (POSIX separators) → text. */
  files: Map<string, string>;
  terraformFiles: number;
}

export async function readTerraformTree(root: string): Promise<TerraformTree> {
  const files = new Map<string, string>();
  let terraformFiles = 0;
  const visit = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
        await visit(path);
        continue;
      }
      if (!entry.isFile()) continue;
      const key = relative(root, path).split(sep).join(posix.sep);
      if (isTerraformConfigFile(entry.name)) {
        files.set(key, await readFile(path, "utf8"));
        terraformFiles += 1;
      } else if (entry.name.endsWith(".json") && (await stat(path)).size <= MAX_JSON_BYTES) {
        files.set(key, await readFile(path, "utf8"));
      }
    }
  };
  await visit(root);
  return { files, terraformFiles };
}
