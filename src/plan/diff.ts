import { Sensitive, Unknown, type AttributeDiff, type PathStep, type Value } from "./model.js";
import { formatPath } from "./path-text.js";

export interface DiffInput {
  /** Raw values decide what changed (two masked values may hide different secrets). */
  rawBefore: unknown;
  rawAfter: unknown;
  /** Masked values are what the diffs show. */
  before: Value | undefined;
  after: Value | undefined;
  replacePaths: readonly (readonly PathStep[])[];
}

/**
 * The attributes that differ, in a stable order (attributes of `after`, then
 * those only in `before`). A subtree that is added, removed, unknown or
 * masked whole is one diff, not one per leaf. Absent, null, `[]` and `{}` count
 * as the same "nothing", so a create does not list every unset attribute.
 * An empty path stands for the whole object when it is not an object.
 */
export function diffAttributes(input: DiffInput): AttributeDiff[] {
  const walker = new DiffWalker(input.replacePaths);
  walk(walker, input);
  return walker.diffs;
}

function walk(walker: DiffWalker, input: DiffInput): void {
  const { before, after } = input;
  const beforeObject = before === undefined ? {} : before;
  const afterObject = after === undefined ? {} : after;
  if (isRecord(beforeObject) && isRecord(afterObject)) {
    walker.records(input.rawBefore ?? {}, input.rawAfter ?? {}, beforeObject, afterObject);
  } else {
    walker.node(input.rawBefore, input.rawAfter, before, after);
  }
}

/**
 * The diffs of one top-level attribute: exactly the diffs of diffAttributes
 * whose path starts with `name`, without computing the others.
 */
export function diffAttributesUnder(input: DiffInput, name: string): AttributeDiff[] {
  const { before, after } = input;
  const beforeObject = before === undefined ? {} : before;
  const afterObject = after === undefined ? {} : after;
  // Otherwise the only diff is the whole object's, whose path is empty.
  if (!isRecord(beforeObject) || !isRecord(afterObject)) return [];
  const walker = new DiffWalker(input.replacePaths);
  walker.attribute(input.rawBefore ?? {}, input.rawAfter ?? {}, beforeObject, afterObject, name);
  return walker.diffs;
}

/** Whether diffAttributes would find any diff, stopping at the first. */
export function hasAttributeDiffs(input: DiffInput): boolean {
  const walker = new DiffWalker(input.replacePaths, true);
  walk(walker, input);
  return walker.diffs.length > 0;
}

/**
 * The diffs that force the replacement, in diff order: those of
 * diffAttributes with `forcesReplacement`, walking only the attributes that
 * `replace_paths` start with when it can.
 */
export function diffsForcingReplacement(input: DiffInput): AttributeDiff[] {
  const { before, after, replacePaths } = input;
  if (replacePaths.length === 0) return [];
  const beforeObject = before === undefined ? {} : before;
  const afterObject = after === undefined ? {} : after;
  // An empty replace path forces every diff; a non-object side has one diff, for the whole object.
  if (!isRecord(beforeObject) || !isRecord(afterObject) || replacePaths.some((path) => path.length === 0)) {
    return diffAttributes(input).filter((diff) => diff.forcesReplacement);
  }
  const heads = new Set(replacePaths.map((path) => path[0]));
  const walker = new DiffWalker(replacePaths);
  const rawBefore = input.rawBefore ?? {};
  const rawAfter = input.rawAfter ?? {};
  // The order of `records`: the attributes of `after`, then those only in `before`.
  for (const key of Object.keys(afterObject)) if (heads.has(key)) walker.attribute(rawBefore, rawAfter, beforeObject, afterObject, key);
  for (const key of Object.keys(beforeObject)) {
    if (heads.has(key) && !Object.hasOwn(afterObject, key)) walker.attribute(rawBefore, rawAfter, beforeObject, afterObject, key);
  }
  return walker.diffs.filter((diff) => diff.forcesReplacement);
}

/** Lists longer than this (before × after elements) are compared position by position. */
const ALIGNMENT_LIMIT = 250_000;

class DiffWalker {
  readonly diffs: AttributeDiff[] = [];
  private readonly path: PathStep[] = [];

