import { z } from "zod";
import { renderChecklistBlock } from "../checklist/render-checklist.js";
import type { Lang } from "../checklist/types.js";
import { escapeInline, inlineCode, sanitizeMultiline, sanitizeText, tableCell, truncate } from "../render/escape.js";
import { parseCompletion } from "./completion.js";
import { decodeDataMarker, encodeDataMarker } from "./data-marker.js";
import { mention } from "./people.js";
import { formatDateTime, safeTimeZone } from "./time.js";
import type { OperationDraft, OperationRecord, PlanSummary } from "./types.js";

const DATA_KIND = "ops-log:data";
export const OPS_LOG_LABEL = "ops-log";
/** Issue titles are plain text; GitHub allows 256 characters. */
const TITLE_LIMIT = 200;
/** Free text is cut here so the body (text + hidden copy) stays far below GitHub's 65,536 characters. */
const FREE_TEXT_LIMIT = 8_000;
const PLAN_ROWS_LIMIT = 50;

const WORDS = {
  en: {
    titlePrefix: "[ops-log]",
    heading: "Operation",
    runbook: "Runbook",
    planned: "Planned",
    commander: "Commander",
    commanderRole: "gives each instruction and checks the result",
    driver: "Driver",
    driverRole: "runs the steps as instructed",
    what: "What",
    why: "Why",
    plans: "Plan summary",
    root: "Root",
    plan: "Plan",
    noPlans: "_No linked pull request plans._",
    review: "Review before the work",
    reviewText:
      "This log is written before the work. Someone other than its author approves it by commenting `/approve`, `LGTM` or `承認`, or with a 👍 reaction. When the work is done, the outcome and a timestamped record of the executed steps are added below and the issue is closed.",
  },
  ja: {
    titlePrefix: "[ops-log]",
    heading: "作業",
    runbook: "手順書",
    planned: "予定日時",
    commander: "コマンダー",
    commanderRole: "作業内容の指示を出し、結果をチェックする",
    driver: "ドライバー",
    driverRole: "コマンダーに従って作業を実施する",
    what: "作業内容",
    why: "目的",
    plans: "plan の概要",
    root: "ルート",
    plan: "plan",
    noPlans: "_関連するプルリクエストの plan はありません。_",
    review: "作業前のレビュー",
    reviewText:
      "この記録は作業の前に書かれています。作成者以外の人が `/approve`、`LGTM`、`承認` とコメントするか 👍 のリアクションで承認します。作業が終わったら、結果と実施した手順（時刻付き）をこの下に追記して issue を閉じます。",
  },
} as const;

/** Untrusted free text as escaped Markdown lines; line breaks kept, every line inert. */
function paragraphText(text: string): string {
  const lines = sanitizeMultiline(truncate(text, FREE_TEXT_LIMIT)).split("\n");
  const rendered = lines.map((line) => escapeInline(line.trim())).join("\n").trim();
  return rendered === "" ? "—" : rendered;
}

function planTable(plans: readonly PlanSummary[], lang: Lang): string[] {
  const words = WORDS[lang];
  if (plans.length === 0) return [words.noPlans];
  const rows = plans.slice(0, PLAN_ROWS_LIMIT).map((plan) => {
    const pr = plan.pullRequest !== undefined && Number.isSafeInteger(plan.pullRequest) ? `#${plan.pullRequest} ` : "";
    return `| ${tableCell(`${pr}${inlineCode(plan.root)}`)} | ${tableCell(escapeInline(plan.headline))} |`;
  });
  return [`| ${words.root} | ${words.plan} |`, "| --- | --- |", ...rows];
}

const storedSchema = z.object({
  v: z.literal(1),
  title: z.string(),
  what: z.string(),
  why: z.string(),
  runbook: z.string(),
  planSummaries: z.array(z.object({ root: z.string(), headline: z.string(), pullRequest: z.number().int().optional() })),
  commander: z.string(),
  driver: z.string(),
  plannedAt: z.iso.datetime(),
  lang: z.enum(["en", "ja"]),
  timeZone: z.string(),
});

/**
 * The ops-log issue for an operation, written before the work: what and why,
 * who (commander gives instructions, driver runs them), when, the plan
 * summaries of the linked PRs and the runbook's checklist (the same block as
 * in a release PR, so it can be ticked and evaluated the same way). Every
 * field is escaped; a hidden marker keeps them for {@link parseOperationIssue}.
 */
export function renderOperationIssue(draft: OperationDraft): { title: string; body: string; labels: string[] } {
  const words = WORDS[draft.lang];
  const timeZone = safeTimeZone(draft.timeZone);
  const runbookName = draft.runbook.name === "" ? draft.runbook.title : draft.runbook.name;
  const what = truncate(draft.what, FREE_TEXT_LIMIT);
  const why = truncate(draft.why, FREE_TEXT_LIMIT);
  const stored: z.input<typeof storedSchema> = {
    v: 1,
    title: sanitizeText(draft.title),
    what,
    why,
    runbook: runbookName,
    planSummaries: draft.planSummaries.slice(0, PLAN_ROWS_LIMIT).map((plan) => ({ ...plan })),
    commander: draft.commander,
    driver: draft.driver,
    plannedAt: draft.plannedAt.toISOString(),
    lang: draft.lang,
    timeZone,
  };
  const checklist = renderChecklistBlock(draft.runbook, { lang: draft.lang, ...(draft.context ? { context: draft.context } : {}) });
  const body = [
    encodeDataMarker(DATA_KIND, stored),
    `## ${words.heading}: ${escapeInline(draft.title)}`,
    "",
    `- **${words.runbook}:** ${inlineCode(runbookName)}`,
    `- **${words.planned}:** ${formatDateTime(draft.plannedAt, timeZone)}`,
    `- **${words.commander}:** ${mention(draft.commander)} (${words.commanderRole})`,
    `- **${words.driver}:** ${mention(draft.driver)} (${words.driverRole})`,
    "",
    `### ${words.what}`,
    "",
    paragraphText(what),
    "",
    `### ${words.why}`,
    "",
    paragraphText(why),
    "",
    `### ${words.plans}`,
    "",
    ...planTable(draft.planSummaries, draft.lang),
    "",
    checklist.markdown,
    "",
    `### ${words.review}`,
    "",
    words.reviewText,
    "",
  ].join("\n");
  const title = truncate(`${words.titlePrefix} ${sanitizeText(draft.title)}`, TITLE_LIMIT);
  return { title, body, labels: [draft.label ?? OPS_LOG_LABEL] };
}

/**
 * The fields an ops-log issue was written with (and its completion, once
 * added), read from the hidden markers. Undefined when the body has no valid
 * marker (not an ops-log issue, or the marker was damaged by hand).
 */
export function parseOperationIssue(body: string | null | undefined): OperationRecord | undefined {
  const parsed = storedSchema.safeParse(decodeDataMarker(body, DATA_KIND));
  if (!parsed.success) return undefined;
  const data = parsed.data;
  const completion = parseCompletion(body);
  return {
    title: data.title,
    what: data.what,
    why: data.why,
    runbook: data.runbook,
    planSummaries: data.planSummaries.map(({ pullRequest, ...plan }) => (pullRequest === undefined ? plan : { ...plan, pullRequest })),
    commander: data.commander,
    driver: data.driver,
    plannedAt: new Date(data.plannedAt),
    lang: data.lang,
    timeZone: data.timeZone,
    ...(completion ? { completion } : {}),
  };
}
