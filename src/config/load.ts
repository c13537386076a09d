import { parse as parseYaml, YAMLParseError } from "yaml";
import type { z } from "zod";
import { configSchema, type Config } from "./schema.js";

export const CONFIG_PATH = ".github/infra-coach.yml";

/** A broken configuration, reported on the PR with the key at fault. */
export class ConfigError extends Error {
  constructor(
    /** Dotted path of the key at fault, e.g. `review.max_open_reviews`; "" for the whole file. */
    readonly key: string,
    readonly reason: string,
  ) {
    super(`${CONFIG_PATH}: ${key ? `${key}: ` : ""}${reason}`);
    this.name = "ConfigError";
  }
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; error: ConfigError };

/** Validates an already-parsed YAML document (null or undefined = no file = defaults). */
export function validateConfig(raw: unknown): ConfigResult {
  const parsed = configSchema.safeParse(raw ?? {});
  if (parsed.success) return { ok: true, config: parsed.data };
  const issue = parsed.error.issues[0]!;
  return { ok: false, error: new ConfigError(...describeIssue(issue)) };
}

/** Parses and validates the YAML text of the configuration file. */
export function parseConfig(text: string): ConfigResult {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    if (error instanceof YAMLParseError) return { ok: false, error: yamlError(error) };
    throw error;
  }
  return validateConfig(raw);
}

/**
 * Turns a failure of Probot's `context.config()` (which parses the YAML itself)
 * into a ConfigError when the file is at fault; other failures (network,
 * permissions) are not the user's config and are rethrown by the caller.
 */
export function configErrorFromLoadFailure(error: unknown): ConfigError | undefined {
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof YAMLParseError) return yamlError(cause);
  if (error instanceof Error && error.message.includes("could not be parsed")) {
    return new ConfigError("", firstLine(error.message.replace(/^\[[^\]]+\]\s*/, "")));
  }
  return undefined;
}

function yamlError(error: YAMLParseError): ConfigError {
  const where = error.linePos?.[0];
  const at = where ? ` at line ${where.line}, column ${where.col}` : "";
  const reason = firstLine(error.message).replace(/ at line \d+, column \d+:?$/, "");
  return new ConfigError("", `not valid YAML${at}: ${reason}`);
}

function describeIssue(issue: z.core.$ZodIssue): [string, string] {
  const path = issue.path.map((step) => (typeof step === "number" ? `[${step}]` : String(step)));
  const key = path.join(".").replace(/\.\[/g, "[");
  if (issue.code === "unrecognized_keys") {
    const unknown = issue.keys.join(", ");
    return [key ? `${key}.${issue.keys[0]}` : issue.keys[0]!, `unknown key (${unknown}); see docs/configuration.md`];
  }
  if (issue.code === "invalid_type") {
    return [key, `expected ${issue.expected}`];
  }
  return [key, firstLine(issue.message)];
}

function firstLine(message: string): string {
  return message.split("\n")[0]!.trim();
}
