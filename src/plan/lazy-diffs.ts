import { diffAttributes, diffAttributesUnder, diffsForcingReplacement, hasAttributeDiffs, type DiffInput } from "./diff.js";
import type { AttributeDiff, Change } from "./model.js";

interface DiffState {
  /** Set until the diffs are computed; then dropped, with the raw values it holds. */
  input: DiffInput | undefined;
  diffs: AttributeDiff[] | undefined;
}

/**
 * The diffs of changes built with defineLazyDiffs, by change. Module-private,
 * so that nothing reachable from the model leads to the raw values.
 */
const states = new WeakMap<object, DiffState>();

const LAZY_DIFFS: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: Change): AttributeDiff[] {
    const state = stateOf(this);
    if (state.diffs === undefined) {
      state.diffs = diffAttributes(state.input as DiffInput);
      state.input = undefined;
    }
    return state.diffs;
  },
  set(this: Change, diffs: AttributeDiff[]): void {
    const state = stateOf(this);
    state.diffs = diffs;
    state.input = undefined;
  },
};

function stateOf(change: Change): DiffState {
  const state = states.get(change);
  if (state === undefined) throw new Error(`no diff state for ${change.address}`);
  return state;
}

/**
 * Makes `change.diffs` computed on first read. A comment shows the attribute
 * changes of a few hundred changes, and risk rules ask about a few attributes
 * of some types, so most diffs of a large plan are never read.
 *
 * Call it only when masking hid nothing in the change's values (see
 * `Masker.hiddenValues`): the input keeps the raw values until then, which is
 * safe only when they hold nothing the masked ones do not show.
 */
export function defineLazyDiffs(change: Omit<Change, "diffs">, input: DiffInput): void {
  states.set(change, { input, diffs: undefined });
  Object.defineProperty(change, "diffs", LAZY_DIFFS);
}

/**
 * The diffs under one top-level attribute (those whose path starts with
 * `name`) while the change's diffs are not computed yet, computing only
 * those; undefined once `change.diffs` is there to be read.
 */
export function pendingDiffsUnder(change: Change, name: string): AttributeDiff[] | undefined {
  const input = states.get(change)?.input;
  return input === undefined ? undefined : diffAttributesUnder(input, name);
}

/** Whether the change has any diff, while its diffs are not computed yet; undefined once they are. */
export function pendingHasDiffs(change: Change): boolean | undefined {
  const input = states.get(change)?.input;
  return input === undefined ? undefined : hasAttributeDiffs(input);
}

/**
 * The diffs that force the replacement (`forcesReplacement`), in diff order,
 * while the change's diffs are not computed yet; undefined once they are.
 */
export function pendingForcingDiffs(change: Change): AttributeDiff[] | undefined {
  const input = states.get(change)?.input;
  return input === undefined ? undefined : diffsForcingReplacement(input);
}
