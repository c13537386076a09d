import { Semaphore } from "../../src/runner/semaphore.js";

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("Semaphore", () => {
  it("grants up to capacity at once and queues the rest in FIFO order", async () => {
    const semaphore = new Semaphore(2);
    const order: string[] = [];
    const first = await semaphore.acquire();
    const second = await semaphore.acquire();
    const waiting = ["a", "b", "c"].map((name) => semaphore.acquire().then((release) => (order.push(name), release)));
    expect([semaphore.active, semaphore.queueLength]).toEqual([2, 3]);

    first();
    await tick();
    expect(order).toEqual(["a"]);
    second();
    second(); // releasing twice frees one slot only
    await tick();
    expect(order).toEqual(["a", "b"]);
    expect([semaphore.active, semaphore.queueLength]).toEqual([2, 1]);

    for (const release of await Promise.all(waiting.slice(0, 2))) release();
    await tick();
    expect(order).toEqual(["a", "b", "c"]);
    (await waiting[2])?.();
    expect([semaphore.active, semaphore.queueLength]).toEqual([0, 0]);
  });

  it("removes an aborted waiter from the queue and rejects with the abort reason", async () => {
    const semaphore = new Semaphore(1);
    const held = await semaphore.acquire();
    const controller = new AbortController();
    const aborted = semaphore.acquire(controller.signal);
    const next = semaphore.acquire();
    controller.abort("superseded");
    await expect(aborted).rejects.toBe("superseded");
    expect(semaphore.queueLength).toBe(1);
    held();
    (await next)();
    expect(semaphore.active).toBe(0);
    await expect(semaphore.acquire(controller.signal)).rejects.toBe("superseded");
  });

  it("rejects a capacity that is not a positive integer", () => {
    expect(() => new Semaphore(0)).toThrow(RangeError);
    expect(() => new Semaphore(1.5)).toThrow(RangeError);
  });
});
