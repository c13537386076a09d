import { run } from "probot";
import { infraCoach } from "./index.js";

// Probot's own server: webhook signature checks, /api/github/webhooks, and the
// setup page (app registration from app.yml) when no credentials are set.
await run(infraCoach());
