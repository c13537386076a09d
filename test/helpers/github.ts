import { generateKeyPairSync, createHmac, randomUUID } from "node:crypto";
import examples from "@octokit/webhooks-examples/api.github.com/index.json" with { type: "json" };
import nock from "nock";
import { Probot, ProbotOctokit } from "probot";

/**
 * Test harness for the real Probot app: GitHub's own example payloads
 * (@octokit/webhooks-examples), a freshly generated app key, and nock in front
 * of api.github.com so every REST call must be declared and is asserted.
 */

export const API = "https://api.github.com";
export const WEBHOOK_SECRET = "test-webhook-secret";

let privateKey: string | undefined;
/** One RSA key per test process for the app's JWTs: generating one takes a noticeable moment. */
export function testPrivateKey(): string {
  privateKey ??= generateKeyPairSync("rsa", {
    modulusLength: 2048,
    privateKeyEncoding: { type: "pkcs8", format: "pem" },
    publicKeyEncoding: { type: "spki", format: "pem" },
  }).privateKey;
  return privateKey;
}

export function createTestProbot(): Probot {
  return new Probot({
    appId: 123,
    privateKey: testPrivateKey(),
    secret: WEBHOOK_SECRET,
    logLevel: "fatal",
    Octokit: ProbotOctokit.defaults((options: Record<string, unknown>) => ({
      ...options,
      retry: { enabled: false },
      throttle: { enabled: false },
    })),
  });
}

type Example = { name: string; examples: Record<string, unknown>[] };

/** A deep copy of one of GitHub's real example payloads (loosely typed: tests edit them freely). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function examplePayload<T = Record<string, any>>(name: string, action?: string, index = 0): T {
  const family = (examples as unknown as Example[]).find((candidate) => candidate.name === name);
  const matching = (family?.examples ?? []).filter((example) => action === undefined || example.action === action);
  const payload = matching[index];
  if (!payload) throw new Error(`no example payload for ${name}.${action ?? "*"}[${index}]`);
  const copy = structuredClone(payload);
  // Some examples were captured from repository webhooks; a GitHub App's deliveries always name the installation.
  copy.installation ??= { id: 1, node_id: "MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMQ==" };
  return copy as T;
}

/** nock scope for the REST API with the installation token already answered. */
export function githubApi(installationId = 1): nock.Scope {
  return nock(API)
    .post(`/app/installations/${installationId}/access_tokens`)
    .reply(200, { token: "test-installation-token", permissions: {} });
}

export function signature(body: string, secret = WEBHOOK_SECRET): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

export function deliveryId(): string {
  return randomUUID();
}

/** The body the app sends to `POST /repos/{o}/{r}/check-runs` (captured by nock). */
export interface CheckRunBody {
  name: string;
  head_sha: string;
  status: string;
  conclusion?: string;
  external_id?: string;
  output: { title: string; summary: string; text?: string };
}

/**
 * What a local plan asks GitHub before terraform runs: the author's permission
 * (the fork/write gate), the PR's changed files and the tarball of its head.
 */
export function expectPlanInputs(
  scope: nock.Scope,
  input: { sha: string; tarball: Buffer; files: string[]; permission?: string; repo?: string; author?: string; pull?: number },
): nock.Scope {
  const repo = input.repo ?? "/repos/Codertocat/Hello-World";
  const permission = input.permission ?? "write";
  return scope
    .get(`${repo}/collaborators/${input.author ?? "Codertocat"}/permission`)
    .reply(200, { permission, role_name: permission })
    .get(`${repo}/pulls/${input.pull ?? 2}/files`)
    .query({ per_page: 100 })
    .reply(200, input.files.map((filename) => ({ filename, status: "modified" })))
    .get(`${repo}/tarball/${input.sha}`)
    .reply(200, input.tarball, { "content-type": "application/x-gzip" });
}
