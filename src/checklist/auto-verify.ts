import { findChecklistBlock } from "./insert.js";
import { scanMarkdown } from "./markdown-lines.js";
import { parseRunbook } from "./runbook.js";
import type { AutoVerifyFacts, HeadingConfig, Lang, Runbook } from "./types.js";

export interface AutoVerifyChange {
  id: string;
  verify: string;
  /** The item's text in the body (untrusted: escape before rendering). */
  text: string;
  /** The new state of the box. */
  checked: boolean;
  /** Plain text, in the requested language. */
  reason: string;
}

export interface AutoVerifyOptions {
  /**
   * The runbook the block came from. Its auto-verify markers win over the
   * body's, so deleting a marker in the PR body does not turn an
   * auto-verified item into one anybody can tick.
   */
  runbook?: Runbook;
  headings?: Partial<HeadingConfig>;
  lang?: Lang;
}

const FACTS: Record<string, Record<Lang, { yes: string; no: string }>> = {
  "release-exists": {
    en: { yes: "a GitHub release or draft exists for this version", no: "no GitHub release or draft exists for this version yet" },
    ja: { yes: "このバージョンの GitHub リリース（または下書き）があります", no: "このバージョンの GitHub リリース（下書きを含む）がまだありません" },
  },
  "plan-clean": {
    en: { yes: "the latest infra-coach plan for this pull request succeeded", no: "the latest infra-coach plan for this pull request has not succeeded" },
    ja: { yes: "このプルリクエストの最新の infra-coach plan は成功しました", no: "このプルリクエストの最新の infra-coach plan が成功していません" },
  },
  "co-review-approved": {
    en: { yes: "the application-engineer co-reviewer approved", no: "the application-engineer co-reviewer has not approved yet" },
    ja: { yes: "アプリケーションエンジニアの共同レビュアーが承認しました", no: "アプリケーションエンジニアの共同レビュアーがまだ承認していません" },
  },
};

/** What an auto-verify fact currently says, as a plain sentence. */
export function describeFact(verify: string, fact: boolean, lang: Lang = "en"): string {
  const known = FACTS[verify]?.[lang];
  if (known) return fact ? known.yes : known.no;
  if (lang === "ja") return fact ? `自動確認 '${verify}' が通りました` : `自動確認 '${verify}' が通っていません`;
  return fact ? `the automatic check '${verify}' passed` : `the automatic check '${verify}' has not passed`;
}

/** Why infra-coach changed a box: a tick states the fact, an untick says so first. */
function changeReason(verify: string, fact: boolean, lang: Lang): string {
  if (fact) return describeFact(verify, fact, lang);
  return `${lang === "ja" ? "チェックを外しました: " : "unticked: "}${describeFact(verify, fact, lang)}`;
}

/** `- [ ]` / `1. [x]` at the start of a raw line; group 1 ends just before the box's state character. */
const BOX = /^([ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[)([ xX])\]/;

/**
 * Ticks or unticks the auto-verified items of the checklist block so that
 * each box says what the facts say. A fact that is not given leaves its
 * items alone. Only the state characters change: the rest of the body
 * (human edits, CRLF) stays byte for byte. Returns the same string when
 * nothing changes.
 */
export function applyAutoVerify(
  body: string | null | undefined,
  facts: AutoVerifyFacts,
  options: AutoVerifyOptions = {},
): { body: string; changes: AutoVerifyChange[] } {
  const original = body ?? "";
  const block = findChecklistBlock(original);
  if (!block) return { body: original, changes: [] };
  const lang = options.lang ?? "en";
  const parsed = parseRunbook(block.inner, { ...(options.headings ? { headings: options.headings } : {}) });
  const lines = scanMarkdown(block.inner).lines;
  const canonical = new Map(options.runbook?.sections.flatMap((section) => section.items.map((item) => [item.id, item.verify])));

  const changes: AutoVerifyChange[] = [];
  const edits: { offset: number; character: string }[] = [];
  for (const item of parsed.sections.flatMap((section) => section.items)) {
    const verify = canonical.has(item.id) ? canonical.get(item.id) : item.verify;
    const fact = verify === undefined ? undefined : facts[verify];
    if (verify === undefined || fact === undefined || fact === item.checked) continue;
    const line = lines[item.line - 1];
    const box = line ? BOX.exec(line.raw) : null;
    if (!line || !box) continue;
    edits.push({ offset: block.innerStart + line.start + (box[1]?.length ?? 0), character: fact ? "x" : " " });
    changes.push({ id: item.id, verify, text: item.text, checked: fact, reason: changeReason(verify, fact, lang) });
  }
  if (edits.length === 0) return { body: original, changes };
  const pieces: string[] = [];
  let copied = 0;
  for (const edit of edits.sort((a, b) => a.offset - b.offset)) {
    pieces.push(original.slice(copied, edit.offset), edit.character);
    copied = edit.offset + 1;
  }
  pieces.push(original.slice(copied));
  return { body: pieces.join(""), changes };
}
