/**
 * Escaping for untrusted text (anything from a plan or a pull request) placed
 * into GitHub-flavoured Markdown. Every function returns text that cannot
 * open structure (HTML, links, images, code, tables, headings), cannot ping
 * anyone (`@user`, `@org/team`) and cannot create cross-references (`#123`,
 * `GH-123`), whatever the input holds.
 */

/** Invisible and harmless: breaks GitHub's mention/reference/autolink patterns. */
const ZERO_WIDTH_JOINER = "\u200D";
/** Shown in place of characters that must not reach a reader's screen. */
const REPLACEMENT = "\uFFFD";

/**
 * C0/C1 controls (tab and line breaks are handled separately), bidi overrides
 * and isolates (which reorder what a reviewer sees: "trojan source"), the BOM,
 * and lone surrogates (invalid UTF-16 that would turn into garbage on output).
 */
const UNSAFE_CHARACTERS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const LINE_BREAKS = /\r\n|[\r\n\t\u2028\u2029\u0085]/g;

/** Makes unsafe characters visible as U+FFFD and folds line breaks and tabs into spaces. */
export function sanitizeText(text: string): string {
  return removeUnsafeCharacters(text.replace(LINE_BREAKS, " "));
}

/** Like {@link sanitizeText} but keeps line breaks (normalised to `\n`) and tabs. */
export function sanitizeMultiline(text: string): string {
  return removeUnsafeCharacters(text.replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n"));
}

function removeUnsafeCharacters(text: string): string {
  return text.replace(UNSAFE_CHARACTERS, REPLACEMENT);
}

/**
 * Breaks the patterns GitHub links after rendering: mentions (`@user`,
 * `@org/team`, also e-mail autolinks), issue references (`#12`, `GH-12`,
 * `owner/repo#12`) and bare-URL autolinks (`https://…`, `www.…`). GitHub applies
 * these to text even inside HTML blocks, so escaping Markdown is not enough.
 */
export function neutraliseReferences(text: string): string {
  return text
    .replace(/@(?=[\p{L}\p{N}_-])/gu, `@${ZERO_WIDTH_JOINER}`)
    .replace(/#(?=\p{N})/gu, `#${ZERO_WIDTH_JOINER}`)
    .replace(/\b(GH)-(?=\d)/gi, `$1${ZERO_WIDTH_JOINER}-`)
    .replace(/([a-z]):\/\//gi, `$1:${ZERO_WIDTH_JOINER}//`)
    .replace(/\b(www)\./gi, `$1${ZERO_WIDTH_JOINER}.`);
}

const MARKDOWN_INLINE_ESCAPES: Record<string, string> = {
  "\\": "\\\\",
  "`": "\\`",
  "*": "\\*",
  _: "\\_",
  "[": "\\[",
  "]": "\\]",
  "|": "\\|",
  "~": "\\~",
  $: "\\$",
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
};
const MARKDOWN_INLINE_SPECIAL = /[\\`*_[\]|~$&<>]/g;
/** Markers that only mean something at the start of a line (headings, lists, setext underlines). */
const LINE_START_MARKER = /^(\s*)([#+=-]|\d+(?=[.)]))/;

/**
 * Plain text for Markdown inline context (paragraphs, list items, table
 * cells): one line, no markup, no HTML, no live mentions or references.
 * Safe at the start of a line too.
 */
export function escapeInline(text: string): string {
  const escaped = neutraliseReferences(sanitizeText(text)).replace(
    MARKDOWN_INLINE_SPECIAL,
    (character) => MARKDOWN_INLINE_ESCAPES[character] ?? character,
  );
  return escaped.replace(LINE_START_MARKER, (_match, space: string, marker: string) =>
    /\d/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`,
  );
}

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Plain text for HTML context: inside `<summary>`, `<code>` or an attribute
 * value. Markdown is not interpreted there, so only HTML is escaped.
 */
export function escapeHtml(text: string): string {
  return entities(neutraliseReferences(sanitizeText(text)));
}

function entities(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

/**
 * `<code>` for HTML context (a backtick code span does not work inside an
 * HTML block). GitHub links no mention or reference inside `<code>`, so the
 * value is kept as is (copy-pasteable).
 */
export function htmlCode(text: string): string {
  return `<code>${entities(sanitizeText(text))}</code>`;
}

function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}

/**
 * A Markdown code span showing `text` literally. The fence is longer than any
 * backtick run inside, and padded with spaces where GFM would otherwise eat
 * or misread the edges. Mentions are not linked inside code, so the value is
 * kept as is (copy-pasteable). In a table cell, pass the result through
 * {@link tableCell}.
 */
export function inlineCode(text: string): string {
  const value = sanitizeText(text);
  if (value === "") return "` `";
  const fence = "`".repeat(longestBacktickRun(value) + 1);
  const needsPadding =
    value.startsWith("`") || value.endsWith("`") || (value.startsWith(" ") && value.endsWith(" ") && /[^ ]/.test(value));
  const padding = needsPadding ? " " : "";
  return `${fence}${padding}${value}${padding}${fence}`;
}

/**
 * Like {@link escapeInline}, for text that marks values as Markdown code
 * spans (the explain layer writes "changes `port` from `80` to `443`"). Each
 * code span is re-fenced with {@link inlineCode}; everything else is escaped.
 * Whatever the text holds, the result is as safe as escapeInline's.
 */
export function escapeKeepingCode(text: string): string {
  const line = sanitizeText(text);
  const runs = backtickRuns(line);
  // Run indexes by length, with a cursor per length that only moves forward: linear time.
  const byLength = new Map<number, number[]>();
  runs.forEach((run, index) => {
    const indexes = byLength.get(run.length);
    if (indexes === undefined) byLength.set(run.length, [index]);
    else indexes.push(index);
  });
  const cursors = new Map<number, number>();
  let result = "";
  let textStart = 0;
  for (let index = 0; index < runs.length; index++) {
    const open = runs[index];
    if (open === undefined) break;
    const sameLength = byLength.get(open.length) ?? [];
    let cursor = cursors.get(open.length) ?? 0;
    while ((sameLength[cursor] ?? Infinity) <= index) cursor++;
    cursors.set(open.length, cursor);
    const closeIndex = sameLength[cursor];
    const close = closeIndex === undefined ? undefined : runs[closeIndex];
    if (closeIndex === undefined || close === undefined) continue;
    const before = line.slice(textStart, open.start);
    const content = line.slice(open.start + open.length, close.start);
    result += escapeTextPart(before, textStart === 0) + inlineCode(codeSpanContent(content));
    textStart = close.start + close.length;
    index = closeIndex;
  }
  return result + escapeTextPart(line.slice(textStart), textStart === 0);
}

function escapeTextPart(text: string, atLineStart: boolean): string {
  if (text === "") return "";
  // Only the first part can sit at the start of a line; elsewhere "1." or "-" is plain text.
  // The "." stands in for the code span before it: a non-word character, like its backtick.
  return atLineStart ? escapeInline(text) : escapeInline(`.${text}`).slice(1);
}

function backtickRuns(text: string): { start: number; length: number }[] {
  const runs: { start: number; length: number }[] = [];
  for (const match of text.matchAll(/`+/g)) runs.push({ start: match.index ?? 0, length: match[0].length });
  return runs;
}

/** CommonMark strips one space on each side when both are there (and it is not all spaces). */
function codeSpanContent(raw: string): string {
  return raw.length >= 2 && raw.startsWith(" ") && raw.endsWith(" ") && /[^ ]/.test(raw) ? raw.slice(1, -1) : raw;
}

/**
 * A fenced code block (ends with a line break). The fence is longer than any
 * backtick run in the content, so the content cannot close it early.
 */
export function codeBlock(text: string, info = ""): string {
  const content = sanitizeMultiline(text);
  const fence = "`".repeat(Math.max(3, longestBacktickRun(content) + 1));
  const safeInfo = sanitizeText(info).replace(/[`\s]/g, "");
  const body = content.endsWith("\n") ? content : `${content}\n`;
  return `${fence}${safeInfo}\n${body}${fence}\n`;
}

/**
 * Makes already-rendered inline Markdown safe as one GFM table cell: one line,
 * and every pipe escaped. A pipe counts as escaped when an odd number of
 * backslashes precedes it (GFM splits cells before parsing code spans, so
 * this also applies inside code).
 */
export function tableCell(markdown: string): string {
  const line = markdown.replace(LINE_BREAKS, " ");
  // A loop rather than a regex: a long run of backslashes must stay linear.
  let result = "";
  let backslashes = 0;
  let copiedUpTo = 0;
  for (let index = 0; index < line.length; index++) {
    const character = line[index];
    if (character === "|" && backslashes % 2 === 0) {
      result += `${line.slice(copiedUpTo, index)}\\|`;
      copiedUpTo = index + 1;
    }
    backslashes = character === "\\" ? backslashes + 1 : 0;
  }
  return result + line.slice(copiedUpTo);
}

/**
 * Shortens `text` to at most `max` UTF-16 units (ellipsis included), never
 * splitting a surrogate pair.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return "…".slice(0, max);
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/**
 * A link destination that is safe in Markdown `[label](url)`: only http(s)
 * URLs; characters that could end the destination are percent-encoded.
 * Returns undefined for anything else (`javascript:`, relative paths...).
 */
export function safeUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return undefined;
  return parsed.href.replace(/[()[\]<>\s"'\\`]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

/** `[label](url)` with an escaped label, or just the escaped label when the URL is not safe. */
export function markdownLink(label: string, url: string): string {
  const destination = safeUrl(url);
  return destination === undefined ? escapeInline(label) : `[${escapeInline(label)}](${destination})`;
}
