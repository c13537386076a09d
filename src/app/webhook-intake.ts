import type { IncomingMessage, ServerResponse } from "node:http";
import type { Probot } from "probot";
import { WorkQueue } from "./work-queue.js";

/** GitHub caps webhook payloads at 25 MB. */
const MAX_BODY_BYTES = 25 * 1024 * 1024;
const JSON_TYPE = /^\s*application\/json\s*(;|$)/i;

export interface IntakeOptions {
  /** Deliveries whose handlers run at once (those of one PR always one after another). */
  concurrency: number;
  /** Deliveries accepted and waiting; one more is refused with 503 "busy". */
  maxPending: number;
  /** Default Probot's: /api/github/webhooks. */
  path?: string;
  maxBodyBytes?: number;
}

export interface WebhookIntake {
  /** A node:http handler: true when it answered (the webhook path), false for any other path. */
  handle(request: IncomingMessage, response: ServerResponse): Promise<boolean>;
  queue: WorkQueue;
}

/**
 * Webhook intake that acknowledges a delivery as soon as it is verified and
 * queued, instead of after every handler finished (Probot's own middleware
 * answers only when the handlers are done, so each GitHub call a handler
 * makes before queueing its work is paid for by GitHub's 10 s delivery
 * timeout). Handlers then run from a bounded queue; when it is full the
 * delivery is refused with 503 and Retry-After, so GitHub records it as
 * failed (and it can be redelivered) rather than the process growing.
 */
export async function createWebhookIntake(probot: Probot, options: IntakeOptions): Promise<WebhookIntake> {
  await probot.ready();
  const path = options.path ?? probot.webhookPath;
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const log = probot.log.child({ name: "intake" });
  const queue = new WorkQueue({
    concurrency: options.concurrency,
    maxPending: options.maxPending,
    onError: (key, error) => log.error({ err: error, key }, "delivery could not be handled"),
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
    if (new URL(request.url ?? "/", "http://localhost").pathname !== path) return false;
    if (request.method !== "POST") return answer(response, 404, `Unknown route: ${request.method} ${path}`);
    if (!JSON_TYPE.test(request.headers["content-type"] ?? "")) return answer(response, 415, 'Content-Type must be "application/json"');
    const name = header(request, "x-github-event");
    const id = header(request, "x-github-delivery");
    const signature = header(request, "x-hub-signature-256");
    if (!name || !id || !signature) return answer(response, 400, "Required headers missing: x-github-event, x-hub-signature-256, x-github-delivery");
    const body = await readBody(request, maxBodyBytes);
    if (body === undefined) return answer(response, 413, `Payload larger than ${maxBodyBytes} bytes`);
    if (!(await probot.webhooks.verify(body, signature))) return answer(response, 400, "signature does not match event payload and secret");
    let payload: unknown;
    try {
      payload = JSON.parse(body);
    } catch {
      return answer(response, 400, "payload is not JSON");
    }
    const queued = queue.enqueue(orderKey(payload, id), async () => {
      // The payload's shape is GitHub's; Probot's typing of receive() wants the event union.
      await probot.receive({ id, name, payload } as Parameters<Probot["receive"]>[0]).catch(() => {
        // Probot's error handler has logged each failed handler with the delivery id.
      });
    });
    if (queued === "busy") {
      log.warn({ delivery: id, event: name, pending: queue.pending }, "intake queue full; delivery refused");
      response.setHeader("retry-after", "60");
      return answer(response, 503, "busy: too many deliveries waiting; redeliver later");
    }
    return answer(response, 202, "queued");
  }

  return { handle, queue };
}

/** Events of one PR or issue are handled in arrival order; others in any order. */
function orderKey(payload: unknown, deliveryId: string): string {
  const event = payload as { repository?: { full_name?: string }; pull_request?: { number?: number }; issue?: { number?: number }; number?: number };
  const number = event.pull_request?.number ?? event.issue?.number ?? event.number;
  const repo = event.repository?.full_name;
  return repo && typeof number === "number" ? `${repo}#${number}` : `delivery:${deliveryId}`;
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === "string" && value !== "" ? value : undefined;
}

function answer(response: ServerResponse, status: number, text: string): true {
  response.writeHead(status, { "content-type": "text/plain; charset=utf-8" }).end(`${text}\n`);
  return true;
}

/** The body as text, or undefined once it passes `limit` bytes (the rest is read and dropped). */
function readBody(request: IncomingMessage, limit: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      if (size > limit) return;
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        resolve(undefined);
      } else {
        chunks.push(chunk);
      }
    });
    request.on("end", () => resolve(size > limit ? undefined : Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}
