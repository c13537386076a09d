import type { Value } from "../../plan/model.js";
import { code, ja, listEn, listJa } from "../text.js";
import { deepEqual, isObject, shown } from "../values.js";
import type { ChangeView } from "../view.js";
import { changedTopLevel } from "./attribute-changes.js";
import { WEIGHT, type Sentence, type SentenceFamily } from "./types.js";

/** Metadata maps: changing only these never changes how the resource behaves. */
const TAG_ATTRIBUTES = ["tags", "tags_all", "labels", "terraform_labels", "effective_labels"] as const;
const TAG_SET: ReadonlySet<string> = new Set(TAG_ATTRIBUTES);

interface KeyChange {
  key: string;
  before: Value | undefined;
  after: Value | undefined;
}

export const tagSentences: SentenceFamily = {
  describe(view) {
    if (view.action !== "create" && view.action !== "update" && view.action !== "replace") return [];
    if (!TAG_ATTRIBUTES.some((a) => view.changed(a))) return [];
    const changedNames = changedTopLevel(view);
    const changes = tagChanges(view, changedNames);
    if (changes.length === 0) return [];
    const word = changes.every((c) => c.key.startsWith("label:")) ? "label" : "tag";
    const items = changes.map((c) => ({ ...c, key: c.key.slice(c.key.indexOf(":") + 1) }));
    const sentences: Sentence[] = [];
    const covers = TAG_ATTRIBUTES.filter((a) => changedNames.has(a));
    if (view.action === "create") {
      const pairs = items.map((c) => `${code(c.key)} = ${shown(c.after)}`);
      const jaWord = word === "tag" ? "タグ" : "ラベル";
      return [{ text: { en: `sets ${word}s ${listEn(pairs)}`, ja: ja(jaWord, listJa(pairs), "を設定します") }, covers, weight: WEIGHT.normal }];
    }
    if ([...changedNames].every((name) => TAG_SET.has(name))) {
      sentences.push({
        text: { en: `only ${word}s change`, ja: word === "tag" ? "タグだけが変わります" : "ラベルだけが変わります" },
        covers,
        weight: WEIGHT.critical,
      });
    }
    for (const c of items) sentences.push({ text: keyChangeText(word, c), covers, weight: WEIGHT.incidental });
    return sentences;
  },
};

function keyChangeText(word: "tag" | "label", c: KeyChange) {
  const key = code(c.key);
  const jaWord = word === "tag" ? "タグ" : "ラベル";
  if (c.before === undefined) return { en: `adds ${word} ${key} = ${shown(c.after)}`, ja: ja(jaWord, key, "=", shown(c.after), "を追加します") };
  if (c.after === undefined) return { en: `removes ${word} ${key}`, ja: ja(jaWord, key, "を削除します") };
  return {
    en: `changes ${word} ${key} from ${shown(c.before)} to ${shown(c.after)}`,
    ja: ja(jaWord, key, "を", shown(c.before), "から", shown(c.after), "に変更します"),
  };
}

/**
 * Key-level changes across `tags` and `labels`; `tags_all` adds only keys that
 * come from provider default tags, so a key is never told twice.
 */
function tagChanges(view: ChangeView, changedNames: ReadonlySet<string>): KeyChange[] {
  const changes: KeyChange[] = [];
  const seen = new Set<string>();
  const collect = (attribute: string, prefix: string) => {
    if (!changedNames.has(attribute)) return;
    const before = view.before(attribute);
    const after = view.after(attribute);
    const beforeMap = isObject(before) ? before : {};
    const afterMap = isObject(after) ? after : {};
    for (const key of new Set([...Object.keys(beforeMap), ...Object.keys(afterMap)])) {
      if (seen.has(key)) continue;
      if (deepEqual(beforeMap[key], afterMap[key])) continue;
      seen.add(key);
      changes.push({ key: `${prefix}:${key}`, before: beforeMap[key], after: afterMap[key] });
    }
  };
  collect("tags", "tag");
  collect("tags_all", "tag");
  collect("labels", "label");
  return changes;
}
