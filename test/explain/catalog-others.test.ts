import { readdirSync, readFileSync } from "node:fs";
import type { CatalogEntry, Text } from "../../src/explain/types.js";
import { azureEntries } from "../../src/explain/catalog/azure/index.js";
import { googleEntries } from "../../src/explain/catalog/google/index.js";
import { miscEntries } from "../../src/explain/catalog/misc/index.js";

const corpusDir = new URL("../../../shared/corpus/plans/", import.meta.url);

/** Plans are saved by many tools: UTF-8 with or without BOM, and UTF-16 from PowerShell redirection. */
function decodePlanBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  return new TextDecoder("utf-8").decode(bytes);
}

interface CorpusTypes {
  /** Every resource/data-source type in `resource_changes`, with the modes it appears in. */
  modes: Map<string, Set<string>>;
  filesRead: number;
}

function readCorpusTypes(): CorpusTypes {
  const modes = new Map<string, Set<string>>();
  let filesRead = 0;
  for (const name of readdirSync(corpusDir).filter((n) => n.endsWith(".json")).sort()) {
    let plan: unknown;
    try {
      plan = JSON.parse(decodePlanBytes(readFileSync(new URL(name, corpusDir))));
    } catch {
      continue; // wrapper output or other non-JSON files are not plans
    }
    if (typeof plan !== "object" || plan === null) continue;
    filesRead++;
    const changes = (plan as { resource_changes?: unknown }).resource_changes;
    if (!Array.isArray(changes)) continue;
    for (const change of changes as { type?: unknown; mode?: unknown }[]) {
      if (typeof change.type !== "string") continue;
      const seen = modes.get(change.type) ?? new Set<string>();
      seen.add(typeof change.mode === "string" ? change.mode : "managed");
      modes.set(change.type, seen);
    }
  }
  return { modes, filesRead };
}

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const groups: Record<string, CatalogEntry[]> = {
  google: googleEntries,
  azure: azureEntries,
  misc: miscEntries,
};
const allEntries = [...googleEntries, ...azureEntries, ...miscEntries];
const corpus = readCorpusTypes();
const corpusNonAws = [...corpus.modes.keys()].filter((t) => !t.startsWith("aws_")).sort();

/** Problems with one bilingual text, as readable strings (empty when fine). */
function textProblems(where: string, text: Text | undefined): string[] {
  if (text === undefined) return [`${where}: missing`];
  const problems: string[] = [];
  if (text.en.trim() === "") problems.push(`${where}.en: empty`);
  if (text.ja.trim() === "") problems.push(`${where}.ja: empty`);
  if (!JAPANESE.test(text.ja)) problems.push(`${where}.ja: no Japanese characters`);
  if (JAPANESE.test(text.en)) problems.push(`${where}.en: contains Japanese characters`);
  return problems;
}

/** True when every type of the entry appears in the corpus only as a data source. */
function isDataSourceOnly(entry: CatalogEntry): boolean {
  return entry.types.every((t) => {
    const modes = corpus.modes.get(t);
    return modes !== undefined && modes.size === 1 && modes.has("data");
  });
}

describe("non-AWS catalog (google, azure, misc)", () => {
  afterAll(() => {
    const covered = new Set(allEntries.flatMap((e) => e.types));
    const coveredCorpus = corpusNonAws.filter((t) => covered.has(t)).length;
    const counts = Object.entries(groups)
      .map(([name, entries]) => `${name}: ${entries.length} entries / ${entries.flatMap((e) => e.types).length} types`)
      .join(", ");
    console.log(
      `catalog-others: ${counts}; corpus non-aws types covered ${coveredCorpus}/${corpusNonAws.length} (${corpus.filesRead} plan files read)`,
    );
  });

  it("reads the real corpus and finds non-AWS types in it", () => {
    expect(corpus.filesRead).toBeGreaterThan(400);
    expect(corpusNonAws.length).toBeGreaterThan(150);
  });

  it("fills every field of every entry in English and Japanese", () => {
    const problems: string[] = [];
    for (const entry of allEntries) {
      const id = entry.types[0] ?? "(entry without types)";
      if (entry.types.length === 0) problems.push(`${id}: no types`);
      if (entry.service.trim() === "") problems.push(`${id}: empty service`);
      problems.push(...textProblems(`${id}.title`, entry.title));
      problems.push(...textProblems(`${id}.what`, entry.what));
      problems.push(...textProblems(`${id}.analogy`, entry.analogy));
      if (entry.related !== undefined) problems.push(...textProblems(`${id}.related`, entry.related));
      const effects = Object.entries(entry.effects);
      if (effects.length === 0 && !isDataSourceOnly(entry)) problems.push(`${id}: no effects`);
      for (const [action, text] of effects) problems.push(...textProblems(`${id}.effects.${action}`, text));
      if (entry.stateful === true && entry.effects.delete === undefined) {
        problems.push(`${id}: stateful but does not say what delete loses`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("links every entry to an https documentation page", () => {
    const bad = allEntries
      .filter((e) => {
        try {
          const url = new URL(e.docs);
          return url.protocol !== "https:" || url.hostname === "";
        } catch {
          return true;
        }
      })
      .map((e) => `${e.types[0] ?? "?"}: ${e.docs}`);
    expect(bad).toEqual([]);
  });

  it("lists each type once across the three arrays, and never an aws_* type", () => {
    const owners = new Map<string, string[]>();
    for (const [group, entries] of Object.entries(groups)) {
      for (const entry of entries) {
        for (const type of entry.types) owners.set(type, [...(owners.get(type) ?? []), `${group}:${entry.title.en}`]);
      }
    }
    const duplicates = [...owners].filter(([, where]) => where.length > 1);
    expect(duplicates).toEqual([]);
    expect([...owners.keys()].filter((t) => t.startsWith("aws_"))).toEqual([]);
  });

  it("keeps each provider's types in its own array", () => {
    const misplaced = [
      ...googleEntries.flatMap((e) => e.types).filter((t) => !t.startsWith("google_")),
      ...azureEntries.flatMap((e) => e.types).filter((t) => !t.startsWith("azurerm_")),
      ...miscEntries.flatMap((e) => e.types).filter((t) => t.startsWith("google_") || t.startsWith("azurerm_")),
    ];
    expect(misplaced).toEqual([]);
  });

  it("covers every non-AWS type that appears in the corpus", () => {
    const covered = new Set(allEntries.flatMap((e) => e.types));
    expect(corpusNonAws.filter((t) => !covered.has(t))).toEqual([]);
  });

  it("explains the three Google IAM kinds differently: additive, per-role authoritative, whole-policy authoritative", () => {
    const byType = new Map(googleEntries.flatMap((e) => e.types.map((t) => [t, e] as const)));
    const iamTypes = corpusNonAws.filter((t) => /^google_.+_iam_(member|binding|policy)$/.test(t));
    expect(iamTypes.length).toBeGreaterThan(20);
    for (const type of iamTypes) {
      const entry = byType.get(type);
      expect(entry?.types).toEqual([type]);
      const text = `${entry?.what.en ?? ""} ${entry?.effects.create?.en ?? ""}`;
      if (type.endsWith("_iam_member")) expect(text).toMatch(/non-authoritative/);
      if (type.endsWith("_iam_binding")) expect(text).toMatch(/authoritative for that role/);
      if (type.endsWith("_iam_policy")) expect(text).toMatch(/Replaces every role and every member/);
    }
  });
});
