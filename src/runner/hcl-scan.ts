/**
 * A small structural scanner for HCL native syntax (`.tf` files). It is not a
 * parser: it only finds blocks (type, labels, line range) and attributes whose
 * value is a plain string literal, which is all that root discovery and source
 * location need. It stays correct across the constructs that break naive
 * brace counting: comments, strings with escapes, `${...}` / `%{...}`
 * templates containing braces and nested strings, and heredocs. It never
 * throws: unbalanced input yields blocks that end at the last line.
 */

export interface HclAttribute {
  name: string;
  line: number;
  /** The value when it is a single string literal without template sequences. */
  stringValue?: string;
}

export interface HclBlock {
  type: string;
  labels: string[];
  startLine: number;
  endLine: number;
  body: HclBody;
}

export interface HclBody {
  attributes: HclAttribute[];
  blocks: HclBlock[];
}

type Token =
  | { kind: "ident"; text: string; line: number }
  | { kind: "string"; literal: string | undefined; line: number }
  | { kind: "newline"; line: number }
  | { kind: "open" | "close"; text: string; line: number }
  | { kind: "equals"; line: number }
  | { kind: "other"; line: number };

const OPENERS = "{[(";
const CLOSERS = "}])";
// Sticky: they match at `lastIndex` only, without slicing the text.
const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_-]*/y;
const HEREDOC_OPENER = /<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t\r]*\n/y;

class Lexer {
  private index = 0;
  private line = 1;

  constructor(private readonly text: string) {}

  tokens(): Token[] {
    const out: Token[] = [];
    for (let token = this.next(); token; token = this.next()) out.push(token);
    return out;
  }

  private next(): Token | undefined {
    this.skipBlanksAndComments();
    const text = this.text;
    if (this.index >= text.length) return undefined;
    const char = text[this.index] as string;
    const line = this.line;

    if (char === "\n") {
      this.index += 1;
      this.line += 1;
      return { kind: "newline", line };
    }
    if (char === '"') return { kind: "string", literal: this.quotedString(), line };
    if (char === "<" && text[this.index + 1] === "<" && this.heredoc()) {
      return { kind: "string", literal: undefined, line };
    }
    if (OPENERS.includes(char) || CLOSERS.includes(char)) {
      this.index += 1;
      return { kind: OPENERS.includes(char) ? "open" : "close", text: char, line };
    }
    if (char === "=" && text[this.index + 1] !== "=" && text[this.index + 1] !== ">") {
      this.index += 1;
      return { kind: "equals", line };
    }
    IDENTIFIER.lastIndex = this.index;
    const identifier = IDENTIFIER.exec(text);
    if (identifier) {
      this.index += identifier[0].length;
      return { kind: "ident", text: identifier[0], line };
    }
    // `==`, `!=`, `<=`, `>=` and `=>` are consumed whole so that their `=` is never taken for an assignment.
    const second = text[this.index + 1];
    this.index += second === "=" || (char === "=" && second === ">") ? 2 : 1;
    return { kind: "other", line };
  }

  private skipBlanksAndComments(): void {
    const text = this.text;
    while (this.index < text.length) {
      const char = text[this.index];
      if (char === " " || char === "\t" || char === "\r" || char === "\ufeff") {
        this.index += 1;
      } else if (char === "#" || (char === "/" && text[this.index + 1] === "/")) {
        // A line comment ends before its newline, which still separates statements.
        const end = text.indexOf("\n", this.index);
        this.index = end === -1 ? text.length : end;
      } else if (char === "/" && text[this.index + 1] === "*") {
        const end = text.indexOf("*/", this.index + 2);
        const stop = end === -1 ? text.length : end + 2;
        this.countLines(this.index, stop);
        this.index = stop;
      } else {
        return;
      }
    }
  }

  /** Consumes a quoted string; returns its value, or undefined when it holds a template sequence. */
  private quotedString(): string | undefined {
    const text = this.text;
    this.index += 1;
    let value = "";
    let templated = false;
    while (this.index < text.length) {
      const char = text[this.index] as string;
      if (char === '"') {
        this.index += 1;
        return templated ? undefined : value;
      }
      if (char === "\n") return undefined; // unterminated: stop at the line end instead of eating the file
      if (char === "\\") {
        value += unescape(text[this.index + 1] ?? "");
        this.index += 2;
        continue;
      }
      if ((char === "$" || char === "%") && text[this.index + 1] === char && text[this.index + 2] === "{") {
        value += `${char}{`; // `$${` and `%%{` are escaped, literal template openers
        this.index += 3;
        continue;
      }
      if ((char === "$" || char === "%") && text[this.index + 1] === "{") {
        templated = true;
        this.index += 2;
        this.skipTemplateSequence();
        continue;
      }
      value += char;
      this.index += 1;
    }
    return undefined;
  }

