import type { AttributeDiff } from "../../plan/model.js";
import { Unknown } from "../../plan/model.js";
import { deepEqual, isBlank, isObject } from "../values.js";
import type { ChangeView } from "../view.js";

/**
 * The attribute changes a reader counts: for a create, the attributes it sets
 * (not the blanks and not the ones only known after apply); for an update or
 * replacement, every diff. Parsers may leave creates without diffs, so the
 * top level of the objects stands in when there are none.
 */
export function attributeChanges(view: ChangeView): readonly AttributeDiff[] {
  return view.memo("attribute-changes", () => {
    const { change } = view;
    switch (change.action) {
      case "create":
        return fromDiffsOrTopLevel(view).filter((d) => !isBlank(d.after) && !(d.after instanceof Unknown));
      case "update":
      case "replace":
      case "no-op":
        // null → {} says nothing a reader could act on.
        return fromDiffsOrTopLevel(view).filter((d) => !(isBlank(d.before) && isBlank(d.after)));
      default:
        return [];
    }
  });
}

/** Top-level attributes whose value changes (a diff deep inside counts for its top). */
export function changedTopLevel(view: ChangeView): ReadonlySet<string> {
  if (view.change.diffs.length > 0) return view.diffedNames();
  return view.memo("changed-top-level", () => new Set(topLevelNames(view).filter((name) => view.changed(name))));
}

function fromDiffsOrTopLevel(view: ChangeView): readonly AttributeDiff[] {
  if (view.change.diffs.length > 0) return view.change.diffs;
  const diffs: AttributeDiff[] = [];
  for (const name of topLevelNames(view)) {
    const before = view.before(name);
    const after = view.after(name);
    if (!deepEqual(before, after)) diffs.push({ path: [name], pathText: name, before, after, forcesReplacement: false });
  }
  return diffs;
}

function topLevelNames(view: ChangeView): string[] {
  const { before, after } = view.change;
  const names = new Set<string>(isObject(before) ? Object.keys(before) : []);
  if (isObject(after)) for (const k of Object.keys(after)) names.add(k);
  return [...names];
}
