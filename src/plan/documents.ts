import { PlanError, quote } from "./errors.js";
import { lineAndColumn, scanJsonValueEnd, syntaxError } from "./json-syntax.js";
import { readSelectedMembers, type MemberSelection } from "./select-members.js";

export interface JsonDocument {
  value: unknown;
  /** Offset of the document's first character in the decoded text. */
  offset: number;
}

/**
 * Finds the JSON documents in decoded text. Usually that is one document and
 * `JSON.parse` takes it whole. Otherwise the text is scanned line by line:
 * - a line starting with `{` starts a document, which may span many lines and
 *   must be followed by nothing else on its last line;
 * - other lines are log text printed around the plan (the setup-terraform
 *   wrapper's `[command]…` and `::debug::…` lines, terragrunt's log lines) and
 *   are skipped, except lines starting with `,` `}` `]` or `"`, which can only
 *   be debris of a broken document and are reported as such.
 * This is how `terragrunt run-all show -json` output, several plans one after
 * another, is read.
 */
export function readJsonDocuments(text: string, selection?: MemberSelection): JsonDocument[] {
  try {
    return [{ value: JSON.parse(text), offset: 0 }];
  } catch {
    return scanDocuments(text, selection);
  }
}

/**
 * Like readJsonDocuments, building only the selected members of each
 * document (see readSelectedMembers). A lone document is first read that
 * way without being parsed whole; when that reader gives up, or when
 * `accept` turns down what it read, the text is read as readJsonDocuments
 * does, which finds and locates any syntax error. Documents found by
 * scanning several are checked fully by the scanner before being read.
 */
export function readSelectedDocuments(
  text: string,
  selection: MemberSelection,
  accept: (document: Record<string, unknown>) => boolean,
): JsonDocument[] {
  const selected = readSelectedMembers(text, selection);
  if (selected !== undefined && accept(selected)) return [{ value: selected, offset: 0 }];
  return readJsonDocuments(text, selection);
}

function scanDocuments(text: string, selection: MemberSelection | undefined): JsonDocument[] {
  const documents: JsonDocument[] = [];
  let i = 0;
  for (;;) {
    i = skipBlank(text, i, true);
    if (i >= text.length) break;
    const first = text.charAt(i);
    if (first === "{") {
      const end = scanJsonValueEnd(text, i);
      documents.push({ value: parseScanned(text, i, end, selection), offset: i });
      i = skipBlank(text, end, false);
      if (i < text.length && text.charAt(i) !== "\n") {
        throw syntaxError(text, i, `unexpected ${JSON.stringify(text.charAt(i))} after the end of the JSON document`);
      }
    } else if (",}]\"".includes(first)) {
      throw syntaxError(text, i, `unexpected ${JSON.stringify(first)} outside a JSON document`);
    } else {
      const lineEnd = text.indexOf("\n", i);
      i = lineEnd === -1 ? text.length : lineEnd + 1;
    }
  }
  if (documents.length === 0) throw noDocumentError(text);
  return documents;
}

function skipBlank(text: string, from: number, acrossLines: boolean): number {
  let i = from;
  for (;;) {
    const c = text.charAt(i);
    if (c === " " || c === "\t" || c === "\r" || (acrossLines && c === "\n")) i++;
    else return i;
  }
}

function parseScanned(text: string, start: number, end: number, selection: MemberSelection | undefined): unknown {
  const document = text.slice(start, end);
  const selected = selection === undefined ? undefined : readSelectedMembers(document, selection);
  if (selected !== undefined) return selected;
  try {
    return JSON.parse(document);
  } catch {
    // The scanner accepted it, so only a disagreement between the two could land here.
    throw syntaxError(text, start, "JSON the parser rejects");
  }
}

function noDocumentError(text: string): PlanError {
  const start = skipBlank(text, 0, true);
  const firstLine = text.slice(start, start + 200).split("\n")[0] ?? "";
  const { line } = lineAndColumn(text, start);
  return new PlanError(
    `not JSON: no JSON object found (line ${line} starts with ${quote(firstLine, 40)}); ` +
      "expected the output of `terraform show -json <planfile>`",
    `line ${line}`,
  );
}
