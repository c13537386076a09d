import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import type { Db, OperationsTable } from "./schema.js";
import type { Operation, OperationPatch, OperationStatus, Store } from "./types.js";
import { iso, login } from "./values.js";

type OperationMethods = Pick<
  Store,
  "createOperation" | "updateOperation" | "getOperation" | "operationForIssue" | "searchOperations"
>;

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 500;

export function operationMethods(db: Db): OperationMethods {
  return {
    async createOperation(input) {
      const now = iso(undefined);
      const row = withDerived({
        id: randomUUID(),
        repo: input.repo,
        issue_number: input.issueNumber ?? null,
        runbook: input.runbook ?? null,
        title: input.title,
        status: "planned",
        commander: input.commander === undefined ? null : login(input.commander),
        driver: input.driver === undefined ? null : login(input.driver),
        planned_at: iso(input.plannedAt),
        reviewed_by: null,
        reviewed_at: null,
        completed_at: null,
        outcome: null,
        summary: input.summary ?? "",
        updated_at: now,
      });
      const inserted = await db
        .insertInto("operations")
        .values(row)
        .onConflict((oc) => oc.doNothing())
        .returning("id")
        .executeTakeFirst();
      if (inserted) return { operation: toOperation(row), created: true };
      const existing = await selectOperations(db)
        .where("repo", "=", input.repo)
        .where("issue_number", "=", input.issueNumber ?? null)
        .executeTakeFirstOrThrow();
      return { operation: toOperation(existing), created: false };
    },

    async updateOperation(id, patch) {
      return db.transaction().execute(async (trx) => {
        const current = await selectOperations(trx).where("id", "=", id).executeTakeFirst();
        if (!current) return null;
        const next = withDerived(applyPatch(current, patch));
        await trx.updateTable("operations").set(next).where("id", "=", id).execute();
        return toOperation(next);
      });
    },

    async getOperation(id) {
      const row = await selectOperations(db).where("id", "=", id).executeTakeFirst();
      return row ? toOperation(row) : null;
    },

    async operationForIssue(repo, issueNumber) {
      const row = await selectOperations(db).where("repo", "=", repo).where("issue_number", "=", issueNumber).executeTakeFirst();
      return row ? toOperation(row) : null;
    },

    async searchOperations(query) {
      let select = selectOperations(db);
      for (const word of searchWords(query.text)) {
        select = select.where(sql<boolean>`search_text like ${likePattern(word)} escape '\\'`);
      }
      if (query.repo !== undefined) select = select.where("repo", "=", query.repo);
      if (query.status !== undefined) select = select.where("status", "=", query.status);
      if (query.since !== undefined) select = select.where("happened_at", ">=", query.since.toISOString());
      if (query.until !== undefined) select = select.where("happened_at", "<=", query.until.toISOString());
      const limit = Math.min(Math.max(1, Math.floor(query.limit ?? DEFAULT_LIMIT)), MAX_LIMIT);
      const rows = await select.orderBy("happened_at", "desc").orderBy("id").limit(limit).execute();
      return rows.map(toOperation);
    },
  };
}

function selectOperations(db: Db) {
  return db.selectFrom("operations").selectAll();
}

function applyPatch(current: OperationsTable, patch: OperationPatch): OperationsTable {
  const at = iso(patch.at);
  const next: OperationsTable = { ...current, updated_at: at };
  if (patch.title !== undefined) next.title = patch.title;
  if (patch.runbook !== undefined) next.runbook = patch.runbook;
  if (patch.commander !== undefined) next.commander = patch.commander === null ? null : login(patch.commander);
  if (patch.driver !== undefined) next.driver = patch.driver === null ? null : login(patch.driver);
  if (patch.reviewedBy !== undefined) next.reviewed_by = patch.reviewedBy === null ? null : login(patch.reviewedBy);
  if (patch.reviewedAt !== undefined) next.reviewed_at = patch.reviewedAt === null ? null : patch.reviewedAt.toISOString();
  if (patch.completedAt !== undefined) next.completed_at = patch.completedAt === null ? null : patch.completedAt.toISOString();
  if (patch.outcome !== undefined) next.outcome = patch.outcome;
  if (patch.summary !== undefined) next.summary = patch.summary;
  if (patch.status !== undefined) {
    next.status = patch.status;
    if (patch.status === "reviewed" && next.reviewed_at === null) next.reviewed_at = at;
    if ((patch.status === "done" || patch.status === "cancelled") && next.completed_at === null) next.completed_at = at;
  }
  return next;
}

/** Fills the columns that exist only to make searching simple: the date and the lower-cased text. */
function withDerived(row: Omit<OperationsTable, "happened_at" | "search_text">): OperationsTable {
  const fields = [row.repo, row.title, row.summary, row.runbook, row.outcome, row.commander, row.driver, row.reviewed_by];
  return {
    ...row,
    happened_at: row.completed_at ?? row.planned_at,
    search_text: fields
      .filter((field): field is string => field !== null)
      .join("\n")
      .toLowerCase(),
  };
}

function searchWords(text: string | undefined): string[] {
  return (text ?? "").toLowerCase().split(/\s+/).filter(Boolean);
}

/** Matches `word` anywhere, with LIKE's own wildcards taken literally. */
function likePattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

function toOperation(row: OperationsTable): Operation {
  return {
    id: row.id,
    repo: row.repo,
    issueNumber: row.issue_number === null ? null : Number(row.issue_number),
    runbook: row.runbook,
    title: row.title,
    status: row.status as OperationStatus,
    commander: row.commander,
    driver: row.driver,
    plannedAt: row.planned_at,
    reviewedBy: row.reviewed_by,
    reviewedAt: row.reviewed_at,
    completedAt: row.completed_at,
    outcome: row.outcome,
    summary: row.summary,
    updatedAt: row.updated_at,
  };
}
