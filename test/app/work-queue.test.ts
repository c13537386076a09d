import { WorkQueue } from "../../src/app/work-queue.js";

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe("WorkQueue", () => {
  it("runs jobs of one key in order, never two at once", async () => {
    const queue = new WorkQueue({ concurrency: 4, maxPending: 10, onError: () => {} });
    const events: string[] = [];
    const first = deferred();
    queue.enqueue("pr-1", async () => {
      events.push("a-start");
      await first.promise;
      events.push("a-end");
    });
    queue.enqueue("pr-1", async () => {
      events.push("b-start");
    });
    queue.enqueue("pr-2", async () => {
      events.push("c");
    });
    await new Promise((r) => setImmediate(r));
    expect(events).toEqual(["a-start", "c"]);
    first.resolve();
    await queue.onIdle();
    expect(events).toEqual(["a-start", "c", "a-end", "b-start"]);
  });

  it("caps concurrency across keys", async () => {
    const queue = new WorkQueue({ concurrency: 2, maxPending: 100, onError: () => {} });
    let now = 0;
    let peak = 0;
    for (let i = 0; i < 20; i++) {
      queue.enqueue(`pr-${i}`, async () => {
        now += 1;
        peak = Math.max(peak, now);
        await new Promise((r) => setTimeout(r, 2));
        now -= 1;
      });
    }
    await queue.onIdle();
    expect(peak).toBe(2);
  });

  it("refuses work beyond maxPending and reports job errors", async () => {
    const errors: string[] = [];
    const queue = new WorkQueue({ concurrency: 1, maxPending: 2, onError: (key) => errors.push(key) });
    const gate = deferred();
    expect(queue.enqueue("a", () => gate.promise)).toBe("queued");
    expect(queue.enqueue("b", async () => {
      throw new Error("boom");
    })).toBe("queued");
    expect(queue.enqueue("c", async () => {})).toBe("queued");
    expect(queue.enqueue("d", async () => {})).toBe("busy");
    gate.resolve();
    await queue.onIdle();
    expect(errors).toEqual(["b"]);
  });
});
