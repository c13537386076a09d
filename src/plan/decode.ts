import { PlanError } from "./errors.js";

/**
 * Turns what users feed us into text: UTF-8 (with or without a byte-order
 * mark) or UTF-16 LE/BE, which is what PowerShell's `>` redirection writes.
 */
export function decodePlanInput(input: string | Uint8Array): string {
  const text = typeof input === "string" ? stripBom(input) : decodeBytes(input);
  if (text.trim() === "") throw new PlanError("input is empty: expected the output of `terraform show -json`");
  return text;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function decodeBytes(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeUtf8(bytes.subarray(3), 3);
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes.subarray(2), "LE");
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes.subarray(2), "BE");
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    throw new PlanError(
      "input is a binary plan file (zip), not JSON: pass the output of `terraform show -json <planfile>`",
    );
  }
  // A JSON document starts with ASCII, so a zero byte beside the first character
  // means UTF-16 saved without a byte-order mark.
  if (bytes.length >= 2 && bytes[0] !== 0 && bytes[1] === 0) return decodeUtf16(bytes, "LE");
  if (bytes.length >= 2 && bytes[0] === 0 && bytes[1] !== 0) return decodeUtf16(bytes, "BE");
  return decodeUtf8(bytes, 0);
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const utf16le = new TextDecoder("utf-16le", { fatal: true, ignoreBOM: true });

function decodeUtf8(bytes: Uint8Array, offsetInInput: number): string {
  try {
    return utf8.decode(bytes);
  } catch {
    const bad = findInvalidUtf8(bytes);
    const line = 1 + countNewlines(bytes, bad);
    throw new PlanError(
      `not UTF-8: invalid byte 0x${(bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, "0")} ` +
        `at line ${line} (byte offset ${bad + offsetInInput}); save the plan as UTF-8 or as UTF-16 with a byte-order mark`,
      `line ${line}`,
    );
  }
}

function decodeUtf16(bytes: Uint8Array, order: "LE" | "BE"): string {
  let littleEndian = bytes;
  if (order === "BE") {
    littleEndian = new Uint8Array(bytes.length);
    for (let i = 0; i + 1 < bytes.length; i += 2) {
      littleEndian[i] = bytes[i + 1] ?? 0;
      littleEndian[i + 1] = bytes[i] ?? 0;
    }
  }
  if (littleEndian.length % 2 !== 0) {
    throw new PlanError(`not UTF-16${order}: the input has an odd number of bytes (${bytes.length}), so it is cut short or not UTF-16`);
  }
  try {
    return stripBom(utf16le.decode(littleEndian));
  } catch {
    throw new PlanError(`not UTF-16${order}: the input holds an unpaired surrogate, so it is damaged or not UTF-16`);
  }
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function findInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    const sequence = utf8SequenceShape(lead);
    if (sequence === undefined) return i;
    const second = bytes[i + 1];
    if (second === undefined || second < sequence.secondMin || second > sequence.secondMax) return i;
    for (let k = 2; k <= sequence.continuationBytes; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    i += sequence.continuationBytes + 1;
  }
  return bytes.length;
}

/** RFC 3629 table 3-7: the allowed range of the second byte excludes overlongs and surrogates. */
function utf8SequenceShape(lead: number): { continuationBytes: number; secondMin: number; secondMax: number } | undefined {
  if (lead >= 0xc2 && lead <= 0xdf) return { continuationBytes: 1, secondMin: 0x80, secondMax: 0xbf };
  if (lead === 0xe0) return { continuationBytes: 2, secondMin: 0xa0, secondMax: 0xbf };
  if (lead === 0xed) return { continuationBytes: 2, secondMin: 0x80, secondMax: 0x9f };
  if (lead >= 0xe1 && lead <= 0xef) return { continuationBytes: 2, secondMin: 0x80, secondMax: 0xbf };
  if (lead === 0xf0) return { continuationBytes: 3, secondMin: 0x90, secondMax: 0xbf };
  if (lead === 0xf4) return { continuationBytes: 3, secondMin: 0x80, secondMax: 0x8f };
  if (lead >= 0xf1 && lead <= 0xf3) return { continuationBytes: 3, secondMin: 0x80, secondMax: 0xbf };
  return undefined;
}

function countNewlines(bytes: Uint8Array, end: number): number {
  let count = 0;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) count++;
  return count;
}
