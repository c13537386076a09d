import type { Action, Change } from "../plan/model.js";

export type Lang = "en" | "ja";

/** Text in both languages. Every user-facing string in the catalog is one of these. */
export interface Text {
  en: string;
  ja: string;
}

/** One catalog entry: what a resource type is and what changing it means. */
export interface CatalogEntry {
  /** Resource types this entry explains, e.g. ["aws_lb", "aws_alb"]. */
  types: string[];
  /** Human name, e.g. { en: "Application Load Balancer", ja: "ALB（ロードバランサー）" }. */
  title: Text;
  /** Service family for grouping, e.g. "IAM", "Route 53", "ECS". */
  service: string;
  /** One plain sentence: what it is. */
  what: Text;
  /** An analogy an application engineer already knows. */
  analogy: Text;
  /** What each action means in production for this type. Missing actions use generic text. */
  effects: Partial<Record<"create" | "update" | "delete" | "replace", Text>>;
  /** Official documentation page. */
  docs: string;
  /** Holds data that is lost when destroyed (database, bucket, volume, key...). */
  stateful?: boolean;
  /** Optional: how it relates to its neighbours (e.g. ECS cluster/service/task definition). */
  related?: Text;
}

export type Severity = "high" | "medium" | "low";

export interface Risk {
  /** Stable id, e.g. "destroy-stateful", "open-to-internet", "iam-wildcard". */
  id: string;
  severity: Severity;
  /** What is risky here, specific to this change. */
  message: Text;
  /** Why it matters, for a learner. */
  why: Text;
}

export interface Explanation {
  change: Change;
  /** Where the text came from: a specific catalog entry or the generic fallback. */
  source: "catalog" | "fallback";
  entry: CatalogEntry;
  /** One-line summary of what this change does to this resource. */
  summary: Text;
  /** Plain-language sentences about important attribute changes. */
  sentences: Text[];
  risks: Risk[];
}

export interface ExplainedPlan {
  /** The plan's actionable changes (no-op and most reads removed), explained, most important first. */
  explanations: Explanation[];
  /** Drift (`resource_drift`), explained in words, separate from planned changes. */
  drift: Explanation[];
  /** Counts per action over all planned changes, no-op and reads included. */
  counts: Partial<Record<Action, number>>;
  /** Counts of changes of each explanation source. */
  coverage: { catalog: number; fallback: number };
  plan: import("../plan/model.js").Plan;
}
