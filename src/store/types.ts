/*
 * The persistence interface handlers use. Every method may reject with StoreUnavailableError when
 * the database cannot be reached (bounded by timeouts; the next call retries with a fresh
 * connection). Logins are stored and returned lower-cased (GitHub logins are case-insensitive).
 * Times go in as Date and come back as ISO-8601 strings.
 */

export type Engine = "sqlite" | "postgres";

export type AssignmentKind = "rotation" | "manual" | "reroll";

export interface AssignmentClaim {
  repo: string;
  pr: number;
  /**
   * The slot being claimed: 0 for the PR's first co-reviewer, (highest round + 1) for a reroll.
   * Omitted: the next free round (manual requests), retried if another writer takes it first.
   */
  round?: number;
  login: string;
  kind: AssignmentKind;
  /** Resource types of the PR's plan; the winner's exposure to each goes up by one. */
  types: string[];
  at?: Date;
  /** Reroll: the person being replaced; their assignment is released and their exposure bump undone. */
  replaces?: string;
}

/** One co-review assignment; `login` and `at` make it usable as rotation history directly. */
export interface AssignmentRecord {
  repo: string;
  pr: number;
  round: number;
  login: string;
  kind: AssignmentKind;
  types: string[];
  at: string;
  releasedAt: string | null;
  settledAt: string | null;
}

export interface PairingClaim {
  repo: string;
  /** PR or issue number of the operation. */
  subject: number;
  /** Default 0; a re-pairing of the same subject uses the next round. */
  round?: number;
  commander: string;
  driver: string;
  at?: Date;
}

/** One commander/driver pair; `commander`, `driver` and `at` make it usable as pairing history. */
export interface PairingRecord {
  repo: string;
  subject: number;
  round: number;
  commander: string;
  driver: string;
  at: string;
}

export interface CachedTeam {
  members: string[];
  fetchedAt: string;
}

export type OperationStatus = "planned" | "reviewed" | "done" | "cancelled";

export interface Operation {
  id: string;
  repo: string;
  issueNumber: number | null;
  runbook: string | null;
  title: string;
  status: OperationStatus;
  commander: string | null;
  driver: string | null;
  plannedAt: string;
  reviewedBy: string | null;
  reviewedAt: string | null;
  completedAt: string | null;
  outcome: string | null;
  summary: string;
  updatedAt: string;
}

export interface NewOperation {
  repo: string;
  /** The runbook issue or operation PR; at most one operation per (repo, issueNumber). */
  issueNumber?: number;
  runbook?: string;
  title: string;
  commander?: string;
  driver?: string;
  plannedAt?: Date;
  summary?: string;
}

export interface OperationPatch {
  title?: string;
  runbook?: string | null;
  /** Moving to reviewed/done/cancelled stamps reviewedAt/completedAt with `at` unless given. */
  status?: OperationStatus;
  commander?: string | null;
  driver?: string | null;
  reviewedBy?: string | null;
  reviewedAt?: Date | null;
  completedAt?: Date | null;
  outcome?: string | null;
  summary?: string;
  at?: Date;
}

export interface OperationQuery {
  /** Every whitespace-separated word must appear (case-insensitively) in title, summary, runbook, outcome or people. */
  text?: string;
  repo?: string;
  status?: OperationStatus;
  /** Compared with the operation's date: completedAt when set, else plannedAt. Inclusive. */
  since?: Date;
  until?: Date;
  /** Default 50, at most 500. Newest first. */
  limit?: number;
}

export type PlanRunStatus = "queued" | "running" | "completed";
export type PlanConclusion = "success" | "failure" | "cancelled" | "timed_out" | "neutral";

export interface PlanRunInput {
  repo: string;
  pr: number;
  root: string;
  headSha: string;
  status: PlanRunStatus;
  conclusion?: PlanConclusion | null;
  headline?: string;
  riskIds?: string[];
  at?: Date;
}

