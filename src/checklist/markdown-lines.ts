/**
 * A line-level Markdown scanner: just enough CommonMark to tell which lines
 * are headings, which are code (fenced or indented, also inside list items),
 * which are hidden in HTML comments and which are quotes. Checkboxes found
 * anywhere but ordinary text lines must not count, so this is the one place
 * that decides it. Offsets point into the original text (CRLF and BOM kept),
 * so callers can edit a body without touching anything else.
 */

export type LineKind =
  | "blank"
  | "text"
  | "heading"
  | "setext-underline"
  | "fence"
  | "code"
  | "comment"
  | "quote"
  | "break";

export interface MarkdownLine {
  /** 1-based. */
  number: number;
  /** Offset of the line's first character in the scanned text. */
  start: number;
  /** The line without its line ending (and without a leading BOM). */
  raw: string;
  kind: LineKind;
  /** For text and heading lines: the line with HTML comments cut out. */
  visible: string;
  /** Bodies of the HTML comments that open and close on this line. */
  comments: string[];
  /** Leading columns of `visible` (tabs to the next multiple of 4). */
  indent: number;
  heading?: { level: number; text: string };
  /** Lines of one code block (fences included) share this number. */
  codeBlock?: number;
}

export interface CodeBlock {
  id: number;
  /** Info string of a fenced block ("" for indented code). */
  info: string;
  /** Line of the opening fence or first indented line. */
  line: number;
  content: string;
}

export interface ScanResult {
  lines: MarkdownLine[];
  codeBlocks: CodeBlock[];
  /** Line of a fence that is never closed: the rest of the text is code. */
  unclosedFence?: number;
  /** Line of a `<!--` that is never closed: the rest of the text is hidden. */
  unclosedComment?: number;
}

export interface ListMarker {
  /** Column of the marker. */
  indent: number;
  /** Column where the item's content starts. */
  contentIndent: number;
  /** The text after the marker. */
  rest: string;
}

