import { Sensitive, Unknown, type AttributeDiff, type Value } from "../../plan/model.js";
import { code, ja, listEn, listJa } from "../text.js";
import { isObject, shown } from "../values.js";
import type { ChangeView } from "../view.js";
import { attributeChanges } from "./attribute-changes.js";
import { WEIGHT, type Sentence } from "./types.js";

/**
 * One plain sentence per attribute change no family explained, plus one
 * sentence gathering every value that is only known after apply.
 */
export function genericSentences(view: ChangeView, covered: ReadonlySet<string>): Sentence[] {
  const creating = view.action === "create";
  const sentences: Sentence[] = [];
  const pending: AttributeDiff[] = [];
  for (const diff of attributeChanges(view)) {
    const top = diff.path[0];
    if (typeof top === "string" && covered.has(top)) continue;
    if (diff.after instanceof Unknown) pending.push(diff);
    else sentences.push(creating ? setSentence(diff) : changeSentence(diff));
  }
  if (pending.length > 0) sentences.push(pendingSentence(pending));
  return sentences;
}

/** Attributes that say what a new resource is; shown before the rest when creating. */
const DEFINING_ATTRIBUTES: ReadonlySet<string> = new Set([
  "name", "bucket", "function_name", "family", "identifier", "instance_type", "machine_type", "ami", "image", "image_id",
  "engine", "engine_version", "instance_class", "cidr_block", "address_prefix", "ip_cidr_range", "location", "region", "size", "sku_name", "vm_size",
]);

/** A nested block (an object, or a list of objects): too big to print in a sentence. */
function isBlock(v: Value | undefined): boolean {
  return isObject(v) || (Array.isArray(v) && v.some((item) => isObject(item) || Array.isArray(item)));
}

function setSentence(diff: AttributeDiff): Sentence {
  const name = code(diff.pathText);
  if (isBlock(diff.after)) {
    return { text: { en: `configures ${name}`, ja: ja(name, "を設定します") }, covers: [], diffs: [diff], weight: WEIGHT.incidental };
  }
  const value = shown(diff.after);
  const top = diff.path[0];
  // A flag left off on a new resource is usually a default nobody chose; it goes last.
  const weight = typeof top === "string" && DEFINING_ATTRIBUTES.has(top) ? WEIGHT.defining : diff.after === false ? WEIGHT.incidental : WEIGHT.generic;
  return { text: { en: `sets ${name} to ${value}`, ja: ja(name, "を", value, "に設定します") }, covers: [], diffs: [diff], weight };
}

function changeSentence(diff: AttributeDiff): Sentence {
  const name = code(diff.pathText);
  const { before, after } = diff;
  let en: string;
  let jp: string;
  if (before instanceof Sensitive && after instanceof Sensitive) {
    en = `changes ${name} (sensitive)`;
    jp = ja(name, "を変更します（sensitive）");
  } else if (before === undefined || before === null) {
    en = isBlock(after) ? `adds ${name}` : `adds ${name} (${shown(after)})`;
    jp = isBlock(after) ? ja(name, "を追加します") : ja(name, `（${shown(after)}）を追加します`);
  } else if (after === undefined || after === null) {
    en = isBlock(before) ? `removes ${name}` : `removes ${name} (was ${shown(before)})`;
    jp = isBlock(before) ? ja(name, "を削除します") : ja(name, `を削除します（変更前:`, shown(before), "）");
  } else if (isBlock(before) || isBlock(after)) {
    en = `changes ${name}`;
    jp = ja(name, "を変更します");
  } else {
    en = `changes ${name} from ${shown(before)} to ${shown(after)}`;
    jp = ja(name, "を", shown(before), "から", shown(after), "に変更します");
  }
  if (diff.forcesReplacement) {
    en += " (forces replacement)";
    jp += "（置き換えが必要）";
  }
  return { text: { en, ja: jp }, covers: [], diffs: [diff], weight: diff.forcesReplacement ? WEIGHT.forcesReplacement : WEIGHT.generic };
}

function pendingSentence(diffs: AttributeDiff[]): Sentence {
  const names = diffs.map((d) => code(d.pathText));
  const en = diffs.length === 1 ? `${names[0]} will be known after apply` : `${listEn(names, 3)} will be known after apply`;
  return { text: { en, ja: ja(listJa(names, 3), "は apply 後に決まります") }, covers: [], diffs, weight: WEIGHT.pending };
}
