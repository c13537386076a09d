import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const fixtureRepoDir = fileURLToPath(new URL("../../fixtures/runner/repo/", import.meta.url));

/** Every file of the fixture repository, repository-relative path → text. */
export function loadFixtureRepo(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(fixtureRepoDir, path), readFileSync(path, "utf8"));
    }
  };
  walk(fixtureRepoDir);
  return files;
}
