/** The three parts of every runbook, in the order work happens. */
export type SectionKind = "pre" | "dayof" | "verify";
export const SECTION_KINDS: readonly SectionKind[] = ["pre", "dayof", "verify"];

export type Lang = "en" | "ja";

/** Facts infra-coach can check by itself; an item opts in with `<!-- verify: name -->`. */
export type KnownVerify = "release-exists" | "plan-clean" | "co-review-approved";
export const KNOWN_VERIFY: readonly KnownVerify[] = ["release-exists", "plan-clean", "co-review-approved"];

/**
 * Current truth of each auto-verify fact. A missing key means "not known", and
 * the item's checkbox is then left to humans. Unknown names are allowed so that
 * a team's own facts can be added by the caller.
 */
export type AutoVerifyFacts = Readonly<Partial<Record<KnownVerify, boolean>> & Record<string, boolean | undefined>>;

/** Section headings recognised per kind, compared case-insensitively. */
export type HeadingConfig = Readonly<Record<SectionKind, readonly string[]>>;

/** A non-command code block under an item, e.g. the customer-notice template. */
export interface Snippet {
  /** The fence's info string (`text`, `email`, `markdown`...). */
  info: string;
  content: string;
}

export interface ChecklistItem {
  /**
   * Stable within one runbook: a slug of the normalised text (`-2`, `-3`... for
   * repeats), or the id written in an `<!-- infra-coach:item=… -->` marker.
   */
  id: string;
  /** The item's Markdown text, without the checkbox and without HTML comments. */
  text: string;
  checked: boolean;
  /** Marked OPTIONAL, N/A, 任意, 対象外 or 該当なし: never blocks. */
  optional: boolean;
  /** From `<!-- verify: name -->`: the app ticks or unticks the item itself. */
  verify?: KnownVerify | string;
  /** 1-based line of the checkbox in the parsed text. */
  line: number;
  section: SectionKind;
  /** Set for a checkbox nested under another checkbox item. */
  parentId?: string;
  /** Contents of shell (or unlabelled) code blocks following the item. */
  commands: string[];
  /** Other code blocks following the item (templates, examples). */
  snippets: Snippet[];
}

export interface RunbookSection {
  kind: SectionKind;
  /** The heading as written in the runbook, e.g. `事前作業`. */
  heading: string;
  line: number;
  items: ChecklistItem[];
}

export type ProblemCode =
  | "no-sections"
  | "missing-section"
  | "duplicate-section"
  | "empty-section"
  | "item-outside-section"
  | "not-a-checkbox"
  | "nested-item"
  | "empty-item"
  | "unknown-verify"
  | "unclosed-code-block"
  | "unclosed-comment";

/**
 * Something wrong or surprising in a runbook. Errors make a gate impossible to
 * judge; warnings are reported but change nothing. Text fields are untrusted
 * (they come from the runbook): escape them when rendering.
 */
export interface Problem {
  code: ProblemCode;
  severity: "error" | "warning";
  line?: number;
  section?: SectionKind;
  /** The heading names that were looked for (no-sections, missing-section, duplicate-section). */
  expected?: readonly string[];
  /** Headings found that are not section headings (no-sections, missing-section). */
  headingsSeen?: readonly string[];
  /** The item text, marker name or parent item text the problem is about. */
  subject?: string;
  /** For nested-item: the parent item's text. */
  parent?: string;
}

export interface Runbook {
  /** File name the runbook came from, e.g. `release.md` ("" when unknown). */
  name: string;
  /** First level-1 heading that is not a section heading ("" when none). */
  title: string;
  /** In document order; at most one per kind. */
  sections: RunbookSection[];
  problems: Problem[];
}
