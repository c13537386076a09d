import { createServer } from "node:http";
import { createProbot, run } from "probot";
import { infraCoach, positiveInt } from "./index.js";
import { infraCoachOctokit } from "./octokit-options.js";
import { createWebhookIntake } from "./webhook-intake.js";

// The Octokit retries 5xx and rate limits a bounded number of times, then lets
// the handler report the failure (src/app/octokit-options.ts).
const Octokit = infraCoachOctokit();
loadDotEnv();
const env = process.env;

if (!env.APP_ID || !(env.PRIVATE_KEY || env.PRIVATE_KEY_PATH) || env.WEBHOOK_PROXY_URL) {
  // First start: Probot's own server shows the setup page that registers the app (app.yml).
  // Local development through a smee.io proxy (WEBHOOK_PROXY_URL) also runs on Probot's server.
  await run(infraCoach(), { Octokit });
} else {
  // createProbot defaults to "warn"; Probot's own server (run) logs at "info", and so do we.
  const logLevel = (env.LOG_LEVEL ?? "info") as "trace" | "debug" | "info" | "warn" | "error" | "fatal";
  const probot = createProbot({ overrides: { Octokit, logLevel } });
  await probot.load(infraCoach());
  // Deliveries are acknowledged once verified and queued; the handlers run from a bounded queue
  // (src/app/webhook-intake.ts, measured in docs/reliability.md).
  const intake = await createWebhookIntake(probot, {
    concurrency: positiveInt(env.INFRA_COACH_INTAKE_CONCURRENCY, 16),
    maxPending: positiveInt(env.INFRA_COACH_MAX_PENDING_DELIVERIES, 1000),
    ...(env.WEBHOOK_PATH ? { path: env.WEBHOOK_PATH } : {}),
  });
  const server = createServer((request, response) => {
    intake.handle(request, response).then(
      (answered) => {
        if (answered) return;
        if (request.method === "GET" && request.url === "/ping") response.writeHead(200).end("PONG");
        else response.writeHead(404).end();
      },
      (error: unknown) => {
        probot.log.error({ err: error }, "webhook request failed");
        if (!response.headersSent) response.writeHead(500).end();
      },
    );
  });
  const port = positiveInt(env.PORT, 3000);
  const host = env.HOST ?? "localhost";
  server.listen(port, host, () => probot.log.info(`infra-coach listening on http://${host}:${port}${probot.webhookPath}`));

  // Stop taking deliveries and let the handlers of accepted ones finish (GitHub will not resend a
  // delivery it got a 2xx for); queued plan jobs are not waited for: the next event plans again.
  const stop = () => {
    probot.log.info("stopping: finishing accepted deliveries");
    server.close();
    const deadline = setTimeout(() => process.exit(1), 25_000);
    void intake.queue.onIdle().then(() => {
      clearTimeout(deadline);
      process.exit(0);
    });
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

/** `.env` in the working directory, as Probot's run() reads it (its setup page writes the app's credentials there). */
function loadDotEnv(): void {
  try {
    process.loadEnvFile();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
}