const LIST_MARKER = /^([ \t]*)([-*+]|\d{1,9}[.)])(?:([ \t]+)(.*))?$/;
const ATX_HEADING = /^[ \t]*(#{1,6})(?:[ \t]+(.*)|[ \t]*)$/;
const FENCE_OPEN = /^[ \t]*(`{3,}|~{3,})(.*)$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const QUOTE = /^ {0,3}>/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

function columns(whitespace: string): number {
  let width = 0;
  for (const character of whitespace) width = character === "\t" ? width + 4 - (width % 4) : width + 1;
  return width;
}

function leadingWhitespace(text: string): string {
  return /^[ \t]*/.exec(text)?.[0] ?? "";
}

export function parseListMarker(text: string): ListMarker | undefined {
  const match = LIST_MARKER.exec(text);
  if (!match) return undefined;
  const [, space = "", marker = "", gap = "", rest = ""] = match;
  const indent = columns(space);
  // CommonMark: five or more spaces after the marker means indented code, content starts after one.
  const gapWidth = gap === "" ? 1 : columns(gap) >= 5 ? 1 : columns(gap);
  return { indent, contentIndent: indent + marker.length + gapWidth, rest };
}

/** Removes `columnsToStrip` leading columns of whitespace (for code inside list items). */
function stripIndent(line: string, columnsToStrip: number): string {
  let width = 0;
  let index = 0;
  while (index < line.length && width < columnsToStrip) {
    const character = line[index];
    if (character === " ") width += 1;
    else if (character === "\t") width += 4 - (width % 4);
    else break;
    index += 1;
  }
  return line.slice(index);
}

interface RawLine {
  start: number;
  raw: string;
}

function splitLines(text: string): RawLine[] {
  const lines: RawLine[] = [];
  const bom = text.startsWith("\uFEFF") ? 1 : 0;
  const pattern = /\r\n|\n|\r/g;
  let start = bom;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    lines.push({ start, raw: text.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  if (start < text.length || lines.length === 0) lines.push({ start, raw: text.slice(start) });
  return lines;
}

/** `# Title ##` → `Title`: the optional closing run of `#` needs a space before it. */
function headingText(content: string): string {
  const trimmed = content.trimEnd();
  const closing = /(^|[ \t])#+$/.exec(trimmed);
  return (closing ? trimmed.slice(0, closing.index) : trimmed).trim();
}

/** Cuts HTML comments out of one line; reports whether a comment stays open at the end. */
function cutComments(text: string): { visible: string; comments: string[]; opens: boolean } {
  const comments: string[] = [];
  let visible = "";
  let cursor = 0;
  for (let open = text.indexOf("<!--"); open >= 0; open = text.indexOf("<!--", cursor)) {
    visible += text.slice(cursor, open);
    const close = text.indexOf("-->", open + 4);
    if (close < 0) return { visible, comments, opens: true };
    comments.push(text.slice(open + 4, close));
    cursor = close + 3;
  }
  return { visible: visible + text.slice(cursor), comments, opens: false };
}

export function scanMarkdown(text: string): ScanResult {
  const lines: MarkdownLine[] = [];
  const codeBlocks: CodeBlock[] = [];
  const codeLines = new Map<number, string[]>();
  let fence: { closer: RegExp; indent: number; block: number; line: number } | undefined;
  let indentedBlock: number | undefined;
  let commentOpenedAt: number | undefined;
  /** Content columns of the list items the current line may belong to. */
  let listIndents: number[] = [];
  /** The previous meaningful line was paragraph text (so indentation continues it, not code). */
  let inParagraph = false;

  const openBlock = (info: string, line: number): number => {
    const id = codeBlocks.length;
    codeBlocks.push({ id, info, line, content: "" });
    codeLines.set(id, []);
    return id;
  };

  splitLines(text).forEach(({ start, raw }, index) => {
    const number = index + 1;
    const base = { number, start, raw, visible: "", comments: [] as string[], indent: 0 };

    if (fence) {
      if (fence.closer.test(raw)) {
        lines.push({ ...base, kind: "fence", codeBlock: fence.block });
        fence = undefined;
      } else {
        codeLines.get(fence.block)?.push(stripIndent(raw, fence.indent));
        lines.push({ ...base, kind: "code", codeBlock: fence.block });
      }
      return;
    }

    let source = raw;
    if (commentOpenedAt !== undefined) {
      const close = raw.indexOf("-->");
      if (close < 0) {
        lines.push({ ...base, kind: "comment" });
        return;
      }
      commentOpenedAt = undefined;
      source = " ".repeat(close + 3) + raw.slice(close + 3);
    }

    const sourceIndent = columns(leadingWhitespace(source));
    if (source.trim() === "") {
      inParagraph = false;
      if (indentedBlock !== undefined) codeLines.get(indentedBlock)?.push("");
      lines.push({ ...base, kind: raw.trim() === "" ? "blank" : "comment" });
      return;
    }

    // Indented code wins over everything else (HTML comments included), as in CommonMark.
    const sourceMarker = parseListMarker(source);
    // A line that is not indented to an item's content column ends that item,
    // unless it lazily continues the item's paragraph.
    if (!(inParagraph && !sourceMarker)) listIndents = listIndents.filter((content) => sourceIndent >= content);
    const container = listIndents.at(-1) ?? 0;
    const relative = sourceIndent - container;
    if (relative >= 4 && (indentedBlock !== undefined || !inParagraph)) {
      indentedBlock ??= openBlock("", number);
      codeLines.get(indentedBlock)?.push(stripIndent(source, container + 4));
      lines.push({ ...base, kind: "code", codeBlock: indentedBlock });
      return;
    }
    indentedBlock = undefined;

    const { visible, comments, opens } = cutComments(source);
    if (opens) commentOpenedAt = number;
    const indent = columns(leadingWhitespace(visible));
    if (visible.trim() === "") {
      lines.push({ ...base, kind: "comment", comments });
      return;
    }
    const marker = parseListMarker(visible);

    const previous = lines.at(-1);
    if (inParagraph && !marker && previous?.kind === "text" && listIndents.length === 0 && SETEXT_UNDERLINE.test(visible)) {
      previous.kind = "heading";
      previous.heading = { level: visible.includes("=") ? 1 : 2, text: previous.visible.trim() };
      inParagraph = false;
      lines.push({ ...base, kind: "setext-underline", visible, comments, indent });
      return;
    }

    if (THEMATIC_BREAK.test(visible)) {
      inParagraph = false;
      listIndents = [];
      lines.push({ ...base, kind: "break", visible, comments, indent });
      return;
    }

    if (QUOTE.test(visible)) {
      inParagraph = false;
      lines.push({ ...base, kind: "quote", visible, comments, indent });
      return;
    }

    const fenceOpen = FENCE_OPEN.exec(visible);
    if (fenceOpen && !(fenceOpen[1]?.startsWith("`") && fenceOpen[2]?.includes("`"))) {
      const opener = fenceOpen[1] ?? "```";
      const block = openBlock((fenceOpen[2] ?? "").trim().split(/\s+/)[0] ?? "", number);
      // Closed by the same character, at least as many times, and nothing else on the line.
      const closer = new RegExp(`^[ \\t]*\\${opener[0]}{${opener.length},}[ \\t]*$`);
      fence = { closer, indent, block, line: number };
      inParagraph = false;
      lines.push({ ...base, kind: "fence", codeBlock: block });
      return;
    }

    const heading = ATX_HEADING.exec(visible);
    if (heading) {
      inParagraph = false;
      listIndents = [];
      const level = heading[1]?.length ?? 1;
      lines.push({ ...base, kind: "heading", visible, comments, indent, heading: { level, text: headingText(heading[2] ?? "") } });
      return;
    }

    if (marker) listIndents.push(marker.contentIndent);
    inParagraph = true;
    lines.push({ ...base, kind: "text", visible, comments, indent });
  });

  for (const block of codeBlocks) {
    const content = codeLines.get(block.id) ?? [];
    while (content.length > 0 && content.at(-1) === "") content.pop();
    block.content = content.join("\n");
  }
  return {
    lines,
    codeBlocks,
    ...(fence ? { unclosedFence: fence.line } : {}),
    ...(commentOpenedAt !== undefined ? { unclosedComment: commentOpenedAt } : {}),
  };
}
