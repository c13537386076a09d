/**
 * Bounded in-process queue for the slow part of a webhook (terraform, API
 * calls), so the HTTP delivery is acknowledged at once. Jobs with the same key
 * (one PR) run one after another, in arrival order, so two events on one PR
 * never interleave their comment edits; different keys run in parallel up to
 * `concurrency`. When `maxPending` jobs wait, new work is refused ("busy") and
 * the caller says so on the PR instead of growing memory without bound.
 */
export type EnqueueResult = "queued" | "busy";

interface Job {
  key: string;
  run: () => Promise<void>;
}

export class WorkQueue {
  private readonly waiting: Job[] = [];
  private readonly runningKeys = new Set<string>();
  private running = 0;
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly options: { concurrency: number; maxPending: number; onError: (key: string, error: unknown) => void },
  ) {}

  get pending(): number {
    return this.waiting.length;
  }

  get active(): number {
    return this.running;
  }

  enqueue(key: string, run: () => Promise<void>): EnqueueResult {
    if (this.waiting.length >= this.options.maxPending) return "busy";
    this.waiting.push({ key, run });
    this.pump();
    return "queued";
  }

  /** Resolves when nothing is running or waiting (tests and graceful shutdown). */
  onIdle(): Promise<void> {
    if (this.running === 0 && this.waiting.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private pump(): void {
    while (this.running < this.options.concurrency) {
      const index = this.waiting.findIndex((job) => !this.runningKeys.has(job.key));
      if (index === -1) break;
      const [job] = this.waiting.splice(index, 1);
      this.start(job!);
    }
    if (this.running === 0 && this.waiting.length === 0) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }

  private start(job: Job): void {
    this.running += 1;
    this.runningKeys.add(job.key);
    void job
      .run()
      .catch((error: unknown) => this.options.onError(job.key, error))
      .finally(() => {
        this.running -= 1;
        this.runningKeys.delete(job.key);
        this.pump();
      });
  }
}
