import type { Change } from "../../plan/model.js";
import { code, ja } from "../text.js";
import { field } from "../values.js";
import { lazyRisk, type RiskWords } from "./lazy-risk.js";
import { DATA_KIND_WORDS, dataKindOf, type DataKind } from "./stateful-types.js";
import type { RiskRule } from "./types.js";

/** Destroying (or replacing) something that holds data loses the data. */
export const destroyStateful: RiskRule = (view, entry) => {
  if (!view.destroys) return [];
  const kind = dataKindOf(view.type) ?? (entry.stateful ? "data" : undefined);
  if (!kind) return [];
  return [lazyRisk("destroy-stateful", "high", { change: view.change, kind }, destroyWords)];
};

function destroyWords({ change, kind }: { change: Change; kind: DataKind }): RiskWords {
  const { word, why } = DATA_KIND_WORDS[kind];
  const address = code(change.address);
  const forced = field(change.before, "force_destroy") === true || field(change.before, "force_delete") === true
    ? { en: " (`force_destroy` is on, so it is deleted even while not empty)", ja: "（`force_destroy` が有効なため、空でなくても削除されます）" }
    : { en: "", ja: "" };
  const message = change.action === "replace"
    ? {
        en: `replaces the ${word.en} ${address}: the new one starts empty, and what the old one held is deleted unless you restore it${forced.en}`,
        ja: ja(word.ja, address, `を作り直します。新しいものは空の状態から始まり、古いものの中身は復元しない限り失われます${forced.ja}`),
      }
    : {
        en: `destroys the ${word.en} ${address} and everything stored in it${forced.en}`,
        ja: ja(word.ja, address, `を、保存されている中身ごと削除します${forced.ja}`),
      };
  return { message, why };
}
