import { pendingDiffsUnder, pendingHasDiffs } from "../plan/lazy-diffs.js";
import type { Change, Value } from "../plan/model.js";
import { deepEqual, field, isObject } from "./values.js";

/**
 * A change with the lookups that sentence families and risk rules share, so
 * that facts computed once (network rules, parsed policies) serve both.
 * Everything is computed lazily: most changes need little of it.
 */
export class ChangeView {
  private diffedTopLevel: Set<string> | undefined;
  private memos: Map<string, unknown> | undefined;

  constructor(readonly change: Change) {}

  get type(): string {
    return this.change.type;
  }

  get action(): Change["action"] {
    return this.change.action;
  }

  /** The object goes away (delete, or the old half of a replacement). */
  get destroys(): boolean {
    return this.change.action === "delete" || this.change.action === "replace";
  }

  before(name: string): Value | undefined {
    return field(this.change.before, name);
  }

  after(name: string): Value | undefined {
    return field(this.change.after, name);
  }

  /**
   * Whether a top-level attribute changes. The parser's diffs are the truth
   * (two "(sensitive)" placeholders may hide different values); a change
   * built without diffs is compared value by value.
   */
  changed(name: string): boolean {
    // On neither side, it has no diff either: answered without computing the diffs (see plan/lazy-diffs.ts).
    if (!this.has(name)) return false;
    // While the diffs are not computed, only this attribute's are (and whether there is any).
    const pending = pendingDiffsUnder(this.change, name);
    if (pending !== undefined && pending.length > 0) return true;
    if (pending !== undefined && pendingHasDiffs(this.change) === true) return false;
    if (this.change.diffs.length === 0) return !deepEqual(this.before(name), this.after(name));
    return this.diffedNames().has(name);
  }

  /** Whether a top-level attribute is set on either side. */
  has(name: string): boolean {
    return hasAttribute(this.change.before, name) || hasAttribute(this.change.after, name);
  }

  /** Top-level names of the diffs. */
  diffedNames(): ReadonlySet<string> {
    if (!this.diffedTopLevel) {
      this.diffedTopLevel = new Set();
      for (const diff of this.change.diffs) {
        const top = diff.path[0];
        if (typeof top === "string") this.diffedTopLevel.add(top);
      }
    }
    return this.diffedTopLevel;
  }

  /** Computes a fact once per change. */
  memo<T>(key: string, compute: () => T): T {
    this.memos ??= new Map();
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const value = compute();
    this.memos.set(key, value);
    return value;
  }
}

function hasAttribute(value: Value | undefined, name: string): boolean {
  return isObject(value) && Object.hasOwn(value, name);
}
