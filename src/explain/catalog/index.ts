import type { CatalogEntry } from "../types.js";
import { awsEntries } from "./aws/index.js";
import { azureEntries } from "./azure/index.js";
import { googleEntries } from "./google/index.js";
import { miscEntries } from "./misc/index.js";

export const catalogEntries: readonly CatalogEntry[] = [...awsEntries, ...googleEntries, ...azureEntries, ...miscEntries];

const entryByType = new Map<string, CatalogEntry>();
for (const entry of catalogEntries) {
  for (const type of entry.types) {
    // A type claimed twice is a catalog defect (a test fails); the first claim wins meanwhile.
    if (!entryByType.has(type)) entryByType.set(type, entry);
  }
}

/** The catalog entry explaining a resource type (aliases such as `aws_alb` included). */
export function catalogEntryFor(type: string): CatalogEntry | undefined {
  return entryByType.get(type);
}
