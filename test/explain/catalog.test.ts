import { catalogEntries, catalogEntryFor } from "../../src/explain/catalog/index.js";

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

describe("catalog", () => {
  it("has entries", () => {
    expect(catalogEntries.length).toBeGreaterThan(0);
  });

  it("never lets two entries claim the same type", () => {
    const owners = new Map<string, number>();
    const duplicates: string[] = [];
    catalogEntries.forEach((entry, i) => {
      for (const type of entry.types) {
        if (owners.has(type)) duplicates.push(`${type} (entries ${owners.get(type)} and ${i})`);
        else owners.set(type, i);
      }
    });
    expect(duplicates).toEqual([]);
  });

  it("finds every entry by each of its types, aliases included", () => {
    for (const entry of catalogEntries) {
      for (const type of entry.types) expect(catalogEntryFor(type)).toBe(entry);
    }
    expect(catalogEntryFor("no_such_type_anywhere")).toBeUndefined();
  });

  it("gives every entry a title, a sentence and an analogy in English and real Japanese, and an https docs link", () => {
    const problems: string[] = [];
    for (const entry of catalogEntries) {
      const name = entry.types[0] ?? "(no types)";
      if (entry.types.length === 0) problems.push(`${name}: no types`);
      for (const field of ["title", "what", "analogy"] as const) {
        const text = entry[field];
        if (!text?.en?.trim()) problems.push(`${name}: ${field}.en empty`);
        if (!text?.ja?.trim()) problems.push(`${name}: ${field}.ja empty`);
        else if (!JAPANESE.test(text.ja)) problems.push(`${name}: ${field}.ja has no Japanese`);
      }
      for (const [action, text] of Object.entries(entry.effects)) {
        if (!text.en.trim() || !JAPANESE.test(text.ja)) problems.push(`${name}: effects.${action} incomplete`);
      }
      if (!/^https:\/\/\S+$/.test(entry.docs)) problems.push(`${name}: docs is not an https link: ${entry.docs}`);
    }
    expect(problems).toEqual([]);
  });
});
