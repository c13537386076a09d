import type { CatalogEntry, Risk } from "../types.js";
import type { ChangeView } from "../view.js";

/** One risk rule: looks at a change (and its catalog entry) and names what could go wrong. */
export type RiskRule = (view: ChangeView, entry: CatalogEntry) => Risk[];
