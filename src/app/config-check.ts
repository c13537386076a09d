import type { Context } from "probot";
import { ConfigError, configErrorFromLoadFailure, validateConfig } from "../config/load.js";
import type { Config } from "../config/schema.js";
import { createCheckRun } from "../github/checks.js";

export const CONFIG_CHECK_NAME = "infra-coach / config";

/**
 * Reads `.github/infra-coach.yml` from the default branch (Probot's
 * context.config never reads the PR's branch, so a PR cannot change its own
 * rules). A broken file fails a check run on `headSha` naming the key, and the
 * caller stops: nothing runs on a half-understood configuration.
 */
export async function loadConfigOrReport(
  context: Context,
  headSha: string | undefined,
): Promise<Config | undefined> {
  let raw: unknown;
  try {
    raw = await context.config("infra-coach.yml");
  } catch (error) {
    const configError = configErrorFromLoadFailure(error);
    if (!configError) throw error;
    await reportConfigError(context, headSha, configError);
    return undefined;
  }
  const result = validateConfig(raw);
  if (result.ok) return result.config;
  await reportConfigError(context, headSha, result.error);
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
