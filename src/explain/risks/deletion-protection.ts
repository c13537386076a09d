import type { Change } from "../../plan/model.js";
import { code, ja } from "../text.js";
import type { Risk } from "../types.js";
import type { ChangeView } from "../view.js";
import { lazyRisk, type RiskWords } from "./lazy-risk.js";
import type { RiskRule } from "./types.js";

/** A change and the protection attribute a risk is about. */
interface Protected {
  change: Change;
  attribute: string;
}

/** Attributes that make a delete fail until they are turned off. */
const PROTECTION_ATTRIBUTES = ["deletion_protection", "enable_deletion_protection", "deletion_protection_enabled", "disable_api_termination", "termination_protection"];
/** Databases whose destroy takes a last snapshot unless `skip_final_snapshot` is set. */
const SNAPSHOT_TYPES = new Set(["aws_db_instance", "aws_rds_cluster", "aws_docdb_cluster", "aws_neptune_cluster", "aws_redshift_cluster"]);

function protectionTurnedOff(view: ChangeView): Risk[] {
  if (view.action !== "update" && view.action !== "replace") return [];
  const attribute = PROTECTION_ATTRIBUTES.find((a) => view.before(a) === true && view.after(a) === false);
  if (!attribute) return [];
  return [lazyRisk("deletion-protection-off", "medium", { change: view.change, attribute }, protectionOffWords)];
}

function protectionOffWords({ change, attribute }: Protected): RiskWords {
  return {
    message: {
      en: `turns off deletion protection (\`${attribute}\`) on ${code(change.address)}`,
      ja: ja(code(change.address), `の削除保護（\`${attribute}\`）を無効にします`),
    },
    why: {
      en: "Deletion protection is the safety catch that makes an accidental destroy (a bad `terraform apply`, a console click) fail. Turning it off is usually the step before deleting the resource: make sure that is the plan.",
      ja: "削除保護は、誤った destroy（間違った `terraform apply` やコンソールでの操作）を失敗させる安全装置です。無効にするのは通常、削除の準備です。それが意図どおりか確認しましょう。",
    },
  };
}

function protectionBlocksDestroy(view: ChangeView): Risk[] {
  if (!view.destroys) return [];
  const attribute = PROTECTION_ATTRIBUTES.find((a) => view.before(a) === true);
  if (!attribute) return [];
  return [lazyRisk("deletion-protection-on", "low", { change: view.change, attribute }, protectionOnWords)];
}

function protectionOnWords({ change, attribute }: Protected): RiskWords {
  return {
    message: {
      en: `${code(change.address)} has deletion protection on (\`${attribute}\`), so this apply will fail until it is turned off`,
      ja: ja(code(change.address), `は削除保護（\`${attribute}\`）が有効なため、無効にするまでこの apply は失敗します`),
    },
    why: {
      en: "The protection works as intended here. To really delete it, first apply a change that turns the protection off, then delete it in a second step.",
      ja: "削除保護は意図どおりに働いています。本当に削除するなら、まず保護を無効にする変更を apply し、次の段階で削除します。",
    },
  };
}

function noFinalSnapshot(view: ChangeView): Risk[] {
  if (!view.destroys || !SNAPSHOT_TYPES.has(view.type) || view.before("skip_final_snapshot") !== true) return [];
  return [lazyRisk("no-final-snapshot", "high", view.change, noFinalSnapshotWords)];
}

function noFinalSnapshotWords(change: Change): RiskWords {
  return {
    message: {
      en: `${code(change.address)} is destroyed without a final snapshot (\`skip_final_snapshot = true\`)`,
      ja: ja(code(change.address), "は最終スナップショットなしで削除されます（`skip_final_snapshot = true`）"),
    },
    why: {
      en: "The final snapshot is the last backup, taken as the database is deleted. Without it the data cannot be restored: automated backups are removed with the database unless you chose to keep them.",
      ja: "最終スナップショットは、データベース削除時に取られる最後のバックアップです。これがないとデータを復元できません（自動バックアップも、保持を選んでいない限り一緒に削除されます）。",
    },
  };
}

/** Safety catches against deleting data: turned off, or missing on a destroy. */
export const deletionProtection: RiskRule = (view) =>
  view.action === "create" ? [] : [...protectionTurnedOff(view), ...protectionBlocksDestroy(view), ...noFinalSnapshot(view)];
