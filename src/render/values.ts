import type { Lang } from "../explain/types.js";
import { Sensitive, Unknown, type Value } from "../plan/model.js";
import { messages } from "./i18n.js";
import { truncate } from "./escape.js";

/**
 * A plan value as short plain text (JSON-like), at most `maxLength` long.
 * Work stops once the budget is spent, so a huge value (a 1 MB policy
 * document) costs no more than a small one. Masked values stay masked: the
 * model no longer holds what they were.
 */
export function formatValue(value: Value | undefined, lang: Lang, maxLength: number): string {
  const text = messages(lang);
  if (value === undefined) return text.absent;
  if (value instanceof Unknown) return text.knownAfterApply;
  if (value instanceof Sensitive) return text.sensitive;
  const writer = new BoundedWriter(maxLength + 1);
  writeValue(value, writer, text.knownAfterApply, text.sensitive);
  return truncate(writer.text, maxLength);
}

class BoundedWriter {
  text = "";
  constructor(private readonly limit: number) {}
  get full(): boolean {
    return this.text.length >= this.limit;
  }
  write(part: string): void {
    if (!this.full) this.text += part.length > this.limit ? part.slice(0, this.limit) : part;
  }
}

function writeValue(value: Value, writer: BoundedWriter, unknown: string, sensitive: string): void {
  if (writer.full) return;
  if (value instanceof Unknown) return writer.write(unknown);
  if (value instanceof Sensitive) return writer.write(sensitive);
  if (value === null || typeof value !== "object") return writer.write(JSON.stringify(value));
  if (Array.isArray(value)) {
    writer.write("[");
    for (let index = 0; index < value.length && !writer.full; index++) {
      if (index > 0) writer.write(", ");
      writeValue(value[index] as Value, writer, unknown, sensitive);
    }
    return writer.write("]");
  }
  writer.write("{");
  let first = true;
  for (const key in value) {
    if (writer.full) return;
    if (!first) writer.write(", ");
    first = false;
    writer.write(`${JSON.stringify(key)}: `);
    writeValue(value[key] as Value, writer, unknown, sensitive);
  }
  writer.write("}");
}
