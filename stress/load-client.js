// Signed webhook deliveries at a fixed rate with autocannon, every delivery
// with its own X-GitHub-Delivery id, and the acknowledgement latency of each
// one (autocannon reports no p95, so the percentiles are computed here).
// As a program (used by the fast test in test/reliability), with its options in a JSON file:
//   node stress/load-client.js options.json    ({"url":…,"rate":300,"seconds":3,"bodies":[…],"secret":…})
import { createHmac, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

export function sign(body, secret) {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

export function percentile(sorted, p) {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * @param {{ url: string, rate: number, seconds?: number, amount?: number, connections?: number,
 *           event?: string, bodies: string[], secret: string }} options
 *   `bodies` are sent round-robin, each signed once up front; `amount` sends exactly that many.
 */
export async function sendDeliveries(options) {
  const event = options.event ?? "pull_request";
  const signed = options.bodies.map((body) => ({ body, signature: sign(body, options.secret) }));
  let next = 0;
  const latencies = [];
  const statuses = {};
  const ids = new Set();
  const instance = autocannon({
    url: options.url,
    connections: options.connections ?? 20,
    overallRate: options.rate,
    ...(options.amount ? { amount: options.amount } : { duration: options.seconds }),
    // Latency of each acknowledgement as measured from its send; no correction for omitted sends.
    ignoreCoordinatedOmission: true,
    requests: [
      {
        method: "POST",
        setupRequest(request) {
          const delivery = signed[next++ % signed.length];
          const id = randomUUID();
          ids.add(id);
          request.headers = {
            "content-type": "application/json",
            "x-github-event": event,
            "x-github-delivery": id,
            "x-hub-signature-256": delivery.signature,
          };
          request.body = delivery.body;
          return request;
        },
      },
    ],
  });
  instance.on("response", (_client, statusCode, _bytes, responseTime) => {
    latencies.push(responseTime);
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
  });
  const started = performance.now();
  const result = await instance;
  const seconds = options.amount ? (performance.now() - started) / 1000 : options.seconds;
  latencies.sort((a, b) => a - b);
  return {
    sent: latencies.length,
    distinctDeliveryIds: ids.size,
    perSecond: Math.round((latencies.length / seconds) * 10) / 10,
    statuses,
    errors: result.errors,
    timeouts: result.timeouts,
    latencyMs: {
      p50: round(percentile(latencies, 50)),
      p95: round(percentile(latencies, 95)),
      p99: round(percentile(latencies, 99)),
      max: round(latencies.at(-1) ?? 0),
    },
  };
}

function round(ms) {
  return Math.round(ms * 10) / 10;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await sendDeliveries(JSON.parse(readFileSync(process.argv[2], "utf8")));
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
