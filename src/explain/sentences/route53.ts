import type { Value } from "../../plan/model.js";
import { code, ja, listEn, listJa } from "../text.js";
import type { Text } from "../types.js";
import { asNumber, asString, asStrings, block, isMasked } from "../values.js";
import type { ChangeView } from "../view.js";
import { WEIGHT, sentence, type Sentence, type SentenceFamily } from "./types.js";

function recordLabel(view: ChangeView): Text {
  const name = view.after("name") ?? view.before("name");
  const type = asString(view.after("type") ?? view.before("type")) ?? "DNS";
  const shownName = isMasked(name) ? "(known after apply)" : code(asString(name) ?? "?");
  return { en: `${shownName} (${type})`, ja: `${shownName}（${type}）` };
}

/** Where the record points: its values, or an alias target. */
function target(v: { records: Value | undefined; alias: Value | undefined }): Text | undefined {
  const alias = block(v.alias);
  if (alias) {
    const name = alias.name;
    const shown = isMasked(name) ? "(known after apply)" : code(asString(name) ?? "?");
    return { en: `alias ${shown}`, ja: ja("エイリアス", shown) };
  }
  if (isMasked(v.records)) return { en: "(known after apply)", ja: "(known after apply)" };
  const values = asStrings(v.records).map(code);
  if (values.length === 0) return undefined;
  return { en: listEn(values, 3), ja: listJa(values, 3) };
}

const COVERS = ["records", "alias", "ttl"];

export const route53Sentences: SentenceFamily = {
  types: ["aws_route53_record"],
  describe(view) {
    const label = recordLabel(view);
    if (view.action === "delete") {
      return [sentence(`removes the DNS record ${label.en}: clients can no longer resolve it`, ja("DNS レコード", label.ja, "を削除します。名前解決できなくなります"), COVERS, WEIGHT.critical)];
    }
    const after = target({ records: view.after("records"), alias: view.after("alias") });
    const ttl = asNumber(view.after("ttl"));
    const out: Sentence[] = [];
    if (view.action === "create") {
      if (!after) return [];
      const ttlText = ttl !== undefined ? { en: ` with TTL ${ttl} seconds`, ja: `（TTL ${ttl} 秒）` } : { en: "", ja: "" };
      return [sentence(`points ${label.en} to ${after.en}${ttlText.en}`, ja(label.ja, "を", after.ja, "に向けます", ttlText.ja), COVERS, WEIGHT.important)];
    }
    if (after && (view.changed("records") || view.changed("alias"))) {
      const before = target({ records: view.before("records"), alias: view.before("alias") });
      out.push(before
        ? sentence(`points ${label.en} to ${after.en} instead of ${before.en}`, ja(label.ja, "の向き先を", before.ja, "から", after.ja, "に変更します"), COVERS, WEIGHT.critical)
        : sentence(`points ${label.en} to ${after.en}`, ja(label.ja, "を", after.ja, "に向けます"), COVERS, WEIGHT.critical));
    }
    const ttlBefore = asNumber(view.before("ttl"));
    if (view.changed("ttl") && ttl !== undefined && ttlBefore !== undefined) {
      out.push(sentence(`changes the TTL of ${label.en} from ${ttlBefore} to ${ttl} seconds`, ja(label.ja, `の TTL を ${ttlBefore} 秒から ${ttl} 秒に変更します`), COVERS, WEIGHT.normal));
    }
    return out;
  },
};
