import type { Lang, Runbook } from "../checklist/types.js";
import type { PlaceholderContext } from "../checklist/placeholders.js";

/** One Terraform root's plan, summarised in a line (from the explain/render layers). */
export interface PlanSummary {
  root: string;
  headline: string;
  /** The pull request the plan belongs to. */
  pullRequest?: number;
}

/** Everything known before the work starts: what the ops-log issue is written from. */
export interface OperationDraft {
  title: string;
  what: string;
  why: string;
  runbook: Runbook;
  planSummaries: readonly PlanSummary[];
  /** GitHub logins, from the pairing feature. */
  commander: string;
  driver: string;
  plannedAt: Date;
  lang: Lang;
  /** Placeholder values for the runbook's checklist (`version`, `start_time`...). */
  context?: PlaceholderContext;
  /** IANA time zone for showing times (default UTC); stored times are always UTC. */
  timeZone?: string;
  /** Default `ops-log` (configuration `history.label`). */
  label?: string;
}

export type Outcome = "success" | "failed" | "rolled-back" | "cancelled";
export const OUTCOMES: readonly Outcome[] = ["success", "failed", "rolled-back", "cancelled"];

export interface ExecutedStep {
  at: Date;
  text: string;
  /** GitHub login of who did it. */
  by: string;
}

export interface Completion {
  outcome: Outcome;
  steps: readonly ExecutedStep[];
  /** Free text: what happened, follow-ups. */
  notes?: string;
}

/** The structured fields recovered from an ops-log issue body. */
export interface OperationRecord {
  title: string;
  what: string;
  why: string;
  /** The runbook's file name (or title when it had none). */
  runbook: string;
  planSummaries: PlanSummary[];
  commander: string;
  driver: string;
  plannedAt: Date;
  lang: Lang;
  timeZone: string;
  completion?: Completion;
}

/** planned: written, waiting for review; approved: reviewed, ready to run; closed: done, with an outcome. */
export type OperationStatus = "planned" | "approved" | "closed";

/** One row of the index and of `infra-coach history`. */
export interface OperationSummary {
  /** The ops-log issue number. */
  number: number;
  title: string;
  runbook: string;
  commander: string;
  driver: string;
  plannedAt: Date;
  status: OperationStatus;
  outcome?: Outcome;
}
