/**
 * Reads the entries of an uncompressed tar archive (ustar, pax and GNU long
 * names: what `git archive`, and so GitHub's tarball endpoint, produces). It
 * only decodes; deciding what is safe to write is the caller's job.
 */

export type TarEntryType = "file" | "directory" | "symlink" | "hardlink" | "device" | "other";

export interface TarEntry {
  path: string;
  type: TarEntryType;
  mode: number;
  /** Symlink or hard link target. */
  linkTarget: string;
  /** File content (a view into the archive). */
  data: Uint8Array;
}

export class TarFormatError extends Error {}

const BLOCK = 512;
const decoder = new TextDecoder("utf-8");

export function* readTarEntries(archive: Uint8Array): Generator<TarEntry> {
  let offset = 0;
  let pending: { path?: string; linkTarget?: string; size?: number } = {};
  while (offset + BLOCK <= archive.length) {
    const header = archive.subarray(offset, offset + BLOCK);
    if (header.every((byte) => byte === 0)) return;
    verifyChecksum(header, offset);
    const typeFlag = String.fromCharCode(header[156] ?? 0);
    const isMetadata = "xLKg".includes(typeFlag);
    const headerSize = readNumber(header.subarray(124, 136), offset);
    const size = isMetadata ? headerSize : (pending.size ?? headerSize);
    const dataStart = offset + BLOCK;
    const dataEnd = dataStart + size;
    if (dataEnd > archive.length) throw new TarFormatError(`entry at byte ${offset} runs past the end of the archive`);
    const data = archive.subarray(dataStart, dataEnd);
    offset = dataStart + Math.ceil(size / BLOCK) * BLOCK;

    if (typeFlag === "x") {
      pending = { ...pending, ...readPaxRecords(data) };
      continue;
    }
    if (typeFlag === "L" || typeFlag === "K") {
      const name = readString(data, 0, data.length);
      pending = typeFlag === "L" ? { ...pending, path: name } : { ...pending, linkTarget: name };
      continue;
    }
    if (typeFlag === "g") continue; // pax global header: GitHub puts the commit id there, nothing to extract

    const magic = readString(header, 257, 6);
    const name = readString(header, 0, 100);
    // Only POSIX ustar has a prefix field; the old GNU format keeps other data at that offset.
    const prefix = magic === "ustar" ? readString(header, 345, 155) : "";
    yield {
      path: pending.path ?? (prefix ? `${prefix}/${name}` : name),
      type: entryType(typeFlag),
      mode: readNumber(header.subarray(100, 108), offset),
      linkTarget: pending.linkTarget ?? readString(header, 157, 100),
      data,
    };
    pending = {};
  }
}

function entryType(flag: string): TarEntryType {
  switch (flag) {
    case "0":
    case "\0":
    case "7": // contiguous file: a regular file everywhere that matters
      return "file";
    case "5":
      return "directory";
    case "2":
      return "symlink";
    case "1":
      return "hardlink";
    case "3":
    case "4":
    case "6":
      return "device"; // character device, block device, FIFO
    default:
      return "other";
  }
}

function readString(bytes: Uint8Array, start: number, length: number): string {
  const field = bytes.subarray(start, start + length);
  const end = field.indexOf(0);
  return decoder.decode(end === -1 ? field : field.subarray(0, end));
}

/** Octal text, or GNU base-256 when the high bit of the first byte is set. */
function readNumber(field: Uint8Array, offset: number): number {
  if (((field[0] ?? 0) & 0x80) !== 0) {
    let value = (field[0] ?? 0) & 0x7f;
    for (const byte of field.subarray(1)) value = value * 256 + byte;
    if (!Number.isSafeInteger(value)) throw new TarFormatError(`bad number in header at byte ${offset}`);
    return value;
  }
  const text = decoder.decode(field).replace(/\0.*$/s, "").trim();
  if (text === "") return 0;
  if (!/^[0-7]+$/.test(text)) throw new TarFormatError(`bad number in header at byte ${offset}`);
  return parseInt(text, 8);
}

function verifyChecksum(header: Uint8Array, offset: number): void {
  const expected = readNumber(header.subarray(148, 156), offset);
  let sum = 0;
  header.forEach((byte, index) => {
    sum += index >= 148 && index < 156 ? 0x20 : byte;
  });
  if (sum !== expected) throw new TarFormatError(`bad header checksum at byte ${offset}`);
}

/** Pax extended header records: `<length> <key>=<value>\n`, the length counting the whole record. */
function readPaxRecords(data: Uint8Array): { path?: string; linkTarget?: string; size?: number } {
  const result: { path?: string; linkTarget?: string; size?: number } = {};
  let position = 0;
  while (position < data.length) {
    const space = data.indexOf(0x20, position);
    if (space === -1) break;
    const length = Number(decoder.decode(data.subarray(position, space)));
    if (!Number.isInteger(length) || length <= space - position || position + length > data.length) {
      throw new TarFormatError("bad pax record");
    }
    const record = decoder.decode(data.subarray(space + 1, position + length - 1));
    const equals = record.indexOf("=");
    const key = record.slice(0, equals);
    const value = record.slice(equals + 1);
    if (key === "path") result.path = value;
    else if (key === "linkpath") result.linkTarget = value;
    else if (key === "size") {
      const size = Number(value);
      if (!Number.isSafeInteger(size) || size < 0) throw new TarFormatError("bad pax size");
      result.size = size;
    }
    position += length;
  }
  return result;
}
