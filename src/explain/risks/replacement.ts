import type { Change } from "../../plan/model.js";
import { replacementReason } from "../reasons.js";
import { code, ja } from "../text.js";
import { lazyRisk, type RiskWords } from "./lazy-risk.js";
import type { RiskRule } from "./types.js";

/** Types whose replacement is routine and touches nothing outside Terraform. */
const ROUTINE_PREFIXES = ["null_resource", "terraform_data", "random_", "time_", "local_", "archive_"];

const ORDER_TEXT = {
  "create-before-destroy": { en: " The new one is created before the old one is deleted.", ja: "新しいものを作ってから古いものを削除します。" },
  "delete-before-create": { en: " Terraform deletes the old one first, so there is a gap while nothing exists (downtime).", ja: "先に古いものを削除するため、何もない時間（停止時間）が生じます。" },
  "create-then-forget": { en: " The old one is not deleted: it keeps running (and costing) outside Terraform until someone removes it.", ja: "古いものは削除されず、誰かが消すまで Terraform の管理外で動き続けます（費用もかかります）。" },
} as const;

/** A replacement is a delete and a create: downtime, and new IDs everything else must follow. */
export const replacement: RiskRule = (view) => {
  if (view.action !== "replace") return [];
  const routine = ROUTINE_PREFIXES.some((p) => view.type.startsWith(p));
  return [lazyRisk("replacement", routine ? "low" : "medium", view.change, replacementWords)];
};

function replacementWords(change: Change): RiskWords {
  const address = code(change.address);
  const reason = replacementReason(change);
  const order = ORDER_TEXT[change.replaceOrder ?? "delete-before-create"];
  return {
    message: {
      en: `${address} is destroyed and created again ${reason.en}: it gets a new ID, and anything that refers to the old one must follow.${order.en}`,
      ja: ja(address, "は", reason.ja, `、削除されてから作り直されます。新しい ID になるため、古いものを参照しているものは追従が必要です。${order.ja}`),
    },
    why: {
      en: "A replacement is not an edit: the old object goes away. Until the new one is ready there can be downtime, and the new one has new identifiers (ID, ARN, IP address, DNS name) that other systems, allow-lists or configuration may still point at.",
      ja: "置き換えは編集ではなく、古いものは消えます。新しいものが準備できるまで停止することがあり、新しいものは ID・ARN・IP アドレス・DNS 名などが変わるため、他のシステムや許可リスト、設定が古い値を指したままになることがあります。",
    },
  };
}
