import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import nock from "nock";
import type { Logger, Probot } from "probot";
import { stringify } from "yaml";
import { validateConfig } from "../../src/config/load.js";
import type { Config } from "../../src/config/schema.js";
import type { GitHub } from "../../src/github/octokit.js";
import { openStore, type Store } from "../../src/store/index.js";
import { API, createTestProbot, examplePayload } from "../helpers/github.js";

/** The repository of GitHub's example payloads (@octokit/webhooks-examples). */
export const OWNER = "Codertocat";
export const REPO = "Hello-World";
export const CONFIG_URL = `/repos/${OWNER}/${REPO}/contents/.github%2Finfra-coach.yml`;

/** A validated configuration from the YAML-shaped object a repository would hold. */
export function configFrom(raw: Record<string, unknown>): Config {
  const result = validateConfig(raw);
  if (!result.ok) throw result.error;
  return result.config;
}

/** The repository's `.github/infra-coach.yml` as GitHub serves it to context.config(). */
export function configFile(raw: Record<string, unknown>): string {
  return stringify(raw);
}

/** A real SQLite store in its own temp directory. */
export async function tempStore(): Promise<{ store: Store; path: string; cleanup(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), "ic-review-"));
  const path = join(dir, "infra-coach.sqlite");
  const store = await openStore({ sqlitePath: path });
  return {
    store,
    path,
    async cleanup() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** An installation client (installation 1) of a fresh test app, as handlers get in context.octokit. */
export async function installationClient(probot: Probot = createTestProbot()): Promise<GitHub> {
  return (await probot.auth(1)) as unknown as GitHub;
}

/** An installation client and the app's logger, as a handler has them (context.octokit, context.log). */
export async function appClient(): Promise<{ gh: GitHub; log: Logger }> {
  const probot = createTestProbot();
  // The logger exists once the app has initialised.
  await probot.load(() => undefined);
  return { gh: await installationClient(probot), log: probot.log };
}

/**
 * Every request nock had no interceptor for. The code under test may swallow the error nock
 * raises (a review request is allowed to fail softly), so tests assert this list is empty too.
 */
export function unmatchedRequests(): { list: string[]; stop(): void } {
  const list: string[] = [];
  const listener = (request: { method?: string; path?: string; href?: string }) =>
    list.push(`${request.method ?? "?"} ${request.href ?? request.path ?? "?"}`);
  nock.emitter.on("no match", listener);
  return { list, stop: () => nock.emitter.removeListener("no match", listener) };
}

export function resetNock(): void {
  nock.cleanAll();
  nock.disableNetConnect();
}

export { API };

/** Parsed JSON body of a captured request. */
export type Body = Record<string, unknown>;

/** The GraphQL answer for a busy-status query: `busy` logins say limited availability. */
export function statusAnswer(variables: Record<string, string>, busy: string[]): { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  for (const [alias, login] of Object.entries(variables)) {
    data[alias] = { status: busy.includes(login) ? { indicatesLimitedAvailability: true } : null };
  }
  return { data };
}

type Json = Record<string, unknown>;

/**
 * One of GitHub's real example payloads for installation 1, with `patch` deep-merged in (objects
 * merged key by key, anything else replaced), so a test changes only what it is about.
 */
export function examplePayloadWith(name: string, action: string, patch: Json = {}, index = 0): Json {
  return merge({ ...examplePayload<Json>(name, action, index), installation: { id: 1 } }, patch);
}

function merge(target: Json, patch: Json): Json {
  const result: Json = { ...target };
  for (const [key, value] of Object.entries(patch)) {
    const current = result[key];
    result[key] = isObject(current) && isObject(value) ? merge(current, value) : value;
  }
  return result;
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
