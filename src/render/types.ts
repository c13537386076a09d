import type { ExplainedPlan, Lang } from "../explain/types.js";
import type { Change } from "../plan/model.js";

/** One Terraform root (or one plan document) in a rendered comment. */
export interface PlanSection {
  /** e.g. the root directory; untrusted (comes from the repository). */
  title: string;
  explained?: ExplainedPlan;
  /** A plan that failed: one clear line, already redacted. */
  error?: string;
  /** Link to the exact lines of the .tf code that declare a change. */
  locate?: (change: Change) => { url: string; label: string } | undefined;
}

export interface RenderOptions {
  lang: Lang;
  /** Upper bound on the output length in UTF-16 units. Default 60,000. */
  maxLength?: number;
  /** Draw a Mermaid picture of the changed resources. Default true. */
  mermaid?: boolean;
  /** Trusted text placed first, e.g. a hidden HTML marker comment. */
  header?: string;
  /** Trusted text placed last. */
  footer?: string;
}

/**
 * GitHub accepts 65,536 characters in a comment body; tfcmt truncates above
 * 60,000. Staying at 60,000 leaves room for the caller's header and footer.
 */
export const DEFAULT_MAX_LENGTH = 60_000;

/** GitHub's limit for a check run's `summary` and `text`, each. */
export const CHECK_RUN_MAX_LENGTH = 65_535;
