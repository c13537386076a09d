/**
 * Bounded collectors for a subprocess's output: terraform can print megabytes
 * (a large plan's human-readable diff), and none of it may grow memory without bound.
 */

/** Keeps the last `limit` bytes; the log of a failure is at its end. */
export class TailBuffer {
  private chunks: Buffer[] = [];
  private size = 0;
  private dropped = false;

  constructor(private readonly limit: number) {}

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    // Compact only when well over the limit, so pushing stays amortised O(1).
    if (this.size > this.limit * 2) {
      const joined = Buffer.concat(this.chunks);
      this.chunks = [joined.subarray(joined.length - this.limit)];
      this.size = this.limit;
      this.dropped = true;
    }
  }

  /** The kept text; when output was dropped, starts at the first whole line so no cut-off fragment remains. */
  text(): string {
    const joined = Buffer.concat(this.chunks);
    const kept = joined.length > this.limit ? joined.subarray(joined.length - this.limit) : joined;
    const text = kept.toString("utf8");
    if (!this.dropped && kept.length === joined.length) return text;
    const firstNewline = text.indexOf("\n");
    return firstNewline === -1 ? "" : text.slice(firstNewline + 1);
  }
}

/** Keeps everything up to `limit` bytes; past that it only records the overflow. */
export class CappedBuffer {
  private chunks: Buffer[] = [];
  private size = 0;
  overflowed = false;

  constructor(private readonly limit: number) {}

  /** Returns false once the limit is exceeded. */
  push(chunk: Buffer): boolean {
    if (this.overflowed) return false;
    if (this.size + chunk.length > this.limit) {
      this.overflowed = true;
      this.chunks = [];
      return false;
    }
    this.chunks.push(chunk);
    this.size += chunk.length;
    return true;
  }

  bytes(): Uint8Array {
    return Buffer.concat(this.chunks);
  }
}