  /** Skips a template sequence body up to its closing brace, honouring nested strings and braces. */
  private skipTemplateSequence(): void {
    let depth = 0;
    for (let token = this.next(); token; token = this.next()) {
      if (token.kind === "open" && token.text === "{") depth += 1;
      if (token.kind === "close" && token.text === "}") {
        if (depth === 0) return;
        depth -= 1;
      }
    }
  }

  /** Consumes `<<EOF` / `<<-EOF` and the lines up to the closing marker; false when this is not a heredoc. */
  private heredoc(): boolean {
    const text = this.text;
    HEREDOC_OPENER.lastIndex = this.index;
    const opener = HEREDOC_OPENER.exec(text);
    if (!opener) return false;
    const marker = opener[1] as string;
    this.index += opener[0].length;
    this.line += 1;
    while (this.index < text.length) {
      const lineEnd = text.indexOf("\n", this.index);
      const stop = lineEnd === -1 ? text.length : lineEnd;
      const content = text.slice(this.index, stop).trim();
      if (content === marker) {
        this.index = stop; // the newline after the marker ends the attribute
        return true;
      }
      this.index = stop === text.length ? stop : stop + 1;
      if (stop !== text.length) this.line += 1;
    }
    return true;
  }

  private countLines(from: number, to: number): void {
    for (let i = from; i < to; i += 1) if (this.text[i] === "\n") this.line += 1;
  }
}

const ESCAPES: Record<string, string> = { n: "\n", r: "\r", t: "\t", '"': '"', "\\": "\\" };

function unescape(char: string): string {
  return ESCAPES[char] ?? char;
}

class BodyParser {
  private position = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly lastLine: number,
  ) {}

  parseFile(): HclBody {
    const body: HclBody = { attributes: [], blocks: [] };
    while (this.position < this.tokens.length) {
      this.parseStatements(body);
      this.position += 1; // a stray closing bracket at top level
    }
    return body;
  }

  /** Parses statements until a closing brace of this body (left unconsumed) or the end. */
  private parseStatements(body: HclBody): void {
    for (;;) {
      const token = this.tokens[this.position];
      if (!token) return;
      if (token.kind === "newline") {
        this.position += 1;
        continue;
      }
      if (token.kind === "close") return;
      if (token.kind !== "ident") {
        this.skipStatement();
        continue;
      }
      const following = this.tokens[this.position + 1];
      if (following?.kind === "equals") {
        body.attributes.push(this.parseAttribute(token.text, token.line));
      } else {
        const block = this.parseBlock(token.text, token.line);
        if (block) body.blocks.push(block);
      }
    }
  }

  private parseAttribute(name: string, line: number): HclAttribute {
    this.position += 2;
    const valueStart = this.position;
    const first = this.tokens[valueStart];
    const valueEnd = this.skipStatement();
    const attribute: HclAttribute = { name, line };
    if (valueEnd - valueStart === 1 && first?.kind === "string" && first.literal !== undefined) {
      attribute.stringValue = first.literal;
    }
    return attribute;
  }

  private parseBlock(type: string, startLine: number): HclBlock | undefined {
    this.position += 1;
    const labels: string[] = [];
    for (;;) {
      const token = this.tokens[this.position];
      if (token?.kind === "string") labels.push(token.literal ?? "");
      else if (token?.kind === "ident") labels.push(token.text);
      else break;
      this.position += 1;
    }
    const opener = this.tokens[this.position];
    if (opener?.kind !== "open" || opener.text !== "{") {
      this.skipStatement();
      return undefined;
    }
    this.position += 1;
    const body: HclBody = { attributes: [], blocks: [] };
    this.parseStatements(body);
    const closer = this.tokens[this.position];
    if (closer) this.position += 1;
    return { type, labels, startLine, endLine: closer ? closer.line : this.lastLine, body };
  }

  /**
   * Skips to the end of the current statement (a newline outside brackets), or
   * to the closing brace of the enclosing body. Returns the position reached.
   */
  private skipStatement(): number {
    let depth = 0;
    for (;;) {
      const token = this.tokens[this.position];
      if (!token) return this.position;
      if (token.kind === "newline" && depth === 0) return this.position;
      if (token.kind === "open") depth += 1;
      if (token.kind === "close") {
        if (depth === 0) return this.position;
        depth -= 1;
      }
      this.position += 1;
    }
  }
}

export function scanHcl(text: string): HclBody {
  const tokens = new Lexer(text).tokens();
  const lastLine = text.split("\n").length;
  return new BodyParser(tokens, lastLine).parseFile();
}
