import type { Kysely, Migration, MigrationProvider } from "kysely";

/*
 * Migrations are code, not files, so they ship inside the build and run identically on SQLite and
 * PostgreSQL: only portable types (text, integer) and constraints are used. Unique constraints carry
 * the idempotency rules, so that two replicas (or a redelivered webhook) cannot both win:
 *   review_assignments: one person per (repo, PR, round), and a person at most once per PR;
 *   pairings: one pair per (repo, subject, round); deliveries: each delivery id once;
 *   operations: one per (repo, issue number).
 * Never edit a migration once released; add a new one.
 */
const migrations: Record<string, Migration> = {
  "0001_initial": {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable("deliveries")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("received_at", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("deliveries_received_at").on("deliveries").column("received_at").execute();

      await db.schema
        .createTable("review_assignments")
        .addColumn("repo", "text", (c) => c.notNull())
        .addColumn("pr_number", "integer", (c) => c.notNull())
        .addColumn("round", "integer", (c) => c.notNull())
        .addColumn("login", "text", (c) => c.notNull())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("resource_types", "text", (c) => c.notNull())
        .addColumn("assigned_at", "text", (c) => c.notNull())
        .addColumn("released_at", "text")
        .addColumn("settled_at", "text")
        .addPrimaryKeyConstraint("review_assignments_pk", ["repo", "pr_number", "round"])
        .addUniqueConstraint("review_assignments_one_per_person", ["repo", "pr_number", "login"])
        .execute();
      await db.schema.createIndex("review_assignments_assigned_at").on("review_assignments").column("assigned_at").execute();
      await db.schema.createIndex("review_assignments_login").on("review_assignments").column("login").execute();

      await db.schema
        .createTable("exposures")
        .addColumn("login", "text", (c) => c.notNull())
        .addColumn("resource_type", "text", (c) => c.notNull())
        .addColumn("reviews", "integer", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("exposures_pk", ["login", "resource_type"])
        .execute();

      await db.schema
        .createTable("pairings")
        .addColumn("repo", "text", (c) => c.notNull())
        .addColumn("subject_number", "integer", (c) => c.notNull())
        .addColumn("round", "integer", (c) => c.notNull())
        .addColumn("commander", "text", (c) => c.notNull())
        .addColumn("driver", "text", (c) => c.notNull())
        .addColumn("paired_at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("pairings_pk", ["repo", "subject_number", "round"])
        .execute();
      await db.schema.createIndex("pairings_paired_at").on("pairings").column("paired_at").execute();

      await db.schema
        .createTable("team_members_cache")
        .addColumn("org", "text", (c) => c.notNull())
        .addColumn("team", "text", (c) => c.notNull())
        .addColumn("members", "text", (c) => c.notNull())
        .addColumn("fetched_at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("team_members_cache_pk", ["org", "team"])
        .execute();

      await db.schema
        .createTable("operations")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("repo", "text", (c) => c.notNull())
        .addColumn("issue_number", "integer")
        .addColumn("runbook", "text")
        .addColumn("title", "text", (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("commander", "text")
        .addColumn("driver", "text")
        .addColumn("planned_at", "text", (c) => c.notNull())
        .addColumn("reviewed_by", "text")
        .addColumn("reviewed_at", "text")
        .addColumn("completed_at", "text")
        .addColumn("outcome", "text")
        .addColumn("summary", "text", (c) => c.notNull())
        .addColumn("happened_at", "text", (c) => c.notNull())
        .addColumn("search_text", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .addUniqueConstraint("operations_one_per_issue", ["repo", "issue_number"])
        .execute();
      await db.schema.createIndex("operations_happened_at").on("operations").column("happened_at").execute();

      await db.schema
        .createTable("plan_runs")
        .addColumn("repo", "text", (c) => c.notNull())
        .addColumn("pr_number", "integer", (c) => c.notNull())
        .addColumn("root", "text", (c) => c.notNull())
        .addColumn("head_sha", "text", (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("conclusion", "text")
        .addColumn("headline", "text", (c) => c.notNull())
        .addColumn("risk_ids", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("plan_runs_pk", ["repo", "pr_number", "root", "head_sha"])
        .execute();

      await db.schema
        .createTable("checklist_state")
        .addColumn("repo", "text", (c) => c.notNull())
        .addColumn("pr_number", "integer", (c) => c.notNull())
        .addColumn("head_sha", "text", (c) => c.notNull())
        .addColumn("verdict", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("checklist_state_pk", ["repo", "pr_number", "head_sha"])
        .execute();
    },
  },
  // The id of the app's marked comment per issue and purpose, so an update is one request instead of
  // listing every comment first.
  "0002_marked_comments": {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable("marked_comments")
        .addColumn("repo", "text", (c) => c.notNull())
        .addColumn("issue_number", "integer", (c) => c.notNull())
        .addColumn("purpose", "text", (c) => c.notNull())
        .addColumn("comment_id", "bigint", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("marked_comments_pk", ["repo", "issue_number", "purpose"])
        .execute();
    },
  },
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
