/**
 * JSON with line numbers, for `.tf.json` files: JSON.parse loses positions,
 * and source links need the line of each key. Returns undefined on invalid
 * JSON rather than throwing, since repository files are untrusted input.
 */

export type JsonNode =
  | { kind: "object"; members: JsonMember[]; startLine: number; endLine: number }
  | { kind: "array"; items: JsonNode[]; startLine: number; endLine: number }
  | { kind: "string"; value: string; startLine: number; endLine: number }
  | { kind: "scalar"; startLine: number; endLine: number };

export interface JsonMember {
  key: string;
  keyLine: number;
  value: JsonNode;
}

class InvalidJson extends Error {}

const MAX_DEPTH = 200;

class JsonScanner {
  private index = 0;
  private line = 1;

  constructor(private readonly text: string) {}

  document(): JsonNode {
    const node = this.value(0);
    this.skipWhitespace();
    if (this.index !== this.text.length) throw new InvalidJson();
    return node;
  }

  private value(depth: number): JsonNode {
    if (depth > MAX_DEPTH) throw new InvalidJson();
    this.skipWhitespace();
    const char = this.text[this.index];
    if (char === "{") return this.object(depth);
    if (char === "[") return this.array(depth);
    if (char === '"') {
      const startLine = this.line;
      return { kind: "string", value: this.string(), startLine, endLine: startLine };
    }
    const scalar = /^(?:true|false|null|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(this.text.slice(this.index, this.index + 64));
    if (!scalar) throw new InvalidJson();
    this.index += scalar[0].length;
    return { kind: "scalar", startLine: this.line, endLine: this.line };
  }

  private object(depth: number): JsonNode {
    const startLine = this.line;
    this.index += 1;
    const members: JsonMember[] = [];
    this.skipWhitespace();
    if (this.text[this.index] === "}") {
      this.index += 1;
      return { kind: "object", members, startLine, endLine: this.line };
    }
    for (;;) {
      this.skipWhitespace();
      if (this.text[this.index] !== '"') throw new InvalidJson();
      const keyLine = this.line;
      const key = this.string();
      this.skipWhitespace();
      this.expect(":");
      members.push({ key, keyLine, value: this.value(depth + 1) });
      this.skipWhitespace();
      if (this.text[this.index] === "}") {
        this.index += 1;
        return { kind: "object", members, startLine, endLine: this.line };
      }
      this.expect(",");
    }
  }

  private array(depth: number): JsonNode {
    const startLine = this.line;
    this.index += 1;
    const items: JsonNode[] = [];
    this.skipWhitespace();
    if (this.text[this.index] === "]") {
      this.index += 1;
      return { kind: "array", items, startLine, endLine: this.line };
    }
    for (;;) {
      items.push(this.value(depth + 1));
      this.skipWhitespace();
      if (this.text[this.index] === "]") {
        this.index += 1;
        return { kind: "array", items, startLine, endLine: this.line };
      }
      this.expect(",");
    }
  }

  private string(): string {
    const start = this.index;
    this.index += 1;
    while (this.index < this.text.length) {
      const char = this.text[this.index];
      if (char === "\\") this.index += 2;
      else if (char === '"') {
        this.index += 1;
        try {
          return JSON.parse(this.text.slice(start, this.index)) as string;
        } catch {
          throw new InvalidJson();
        }
      } else if (char === "\n") throw new InvalidJson();
      else this.index += 1;
    }
    throw new InvalidJson();
  }

  private expect(char: string): void {
    if (this.text[this.index] !== char) throw new InvalidJson();
    this.index += 1;
  }

  private skipWhitespace(): void {
    for (;;) {
      const char = this.text[this.index];
      if (char === "\n") this.line += 1;
      else if (char !== " " && char !== "\t" && char !== "\r" && char !== "\ufeff") return;
      this.index += 1;
    }
  }
}

export function scanJson(text: string): JsonNode | undefined {
  try {
    return new JsonScanner(text).document();
  } catch (error) {
    if (error instanceof InvalidJson) return undefined;
    throw error;
  }
}
