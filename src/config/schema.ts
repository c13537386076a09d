import { z } from "zod";

/**
 * The schema of `.github/infra-coach.yml`. Every option has a default so that
 * an absent file is a valid, useful configuration; every object is strict so
 * that a typo (`infra_reviewer:`) is reported instead of silently ignored.
 * docs/configuration.md documents each key; test/config/docs.test.ts keeps
 * the two in sync.
 */

const login = z.string().regex(/^[A-Za-z0-9-]+(\[bot\])?$/, "expected a GitHub login");
const userOrTeam = z
  .string()
  .regex(/^[A-Za-z0-9-]+(\/[A-Za-z0-9_.-]+)?$/, "expected a GitHub login or org/team");
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date like 2026-12-24");
const section = z.enum(["pre", "dayof", "verify"]);
const regexSource = z.string().refine((source) => {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}, "expected a valid regular expression");

const terraform = z.strictObject({
  timeout_seconds: z.number().int().min(10).max(3600).default(600),
  /** Names of environment variables passed to terraform (e.g. AWS_PROFILE); nothing else is. */
  env_passthrough: z.array(z.string().regex(/^[A-Z_][A-Z0-9_]*$/)).default([]),
});

const actions = z.strictObject({
  /** Only runs of this workflow file are read (e.g. `terraform-plan.yml`); empty = any workflow. */
  workflow: z.string().default(""),
  /** Name of the artifact that holds the plan JSON file(s). */
  artifact: z.string().min(1).default("infra-coach-plan"),
});

const comment = z.strictObject({
  mermaid: z.boolean().default(true),
  max_length: z.number().int().min(5000).max(65000).default(60000),
});

const away = z.strictObject({ login, from: isoDate, until: isoDate });

const review = z.strictObject({
  enabled: z.boolean().default(true),
  infra_reviewers: z.array(userOrTeam).default([]),
  app_engineers: z.array(userOrTeam).default([]),
  max_open_reviews: z.number().int().min(1).max(50).default(3),
  window_days: z.number().int().min(1).max(90).default(14),
  away: z.array(away).default([]),
});

const pairing = z.strictObject({
  enabled: z.boolean().default(true),
  /** Who can be commander or driver; empty = app_engineers plus infra_reviewers. */
  team: z.array(userOrTeam).default([]),
  label: z.string().min(1).max(50).default("operation"),
});

const headings = z.strictObject({
  pre: z.array(z.string().min(1)).default(["Pre-work", "事前作業"]),
  dayof: z.array(z.string().min(1)).default(["Day-of", "当日作業"]),
  verify: z.array(z.string().min(1)).default(["Verification", "動作確認"]),
});

const release = z.strictObject({
  enabled: z.boolean().default(true),
  labels: z.array(z.string().min(1).max(50)).default(["release"]),
  branch_pattern: regexSource.default("^release/"),
  title_pattern: regexSource.default(""),
  runbook: z.string().min(1).default("release.md"),
  gates: z.array(section).min(1).default(["pre"]),
});

const runbooks = z.strictObject({
  path: z.string().min(1).default(".github/infra-coach/runbooks"),
  headings: headings.prefault({}),
});

const study = z.strictObject({
  enabled: z.boolean().default(true),
  /** issue: a pinned issue edited in place; pr: a pull request updating `path` (needs contents: write). */
  target: z.enum(["issue", "pr"]).default("issue"),
  title: z.string().min(1).default("Infrastructure study guide"),
  path: z.string().min(1).default("docs/infra-guide.md"),
});

const history = z.strictObject({
  label: z.string().min(1).max(50).default("ops-log"),
  index_title: z.string().min(1).default("ops-log index"),
});

export const configSchema = z.strictObject({
  lang: z.enum(["en", "ja"]).default("en"),
  runner: z.enum(["local", "actions"]).default("local"),
  /** Terraform root directories (globs allowed); empty = discovered from the changed files. */
  roots: z.array(z.string().min(1)).default([]),
  ignore: z.array(z.string().min(1)).default([]),
  /** Run terraform on code from forks and from authors without write access. Dangerous: see docs/security.md. */
  allow_forks: z.boolean().default(false),
  labels: z.boolean().default(true),
  /** Extra regular expressions; matching values are masked in every output. */
  masks: z.array(regexSource).default([]),
  terraform: terraform.prefault({}),
  actions: actions.prefault({}),
  comment: comment.prefault({}),
  review: review.prefault({}),
  pairing: pairing.prefault({}),
  release: release.prefault({}),
  runbooks: runbooks.prefault({}),
  history: history.prefault({}),
  study: study.prefault({}),
});

export type Config = z.output<typeof configSchema>;
