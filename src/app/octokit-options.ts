import { ProbotOctokit } from "probot";

/** Probot types the Octokit options loosely; these are the parts used here. */
type OctokitOptions = Record<string, unknown> & {
  throttle?: Record<string, unknown>;
  request?: Record<string, unknown> & { fetch?: typeof fetch };
};
type LimitHandler = (
  retryAfter: number,
  request: { method: string; url: string },
  octokit: { log: { warn(message: string): void; error(message: string): void } },
  retryCount: number,
) => boolean;

/**
 * How the app's GitHub client retries. Production uses the defaults; tests
 * pass tiny delays so that the same retry paths run in milliseconds.
 */
export interface GitHubClientTuning {
  /** Retries of a request answered 5xx (or lost on the network). Default 3. */
  retries?: number;
  /** Backoff unit of those retries: waits 1×, 4×, 9× this. Default 1000 ms. */
  retryBaseMs?: number;
  /** Retries after a rate limit (primary, or secondary 403/429) before the error reaches the handler. Default 2. */
  rateLimitRetries?: number;
  /** A rate limit that asks to wait longer than this is not waited for: the job fails and says so. Default 60 s. */
  maxRateLimitWaitSeconds?: number;
  /** Length of one second of `retry-after`. Default 1000 ms. */
  retryAfterUnitMs?: number;
  /** A request GitHub has not answered in this long is abandoned (and retried like a 5xx). Default 30 s. */
  requestTimeoutMs?: number;
  /**
   * Bottleneck groups that pace writes (the throttling plugin's defaults: one
   * write per second, one notifying write per 3 s, process-wide, as GitHub
   * asks of integrations). Tests pass unpaced groups.
   */
  pacing?: { write?: unknown; notifications?: unknown };
}

/**
 * Probot's Octokit with bounded retries, for `run(app, { Octokit })` and tests.
 * Probot already bundles @octokit/plugin-retry and @octokit/plugin-throttling;
 * this only configures them. The split of work between the two plugins:
 * - 5xx and network failures: plugin-retry, quadratic backoff, `retries` times.
 * - 403/429 rate limits: plugin-throttling honours `retry-after` (or the reset
 *   time), at most `rateLimitRetries` times and never for longer than
 *   `maxRateLimitWaitSeconds`; 429 is kept away from plugin-retry so the two
 *   never retry the same answer.
 * Every request is bounded in time too (fetch has no timeout of its own), so
 * a job never holds its queue slot for longer than its retries allow.
 * When retries run out the error reaches the handler, which reports it
 * (a failed check run, a logged error) instead of waiting forever.
 */
export function infraCoachOctokit(tuning: GitHubClientTuning = {}): typeof ProbotOctokit {
  return ProbotOctokit.defaults(githubClientOptions(tuning));
}

export function githubClientOptions(tuning: GitHubClientTuning = {}): (instance: OctokitOptions) => OctokitOptions {
  const rateLimitRetries = tuning.rateLimitRetries ?? 2;
  const maxWait = tuning.maxRateLimitWaitSeconds ?? 60;
  const limitHandler =
    (kind: string): LimitHandler =>
    (retryAfter, request, octokit, retryCount) => {
      const what = `${kind} on ${request.method} ${request.url}`;
      if (retryCount < rateLimitRetries && retryAfter <= maxWait) {
        octokit.log.warn(`GitHub ${what}: retry ${retryCount + 1} of ${rateLimitRetries} in ${retryAfter} s`);
        return true;
      }
      const why = retryAfter > maxWait ? `it asks to wait ${retryAfter} s (more than ${maxWait} s)` : `${rateLimitRetries} retries did not help`;
      octokit.log.error(`GitHub ${what}: giving up, ${why}`);
      return false;
    };
  const timeoutMs = tuning.requestTimeoutMs ?? 30_000;
  return (instance) => ({
    ...instance,
    request: { ...instance.request, fetch: withTimeout(timeoutMs, instance.request?.fetch) },
    retry: {
      retries: tuning.retries ?? 3,
      retryAfterBaseValue: tuning.retryBaseMs ?? 1000,
      doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
    },
    throttle: {
      // Keeps what Probot put there (a Redis connection for clustering, when configured).
      ...instance.throttle,
      ...tuning.pacing,
      enabled: true,
      retryAfterBaseValue: tuning.retryAfterUnitMs ?? 1000,
      onRateLimit: limitHandler("rate limit"),
      onSecondaryRateLimit: limitHandler("secondary rate limit"),
    },
  });
}

/**
 * fetch (Probot's, when it was given one) that gives up after `timeoutMs`,
 * keeping any signal the caller passed. A timeout is a TimeoutError, which
 * Octokit turns into a retryable 500 (an AbortError it would not retry).
 */
function withTimeout(timeoutMs: number, base: typeof fetch | undefined): typeof fetch {
  return (input, init) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    return (base ?? globalThis.fetch)(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout });
  };
}
