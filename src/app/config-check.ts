import type { Context } from "probot";
import { ConfigError, configErrorFromLoadFailure, validateConfig } from "../config/load.js";
import type { Config } from "../config/schema.js";
import { createCheckRun } from "../github/checks.js";

export const CONFIG_CHECK_NAME = "infra-coach / config";

export type ConfigLoad = { ok: true; config: Config } | { ok: false; error: ConfigError };

/**
 * `.github/infra-coach.yml` from the default branch (Probot's context.config
 * never reads the PR's branch, so a PR cannot change its own rules), without
 * reporting a broken file anywhere: the caller decides where the error
 * belongs. Several handlers answer one delivery at once (plan, release
 * checklist, review); while one read is in flight they share it. Each handler
 * has its own Context, but all carry the delivery id.
 */
export function loadConfig(context: Context): Promise<ConfigLoad> {
  const cached = inFlight.get(context.id);
  if (cached) return cached;
  const loading = readConfig(context).finally(() => inFlight.delete(context.id));
  inFlight.set(context.id, loading);
  return loading;
}

const inFlight = new Map<string, Promise<ConfigLoad>>();

async function readConfig(context: Context): Promise<ConfigLoad> {
  let raw: unknown;
  try {
    raw = await context.config("infra-coach.yml");
  } catch (error) {
    const configError = configErrorFromLoadFailure(error);
    if (!configError) throw error;
    return { ok: false, error: configError };
  }
  const result = validateConfig(raw);
  return result.ok ? { ok: true, config: result.config } : { ok: false, error: result.error };
}

/**
 * The configuration, or undefined after failing a check run on `headSha` that
 * names the key: nothing runs on a half-understood configuration.
 */
export async function loadConfigOrReport(context: Context, headSha: string | undefined): Promise<Config | undefined> {
  const loaded = await loadConfig(context);
  if (loaded.ok) return loaded.config;
  await reportConfigError(context, headSha, loaded.error);
  return undefined;
}

async function reportConfigError(context: Context, headSha: string | undefined, error: ConfigError): Promise<void> {
  context.log.warn({ key: error.key, reason: error.reason }, "invalid infra-coach configuration");
  if (!headSha) return;
  const { owner, repo } = context.repo();
  await createCheckRun(context.octokit, {
    owner,
    repo,
    name: CONFIG_CHECK_NAME,
    headSha,
    conclusion: "failure",
    output: {
      title: `Invalid configuration: ${error.key || "the file"}`,
      summary: [
        `\`${error.message.replaceAll("`", "'")}\``,
        "",
        "Nothing else runs until the file on the default branch is fixed. Every option and its default: `docs/configuration.md`.",
        "",
        "設定ファイルが正しくありません。デフォルトブランチの `.github/infra-coach.yml` を修正するまで、ほかの処理は行いません。",
      ].join("\n"),
    },
  });
}
