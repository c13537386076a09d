export { renderComment } from "./comment.js";
export { renderCheckRun, type CheckRunOutput } from "./check-run.js";
export { renderText } from "./text.js";
export { renderJson, type JsonChange, type JsonDocument, type JsonResult, type JsonTotals } from "./json.js";
export {
  codeBlock,
  escapeHtml,
  escapeInline,
  escapeKeepingCode,
  htmlCode,
  inlineCode,
  markdownLink,
  neutraliseReferences,
  safeUrl,
  sanitizeMultiline,
  sanitizeText,
  tableCell,
  truncate,
} from "./escape.js";
export { CHECK_RUN_MAX_LENGTH, DEFAULT_MAX_LENGTH, type PlanSection, type RenderOptions } from "./types.js";
