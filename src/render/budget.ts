/**
 * Fitting a document under a length limit by dropping optional pieces, least
 * useful first, without ever cutting a piece in half. Pieces are rendered and
 * measured once; dropping one only adjusts running totals, so fitting is
 * linear in the number of pieces (no re-rendering of the whole document).
 */

/** Groups of optional pieces, in the order they are given up. */
export const DROP_ORDER = ["diagram", "drift", "details", "outputs", "rows"] as const;
export type GroupName = (typeof DROP_ORDER)[number];

export interface PieceGroup {
  /** Shown before the first kept item (a heading, a table header). */
  lead: string;
  /** Items in order of importance; possibly only a prefix of all items (the rest could never fit). */
  items: string[];
  /** Shown after the last kept item (the blank line after a table). */
  close: string;
  /** How many items exist, built or not. */
  total: number;
  /** Says how many items were dropped, e.g. "… and 12 more changes"; shown only then. */
  trailer?: (dropped: number) => string;
  /** Set by {@link fitSections}: how many items (a prefix) are shown. */
  kept: number;
}

export interface SectionPieces {
  /** Always shown (heading, headline, warnings). */
  fixed: string;
  groups: Record<GroupName, PieceGroup>;
  /**
   * Builds the diagram group. Called only when everything else fits: the
   * diagram is the first thing given up, and drawing it means working out
   * the references of the whole configuration.
   */
  diagram?: () => PieceGroup;
  /** Says what was left out of this section; shown only when something was. */
  omissionNote: (dropped: Record<GroupName, number>) => string;
}

export function emptyGroup(): PieceGroup {
  return { lead: "", items: [], close: "", total: 0, kept: 0 };
}

export function droppedCounts(section: SectionPieces): Record<GroupName, number> {
  const dropped = {} as Record<GroupName, number>;
  for (const name of DROP_ORDER) dropped[name] = section.groups[name].total - section.groups[name].kept;
  return dropped;
}

/** The longest the omission note can get: everything dropped (number lengths only grow with the count). */
function maxNoteLength(section: SectionPieces): number {
  const all = {} as Record<GroupName, number>;
  for (const name of DROP_ORDER) all[name] = section.groups[name].total;
  return section.omissionNote(all).length;
}

class SectionMeter {
  length: number;
  readonly noteReserve: number;
  somethingDropped = false;

  constructor(readonly pieces: SectionPieces) {
    this.noteReserve = maxNoteLength(pieces);
    let length = pieces.fixed.length;
    for (const name of DROP_ORDER) {
      const group = pieces.groups[name];
      group.kept = group.items.length;
      if (group.kept > 0) length += group.lead.length + group.close.length;
      for (const item of group.items) length += item.length;
      if (group.kept < group.total) {
        length += trailerReserve(group);
        this.somethingDropped = true;
      }
    }
    this.length = length + (this.somethingDropped ? this.noteReserve : 0);
  }

  /** Drops the last kept item of a group; returns the change in length (usually negative). */
  dropLast(name: GroupName): number {
    const group = this.pieces.groups[name];
    const before = this.length;
    const item = group.items[group.kept - 1] ?? "";
    if (group.kept === group.total) this.length += trailerReserve(group);
    group.kept -= 1;
    this.length -= item.length;
    if (group.kept === 0) this.length -= group.lead.length + group.close.length;
    if (!this.somethingDropped) {
      this.somethingDropped = true;
      this.length += this.noteReserve;
    }
    return this.length - before;
  }
}

function trailerReserve(group: PieceGroup): number {
  return group.trailer === undefined ? 0 : group.trailer(group.total).length;
}

/** The length of the sections with every piece built so far kept, plus `reserved`. */
export function wholeLength(sections: SectionPieces[], reserved: number): number {
  let total = reserved;
  for (const section of sections) total += new SectionMeter(section).length;
  return total;
}

/**
 * Sets `kept` on every group so that the sections, plus `reserved` characters
 * of surrounding text, fit in `budget`; returns how many sections (a prefix)
 * fit at all. `sectionsNoteLength` is what saying "N sections were left out"
 * costs, counted only when a section is dropped.
 */
export function fitSections(
  sections: SectionPieces[],
  budget: number,
  reserved: number,
  sectionsNoteLength: number,
): number {
  const meters = sections.map((section) => new SectionMeter(section));
  let total = reserved;
  for (const meter of meters) total += meter.length;

  for (const name of DROP_ORDER) {
    if (total <= budget) break;
    for (const [sectionIndex, itemIndex] of dropCandidates(meters, name)) {
      if (total <= budget) break;
      const meter = meters[sectionIndex];
      if (meter !== undefined && meter.pieces.groups[name].kept === itemIndex + 1) total += meter.dropLast(name);
    }
  }

  let keptSections = sections.length;
  if (total > budget && keptSections > 0) total += sectionsNoteLength;
  while (total > budget && keptSections > 0) {
    keptSections -= 1;
    total -= meters[keptSections]?.length ?? 0;
  }
  if (total > budget) throw new RangeError(`The fixed text alone (${total} characters) exceeds the limit of ${budget}.`);
  return keptSections;
}

/**
 * Items of one group in the order they are given up: the least important
 * rank of every section first (the last sections first on a tie), so that
 * sections lose detail evenly.
 */
function dropCandidates(meters: SectionMeter[], name: GroupName): [number, number][] {
  const candidates: [number, number][] = [];
  meters.forEach((meter, sectionIndex) => {
    for (let itemIndex = 0; itemIndex < meter.pieces.groups[name].kept; itemIndex++) candidates.push([sectionIndex, itemIndex]);
  });
  return candidates.sort((a, b) => b[1] - a[1] || b[0] - a[0]);
}
