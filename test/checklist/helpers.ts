import { readFileSync } from "node:fs";
import { parseRunbook, type ParseRunbookOptions } from "../../src/checklist/runbook.js";
import type { Runbook } from "../../src/checklist/types.js";

const root = new URL("../../", import.meta.url);

export function readRepoFile(path: string): string {
  return readFileSync(new URL(path, root), "utf8");
}

export function starterRunbook(file: string, options: ParseRunbookOptions = {}): Runbook {
  return parseRunbook(readRepoFile(`docs/runbooks/${file}`), { name: file, ...options });
}

export function fixtureRunbook(file: string, options: ParseRunbookOptions = {}): Runbook {
  return parseRunbook(readRepoFile(`test/fixtures/checklist/${file}`), { name: file, ...options });
}

export function itemTexts(runbook: Runbook): Record<string, string[]> {
  return Object.fromEntries(runbook.sections.map((section) => [section.kind, section.items.map((item) => item.text)]));
}
