import type { HeadingConfig, Lang, SectionKind } from "./types.js";

/** The same defaults as `runbooks.headings` in the configuration. */
export const DEFAULT_HEADINGS: HeadingConfig = {
  pre: ["Pre-work", "事前作業"],
  dayof: ["Day-of", "当日作業"],
  verify: ["Verification", "動作確認"],
};

/** Fixed names used in titles and summaries, whatever the runbook's headings say. */
export const SECTION_LABELS: Readonly<Record<SectionKind, Readonly<Record<Lang, string>>>> = {
  pre: { en: "Pre-work", ja: "事前作業" },
  dayof: { en: "Day-of", ja: "当日作業" },
  verify: { en: "Verification", ja: "動作確認" },
};

/** Section names are short; a longer heading only needs its start compared. */
const MAX_HEADING_LENGTH = 200;
const SEPARATORS = "[\\s\\-‐–—_・]*";

/**
 * Width (ＰＲＥ), case, backslash escapes, a leading number or emoji
 * ("1. 事前作業", "✅ Pre-work") and a trailing colon do not matter.
 */
function fold(heading: string): string {
  return heading
    .slice(0, MAX_HEADING_LENGTH)
    .replace(/\\([!-/:-@[-`{-~])/g, "$1")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/^\s*(?:\d+[.)]?|\p{No})\s*/u, "")
    .replace(/^[^\p{L}\p{N}]+/u, "")
    .trimEnd()
    .replace(/[:：]+$/u, "")
    .trimEnd();
}

/** "Pre-work" also matches "pre work", "Prework" and "PRE-WORK (day before)", but not "Preworkshop". */
function namePattern(name: string): RegExp {
  const letters = [...fold(name).replace(new RegExp(SEPARATORS, "gu"), "")];
  const escaped = letters.map((letter) => letter.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${escaped.join(SEPARATORS)}(?![\\p{L}\\p{N}])`, "u");
}

/**
 * The section a heading opens, if any: a configured name, compared
 * case-insensitively, at the start of the heading and followed by a non-letter,
 * so "Pre-work (the day before)" and "事前作業（前日まで）" still count. The
 * longest matching name wins, so one heading cannot belong to two kinds.
 */
export function matchSectionHeading(heading: string, headings: HeadingConfig = DEFAULT_HEADINGS): SectionKind | undefined {
  const folded = fold(heading);
  let best: { kind: SectionKind; length: number } | undefined;
  for (const kind of Object.keys(headings) as SectionKind[]) {
    for (const name of headings[kind]) {
      const match = namePattern(name).exec(folded);
      if (match && match[0].length > 0 && (!best || match[0].length > best.length)) best = { kind, length: match[0].length };
    }
  }
  return best?.kind;
}
