import { findChecklistBlock } from "./insert.js";
import { fillPlaceholders, type PlaceholderContext } from "./placeholders.js";
import { parseRunbook } from "./runbook.js";
import {
  SECTION_KINDS,
  type AutoVerifyFacts,
  type ChecklistItem,
  type HeadingConfig,
  type Lang,
  type Problem,
  type Runbook,
  type SectionKind,
} from "./types.js";
import { renderVerdictOutput } from "./verdict-output.js";

export interface ChecklistVerdictInput {
  /** The PR (or ops-log issue) body; only its checklist block counts. */
  body: string | null | undefined;
  /** The runbook the block was made from: defines the required items. */
  runbook: Runbook;
  /** Sections that must be complete to pass; default `["pre"]`. Empty: report only (neutral). */
  gates?: readonly SectionKind[];
  facts?: AutoVerifyFacts;
  lang?: Lang;
  headings?: Partial<HeadingConfig>;
  /** The values the checklist was inserted with, so reported items read as in the body (`v1.4.0`, not `{{version}}`). */
  context?: PlaceholderContext;
}

/**
 * done: ticked, or its auto-verify fact is true. skipped: not done but
 * optional (OPTIONAL / N/A / 任意). open: required and not done. absent:
 * required, but no longer in the body's checklist (deleting an item does not
 * make it done).
 */
export type ItemState = "done" | "skipped" | "open" | "absent";

export interface ItemVerdict {
  /** The runbook's item (canonical text and markers), or the body's for items people added. */
  item: ChecklistItem;
  state: ItemState;
  /** Set when an auto-verify fact decided the state. */
  auto?: { verify: string; fact: boolean };
  /** Added in the body, not in the runbook. */
  added: boolean;
}

export interface SectionCounts {
  total: number;
  done: number;
  skipped: number;
  /** Required and not done (open + absent). */
  open: number;
}

export interface SectionVerdict {
  kind: SectionKind;
  heading: string;
  gated: boolean;
  items: ItemVerdict[];
  counts: SectionCounts;
}

export interface ChecklistVerdict {
  conclusion: "success" | "failure" | "neutral";
  /** Check-run output: plain-text title (under 255 characters), Markdown summary and text. */
  title: string;
  summary: string;
  text: string;
  /** False when the body has no checklist block: every item counts as absent. */
  blockFound: boolean;
  sections: SectionVerdict[];
  /** Required items not done, per section (gated or not). */
  missing: Record<SectionKind, ChecklistItem[]>;
  /** Over all sections, plus how many open items block merge. */
  counts: SectionCounts & { blocking: number };
  /** Errors in the runbook that make a gated section impossible to judge. */
  runbookErrors: Problem[];
  /** Errors in the body's block (an unclosed code block hides the items after it). */
  blockErrors: Problem[];
}

function countItems(items: readonly ItemVerdict[]): SectionCounts {
  return {
    total: items.length,
    done: items.filter((entry) => entry.state === "done").length,
    skipped: items.filter((entry) => entry.state === "skipped").length,
    open: items.filter((entry) => entry.state === "open" || entry.state === "absent").length,
  };
}

/**
 * `item` is the runbook's item (its auto-verify marker is the one that counts)
 * or, for an item people added, the body's item itself.
 */
function judge(item: ChecklistItem, bodyItem: ChecklistItem | undefined, facts: AutoVerifyFacts): Omit<ItemVerdict, "added"> {
  const fact = item.verify === undefined ? undefined : facts[item.verify];
  const auto = item.verify !== undefined && fact !== undefined ? { auto: { verify: item.verify, fact } } : {};
  const done = fact ?? bodyItem?.checked ?? false;
  if (done) return { item, state: "done", ...auto };
  if (item.optional || bodyItem?.optional) return { item, state: "skipped", ...auto };
  return { item, state: bodyItem || fact !== undefined ? "open" : "absent", ...auto };
}

/** A gated section is impossible to judge when the runbook lacks it or hides part of itself. */
function errorsFor(runbook: Runbook, gates: readonly SectionKind[]): Problem[] {
  return runbook.problems.filter(
    (problem) =>
      problem.severity === "error" &&
      (problem.code !== "missing-section" || (problem.section !== undefined && gates.includes(problem.section))),
  );
}

/**
 * The release-checklist verdict. Items come from the runbook (matched to the
 * body by id) plus any checkbox people added to the block. The body's box
 * decides, except for auto-verified items whose fact is known: the fact
 * decides. Items in HTML comments or code, or outside the block, never count.
 */
export function evaluateChecklist(input: ChecklistVerdictInput): ChecklistVerdict {
  const gates = input.gates ?? ["pre"];
  const facts = input.facts ?? {};
  const headings = input.headings ? { headings: input.headings } : {};
  const block = findChecklistBlock(input.body);
  const parsedBlock = parseRunbook(block?.inner ?? "", headings);
  const bodyItems = parsedBlock.sections.flatMap((section) => section.items);
  const bodyById = new Map<string, ChecklistItem>();
  for (const item of bodyItems) if (!bodyById.has(item.id)) bodyById.set(item.id, item);
  const matched = new Set<ChecklistItem>();

  const sections = new Map<SectionKind, SectionVerdict>();
  const sectionFor = (kind: SectionKind, heading: string): SectionVerdict => {
    const existing = sections.get(kind);
    if (existing) return existing;
    const created: SectionVerdict = { kind, heading, gated: gates.includes(kind), items: [], counts: countItems([]) };
    sections.set(kind, created);
    return created;
  };

  for (const section of input.runbook.sections) {
    const verdict = sectionFor(section.kind, section.heading);
    for (const item of section.items) {
      const bodyItem = bodyById.get(item.id);
      if (bodyItem) matched.add(bodyItem);
      const shown = { ...item, text: fillPlaceholders(item.text, input.context ?? {}, (value) => value).text };
      verdict.items.push({ ...judge(shown, bodyItem, facts), added: false });
    }
  }
  for (const section of parsedBlock.sections) {
    for (const item of section.items) {
      if (matched.has(item)) continue;
      sectionFor(section.kind, section.heading).items.push({ ...judge(item, item, facts), added: true });
    }
  }

  const ordered = SECTION_KINDS.flatMap((kind) => {
    const section = sections.get(kind);
    return section ? [{ ...section, counts: countItems(section.items) }] : [];
  });
  const missing = Object.fromEntries(
    SECTION_KINDS.map((kind) => [
      kind,
      (sections.get(kind)?.items ?? []).filter((entry) => entry.state === "open" || entry.state === "absent").map((entry) => entry.item),
    ]),
  ) as Record<SectionKind, ChecklistItem[]>;
  const all = countItems(ordered.flatMap((section) => section.items));
  const blocking = ordered.filter((section) => section.gated).reduce((sum, section) => sum + section.counts.open, 0);
  const runbookErrors = errorsFor(input.runbook, gates);
  const blockErrors = block ? parsedBlock.problems.filter((problem) => problem.severity === "error" && problem.code !== "missing-section" && problem.code !== "no-sections") : [];

  const conclusion: ChecklistVerdict["conclusion"] =
    gates.length === 0 ? "neutral" : !block || blocking > 0 || runbookErrors.length > 0 || blockErrors.length > 0 ? "failure" : "success";
  const base = {
    conclusion,
    blockFound: block !== undefined,
    sections: ordered,
    missing,
    counts: { ...all, blocking },
    runbookErrors,
    blockErrors,
  };
  return { ...base, ...renderVerdictOutput(base, { lang: input.lang ?? "en", runbookName: input.runbook.name }) };
}