  /** @param firstOnly stop walking objects and lists once one diff is found */
  constructor(
    private readonly replacePaths: readonly (readonly PathStep[])[],
    private readonly firstOnly = false,
  ) {}

  private get done(): boolean {
    return this.firstOnly && this.diffs.length > 0;
  }

  node(rawBefore: unknown, rawAfter: unknown, before: Value | undefined, after: Value | undefined): void {
    if (after instanceof Unknown) {
      this.emit(before, after);
    } else if (before instanceof Sensitive || after instanceof Sensitive) {
      if (!sameValue(rawBefore, rawAfter)) this.emit(before, after);
    } else if (isRecord(before) && isRecord(after)) {
      this.records(rawBefore, rawAfter, before, after);
    } else if (Array.isArray(before) && Array.isArray(after)) {
      this.arrays(rawBefore, rawAfter, before, after);
    } else if (!sameValue(rawBefore, rawAfter) || containsUnknown(after)) {
      // An unknown inside a block missing from the raw `after` is a change the raw values cannot show.
      this.emit(before, after);
    }
  }

  /** The part of `records` that walks one key. */
  attribute(rawBefore: unknown, rawAfter: unknown, before: Record<string, Value>, after: Record<string, Value>, key: string): void {
    const inAfter = Object.hasOwn(after, key);
    if (!inAfter && !Object.hasOwn(before, key)) return;
    this.path.push(key);
    this.node(own(rawBefore, key), own(rawAfter, key), own(before, key) as Value | undefined, inAfter ? after[key] : undefined);
    this.path.pop();
  }

  records(rawBefore: unknown, rawAfter: unknown, before: Record<string, Value>, after: Record<string, Value>): void {
    for (const key of Object.keys(after)) {
      if (this.done) return;
      this.path.push(key);
      this.node(own(rawBefore, key), own(rawAfter, key), own(before, key) as Value | undefined, after[key]);
      this.path.pop();
    }
    for (const key of Object.keys(before)) {
      if (this.done) return;
      if (Object.hasOwn(after, key)) continue;
      this.path.push(key);
      this.node(own(rawBefore, key), own(rawAfter, key), before[key], undefined);
      this.path.pop();
    }
  }

  /**
   * Same-length lists are compared index by index. Otherwise the unchanged
   * elements are matched first (common prefix and suffix, then the longest
   * common subsequence of the rest), and the elements between two matches are
   * paired by position; leftovers are additions (at their new index) or
   * removals (at their old index). Appending one rule to a list of ten is then
   * one added element, not ten changed ones.
   */
  private arrays(rawBefore: unknown, rawAfter: unknown, before: Value[], after: Value[]): void {
    if (before.length === after.length) {
      for (let i = 0; i < after.length && !this.done; i++) this.element(rawBefore, rawAfter, before, after, i, i);
      return;
    }
    const same = (i: number, j: number): boolean =>
      !(after[j] instanceof Unknown) && sameValue(own(rawBefore, i), own(rawAfter, j));
    let prefix = 0;
    while (prefix < before.length && prefix < after.length && same(prefix, prefix)) prefix++;
    let suffix = 0;
    while (
      suffix < before.length - prefix &&
      suffix < after.length - prefix &&
      same(before.length - 1 - suffix, after.length - 1 - suffix)
    ) {
      suffix++;
    }
    const rows = before.length - suffix - prefix;
    const columns = after.length - suffix - prefix;
    const ids = new Map<string, number>();
    const anchors =
      rows * columns > ALIGNMENT_LIMIT
        ? []
        : matchUnchanged(
            elementIds(rawBefore, before, prefix, before.length - suffix, ids),
            elementIds(rawAfter, after, prefix, after.length - suffix, ids),
          ).map(([r, c]): [number, number] => [prefix + r, prefix + c]);
    anchors.push([before.length - suffix, after.length - suffix]);
    let i = prefix;
    let j = prefix;
    for (const [anchorBefore, anchorAfter] of anchors) {
      while (i < anchorBefore && j < anchorAfter) this.element(rawBefore, rawAfter, before, after, i++, j++);
      while (i < anchorBefore) this.element(rawBefore, undefined, before, [], i++, -1);
      while (j < anchorAfter) this.element(undefined, rawAfter, [], after, -1, j++);
      i = anchorBefore + 1;
      j = anchorAfter + 1;
    }
  }

