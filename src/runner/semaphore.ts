/**
 * A FIFO counting semaphore: at most `capacity` holders; waiters are served
 * in arrival order. A waiter whose signal aborts leaves the queue, so a
 * superseded plan never occupies a slot.
 */

export type Release = () => void;

interface Waiter {
  grant: (release: Release) => void;
}

export class Semaphore {
  private holders = 0;
  private readonly waiters: Waiter[] = [];

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
  }

  get active(): number {
    return this.holders;
  }

  get queueLength(): number {
    return this.waiters.length;
  }

  /** Resolves with a release function once a slot is free; rejects with the signal's reason if aborted first. */
  acquire(signal?: AbortSignal): Promise<Release> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.holders < this.capacity) {
      this.holders += 1;
      return Promise.resolve(this.releaseOnce());
    }
    return new Promise<Release>((resolve, reject) => {
      const onAbort = (): void => {
        const index = this.waiters.indexOf(waiter);
        if (index !== -1) this.waiters.splice(index, 1);
        reject(signal?.reason);
      };
      const waiter: Waiter = {
        grant: (release) => {
          signal?.removeEventListener("abort", onAbort);
          resolve(release);
        },
      };
      this.waiters.push(waiter);
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  }

  private releaseOnce(): Release {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiters.shift();
      // The slot passes straight to the next waiter, so the holder count is unchanged.
      if (next) next.grant(this.releaseOnce());
      else this.holders -= 1;
    };
  }
}
