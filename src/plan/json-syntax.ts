import { PlanError } from "./errors.js";

/**
 * A strict JSON scanner that finds where the value starting at `start` ends,
 * or says exactly where and why the text is not JSON. `JSON.parse` does the
 * real parsing; this exists because its messages differ between Node versions,
 * sometimes quote the input (which may hold secrets) and carry no line numbers.
 * It keeps its own stack instead of recursing, so deep nesting cannot overflow.
 */
export function scanJsonValueEnd(text: string, start: number): number {
  return new JsonScanner(text).valueEnd(start);
}

/** 1-based line and column (in UTF-16 code units) of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** A PlanError for a syntax problem at an offset of the text. */
export function syntaxError(text: string, offset: number, problem: string): PlanError {
  const { line, column } = lineAndColumn(text, offset);
  const location = `line ${line} column ${column}`;
  return new PlanError(`not JSON: ${problem} at ${location}`, location);
}

const enum Expect {
  Value,
  ValueOrArrayEnd,
  Key,
  KeyOrObjectEnd,
  Colon,
  CommaOrEnd,
}

const JSON_NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const OBJECT = 1;
const ARRAY = 2;

class JsonScanner {
  constructor(private readonly text: string) {}

  valueEnd(start: number): number {
    const text = this.text;
    const containers: number[] = [];
    let expect = Expect.Value;
    let i = start;
    for (;;) {
      i = this.skipWhitespace(i);
      if (i >= text.length) throw syntaxError(text, i, "unexpected end of input (the document is cut short)");
      const c = text.charCodeAt(i);
      switch (expect) {
        case Expect.KeyOrObjectEnd:
        case Expect.Key:
          if (expect === Expect.KeyOrObjectEnd && c === 0x7d /* } */) {
            containers.pop();
            i++;
            if (containers.length === 0) return i;
            expect = Expect.CommaOrEnd;
            break;
          }
          if (c !== 0x22 /* " */) throw this.unexpected(i, "expected a property name in double quotes");
          i = this.stringEnd(i);
          expect = Expect.Colon;
          break;
        case Expect.Colon:
          if (c !== 0x3a /* : */) throw this.unexpected(i, "expected ':' after a property name");
          i++;
          expect = Expect.Value;
          break;
        case Expect.CommaOrEnd: {
          const container = containers[containers.length - 1];
          if (c === 0x2c /* , */) {
            i++;
            expect = container === OBJECT ? Expect.Key : Expect.Value;
            break;
          }
          if ((c === 0x7d && container === OBJECT) || (c === 0x5d /* ] */ && container === ARRAY)) {
            containers.pop();
            i++;
            if (containers.length === 0) return i;
            break;
          }
          throw this.unexpected(
            i,
            container === OBJECT ? "expected ',' or '}' after a property value" : "expected ',' or ']' after an array element",
          );
        }
        case Expect.ValueOrArrayEnd:
        case Expect.Value:
          if (expect === Expect.ValueOrArrayEnd && c === 0x5d) {
            containers.pop();
            i++;
            if (containers.length === 0) return i;
            expect = Expect.CommaOrEnd;
            break;
          }
          if (c === 0x7b /* { */) {
            containers.push(OBJECT);
            i++;
            expect = Expect.KeyOrObjectEnd;
            break;
          }
          if (c === 0x5b /* [ */) {
            containers.push(ARRAY);
            i++;
            expect = Expect.ValueOrArrayEnd;
            break;
          }
          i = this.scalarEnd(i, c);
          if (containers.length === 0) return i;
          expect = Expect.CommaOrEnd;
          break;
      }
    }
  }

  private skipWhitespace(i: number): number {
    const text = this.text;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else return i;
    }
  }

  private scalarEnd(i: number, c: number): number {
    if (c === 0x22) return this.stringEnd(i);
    if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39)) return this.numberEnd(i);
    for (const literal of ["true", "false", "null"]) {
      if (this.text.startsWith(literal, i)) return i + literal.length;
    }
    throw this.unexpected(i, "expected a value");
  }

  private stringEnd(openingQuote: number): number {
    const text = this.text;
    for (let i = openingQuote + 1; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x22) return i + 1;
      if (c < 0x20) throw syntaxError(text, i, "control character inside a string (a string is not closed?)");
      if (c === 0x5c /* \ */) {
        const escaped = text.charCodeAt(i + 1);
        if (escaped === 0x75 /* u */) {
          if (!/^[0-9A-Fa-f]{4}$/.test(text.slice(i + 2, i + 6))) throw syntaxError(text, i, "invalid \\u escape");
          i += 5;
        } else if (i + 1 < text.length && '"\\/bfnrt'.includes(text.charAt(i + 1))) {
          i += 1;
        } else {
          throw syntaxError(text, i, "invalid escape in a string");
        }
      }
    }
    throw syntaxError(text, openingQuote, "string never closed");
  }

  private numberEnd(start: number): number {
    JSON_NUMBER.lastIndex = start;
    if (!JSON_NUMBER.test(this.text)) throw this.unexpected(start, "invalid number");
    return JSON_NUMBER.lastIndex;
  }

  private unexpected(i: number, expectation: string): PlanError {
    const found = this.text.charAt(i);
    return syntaxError(this.text, i, `unexpected ${JSON.stringify(found)}, ${expectation}`);
  }
}
