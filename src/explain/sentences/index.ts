import type { AttributeDiff } from "../../plan/model.js";
import type { Text } from "../types.js";
import type { ChangeView } from "../view.js";
import { attributeChanges } from "./attribute-changes.js";
import { cloudIamSentences } from "./cloud-iam.js";
import { ecrSentences } from "./ecr.js";
import { ecsServiceSentences, ecsTaskDefinitionSentences } from "./ecs.js";
import { genericSentences } from "./generic.js";
import { attachmentSentences } from "./iam-attachments.js";
import { lambdaSentences } from "./lambda.js";
import { listenerSentences, targetGroupSentences } from "./load-balancers.js";
import { networkSentences } from "./network.js";
import { policySentences } from "./policies.js";
import { rdsSentences } from "./rds.js";
import { route53Sentences } from "./route53.js";
import { bucketSentences, publicAccessBlockSentences } from "./s3.js";
import { tagSentences } from "./tags.js";
import type { Sentence, SentenceFamily } from "./types.js";

/** Sentences kept per change; the rest are counted in a closing note. */
export const MAX_SENTENCES = 6;

const FAMILIES: readonly SentenceFamily[] = [
  networkSentences,
  policySentences,
  attachmentSentences,
  cloudIamSentences,
  ecsTaskDefinitionSentences,
  ecsServiceSentences,
  route53Sentences,
  listenerSentences,
  targetGroupSentences,
  publicAccessBlockSentences,
  bucketSentences,
  rdsSentences,
  lambdaSentences,
  ecrSentences,
  tagSentences,
];

const familiesByType = new Map<string, readonly SentenceFamily[]>();

function familiesFor(type: string): readonly SentenceFamily[] {
  let families = familiesByType.get(type);
  if (!families) {
    families = FAMILIES.filter((f) => (f.types ? f.types.includes(type) : f.matches ? f.matches(type) : true));
    familiesByType.set(type, families);
  }
  return families;
}

/**
 * Plain-language sentences about a change's attributes, most important
 * first, at most MAX_SENTENCES, then a note saying how much was left out.
 */
export function describeAttributes(view: ChangeView): Text[] {
  if (view.action === "forget" || view.action === "no-op") return [];
  const all: Sentence[] = [];
  for (const family of familiesFor(view.type)) all.push(...family.describe(view));
  const covered = new Set<string>();
  for (const s of all) for (const name of s.covers) covered.add(name);
  all.push(...genericSentences(view, covered));
  // Array.prototype.sort is stable: equal weights keep family order, then diff order.
  all.sort((a, b) => b.weight - a.weight);
  const shown = all.slice(0, MAX_SENTENCES);
  const texts = shown.map((s) => s.text);
  const note = leftOutNote(view, shown, all.length - shown.length);
  if (note) texts.push(note);
  return texts;
}

function leftOutNote(view: ChangeView, shown: readonly Sentence[], droppedSentences: number): Text | undefined {
  const coveredNames = new Set<string>();
  const coveredDiffs = new Set<AttributeDiff>();
  for (const s of shown) {
    for (const name of s.covers) coveredNames.add(name);
    for (const d of s.diffs ?? []) coveredDiffs.add(d);
  }
  let untold = 0;
  for (const d of attributeChanges(view)) {
    const top = d.path[0];
    if (!coveredDiffs.has(d) && !(typeof top === "string" && coveredNames.has(top))) untold++;
  }
  if (untold > 0) {
    if (view.action === "create") {
      return { en: `…and ${untold} more ${untold === 1 ? "attribute is" : "attributes are"} set`, ja: `ほか ${untold} 件の属性が設定されます` };
    }
    return { en: `…and ${untold} more attribute ${untold === 1 ? "change" : "changes"}`, ja: `ほか ${untold} 件の属性の変更があります` };
  }
  if (droppedSentences > 0) {
    return { en: `…and ${droppedSentences} more ${droppedSentences === 1 ? "detail" : "details"} not shown`, ja: `ほか ${droppedSentences} 件の詳細は省略しています` };
  }
  return undefined;
}
