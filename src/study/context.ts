/**
 * What every chapter builder reads, and the "parties" its sentences and
 * pictures talk about: a resource of the configuration, or something outside
 * it (the internet, an AWS service, a CIDR block, a Google group).
 */
import type { Lang } from "../explain/types.js";
import { escapeInline, inlineCode } from "../render/escape.js";
import type { ChapterId } from "./chapters.js";
import type { NodeSpec } from "./flowchart.js";
import type { ResourceGraph } from "./graph.js";
import type { StudyModel, StudyResource } from "./model.js";
import { cloudName, codeAddress, type LinkStyle } from "./present.js";
import type { Resolver } from "./resolve.js";

export interface StudyContext {
  model: StudyModel;
  resolver: Resolver;
  graph: ResourceGraph;
  lang: Lang;
  links: LinkStyle;
  multipleRoots: boolean;
  /** Managed resources and data sources of each chapter, sorted by id. */
  chapters: Map<ChapterId, StudyResource[]>;
}

/**
 * The sentence in the guide's language. Japanese needs no space between a
 * closing full-width bracket and the particle after it (「（ecs.amazonaws.com） が」).
 */
export function say(context: Pick<StudyContext, "lang">, en: string, ja: string): string {
  return context.lang === "ja" ? ja.replace(/([）」])[ ]+(?=[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}])/gu, "$1") : en;
}

export type Party =
  | { kind: "resource"; resource: StudyResource }
  /** `words` is Markdown in the guide's language, already escaped. */
  | { kind: "outside"; key: string; label: string; words: string };

export function resourceParty(resource: StudyResource): Party {
  return { kind: "resource", resource };
}

/** Something outside the configuration, named by untrusted text: the words escape it. */
export function outsideParty(key: string, label: string, words?: string): Party {
  return { kind: "outside", key, label, words: words ?? inlineCode(label) };
}

export function partyKey(party: Party): string {
  return party.kind === "resource" ? party.resource.id : `outside:${party.key}`;
}

/** `module.ecs.aws_alb.main` ("production-alb"), or the outside words. */
export function partyText(context: StudyContext, party: Party): string {
  return party.kind === "resource" ? resourceText(context, party.resource) : party.words;
}

export function resourceText(context: StudyContext, resource: StudyResource): string {
  const name = cloudName(resource, context.resolver);
  const address = codeAddress(resource, context.multipleRoots);
  if (name === undefined || name === resource.name) return address;
  return context.lang === "ja" ? `${address}（${escapeInline(`「${name}」`)}）` : `${address} (${escapeInline(`“${name}”`)})`;
}

export function partyNode(context: StudyContext, party: Party): NodeSpec {
  if (party.kind === "outside") return { key: partyKey(party), label: party.label, shape: "stadium" };
  return resourceNode(context, party.resource);
}

/** A resource in a picture: `type.name`, boxed by its module. */
export function resourceNode(context: StudyContext, resource: StudyResource): NodeSpec {
  const local = resource.mode === "data" ? `data.${resource.type}.${resource.name}` : `${resource.type}.${resource.name}`;
  const module = resource.moduleAddress ?? undefined;
  const root = context.multipleRoots ? resource.root : undefined;
  const group = [root, module].filter((part) => part !== undefined).join(": ") || undefined;
  return { key: resource.id, label: local, ...(group === undefined ? {} : { group }) };
}

/** An English sentence starting with a party ("the ECS service…") gets its capital letter. */
export function capitalise(markdown: string): string {
  return markdown.replace(/^[a-z]/, (letter) => letter.toUpperCase());
}

/** "a, b and c" / "a、b、c" for Markdown pieces. */
export function listWords(context: Pick<StudyContext, "lang">, items: readonly string[], limit = 6): string {
  const shown = items.slice(0, limit);
  const rest = items.length - shown.length;
  if (context.lang === "ja") return rest > 0 ? `${shown.join("、")} ほか ${rest} 件` : shown.join("、");
  if (rest > 0) return `${shown.join(", ")} and ${rest} more`;
  if (shown.length <= 1) return shown[0] ?? "";
  return `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}`;
}

/** The resources of some types, among every resource of the configuration. */
export function ofTypes(context: StudyContext, pattern: RegExp, mode: "managed" | "data" = "managed"): StudyResource[] {
  return context.model.resources.filter((resource) => resource.mode === mode && pattern.test(resource.type));
}

/** A question built from the team's own resources; both sides are Markdown. */
export interface QuizQuestion {
  question: string;
  answer: string;
}

/** What a chapter adds around its resource list: explanations, tables and pictures, and its quiz. */
export interface ChapterStudy {
  sections: { heading: string; markdown: string }[];
  quiz: QuizQuestion[];
}
