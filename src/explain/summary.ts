import { providerDisplayName } from "./providers.js";
import { deleteReason, readReason, replacementReason } from "./reasons.js";
import { changedTopLevel } from "./sentences/attribute-changes.js";
import { code, ja, listEn, listJa } from "./text.js";
import type { CatalogEntry, Text } from "./types.js";
import { shown } from "./values.js";
import type { ChangeView } from "./view.js";

const TAG_ATTRIBUTES: ReadonlySet<string> = new Set(["tags", "tags_all", "labels", "terraform_labels", "effective_labels"]);

function onlyTags(view: ChangeView): boolean {
  const names = changedTopLevel(view);
  return names.size > 0 && [...names].every((n) => TAG_ATTRIBUTES.has(n));
}

function replaceOrder(view: ChangeView): Text {
  switch (view.change.replaceOrder) {
    case "create-before-destroy":
      return { en: " (the new one is created first)", ja: "（先に新しいものを作成）" };
    case "create-then-forget":
      return { en: " (the old one is left running, no longer managed by Terraform)", ja: "（古いものは削除されず、Terraform の管理外として残ります）" };
    default:
      return { en: " (the old one is deleted first)", ja: "（先に古いものを削除）" };
  }
}

/** What happens to the object itself, as the second half of an import or move summary. */
function followUp(view: ChangeView): Text {
  switch (view.action) {
    case "update":
      return { en: " and updates it in place", ja: "、その場で更新します" };
    case "replace": {
      const reason = replacementReason(view.change);
      return { en: `, then replaces it ${reason.en}`, ja: ja("、", reason.ja, "置き換えます") };
    }
    case "delete":
      return { en: " and deletes it", ja: "、削除します" };
    default:
      return { en: "", ja: "" };
  }
}

/** One line saying what this change does to this resource, in words. */
export function summarize(view: ChangeView, entry: CatalogEntry): Text {
  const { change } = view;
  const title = entry.title;
  const cloud = providerDisplayName(change.provider);
  const unchanged = { en: ` (no change in ${cloud})`, ja: `（${cloud} 上は変更なし）` };
  const alone = view.action === "no-op";
  if (change.importing) {
    const id = change.importing.id ? ` ${code(change.importing.id)}` : "";
    const rest = alone ? unchanged : followUp(view);
    return { en: `imports existing object${id} into Terraform${rest.en}`, ja: ja(`既存のオブジェクト${id}`, alone ? "を Terraform に取り込みます" : "を Terraform に取り込み", rest.ja) };
  }
  if (change.previousAddress) {
    const from = code(change.previousAddress);
    const rest = alone ? unchanged : followUp(view);
    return { en: `moves from ${from}${rest.en}`, ja: ja(from, alone ? "から移動します" : "から移動し", rest.ja) };
  }
  if (change.deposed) {
    const key = code(change.deposed);
    return {
      en: `deletes a leftover (deposed) object ${key} of this ${title.en}, left behind by an earlier replacement`,
      ja: ja("以前の置き換えで残った", title.ja, "の古いオブジェクト（deposed）", key, "を削除します"),
    };
  }
  switch (view.action) {
    case "create":
      return { en: `creates a new ${title.en}`, ja: ja(title.ja, "を新しく作成します") };
    case "update":
      return onlyTags(view)
        ? { en: `updates only the tags of this ${title.en}`, ja: ja("この", title.ja, "のタグだけを更新します") }
        : { en: `updates this ${title.en} in place`, ja: ja("この", title.ja, "をその場で更新します") };
    case "delete": {
      const reason = deleteReason(change);
      return reason
        ? { en: `deletes this ${title.en} ${reason.en}`, ja: ja(reason.ja, "、この", title.ja, "を削除します") }
        : { en: `deletes this ${title.en}`, ja: ja("この", title.ja, "を削除します") };
    }
    case "replace": {
      const reason = replacementReason(change);
      const order = replaceOrder(view);
      return { en: `replaces this ${title.en} ${reason.en}${order.en}`, ja: ja(reason.ja, "、この", title.ja, "を置き換えます", order.ja) };
    }
    case "forget":
      return {
        en: `removes this ${title.en} from Terraform's state without destroying it (it keeps running in ${cloud})`,
        ja: ja("この", title.ja, `を Terraform の管理から外します（${cloud} 上のものは削除されません）`),
      };
    case "read": {
      const reason = readReason(change);
      if (change.mode === "data") {
        return reason
          ? { en: `reads this data source ${reason.en}`, ja: ja(reason.ja, "このデータソースを読み取ります") }
          : { en: "reads this data source", ja: "このデータソースを読み取ります" };
      }
      return { en: `reads the current state of this ${title.en}`, ja: ja("この", title.ja, "の現在の状態を読み取ります") };
    }
    case "no-op":
      return { en: "makes no change", ja: "変更はありません" };
  }
}

/** "changed outside of Terraform: `instance_type` changed from t3.micro to t3.large". */
export function summarizeDrift(view: ChangeView, entry: CatalogEntry): Text {
  if (view.action === "delete") {
    return { en: `deleted outside of Terraform: this ${entry.title.en} no longer exists`, ja: ja("Terraform の外で削除されました。この", entry.title.ja, "はもう存在しません") };
  }
  const diffs = view.change.diffs;
  const only = diffs.length === 1 ? diffs[0] : undefined;
  if (only) {
    const name = code(only.pathText);
    const from = shown(only.before);
    const to = shown(only.after);
    return {
      en: `changed outside of Terraform: ${name} changed from ${from} to ${to}`,
      ja: ja("Terraform の外で変更されました:", name, "が", from, "から", to, "に変わりました"),
    };
  }
  const names = [...new Set(diffs.map((d) => d.pathText))].map(code);
  if (names.length === 0) return { en: "changed outside of Terraform", ja: "Terraform の外で変更されました" };
  return { en: `changed outside of Terraform: ${listEn(names, 3)}`, ja: ja("Terraform の外で変更されました:", listJa(names, 3)) };
}
