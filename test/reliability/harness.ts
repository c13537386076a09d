import { readFileSync } from "node:fs";
import Bottleneck from "bottleneck";
import { zipSync } from "fflate";
import nock from "nock";
import pino from "pino";
import { Probot } from "probot";
import { infraCoachOctokit, type GitHubClientTuning } from "../../src/app/octokit-options.js";
import { WEBHOOK_SECRET, examplePayload, testPrivateKey } from "../helpers/github.js";

/**
 * Probot built like production (src/app/octokit-options.ts: retry and
 * throttling plugins on) with tiny delays, and every log line captured so a
 * test can read what an operator would see.
 */

export const REPO = "/repos/Codertocat/Hello-World";
export const CORPUS = new URL("../../../shared/corpus/", import.meta.url);


export interface CapturedLog {
  level: number;
  msg: string;
  [key: string]: unknown;
}

export interface ReliableProbot {
  probot: Probot;
  /** Every log line written so far, parsed (pino JSON). */
  logs: CapturedLog[];
  /** All log output as text, for "this string never appears" checks. */
  logText(): string;
}

/** Unpaced write groups: the plugin's 1 s between writes would only slow the tests down. */
function unpaced(): GitHubClientTuning["pacing"] {
  return {
    write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
    notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
  };
}

export function createReliableProbot(tuning: GitHubClientTuning = {}): ReliableProbot {
  const lines: string[] = [];
  const log = pino({ level: "debug" }, { write: (line: string) => void lines.push(line) });
  const probot = new Probot({
    appId: 123,
    privateKey: testPrivateKey(),
    secret: WEBHOOK_SECRET,
    log,
    Octokit: infraCoachOctokit({ retryBaseMs: 1, retryAfterUnitMs: 1, pacing: unpaced(), ...tuning }),
  });
  return {
    probot,
    get logs() {
      return lines.map((line) => JSON.parse(line) as CapturedLog);
    },
    logText: () => lines.join(""),
  };
}

/** Records every request a scope answers, in order, as `METHOD /path` (query dropped). */
export function recordCalls(scope: nock.Scope, calls: string[] = []): string[] {
  scope.on("request", (request: { method?: string; path?: string }) => {
    calls.push(`${request.method} ${(request.path ?? "").split("?")[0]}`);
  });
  return calls;
}

export function corpusPlan(name: string): Buffer {
  return readFileSync(new URL(`plans/${name}`, CORPUS));
}

/** A plan artifact zip as the repository's workflow uploads it. */
export function planZip(files: Record<string, Uint8Array>): Buffer {
  return Buffer.from(zipSync(files));
}

export const HEAD_SHA = "ec26c3e57ca3a959ca5aad62de7213c562f8c821";

/** workflow_run.completed for a PR (default #2) of Codertocat/Hello-World, from GitHub's example payload. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function completedRun(headSha = HEAD_SHA, number = 2): Record<string, any> {
  const payload = examplePayload("workflow_run", "completed", 2);
  payload.repository.full_name = "Codertocat/Hello-World";
  payload.repository.name = "Hello-World";
  payload.repository.owner.login = "Codertocat";
  payload.workflow_run.head_sha = headSha;
  payload.workflow_run.path = ".github/workflows/terraform-plan.yml";
  payload.workflow_run.pull_requests[0].number = number;
  payload.workflow_run.pull_requests[0].head.sha = headSha;
  return payload;
}

export const TEXT = { "content-type": "text/plain; charset=utf-8" };

/** What the app sends to create or complete a check run (the parts tests read). */
export interface CheckRunBody {
  name?: string;
  head_sha?: string;
  status?: string;
  conclusion?: string;
  output: { title: string; summary: string; text?: string };
}

/**
 * Configuration lines that leave only the plan flow on (no labels, no co-reviewer, no release
 * checklist), so a test about plans declares exactly the plan's requests.
 */
export const ONLY_PLANS = "labels: false\nreview:\n  enabled: false\nrelease:\n  enabled: false\n";

/** GET /pulls/{number}: GitHub's example PR (author Codertocat, no reviewers requested yet). */
export function pullFetched(scope: nock.Scope, number: number): nock.Scope {
  const pull = examplePayload("pull_request", "opened").pull_request;
  return scope.get(`${REPO}/pulls/${number}`).reply(200, { ...pull, number });
}

/** The GraphQL status query of the rotation: nobody says they are busy. */
export function nobodyBusy(scope: nock.Scope): nock.Scope {
  return scope.post("/graphql").reply(200, (_uri, body) => {
    const variables = (body as { variables?: Record<string, string> }).variables ?? {};
    return { data: Object.fromEntries(Object.keys(variables).map((alias) => [alias, { status: null }])) };
  });
}
