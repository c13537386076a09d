import { DEFAULT_HEADINGS, matchSectionHeading } from "./headings.js";
import { assignIds, idFromComments, isOptionalText, verifyFromComments } from "./item-markers.js";
import { parseListMarker, scanMarkdown, type CodeBlock, type MarkdownLine } from "./markdown-lines.js";
import {
  KNOWN_VERIFY,
  SECTION_KINDS,
  type ChecklistItem,
  type HeadingConfig,
  type Problem,
  type Runbook,
  type RunbookSection,
  type SectionKind,
} from "./types.js";

export interface ParseRunbookOptions {
  /** File name, kept on the result for messages (e.g. `release.md`). */
  name?: string;
  /** Section headings per kind; each list replaces the default for its kind. */
  headings?: Partial<HeadingConfig>;
}

const CHECKBOX = /^\[([ xX])\](?:[ \t]+(.*)|[ \t]*)$/;
/** Code blocks with these info strings (or none) are commands; others are snippets such as templates. */
const SHELL_INFO = new Set(["", "sh", "bash", "shell", "console", "zsh", "fish", "powershell", "pwsh", "ps1", "bat", "cmd", "terminal"]);

interface DraftItem {
  text: string;
  checked: boolean;
  line: number;
  comments: string[];
  section: SectionKind;
  parent?: DraftItem;
  commands: string[];
  snippets: { info: string; content: string }[];
}

interface OpenItem {
  item: DraftItem;
  contentIndent: number;
}

/**
 * Parses a runbook (or the checklist block of a PR body) into sections of
 * checkbox items. Never throws: anything it cannot use is listed in
 * `problems`. Checkboxes in HTML comments, code blocks and quotes are not
 * items. A checkbox nested under another becomes its own item with
 * `parentId` (and a warning, so the author knows it is tracked separately).
 * Code blocks after an item, up to the next item or heading, belong to it.
 */
