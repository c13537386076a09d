/**
 * Structural checks on rendered GFM, as GitHub would parse it, for asserting
 * that untrusted input cannot break out of where it was put. Each function
 * returns a list of problems (empty when the Markdown is sound), so a failing
 * test shows what went wrong.
 */

/** Tags the renderers write themselves; anything else outside code is injected. */
const OUR_TAGS = new Set(["details", "summary", "b", "code"]);

interface Fence {
  marker: string;
  length: number;
}

function openingFence(line: string): Fence | undefined {
  const match = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
  if (match === null) return undefined;
  const run = match[1] ?? "";
  const info = match[2] ?? "";
  if (run.startsWith("`") && info.includes("`")) return undefined;
  return { marker: run.charAt(0), length: run.length };
}

function closesFence(line: string, fence: Fence): boolean {
  const match = /^ {0,3}(`+|~+)\s*$/.exec(line);
  return match !== null && match[1]?.charAt(0) === fence.marker && (match[1]?.length ?? 0) >= fence.length;
}

/** Splits Markdown into lines outside fenced code; reports a fence left open. */
export function linesOutsideFences(markdown: string): { lines: string[]; unclosedFence: boolean } {
  const lines: string[] = [];
  let fence: Fence | undefined;
  for (const line of markdown.split("\n")) {
    if (fence !== undefined) {
      if (closesFence(line, fence)) fence = undefined;
      continue;
    }
    fence = openingFence(line);
    if (fence === undefined) lines.push(line);
  }
  return { lines, unclosedFence: fence !== undefined };
}

/** Removes backtick code spans (CommonMark rules: equal-length runs, backslash does not escape inside). */
export function withoutCodeSpans(line: string): string {
  let result = "";
  let index = 0;
  while (index < line.length) {
    const character = line[index];
    if (character === "\\") {
      result += line.slice(index, index + 2);
      index += 2;
      continue;
    }
    if (character !== "`") {
      result += character;
      index += 1;
      continue;
    }
    let runEnd = index;
    while (line[runEnd] === "`") runEnd++;
    const run = line.slice(index, runEnd);
    const close = findRun(line, runEnd, run.length);
    if (close === -1) {
      result += run;
      index = runEnd;
    } else {
      result += "«code»";
      index = close + run.length;
    }
  }
  return result;
}

function findRun(line: string, from: number, length: number): number {
  let index = from;
  while (index < line.length) {
    if (line[index] !== "`") {
      index++;
      continue;
    }
    let end = index;
    while (line[end] === "`") end++;
    if (end - index === length) return index;
    index = end;
  }
  return -1;
}

/** GFM HTML blocks of type 6 that we write; Markdown is not parsed inside them, up to a blank line. */
const HTML_BLOCK_START = /^ {0,3}<\/?(details|summary|div|p|table)(\s|\/?>|$)/i;

interface ProseLine {
  text: string;
  /** Inside an HTML block: backticks and brackets are literal there. */
  html: boolean;
}

/** Text a reader sees as prose: outside fences, code spans and <code> elements. */
export function proseLines(markdown: string): ProseLine[] {
  let inHtmlBlock = false;
  return linesOutsideFences(markdown).lines.map((line) => {
    if (line.trim() === "") inHtmlBlock = false;
    else if (HTML_BLOCK_START.test(line)) inHtmlBlock = true;
    // Character references are decoded to one character ("&#39;" is "'", not "#39").
    const withoutCode = line.replace(/<code>.*?<\/code>/g, "«code»").replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, "«char»");
    if (inHtmlBlock) return { text: withoutCode, html: true };
    // Link destinations are not shown (and not linked for mentions); the link text is checked.
    return { text: withoutCodeSpans(withoutCode).replace(/\]\([^\s)]*\)/g, "](URL)"), html: false };
  });
}

export function markdownProblems(markdown: string): string[] {
  const problems: string[] = [];
  const { unclosedFence } = linesOutsideFences(markdown);
  if (unclosedFence) problems.push("a code fence is never closed");
  const prose = proseLines(markdown);
  let openDetails = 0;
  prose.forEach(({ text: line, html }, number) => {
    const where = `line ${number + 1}: ${line.slice(0, 160)}`;
    if (/@[\p{L}\p{N}_-]/u.test(line)) problems.push(`live mention, ${where}`);
    if (/#\p{N}/u.test(line)) problems.push(`live issue reference, ${where}`);
    if (/\bGH-\d/i.test(line)) problems.push(`live GH- reference, ${where}`);
    if (/[a-z]:\/\//i.test(line)) problems.push(`bare autolink, ${where}`);
    if (line.includes("<!--")) problems.push(`HTML comment, ${where}`);
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0008\u000B-\u001F\u007F\u202A-\u202E\u2066-\u2069]/.test(line)) problems.push(`control or bidi character, ${where}`);
    for (const match of line.matchAll(/<(\/?)([A-Za-z][A-Za-z0-9-]*)/g)) {
      const tag = (match[2] ?? "").toLowerCase();
      if (!OUR_TAGS.has(tag)) problems.push(`raw <${match[1]}${tag}> tag, ${where}`);
      if (tag === "details") openDetails += match[1] === "/" ? -1 : 1;
      if (openDetails < 0) problems.push(`</details> without <details>, ${where}`);
    }
    if (!html && /(^|[^\\])!\[|(^|[^\\])\]\(\s*javascript:/i.test(line)) problems.push(`image or script link, ${where}`);
  });
  if (openDetails !== 0) problems.push(`${openDetails} <details> left open`);
  // GFM splits table cells before it parses code spans, so pipes are counted on the raw lines.
  problems.push(...tableProblems(linesOutsideFences(markdown).lines));
  return problems;
}

/** Pipes that split GFM table cells: those not preceded by an odd run of backslashes. */
export function cellDelimiters(line: string): number {
  let count = 0;
  let backslashes = 0;
  for (const character of line) {
    if (character === "|" && backslashes % 2 === 0) count++;
    backslashes = character === "\\" ? backslashes + 1 : 0;
  }
  return count;
}

function tableProblems(lines: string[]): string[] {
  const problems: string[] = [];
  for (let index = 1; index < lines.length; index++) {
    if (!/^\|( *:?-+:? *\|)+$/.test(lines[index] ?? "")) continue;
    const header = cellDelimiters(lines[index - 1] ?? "");
    if (cellDelimiters(lines[index] ?? "") !== header) problems.push(`table delimiter row does not match header at ${index}`);
    for (let row = index + 1; row < lines.length && (lines[row] ?? "").startsWith("|"); row++) {
      const line = lines[row] ?? "";
      if (cellDelimiters(line) !== header) problems.push(`table row has ${cellDelimiters(line)} cell pipes, header ${header}: ${line.slice(0, 160)}`);
    }
  }
  return problems;
}
