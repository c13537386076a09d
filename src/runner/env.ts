/**
 * The environment terraform runs with: an explicit allow-list, never the
 * app's own environment. Pull request code runs inside terraform (external
 * data sources, providers, `templatefile`), so anything passed here is
 * readable by whoever opened the pull request.
 */

/** Needed by terraform or its network stack; none of them is an app secret. */
const ALWAYS_PASSED = [
  "PATH",
  "HOME",
  "LANG",
  "LC_ALL",
  "TZ",
  "SSL_CERT_FILE",
  "SSL_CERT_DIR",
  "HTTP_PROXY",
  "HTTPS_PROXY",
  "NO_PROXY",
  "http_proxy",
  "https_proxy",
  "no_proxy",
];

/**
 * The app's own credentials. They are withheld even when the repository
 * config lists them in `env_passthrough`, since that file is written by the
 * same people whose code terraform runs.
 */
const NEVER_PASSED = new Set([
  "APP_ID",
  "PRIVATE_KEY",
  "PRIVATE_KEY_PATH",
  "WEBHOOK_SECRET",
  "WEBHOOK_PROXY_URL",
  "GITHUB_CLIENT_ID",
  "GITHUB_CLIENT_SECRET",
  "GITHUB_TOKEN",
  "GH_TOKEN",
  "DATABASE_URL",
  "PGPASSWORD",
  "SENTRY_DSN",
]);

/** Variables terraform itself reads (TF_LOG, TF_TOKEN_…, TF_CLI_CONFIG_FILE) are the operator's to set. */
const TERRAFORM_PREFIX = "TF_";

export interface TerraformEnvOptions {
  /** The environment to pick from, normally `process.env`. */
  source: Readonly<Record<string, string | undefined>>;
  /** Extra names to pass (e.g. AWS_PROFILE, AWS_REGION); app secrets are withheld regardless. */
  passthrough?: readonly string[];
  /** Set last, overriding anything picked from the source. */
  overrides?: Readonly<Record<string, string>>;
}

export function buildTerraformEnv(options: TerraformEnvOptions): Record<string, string> {
  const env: Record<string, string> = {};
  const wanted = new Set([...ALWAYS_PASSED, ...(options.passthrough ?? [])]);
  for (const [name, value] of Object.entries(options.source)) {
    if (value === undefined || NEVER_PASSED.has(name)) continue;
    if (wanted.has(name) || name.startsWith(TERRAFORM_PREFIX)) env[name] = value;
  }
  return { ...env, ...options.overrides };
}
