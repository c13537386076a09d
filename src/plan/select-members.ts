/**
 * Which members of a JSON object to parse: `true` parses the member's value
 * whole, a nested selection parses only the chosen members of an object
 * value (any other value is parsed whole), and {@link KeepText} does the
 * same while also keeping the object's text. Members not named are skipped.
 */
export type MemberSelection = ReadonlyMap<string, true | MemberSelection | KeepText>;

/**
 * Parses the chosen members of an object value now and keeps the whole
 * object's JSON text (read it with {@link memberText}), for a part that is
 * seldom needed in full: the plan's `configuration` is parsed only when the
 * diagram is drawn.
 */
export interface KeepText {
  readonly keepText: MemberSelection;
}

/** Where the kept text of a {@link KeepText} member is stored on its (partly parsed) value. */
const MEMBER_TEXT = Symbol("the member's JSON text");

/**
 * The JSON text kept for a member read with {@link KeepText}, as UTF-8: a
 * copy, so that keeping it does not keep the whole input alive. Undefined
 * for a value read any other way (then it was parsed whole).
 */
export function memberText(value: Record<string, unknown>): Uint8Array | undefined {
  return (value as { [MEMBER_TEXT]?: Uint8Array })[MEMBER_TEXT];
}

/**
 * Reads a text holding exactly one JSON object, `JSON.parse`-ing only the
 * selected members and stepping over the others without building them: the
 * parts of a plan the model never reads (`prior_state`, most of
 * `planned_values`, `relevant_attributes`, ...) are as large as the parts it
 * reads.
 *
 * Undefined when the text is anything else (several documents, log lines,
 * not an object) or when anything in it is not well-formed as far as this
 * reader looks; the caller then reads the text the slow way, which finds
 * and locates the problem. The structure of the levels read (names, colons,
 * commas) and the selected members are checked fully, the latter by
 * `JSON.parse`. Inside the value of a skipped member this reader checks
 * that every string is closed, that brackets and braces pair up, that the
 * text does not end inside it, and that every character outside strings is
 * one JSON allows there (structure, whitespace, or part of a number or of
 * true/false/null); it does NOT check escape sequences or control
 * characters inside strings, the spelling of numbers and literals, or the
 * placement of commas and colons, so a skipped value with such damage is
 * read as if it were fine.
 */
export function readSelectedMembers(text: string, selection: MemberSelection): Record<string, unknown> | undefined {
  const start = skipWhitespace(text, 0);
  if (text.charCodeAt(start) !== OPEN_BRACE) return undefined;
  const read = readObject(text, start, selection);
  if (read === undefined || skipWhitespace(text, read.end) !== text.length) return undefined;
  return read.value;
}

interface Read {
  value: Record<string, unknown>;
  end: number;
}

/** The selected members of the object whose `{` is at `open`; undefined when it is not well-formed. */
function readObject(text: string, open: number, selection: MemberSelection): Read | undefined {
  const value: Record<string, unknown> = {};
  let i = skipWhitespace(text, open + 1);
  if (text.charCodeAt(i) === CLOSE_BRACE) return { value, end: i + 1 };
  for (;;) {
    if (text.charCodeAt(i) !== QUOTE) return undefined;
    const nameEnd = stringEnd(text, i);
    if (nameEnd < 0) return undefined;
    // The few names at the levels read are checked as JSON; names inside skipped members are not.
    const name = parseSlice(text, i, nameEnd);
    if (typeof name !== "string") return undefined;
    i = skipWhitespace(text, nameEnd);
    if (text.charCodeAt(i) !== COLON) return undefined;
    const valueStart = skipWhitespace(text, i + 1);
    const chosen = selection.get(name);
    const keepsText = chosen !== undefined && chosen !== true && isKeepText(chosen);
    const nestedSelection = chosen === undefined || chosen === true ? undefined : keepsText ? chosen.keepText : chosen;
    let valueEnd: number;
    if (nestedSelection !== undefined && text.charCodeAt(valueStart) === OPEN_BRACE) {
      const nested = readObject(text, valueStart, nestedSelection);
      if (nested === undefined) return undefined;
      valueEnd = nested.end;
      if (keepsText) keepText(nested.value, text.slice(valueStart, valueEnd));
      value[name] = nested.value;
    } else {
      valueEnd = skipValue(text, valueStart);
      if (valueEnd < 0) return undefined;
      if (chosen !== undefined) {
        const parsed = parseSlice(text, valueStart, valueEnd);
        if (parsed === INVALID) return undefined;
        // Only names from the selection are assigned, so never `__proto__`; a repeated name keeps the last value, as JSON.parse does.
        value[name] = parsed;
      }
    }
    i = skipWhitespace(text, valueEnd);
    const next = text.charCodeAt(i);
    if (next === CLOSE_BRACE) return { value, end: i + 1 };
    if (next !== COMMA) return undefined;
    i = skipWhitespace(text, i + 1);
  }
}

