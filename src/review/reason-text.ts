import type { PairingError, PairingReason } from "./pairing.js";
import type { RotationReason } from "./rotation.js";
import type { Lang, SkipCause, Skipped } from "./types.js";

/*
 * Turns the structured reasons from rotation and pairing into one short sentence in English or
 * Japanese. Plain text: logins and titles are inserted as given, so the renderer must escape them
 * and neutralise @mentions like any other untrusted text.
 */

/** Human name of a resource type in a language, e.g. the catalog title ("ECS service"). */
export type TypeTitle = (type: string, lang: Lang) => string;

const MAX_TYPES_NAMED = 2;

/** Why the co-reviewer was picked, or why nobody was. */
export function rotationReasonText(reason: RotationReason, lang: Lang, titleOf: TypeTitle): string {
  if (reason.kind === "none") {
    const who = reason.skipped.length > 0 ? skippedText(reason.skipped, lang) : "";
    if (lang === "ja") return who ? `対応できるアプリエンジニアがいません（${who}）` : "候補のアプリエンジニアが設定されていません";
    return who ? `no app engineer is available (${who})` : "no app engineers are configured";
  }
  const main = mainClause(reason, lang, titleOf);
  const learning =
    reason.decidedBy !== "new-types" && reason.newTypes.length > 0 ? newTypesClause(reason.newTypes, lang, titleOf) : "";
  if (!learning) return main;
  return lang === "ja" ? `${main}。${learning}` : `${main}; ${learning}`;
}

function mainClause(reason: Extract<RotationReason, { kind: "picked" }>, lang: Lang, titleOf: TypeTitle): string {
  const ja = lang === "ja";
  switch (reason.decidedBy) {
    case "only-eligible":
      return ja ? "対応できるアプリエンジニアはこの人だけでした" : "the only app engineer available";
    case "load":
      return ja
        ? `直近${reason.windowDays}日間のレビュー数が最も少ない（${reason.load}件）`
        : `fewest reviews in the last ${reason.windowDays} days (${reason.load})`;
    case "new-types":
      return newTypesClause(reason.newTypes, lang, titleOf);
    case "exposure":
      return ja
        ? `この PR のリソース種別のレビュー経験が最も少ない（${reason.exposure}件）`
        : `least experience with this PR's resource types (${reason.exposure} ${plural(reason.exposure, "review")})`;
    case "least-recent":
      if (reason.lastAssignedAt === null) return ja ? "まだ共同レビューを担当していません" : "hasn't been a co-reviewer yet";
      return ja
        ? `前回の共同レビュー（${reason.lastAssignedAt.slice(0, 10)}）から最も間が空いています`
        : `longest since their last co-review (${reason.lastAssignedAt.slice(0, 10)})`;
    case "tie-break":
      return ja
        ? "負荷も経験も同じだったため、PR ごとに決まった順序で選びました"
        : "equal on recent load and experience; picked by a fixed per-PR order";
  }
}

function newTypesClause(types: string[], lang: Lang, titleOf: TypeTitle): string {
  const named = types.slice(0, MAX_TYPES_NAMED).map((type) => titleOf(type, lang));
  const rest = types.length - named.length;
  if (lang === "ja") {
    const list = named.join("、") + (rest > 0 ? ` ほか${rest}種類` : "");
    return `${list}のレビューはまだ未経験です`;
  }
  const items = named.map(withArticle);
  if (rest > 0) items.push(`${rest} other ${plural(rest, "type")}`);
  return `hasn't reviewed ${joinEnglish(items)} yet`;
}

/** "alice (PR author), bob (away)" — one entry per skipped person. */
export function skippedText(skipped: Skipped[], lang: Lang): string {
  const separator = lang === "ja" ? "、" : ", ";
  return skipped
    .map(({ login, because }) => (lang === "ja" ? `${login}（${SKIP_JA[because]}）` : `${login} (${SKIP_EN[because]})`))
    .join(separator);
}

const SKIP_EN: Record<SkipCause, string> = {
  bot: "bot",
  author: "PR author",
  excluded: "already asked",
  away: "away",
  busy: "busy",
  "at-capacity": "at review limit",
};

const SKIP_JA: Record<SkipCause, string> = {
  bot: "bot",
  author: "PR 作成者",
  excluded: "依頼済み",
  away: "不在",
  busy: "取り込み中",
  "at-capacity": "レビュー上限",
};

/** Why this commander and driver, or why no pair could be formed. */
export function pairingReasonText(result: PairingReason | PairingError, lang: Lang): string {
  const ja = lang === "ja";
  if ("kind" in result) {
    const who = result.skipped.length > 0 ? skippedText(result.skipped, lang) : "";
    const suffix = who ? (ja ? `（${who}）` : ` (${who})`) : "";
    return ja
      ? `コマンダーとドライバーに必要な2人がそろいません${suffix}`
      : `not enough people for a commander and a driver${suffix}`;
  }
  const { commander, driver } = result;
  const counts = ja
    ? `これまで ${commander.login} はコマンダー${commander.asCommander}回・ドライバー${commander.asDriver}回、${driver.login} はコマンダー${driver.asCommander}回・ドライバー${driver.asDriver}回`
    : `so far ${commander.login} has commanded ${commander.asCommander} and driven ${commander.asDriver}, ${driver.login} has commanded ${driver.asCommander} and driven ${driver.asDriver}`;
  if (result.repeated) {
    return ja ? `${counts}。ほかに組める人がいないため前回と同じ2人です` : `${counts}; same pair as last time because nobody else is available`;
  }
  if (result.avoidedRepeat) {
    return ja ? `${counts}。前回と違う組み合わせにしました` : `${counts}; a different pair from last time`;
  }
  return counts;
}

/** "a VPC", "an ECS service", "an S3 bucket": acronyms take the article of their first letter's name. */
export function withArticle(title: string): string {
  const firstWord = title.split(/\s+/)[0] ?? "";
  const isAcronym = /^[A-Z0-9]{2,}$/.test(firstWord) && /^[A-Z]/.test(firstWord);
  const an = isAcronym ? /^[AEFHILMNORSX]/.test(firstWord) : /^([aeio]|u(?!s|ni|ti|ri))/i.test(firstWord);
  return `${an ? "an" : "a"} ${title}`;
}

function joinEnglish(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

function plural(count: number, noun: string): string {
  return count === 1 ? noun : `${noun}s`;
}
