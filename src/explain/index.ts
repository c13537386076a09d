export { explainChange, explainDrift, explainPlan, isActionable } from "./explain.js";
export { catalogEntries, catalogEntryFor } from "./catalog/index.js";
export { fallbackEntryFor, registryDocsUrl } from "./fallback.js";
export type * from "./types.js";
