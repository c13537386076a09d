import { asBool, asString, block } from "../values.js";
import type { ChangeView } from "../view.js";
import { WEIGHT, sentence, type Sentence, type SentenceFamily } from "./types.js";

function mutabilitySentence(view: ChangeView): Sentence[] {
  if (!view.changed("image_tag_mutability")) return [];
  const value = asString(view.after("image_tag_mutability"));
  const covers = ["image_tag_mutability"];
  if (value === "IMMUTABLE") {
    return [sentence("makes image tags immutable: a pushed tag always points to the same image", "イメージタグを変更不可にします。一度プッシュしたタグは常に同じイメージを指します", covers, WEIGHT.important)];
  }
  if (value === "MUTABLE") {
    const verb = view.action === "create" ? "keeps" : "makes";
    return [sentence(`${verb} image tags mutable: pushing again can make a tag point to a different image`, "イメージタグを上書き可能にします。再プッシュで同じタグが別のイメージを指すことがあります", covers, WEIGHT.important)];
  }
  return [];
}

function scanSentence(view: ChangeView): Sentence[] {
  if (!view.changed("image_scanning_configuration")) return [];
  const scan = asBool(block(view.after("image_scanning_configuration"))?.scan_on_push);
  // Off is the default: only a change from on is worth telling.
  if (scan === undefined || (!scan && view.action === "create")) return [];
  const covers = ["image_scanning_configuration"];
  return scan
    ? [sentence("scans every pushed image for known vulnerabilities", "プッシュされたイメージをすべて既知の脆弱性についてスキャンします", covers, WEIGHT.normal)]
    : [sentence("stops scanning pushed images for vulnerabilities", "プッシュ時の脆弱性スキャンをやめます", covers, WEIGHT.important)];
}

export const ecrSentences: SentenceFamily = {
  types: ["aws_ecr_repository"],
  describe(view) {
    if (view.action === "delete") return [];
    return [...mutabilitySentence(view), ...scanSentence(view)];
  },
};
