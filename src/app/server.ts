import { run } from "probot";
import { infraCoach } from "./index.js";
import { infraCoachOctokit } from "./octokit-options.js";

// Probot's own server: webhook signature checks, /api/github/webhooks, and the
// setup page (app registration from app.yml) when no credentials are set.
// The Octokit retries 5xx and rate limits a bounded number of times, then
// lets the handler report the failure (src/app/octokit-options.ts).
await run(infraCoach(), { Octokit: infraCoachOctokit() });
