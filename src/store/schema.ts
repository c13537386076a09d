import type { Kysely } from "kysely";

/*
 * Table shapes as Kysely sees them. Timestamps are ISO-8601 UTC strings (Date#toISOString) in both
 * engines: they sort and compare correctly as text, and SQLite has no timestamp type, so one
 * representation keeps the migrations and queries identical. JSON values are stored as text.
 */

export interface DeliveriesTable {
  id: string;
  received_at: string;
}

export interface ReviewAssignmentsTable {
  repo: string;
  pr_number: number;
  /** 0 for the first co-reviewer of the PR, +1 for each reroll or extra manual request. */
  round: number;
  login: string;
  kind: string;
  resource_types: string;
  assigned_at: string;
  /** Set when a reroll replaced this person: no longer counts as load. */
  released_at: string | null;
  /** Set when the review is over (submitted, or the PR closed): no longer an open review. */
  settled_at: string | null;
}

export interface ExposuresTable {
  login: string;
  resource_type: string;
  reviews: number;
  updated_at: string;
}

export interface PairingsTable {
  repo: string;
  subject_number: number;
  round: number;
  commander: string;
  driver: string;
  paired_at: string;
}

export interface TeamMembersCacheTable {
  org: string;
  team: string;
  members: string;
  fetched_at: string;
}

export interface OperationsTable {
  id: string;
  repo: string;
  issue_number: number | null;
  runbook: string | null;
  title: string;
  status: string;
  commander: string | null;
  driver: string | null;
  planned_at: string;
  reviewed_by: string | null;
  reviewed_at: string | null;
  completed_at: string | null;
  outcome: string | null;
  summary: string;
  /** completed_at if set, else planned_at: the date searches filter on. */
  happened_at: string;
  /** Lower-cased text of every searchable field, maintained on each write. */
  search_text: string;
  updated_at: string;
}

export interface PlanRunsTable {
  repo: string;
  pr_number: number;
  root: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  headline: string;
  risk_ids: string;
  created_at: string;
  updated_at: string;
}

export interface ChecklistStateTable {
  repo: string;
  pr_number: number;
  head_sha: string;
  verdict: string;
  updated_at: string;
}

export interface Database {
  deliveries: DeliveriesTable;
  review_assignments: ReviewAssignmentsTable;
  exposures: ExposuresTable;
  pairings: PairingsTable;
  team_members_cache: TeamMembersCacheTable;
  operations: OperationsTable;
  plan_runs: PlanRunsTable;
  checklist_state: ChecklistStateTable;
  marked_comments: MarkedCommentsTable;
}

export interface MarkedCommentsTable {
  repo: string;
  issue_number: number;
  purpose: string;
  /** GitHub comment ids exceed 2^31: a bigint column (PostgreSQL hands it back as a string). */
  comment_id: number;
  updated_at: string;
}

export type Db = Kysely<Database>;
