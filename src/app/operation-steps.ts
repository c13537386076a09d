import { z } from "zod";
import { findChecklistBlock } from "../checklist/insert.js";
import { scanMarkdown } from "../checklist/markdown-lines.js";
import { parseRunbook } from "../checklist/runbook.js";
import type { ChecklistItem, HeadingConfig, Lang } from "../checklist/types.js";
import { isApproval } from "../history/approval.js";
import type { ExecutedStep, Outcome } from "../history/types.js";

/** A box someone ticked in an ops-log's checklist, and when (from the `issues.edited` event). */
export interface RecordedTick {
  id: string;
  text: string;
  at: string;
  by: string;
}

export const recordedTicksSchema = z.object({
  v: z.literal(1),
  ticks: z.array(z.object({ id: z.string(), text: z.string(), at: z.string(), by: z.string() })),
});

function checklistItems(body: string, headings: Partial<HeadingConfig>): ChecklistItem[] {
  const block = findChecklistBlock(body);
  if (!block) return [];
  return parseRunbook(block.inner, { headings }).sections.flatMap((section) => section.items);
}

/**
 * The ticks after an edit: boxes ticked by this edit are added with its time
 * and editor; boxes unticked are forgotten (the step was not done after all).
 * Returns undefined when the edit changed no box.
 */
export function applyEdit(
  recorded: readonly RecordedTick[],
  edit: { before: string; after: string; at: Date; by: string; headings: Partial<HeadingConfig> },
): RecordedTick[] | undefined {
  if (findChecklistBlock(edit.before)?.inner === findChecklistBlock(edit.after)?.inner) return undefined;
  const before = new Map(checklistItems(edit.before, edit.headings).map((item) => [item.id, item.checked]));
  const after = checklistItems(edit.after, edit.headings);
  const ticked = after.filter((item) => item.checked && before.get(item.id) !== true);
  const unticked = new Set(after.filter((item) => !item.checked && before.get(item.id) === true).map((item) => item.id));
  if (ticked.length === 0 && unticked.size === 0) return undefined;
  const kept = recorded.filter((tick) => !unticked.has(tick.id) && !ticked.some((item) => item.id === tick.id));
  return [...kept, ...ticked.map((item) => ({ id: item.id, text: item.text, at: edit.at.toISOString(), by: edit.by }))];
}

const OUTCOME_WORDS: Record<string, Outcome> = {
  success: "success",
  succeeded: "success",
  ok: "success",
  成功: "success",
  failed: "failed",
  failure: "failed",
  失敗: "failed",
  "rolled-back": "rolled-back",
  rollback: "rolled-back",
  "rolled back": "rolled-back",
  ロールバック: "rolled-back",
  cancelled: "cancelled",
  canceled: "cancelled",
  中止: "cancelled",
};
const OUTCOME_COMMAND = /^\/infra-coach[ \t]+outcome[ \t]+(rolled back|\S+)(?:[ \t]+(.*))?$/i;

/**
 * `/infra-coach outcome <success|failed|rolled-back|cancelled> [notes]` on a
 * line of its own (not quoted, not in code); the lines after it are notes too.
 */
export function parseOutcomeCommand(body: string): { outcome: Outcome; notes: string } | undefined {
  const lines = scanMarkdown(body).lines;
  for (const [index, line] of lines.entries()) {
    if (line.kind !== "text") continue;
    const match = OUTCOME_COMMAND.exec(line.visible.trim());
    const outcome = match ? OUTCOME_WORDS[(match[1] ?? "").toLowerCase()] : undefined;
    if (!match || !outcome) continue;
    const rest = lines.slice(index + 1).filter((next) => next.kind === "text").map((next) => next.visible.trim());
    return { outcome, notes: [match[2] ?? "", ...rest].map((part) => part.trim()).filter(Boolean).join("\n") };
  }
  return undefined;
}

export interface CommentForSteps {
  author: string;
  isBot: boolean;
  body: string;
  createdAt: Date;
}

const STEP_TEXT_LIMIT = 300;

function firstTextLine(body: string): string | undefined {
  const line = scanMarkdown(body).lines.find((candidate) => candidate.kind === "text" && candidate.visible.trim() !== "");
  return line?.visible.trim();
}

/**
 * Comments by the commander or the driver are their running log of the work
 * ("restarted api, 2/2 running"): each becomes a step, its first line the
 * text. Approvals and `/infra-coach` commands are not steps.
 */
export function stepsFromComments(comments: readonly CommentForSteps[], people: { commander: string; driver: string }): ExecutedStep[] {
  const workers = new Set([people.commander, people.driver].map((login) => login.toLowerCase()).filter(Boolean));
  return comments.flatMap((comment) => {
    if (comment.isBot || !workers.has(comment.author.toLowerCase())) return [];
    if (isApproval({ author: comment.author, body: comment.body }, "")) return [];
    const text = firstTextLine(comment.body);
    if (text === undefined || text.startsWith("/infra-coach")) return [];
    return [{ at: comment.createdAt, by: comment.author, text: text.slice(0, STEP_TEXT_LIMIT) }];
  });
}

const UNTIMED = { en: " (tick time not recorded)", ja: "（チェックした時刻は記録されていません）" } as const;

/**
 * The ticked boxes as steps: with the time they were ticked when an edit
 * event recorded it, else at `closedAt`, saying so. A box ticked and later
 * unticked is not a step.
 */
export function stepsFromTicks(
  body: string,
  recorded: readonly RecordedTick[],
  input: { closedAt: Date; closedBy: string; headings: Partial<HeadingConfig>; lang: Lang },
): ExecutedStep[] {
  const byId = new Map(recorded.map((tick) => [tick.id, tick]));
  return checklistItems(body, input.headings)
    .filter((item) => item.checked)
    .map((item) => {
      const tick = byId.get(item.id);
      if (tick) return { at: new Date(tick.at), by: tick.by, text: item.text };
      return { at: input.closedAt, by: input.closedBy, text: `${item.text}${UNTIMED[input.lang]}` };
    });
}
