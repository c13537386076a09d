import { code, ja, listEn, listJa } from "../text.js";
import { asNumber, asString, block, deepEqual, isMasked, isObject, shown } from "../values.js";
import type { ChangeView } from "../view.js";
import { WEIGHT, sentence, type Sentence, type SentenceFamily } from "./types.js";

/** Attributes that change when new code is uploaded. */
const CODE_ATTRIBUTES = ["source_code_hash", "filename", "s3_key", "s3_object_version"];

function createSentence(view: ChangeView): Sentence[] {
  const memory = asNumber(view.after("memory_size"));
  const timeout = asNumber(view.after("timeout"));
  const image = view.after("image_uri");
  const runtime = asString(view.after("runtime"));
  const handler = asString(view.after("handler"));
  const sized = memory !== undefined && timeout !== undefined;
  const limitsEn = sized ? ` with ${memory} MB of memory and a ${timeout}-second timeout` : "";
  const limitsJa = sized ? `（メモリ ${memory} MB、タイムアウト ${timeout} 秒）` : "";
  const covers = ["runtime", "handler", "image_uri", "memory_size", "timeout", "package_type"];
  if (typeof image === "string" && image !== "") {
    return [sentence(`runs container image ${code(image)}${limitsEn}`, ja("コンテナイメージ", code(image), "を実行します", limitsJa), covers, WEIGHT.important)];
  }
  if (!runtime) return [];
  const handlerEn = handler ? ` (handler ${code(handler)})` : "";
  const handlerJa = handler ? ja("ハンドラー", code(handler), "の") : "";
  return [sentence(`runs ${code(runtime)} code${handlerEn}${limitsEn}`, ja(handlerJa, code(runtime), "のコードを実行します", limitsJa), covers, WEIGHT.important)];
}

function numberChange(view: ChangeView, attribute: string, what: { en: string; ja: string }, unit: { en: string; ja: string }): Sentence[] {
  const before = asNumber(view.before(attribute));
  const after = asNumber(view.after(attribute));
  if (before === undefined || after === undefined || before === after) return [];
  const up = after > before;
  return [sentence(
    `${up ? "raises" : "lowers"} ${what.en} ${before} → ${after} ${unit.en}`,
    ja(what.ja, "を", `${before} → ${after}`, unit.ja, up ? "に増やします" : "に減らします"),
    [attribute],
    WEIGHT.important,
  )];
}

function environmentSentence(view: ChangeView): Sentence[] {
  if (!view.changed("environment")) return [];
  const before = block(view.before("environment"))?.variables;
  const after = block(view.after("environment"))?.variables;
  if (isMasked(before) || isMasked(after)) {
    return [sentence("changes the environment variables (sensitive)", "環境変数を変更します（sensitive）", ["environment"], WEIGHT.normal)];
  }
  const b = isObject(before) ? before : {};
  const a = isObject(after) ? after : {};
  // Names only: environment values are often secrets.
  const added = Object.keys(a).filter((k) => !(k in b)).map(code);
  const removed = Object.keys(b).filter((k) => !(k in a)).map(code);
  const changed = Object.keys(a).filter((k) => k in b && !deepEqual(a[k], b[k])).map(code);
  const parts = [
    [added, "adds", "追加"],
    [removed, "removes", "削除"],
    [changed, "changes", "変更"],
  ] as const;
  const present = parts.filter(([list]) => list.length > 0);
  if (present.length === 0) return [];
  if (Object.keys(b).length === 0 && removed.length === 0 && changed.length === 0) {
    return [sentence(`sets environment variables ${listEn(added)}`, ja("環境変数", listJa(added), "を設定します"), ["environment"], WEIGHT.normal)];
  }
  return [sentence(
    `changes environment variables: ${present.map(([list, verb]) => `${verb} ${listEn(list)}`).join("; ")}`,
    `環境変数を変更します（${present.map(([list, , word]) => `${word}: ${listJa(list)}`).join("、")}）`,
    ["environment"],
    WEIGHT.normal,
  )];
}

function updateSentences(view: ChangeView): Sentence[] {
  const out: Sentence[] = [];
  const runtimeBefore = asString(view.before("runtime"));
  const runtimeAfter = asString(view.after("runtime"));
  if (runtimeBefore && runtimeAfter && runtimeBefore !== runtimeAfter) {
    out.push(sentence(`changes the runtime from ${code(runtimeBefore)} to ${code(runtimeAfter)}`, ja("ランタイムを", code(runtimeBefore), "から", code(runtimeAfter), "に変更します"), ["runtime"], WEIGHT.critical));
  }
  out.push(...numberChange(view, "memory_size", { en: "memory", ja: "メモリ" }, { en: "MB", ja: " MB" }));
  out.push(...numberChange(view, "timeout", { en: "the timeout", ja: "タイムアウト" }, { en: "seconds", ja: " 秒" }));
  if (view.changed("image_uri") && view.after("image_uri") !== undefined && view.after("image_uri") !== null) {
    out.push(sentence(`deploys image ${shown(view.after("image_uri"))}`, ja("イメージ", shown(view.after("image_uri")), "をデプロイします"), ["image_uri"], WEIGHT.critical));
  }
  const codeChanged = CODE_ATTRIBUTES.filter((a) => view.changed(a));
  if (codeChanged.length > 0) out.push(sentence("deploys new code", "新しいコードをデプロイします", codeChanged, WEIGHT.critical));
  out.push(...environmentSentence(view));
  return out;
}

export const lambdaSentences: SentenceFamily = {
  types: ["aws_lambda_function"],
  describe(view) {
    if (view.action === "create") return [...createSentence(view), ...environmentSentence(view)];
    if (view.action === "update" || view.action === "replace") return updateSentences(view);
    return [];
  },
};