  /** Compares before[i] with after[j]; -1 means the element does not exist on that side. */
  private element(rawBefore: unknown, rawAfter: unknown, before: Value[], after: Value[], i: number, j: number): void {
    this.path.push(j === -1 ? i : j);
    this.node(
      i === -1 ? undefined : own(rawBefore, i),
      j === -1 ? undefined : own(rawAfter, j),
      i === -1 ? undefined : before[i],
      j === -1 ? undefined : after[j],
    );
    this.path.pop();
  }

  private emit(before: Value | undefined, after: Value | undefined): void {
    const path = this.path.slice();
    this.diffs.push({
      path,
      pathText: formatPath(path),
      before,
      after,
      forcesReplacement: this.replacePaths.some((forcing) => isPrefix(forcing, path) || isPrefix(path, forcing)),
    });
  }
}

/**
 * Pairs of positions (in before, in after) of equal elements, in order: a
 * longest common subsequence of the two id lists, or none when they are too
 * long to align cheaply. An id of -1 (an unknown element) equals nothing.
 */
function matchUnchanged(beforeIds: Int32Array, afterIds: Int32Array): [number, number][] {
  const rows = beforeIds.length;
  const columns = afterIds.length;
  if (rows === 0 || columns === 0) return [];
  const same = (r: number, c: number): boolean => afterIds[c] !== -1 && beforeIds[r] === afterIds[c];
  // lengths[r * width + c]: LCS length of beforeIds[r..] and afterIds[c..].
  const width = columns + 1;
  const lengths = new Uint32Array((rows + 1) * width);
  const at = (r: number, c: number): number => lengths[r * width + c] ?? 0;
  for (let r = rows - 1; r >= 0; r--) {
    for (let c = columns - 1; c >= 0; c--) {
      lengths[r * width + c] = same(r, c) ? at(r + 1, c + 1) + 1 : Math.max(at(r + 1, c), at(r, c + 1));
    }
  }
  const pairs: [number, number][] = [];
  let r = 0;
  let c = 0;
  while (r < rows && c < columns) {
    if (same(r, c)) pairs.push([r++, c++]);
    else if (at(r + 1, c) >= at(r, c + 1)) r++;
    else c++;
  }
  return pairs;
}

/**
 * One small integer per element of raw[start..end), equal for equal values,
 * so that the alignment compares numbers instead of walking values. Ids come
 * from a table shared by both sides of one comparison.
 */
function elementIds(raw: unknown, masked: Value[], start: number, end: number, table: Map<string, number>): Int32Array {
  const ids = new Int32Array(Math.max(0, end - start));
  for (let i = start; i < end; i++) {
    if (masked[i] instanceof Unknown) {
      ids[i - start] = -1;
      continue;
    }
    const value = own(raw, i);
    const key = isNothing(value) ? "" : JSON.stringify(value);
    let id = table.get(key);
    if (id === undefined) {
      id = table.size;
      table.set(key, id);
    }
    ids[i - start] = id;
  }
  return ids;
}

function isPrefix(prefix: readonly PathStep[], path: readonly PathStep[]): boolean {
  if (prefix.length > path.length) return false;
  for (let i = 0; i < prefix.length; i++) if (prefix[i] !== path[i]) return false;
  return true;
}

function isRecord(value: Value | undefined): value is Record<string, Value> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Unknown) && !(value instanceof Sensitive);
}

function own(container: unknown, key: string | number): unknown {
  if (typeof container !== "object" || container === null || !Object.hasOwn(container, key)) return undefined;
  return (container as Record<string | number, unknown>)[key];
}

function containsUnknown(value: Value | undefined): boolean {
  if (value instanceof Unknown) return true;
  if (Array.isArray(value)) return value.some(containsUnknown);
  return isRecord(value) && Object.values(value).some(containsUnknown);
}

/** Absent, null, `[]` and `{}`: nothing set. */
export function isNothing(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === "object" && Object.keys(value).length === 0;
}

function sameValue(a: unknown, b: unknown): boolean {
  return (isNothing(a) && isNothing(b)) || sameJson(a, b);
}

/** Deep equality of parsed JSON values. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  for (const key of aKeys) {
    if (!Object.hasOwn(b, key) || !sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) {
      return false;
    }
  }
  return true;
}
