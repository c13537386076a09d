const LINE_BREAKS = /[\r\n]+/g;
const BACKTICK_RUNS = /`+/g;

/**
 * A Markdown code span that stays one span whatever the text holds: values
 * come from plans (untrusted), so a backtick inside must not end the span early.
 */
export function code(raw: string): string {
  // An empty code span is not valid Markdown: show the empty string as JSON would.
  if (raw === "") return '`""`';
  const s = raw.includes("\n") || raw.includes("\r") ? raw.replace(LINE_BREAKS, " ") : raw;
  if (!s.includes("`")) return `\`${s}\``;
  let longest = 0;
  for (const run of s.match(BACKTICK_RUNS) ?? []) longest = Math.max(longest, run.length);
  const fence = "`".repeat(longest + 1);
  return `${fence} ${s} ${fence}`;
}

/** "a", "a and b", "a, b and c", "a, b, c, d and 3 more". */
export function listEn(items: readonly string[], limit = 4): string {
  const shown = items.slice(0, limit);
  const rest = items.length - shown.length;
  if (rest > 0) return `${shown.join(", ")} and ${rest} more`;
  if (shown.length <= 1) return shown[0] ?? "";
  return `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}`;
}

/** "a、b、c", "a、b、c、d ほか 3 件". */
export function listJa(items: readonly string[], limit = 4): string {
  const shown = items.slice(0, limit);
  const rest = items.length - shown.length;
  return rest > 0 ? `${shown.join("、")} ほか ${rest} 件` : shown.join("、");
}

/** Japanese script and full-width forms: U+3000-30FF, U+3400-9FFF, U+FF00-FFEF. */
function isJapanese(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x3000 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef);
}

/**
 * Joins Japanese sentence parts, putting a space between Latin text (values,
 * names, numbers) and Japanese, and none between Japanese parts:
 * ja("10.0.0.0/16", "から", "TCP 22", "への接続") → "10.0.0.0/16 から TCP 22 への接続".
 */
export function ja(...parts: string[]): string {
  let out = "";
  for (const part of parts) {
    if (part === "") continue;
    if (out !== "" && needsSpace(out.charAt(out.length - 1), part.charAt(0))) out += " ";
    out += part;
  }
  return out;
}

const FULL_WIDTH_PUNCTUATION = "（）「」『』、。：・";

function needsSpace(left: string, right: string): boolean {
  if (left === " " || right === " ") return false;
  // Full-width punctuation carries its own spacing.
  if (FULL_WIDTH_PUNCTUATION.includes(left) || FULL_WIDTH_PUNCTUATION.includes(right)) return false;
  return !(isJapanese(left) && isJapanese(right));
}
