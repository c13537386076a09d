import { gzipSync } from "node:zlib";

export interface TarSpec {
  path: string;
  /** "0" file, "5" directory, "2" symlink, "1" hard link, "3" char device, "x"/"g" pax headers. */
  type?: string;
  content?: string | Uint8Array;
  linkTarget?: string;
  mode?: number;
  /** The ustar prefix field: the entry's path is `<prefix>/<path>`. */
  prefix?: string;
}

/** A minimal ustar writer, so tests can build archives a normal tar would refuse to create. */
export function tarArchive(entries: TarSpec[]): Uint8Array {
  const blocks: Uint8Array[] = [];
  for (const entry of entries) {
    const data = typeof entry.content === "string" ? Buffer.from(entry.content) : (entry.content ?? new Uint8Array());
    blocks.push(header(entry, data.length));
    blocks.push(data);
    const padding = (512 - (data.length % 512)) % 512;
    blocks.push(new Uint8Array(padding));
  }
  blocks.push(new Uint8Array(1024));
  return Buffer.concat(blocks);
}

export function gzipTar(entries: TarSpec[]): Uint8Array {
  return gzipSync(tarArchive(entries));
}

/** A pax extended header that gives the next entry a long path. */
export function paxPath(path: string): TarSpec {
  const record = (length: number) => `${length} path=${path}\n`;
  let length = record(0).length;
  while (record(length).length !== length) length = record(length).length;
  return { path: "PaxHeader", type: "x", content: record(length) };
}

function header(entry: TarSpec, size: number): Uint8Array {
  const block = Buffer.alloc(512);
  block.write(entry.path.slice(0, 100), 0, "utf8");
  block.write(octal(entry.mode ?? 0o644, 8), 100);
  block.write(octal(0, 8), 108);
  block.write(octal(0, 8), 116);
  block.write(octal(size, 12), 124);
  block.write(octal(0, 12), 136);
  block.write(" ".repeat(8), 148);
  block.write(entry.type ?? "0", 156);
  block.write(entry.linkTarget ?? "", 157);
  block.write("ustar\u000000", 257, "latin1");
  block.write(entry.prefix ?? "", 345);
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, "0")}\u0000 `, 148, "latin1");
  return block;
}

function octal(value: number, width: number): string {
  return `${value.toString(8).padStart(width - 1, "0")}\u0000`;
}