export interface PlanRun {
  repo: string;
  pr: number;
  root: string;
  headSha: string;
  status: PlanRunStatus;
  conclusion: PlanConclusion | null;
  headline: string;
  riskIds: string[];
  createdAt: string;
  updatedAt: string;
}

export interface ChecklistVerdictInput {
  repo: string;
  pr: number;
  headSha: string;
  /** Any JSON-serialisable value (the checklist module's verdict). */
  verdict: unknown;
  at?: Date;
}

export interface Store {
  readonly engine: Engine;

  /** True the first time a webhook delivery id is seen, false on every redelivery. */
  recordDelivery(id: string, at?: Date): Promise<boolean>;
  /** Forgets delivery ids received before `before`; returns how many. */
  pruneDeliveries(before: Date): Promise<number>;

  /** Atomically claims the slot and bumps exposure; true only for the one call that won. */
  claimAssignment(claim: AssignmentClaim): Promise<boolean>;
  /** Every assignment of the PR (released ones too), by round. */
  assignmentsForPr(repo: string, pr: number): Promise<AssignmentRecord[]>;
  /** Assignments since `since` that still count (not released), oldest first; all repos unless `repo`. */
  recentAssignments(query: { since: Date; repo?: string }): Promise<AssignmentRecord[]>;
  /** Ends open reviews on a PR (one login, or all when the PR closes); returns how many. */
  settleAssignments(settle: { repo: string; pr: number; login?: string; at?: Date }): Promise<number>;
  /** Open (neither released nor settled) assignments per login. */
  openAssignmentCounts(): Promise<Record<string, number>>;
  bumpExposure(login: string, types: string[], at?: Date): Promise<void>;
  /** Review counts per login and resource type; logins with none are absent. */
  exposureFor(logins: string[]): Promise<Record<string, Record<string, number>>>;

  /** True only for the call that recorded this (repo, subject, round). */
  recordPairing(pairing: PairingClaim): Promise<boolean>;
  /** The latest round's pair for an operation, or null. */
  pairingFor(repo: string, subject: number): Promise<PairingRecord | null>;
  /** The most recent pairings (default 500), oldest first. */
  recentPairings(query?: { since?: Date; repo?: string; limit?: number }): Promise<PairingRecord[]>;

  /** Members of org/team if cached, and fetched within `maxAgeMs` when given. */
  cachedTeam(org: string, team: string, maxAgeMs?: number, now?: Date): Promise<CachedTeam | null>;
  putTeam(org: string, team: string, members: string[], at?: Date): Promise<void>;

  /** Idempotent per (repo, issueNumber): returns the existing operation with created=false. */
  createOperation(input: NewOperation): Promise<{ operation: Operation; created: boolean }>;
  updateOperation(id: string, patch: OperationPatch): Promise<Operation | null>;
  getOperation(id: string): Promise<Operation | null>;
  operationForIssue(repo: string, issueNumber: number): Promise<Operation | null>;
  searchOperations(query: OperationQuery): Promise<Operation[]>;

  /** Upserts the run of (repo, pr, root, headSha); a late "queued"/"running" never overwrites "completed". */
  recordPlanRun(run: PlanRunInput): Promise<void>;
  /** The newest run for the PR (of one root when given), or null. */
  latestPlanRun(repo: string, pr: number, root?: string): Promise<PlanRun | null>;
  /** The newest run of each root of the PR, by root. */
  latestPlanRuns(repo: string, pr: number): Promise<PlanRun[]>;

  saveChecklistVerdict(input: ChecklistVerdictInput): Promise<void>;
  checklistVerdict(repo: string, pr: number, headSha: string): Promise<unknown>;

  /** The app's comment id for (issue, purpose), remembered by `rememberComment`, or null. */
  commentIdFor(repo: string, issueNumber: number, purpose: string): Promise<number | null>;
  rememberComment(repo: string, issueNumber: number, purpose: string, commentId: number, at?: Date): Promise<void>;

  /** Closes the pool / file. The store cannot be used afterwards. */
  close(): Promise<void>;
}
