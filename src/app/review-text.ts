import { catalogEntryFor } from "../explain/catalog/index.js";
import { escapeInline, escapeKeepingCode } from "../render/escape.js";
import type { GuideItem, Lang, TypeTitle } from "../review/index.js";

/*
 * The Markdown the app writes about people. Logins that are meant to be notified are written as
 * live `@login` mentions; every other piece of text (reasons, titles, names of people who are only
 * mentioned in passing) goes through the escaping helpers, which also neutralise mentions.
 */

/** The catalog's human name of a resource type ("ECS service"), else the type itself. */
export const typeTitle: TypeTitle = (type, lang) => catalogEntryFor(type)?.title[lang] ?? type;

const MENTIONABLE = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;

/** A live mention for a real login; anything that does not look like one is shown inert. */
export function mention(login: string): string {
  return MENTIONABLE.test(login) ? `@${login}` : escapeInline(login);
}

export interface CoReviewerLine {
  login: string;
  /** Plain text: why this person (escaped here). */
  why: string;
}

export interface PreambleInput {
  lang: Lang;
  coReviewers: CoReviewerLine[];
  /** Plain text shown when there is no co-reviewer (why nobody could be picked). */
  nobody?: string;
  /** Plain text: people passed over and why ("bob (away), carol (busy)"). */
  skipped?: string;
  /** Plain text: a problem the team should fix (e.g. GitHub refused the review request). */
  problem?: string;
  guide: GuideItem[];
}

/** The co-review block placed at the top of the plan comment. */
export function coReviewPreamble(input: PreambleInput): string {
  const ja = input.lang === "ja";
  const label = ja ? "共同レビュアー" : "Co-reviewer";
  const lines: string[] = [];
  if (input.coReviewers.length === 0) {
    const none = ja ? "なし" : "none";
    lines.push(`**${label}:** ${none}${input.nobody ? ` — ${escapeInline(input.nobody)}` : ""}`);
  }
  for (const person of input.coReviewers) {
    lines.push(`**${label}:** ${mention(person.login)} — ${escapeInline(person.why)}`);
  }
  if (input.skipped) {
    lines.push(`<sub>${ja ? "今回は対象外" : "Not picked this time"}: ${escapeInline(input.skipped)}</sub>`);
  }
  if (input.problem) lines.push(`> ${escapeInline(input.problem)}`);
  const separated = lines.join("\n\n");
  if (input.guide.length === 0) return `${separated}\n`;
  const heading = ja ? "**レビューで見るところ**" : "**What to look at**";
  const items = input.guide.map((item) => `- ${escapeKeepingCode(item[input.lang])}`);
  return `${separated}\n\n${heading}\n\n${items.join("\n")}\n`;
}

/** Reply to `/infra-coach reroll`. */
export function rerollReply(input: { lang: Lang; picked: string | null; previous?: string; why: string }): string {
  const ja = input.lang === "ja";
  const why = escapeInline(input.why);
  if (input.picked === null) {
    return ja ? `ほかに共同レビュアーを頼める人がいません: ${why}` : `Nobody else can be the co-reviewer right now: ${why}`;
  }
  const picked = mention(input.picked);
  const previous = input.previous ? escapeInline(input.previous) : undefined;
  if (ja) {
    const change = previous ? `共同レビュアーを ${previous} さんから ${picked} さんに交代しました` : `共同レビュアーは ${picked} さんです`;
    return `${change}（${why}）`;
  }
  const change = previous ? `${picked} is the co-reviewer now, instead of ${previous}` : `${picked} is the co-reviewer`;
  return `${change}: ${why}.`;
}