function isKeepText(chosen: MemberSelection | KeepText): chosen is KeepText {
  return Object.hasOwn(chosen, "keepText");
}

function keepText(value: Record<string, unknown>, text: string): void {
  Object.defineProperty(value, MEMBER_TEXT, { value: TEXT_ENCODER.encode(text), enumerable: false });
}

const TEXT_ENCODER = new TextEncoder();
const INVALID = Symbol("invalid JSON");

function parseSlice(text: string, start: number, end: number): unknown {
  try {
    return JSON.parse(text.slice(start, end));
  } catch {
    return INVALID;
  }
}

/** The end of the value starting at `start`, or -1. */
function skipValue(text: string, start: number): number {
  const c = text.charCodeAt(start);
  if (c === QUOTE) return stringEnd(text, start);
  if (c === OPEN_BRACE || c === OPEN_BRACKET) return containerEnd(text, start);
  let i = start;
  while (CLASS[text.charCodeAt(i)] === SCALAR) i++;
  return i === start ? -1 : i;
}

/**
 * The end of the object or array opening at `open`, or -1. The closers
 * expected are kept in an array rather than by recursion, so that deep
 * nesting cannot overflow the stack.
 */
function containerEnd(text: string, open: number): number {
  const closers: number[] = [];
  const length = text.length;
  let i = open;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      i = stringEnd(text, i);
      if (i < 0) return -1;
      continue;
    }
    switch (CLASS[c]) {
      case OPENER:
        closers.push(c === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET);
        break;
      case CLOSER:
        if (closers.pop() !== c) return -1;
        if (closers.length === 0) return i + 1;
        break;
      case SCALAR:
      case BLANK:
      case SEPARATOR:
        break;
      default:
        return -1;
    }
    i++;
  }
  return -1;
}

/** The end of the string whose opening quote is at `open` (just after its closing quote), or -1. */
function stringEnd(text: string, open: number): number {
  let from = open + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote < 0) return -1;
    // A quote after an odd number of backslashes is escaped.
    let before = quote - 1;
    while (text.charCodeAt(before) === BACKSLASH) before--;
    if ((quote - 1 - before) % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}

function skipWhitespace(text: string, from: number): number {
  let i = from;
  while (CLASS[text.charCodeAt(i)] === BLANK) i++;
  return i;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/** What a character outside strings can be; anything else (0) is not JSON. */
const BLANK = 1;
const SCALAR = 2;
const SEPARATOR = 3;
const OPENER = 4;
const CLOSER = 5;

/** Indexed by UTF-16 code unit, so that no read falls outside it (outside a string, non-ASCII is never JSON). */
const CLASS = new Uint8Array(0x10000);
for (const c of " \t\r\n") CLASS[c.charCodeAt(0)] = BLANK;
for (const c of "0123456789+-.eEtruefalsn") CLASS[c.charCodeAt(0)] = SCALAR;
for (const c of ",:") CLASS[c.charCodeAt(0)] = SEPARATOR;
for (const c of "{[") CLASS[c.charCodeAt(0)] = OPENER;
for (const c of "}]") CLASS[c.charCodeAt(0)] = CLOSER;
