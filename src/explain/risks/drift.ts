import type { Change } from "../../plan/model.js";
import type { Risk } from "../types.js";
import { code, ja, listEn, listJa } from "../text.js";
import type { ChangeView } from "../view.js";
import { lazyRisk, type RiskWords } from "./lazy-risk.js";

/** Drift is told as a risk: the plan may undo a change someone made by hand. */
export function driftRisk(view: ChangeView): Risk {
  return lazyRisk("drift", "medium", view.change, driftWords);
}

function driftWords(change: Change): RiskWords {
  const address = code(change.address);
  const message = change.action === "delete"
    ? { en: `${address} was deleted outside of Terraform`, ja: ja(address, "は Terraform の外で削除されました") }
    : driftedNames(change, address);
  return {
    message,
    why: {
      en: "Someone or something (the console, a script, another tool, or the cloud itself) changed the real object. On the next apply Terraform makes it match the code again, which can undo that change; if the change should stay, update the code instead.",
      ja: "誰か、または何か（コンソール、スクリプト、別のツール、クラウド自身）が実際のリソースを変更しました。次の apply で Terraform はコードどおりに戻すため、その変更が取り消されることがあります。変更を残すべきなら、コードの方を更新しましょう。",
    },
  };
}

function driftedNames(change: Change, address: string): RiskWords["message"] {
  const names = [...new Set(change.diffs.map((d) => d.pathText))].map(code);
  return names.length > 0
    ? { en: `${address} was changed outside of Terraform (${listEn(names, 3)})`, ja: ja(address, `は Terraform の外で変更されました（${listJa(names, 3)}）`) }
    : { en: `${address} was changed outside of Terraform`, ja: ja(address, "は Terraform の外で変更されました") };
}
