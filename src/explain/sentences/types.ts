import type { AttributeDiff } from "../../plan/model.js";
import type { Text } from "../types.js";
import type { ChangeView } from "../view.js";

export interface Sentence {
  text: Text;
  /** Top-level attributes this sentence explains; generic sentences skip them. */
  covers: readonly string[];
  /** The exact attribute changes a generic sentence speaks for. */
  diffs?: readonly AttributeDiff[];
  /** Higher is shown first; see WEIGHT. */
  weight: number;
}

/** How important a sentence is, so that the cap keeps the ones a reviewer needs. */
export const WEIGHT = {
  /** Exposure to the internet, permissions, public data. */
  security: 100,
  /** Deploys, data-affecting settings. */
  critical: 90,
  important: 70,
  normal: 50,
  forcesReplacement: 40,
  /** What a new resource is: its name, size, image. */
  defining: 25,
  generic: 20,
  /** Flags left off, and the like. */
  incidental: 10,
  pending: 5,
} as const;

export interface SentenceFamily {
  /** Resource types it explains. With neither this nor `matches`, it is consulted for every type. */
  types?: readonly string[];
  /** For families keyed by a naming pattern (`google_*_iam_member`). */
  matches?(type: string): boolean;
  describe(view: ChangeView): Sentence[];
}

export function sentence(en: string, ja: string, covers: readonly string[], weight: number): Sentence {
  return { text: { en, ja }, covers, weight };
}
