import { pendingForcingDiffs } from "../plan/lazy-diffs.js";
import type { Change } from "../plan/model.js";
import { code, ja, listEn, listJa } from "./text.js";
import type { Text } from "./types.js";

/** Top-level names of the attributes terraform says force the replacement. */
function forcingAttributes(change: Change): string[] {
  const names = new Set<string>();
  const forcing = pendingForcingDiffs(change) ?? change.diffs;
  for (const d of forcing) if (d.forcesReplacement) names.add(d.pathText);
  return [...names];
}

/** "because `ami` cannot be changed in place", "because it is tainted". */
export function replacementReason(change: Change): Text {
  switch (change.actionReason) {
    case "replace_because_tainted":
      return { en: "because it is tainted (an earlier apply failed half-way, or someone marked it)", ja: "tainted（以前の apply が途中で失敗したか、手動で印が付けられた）状態のため" };
    case "replace_by_request":
      return { en: "because a replacement was requested (`-replace`)", ja: "置き換えが指示された（`-replace`）ため" };
    case "replace_by_triggers":
      return { en: "because something it lists in `replace_triggered_by` changed", ja: "`replace_triggered_by` に指定した対象が変わったため" };
  }
  const forcing = forcingAttributes(change).map(code);
  if (forcing.length === 0) return { en: "because a setting cannot be changed in place", ja: "その場で変更できない設定があるため" };
  return { en: `because ${listEn(forcing, 3)} cannot be changed in place`, ja: ja(listJa(forcing, 3), "がその場で変更できないため") };
}

const DELETE_REASONS: Readonly<Record<string, Text>> = {
  delete_because_no_resource_config: { en: "because its block was removed from the configuration", ja: "設定からブロックが削除されたため" },
  delete_because_no_module: { en: "because its module was removed from the configuration", ja: "設定からモジュールが削除されたため" },
  delete_because_wrong_repetition: { en: "because the resource switched between `count` and `for_each`", ja: "`count` と `for_each` を切り替えたため" },
  delete_because_count_index: { en: "because `count` no longer reaches this index", ja: "`count` がこのインデックスに届かなくなったため" },
  delete_because_each_key: { en: "because its key was removed from `for_each`", ja: "`for_each` からキーが削除されたため" },
  delete_because_no_move_target: { en: "because the `moved` block points to an address that does not exist", ja: "`moved` ブロックの移動先が存在しないため" },
};

export function deleteReason(change: Change): Text | undefined {
  return change.actionReason ? DELETE_REASONS[change.actionReason] : undefined;
}

const READ_REASONS: Readonly<Record<string, Text>> = {
  read_because_config_unknown: { en: "during apply, because its arguments are only known then", ja: "引数が apply 時にしか決まらないため、apply 中に" },
  read_because_dependency_pending: { en: "during apply, because something it depends on changes first", ja: "依存先が先に変更されるため、apply 中に" },
  read_because_check_nested: { en: "for a `check` block", ja: "`check` ブロックのために" },
};

export function readReason(change: Change): Text | undefined {
  return change.actionReason ? READ_REASONS[change.actionReason] : undefined;
}
