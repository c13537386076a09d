import { chmod, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface FakeTerraformScript {
  init?: string;
  plan?: string;
  show?: string;
}

const EMPTY_PLAN = `printf '%s' '{"format_version":"1.2","terraform_version":"1.11.4","resource_changes":[]}'`;

/** Writes a shell script standing in for terraform; each stage runs the given shell snippet. */
export async function writeFakeTerraform(dir: string, script: FakeTerraformScript): Promise<string> {
  const path = join(dir, "fake-terraform");
  const body = [
    "#!/bin/sh",
    'case "$1" in',
    `  init) ${script.init ?? "true"} ;;`,
    `  plan) ${script.plan ?? "true"} ;;`,
    `  show) ${script.show ?? EMPTY_PLAN} ;;`,
    "esac",
    "",
  ].join("\n");
  await writeFile(path, body);
  await chmod(path, 0o755);
  return path;
}

export function makeTempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `infra-coach-test-${prefix}-`));
}

/** True while the process exists and is not a zombie (a killed child not yet reaped still has a pid). */
export async function isAlive(pid: number): Promise<boolean> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, "utf8");
    const state = stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
    return state !== "Z" && state !== "X";
  } catch {
    return false;
  }
}

/** Polls for a file written by the fake binary (e.g. its child's pid). */
export async function waitForFile(path: string, timeoutMs = 10000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const text = await readFile(path, "utf8");
      if (text.trim() !== "") return text.trim();
    } catch {
      // not written yet
    }
    if (Date.now() > deadline) throw new Error(`${path} was not written within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