export function parseRunbook(markdown: string, options: ParseRunbookOptions = {}): Runbook {
  const headings: HeadingConfig = { ...DEFAULT_HEADINGS, ...options.headings };
  const scan = scanMarkdown(markdown);
  const blocks = new Map<number, CodeBlock>(scan.codeBlocks.map((block) => [block.id, block]));
  const problems: Problem[] = [];
  const sections = new Map<SectionKind, { section: Omit<RunbookSection, "items">; items: DraftItem[] }>();
  const headingsSeen: string[] = [];
  let title = "";
  let current: { kind: SectionKind; level: number } | undefined;
  let open: OpenItem[] = [];
  let lastItem: DraftItem | undefined;
  let continuing = false;
  let seenBlock = -1;

  const onHeading = (line: MarkdownLine, level: number, text: string): void => {
    open = [];
    lastItem = undefined;
    continuing = false;
    const kind = matchSectionHeading(text, headings);
    if (kind) {
      const existing = sections.get(kind);
      if (existing) {
        problems.push({ code: "duplicate-section", severity: "warning", line: line.number, section: kind, expected: headings[kind], subject: text });
      } else {
        sections.set(kind, { section: { kind, heading: text, line: line.number }, items: [] });
      }
      current = { kind, level };
      return;
    }
    if (current && level > current.level) return;
    current = undefined;
    if (level === 1 && title === "") title = text;
    else headingsSeen.push(text);
  };

  const onListItem = (line: MarkdownLine, indent: number, contentIndent: number, rest: string): void => {
    open = open.filter((candidate) => indent >= candidate.contentIndent);
    const checkbox = CHECKBOX.exec(rest);
    continuing = false;
    if (!checkbox) {
      if (open.length === 0 && current) {
        problems.push({ code: "not-a-checkbox", severity: "warning", line: line.number, section: current.kind, subject: rest.trim() });
        lastItem = undefined;
      }
      return;
    }
    const text = (checkbox[2] ?? "").trim();
    if (!current) {
      problems.push({ code: "item-outside-section", severity: "warning", line: line.number, subject: text });
      return;
    }
    if (text === "") {
      problems.push({ code: "empty-item", severity: "warning", line: line.number, section: current.kind });
      return;
    }
    const parent = open.at(-1)?.item;
    const item: DraftItem = {
      text,
      checked: checkbox[1] !== " ",
      line: line.number,
      comments: [...line.comments],
      section: current.kind,
      ...(parent ? { parent } : {}),
      commands: [],
      snippets: [],
    };
    if (parent) problems.push({ code: "nested-item", severity: "warning", line: line.number, section: current.kind, subject: text, parent: parent.text });
    sections.get(current.kind)?.items.push(item);
    open.push({ item, contentIndent });
    lastItem = item;
    continuing = true;
  };

  const onCode = (line: MarkdownLine): void => {
    continuing = false;
    if (line.codeBlock === undefined || line.codeBlock === seenBlock) return;
    seenBlock = line.codeBlock;
    const block = blocks.get(line.codeBlock);
    if (!block || !lastItem || !current) return;
    if (SHELL_INFO.has(block.info.toLowerCase())) lastItem.commands.push(block.content);
    else lastItem.snippets.push({ info: block.info, content: block.content });
  };

  for (const line of scan.lines) {
    switch (line.kind) {
      case "heading":
        onHeading(line, line.heading?.level ?? 1, line.heading?.text ?? "");
        break;
      case "fence":
      case "code":
        onCode(line);
        break;
      case "text": {
        const marker = parseListMarker(line.visible);
        if (marker) onListItem(line, marker.indent, marker.contentIndent, marker.rest);
        else if (continuing && lastItem) {
          lastItem.text = `${lastItem.text} ${line.visible.trim()}`;
          lastItem.comments.push(...line.comments);
        }
        break;
      }
      case "comment":
        break;
      default:
        continuing = false;
    }
  }

  if (scan.unclosedFence !== undefined) problems.push({ code: "unclosed-code-block", severity: "error", line: scan.unclosedFence });
  if (scan.unclosedComment !== undefined) problems.push({ code: "unclosed-comment", severity: "error", line: scan.unclosedComment });

  const ordered = [...sections.values()].sort((a, b) => a.section.line - b.section.line);
  const drafts = ordered.flatMap((entry) => entry.items);
  const ids = assignIds(drafts.map((draft) => ({ text: draft.text, markerId: idFromComments(draft.comments) })));
  const idOf = new Map<DraftItem, string>(drafts.map((draft, index) => [draft, ids[index] ?? "item"]));

  const toItem = (draft: DraftItem): ChecklistItem => {
    const verify = verifyFromComments(draft.comments);
    if (verify && !(KNOWN_VERIFY as readonly string[]).includes(verify)) {
      problems.push({ code: "unknown-verify", severity: "warning", line: draft.line, section: draft.section, subject: verify });
    }
    const parentId = draft.parent ? idOf.get(draft.parent) : undefined;
    return {
      id: idOf.get(draft) ?? "item",
      text: draft.text,
      checked: draft.checked,
      optional: isOptionalText(draft.text),
      ...(verify ? { verify } : {}),
      line: draft.line,
      section: draft.section,
      ...(parentId ? { parentId } : {}),
      commands: draft.commands,
      snippets: draft.snippets,
    };
  };
  const result: RunbookSection[] = ordered.map(({ section, items }) => ({ ...section, items: items.map(toItem) }));

  for (const section of result) {
    if (section.items.length === 0) problems.push({ code: "empty-section", severity: "warning", line: section.line, section: section.kind, subject: section.heading });
  }
  if (result.length === 0) {
    problems.push({ code: "no-sections", severity: "error", expected: SECTION_KINDS.flatMap((kind) => headings[kind]), headingsSeen });
  } else {
    for (const kind of SECTION_KINDS) {
      if (!sections.has(kind)) problems.push({ code: "missing-section", severity: "error", section: kind, expected: headings[kind], headingsSeen });
    }
  }
  problems.sort((a, b) => (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER));

  return { name: options.name ?? "", title, sections: result, problems };
}
