import { sql, type Transaction } from "kysely";
import type { Database, Db, ReviewAssignmentsTable } from "./schema.js";
import type { AssignmentClaim, AssignmentKind, AssignmentRecord, Store } from "./types.js";
import { affected, iso, login, stringList, toJson } from "./values.js";

type AssignmentMethods = Pick<
  Store,
  | "claimAssignment"
  | "assignmentsForPr"
  | "recentAssignments"
  | "settleAssignments"
  | "openAssignmentCounts"
  | "bumpExposure"
  | "exposureFor"
>;

/** How often "next free round" is retried when other writers keep taking it. */
const NEXT_ROUND_ATTEMPTS = 5;

export function assignmentMethods(db: Db): AssignmentMethods {
  return {
    async claimAssignment(claim) {
      if (claim.round !== undefined) return claimRound(db, claim, claim.round);
      for (let attempt = 0; attempt < NEXT_ROUND_ATTEMPTS; attempt += 1) {
        const existing = await rowsForPr(db, claim.repo, claim.pr);
        if (existing.some((row) => row.login === login(claim.login))) return false;
        const next = existing.reduce((max, row) => Math.max(max, row.round + 1), 0);
        if (await claimRound(db, claim, next)) return true;
      }
      return false;
    },

    async assignmentsForPr(repo, pr) {
      return (await rowsForPr(db, repo, pr)).map(toRecord);
    },

    async recentAssignments({ since, repo }) {
      let query = db
        .selectFrom("review_assignments")
        .selectAll()
        .where("assigned_at", ">=", since.toISOString())
        .where("released_at", "is", null);
      if (repo !== undefined) query = query.where("repo", "=", repo);
      const rows = await query.orderBy("assigned_at").orderBy("repo").orderBy("pr_number").orderBy("round").execute();
      return rows.map(toRecord);
    },

    async settleAssignments({ repo, pr, login: who, at }) {
      let query = db
        .updateTable("review_assignments")
        .set({ settled_at: iso(at) })
        .where("repo", "=", repo)
        .where("pr_number", "=", pr)
        .where("settled_at", "is", null)
        .where("released_at", "is", null);
      if (who !== undefined) query = query.where("login", "=", login(who));
      return affected(await query.executeTakeFirst());
    },

    async openAssignmentCounts() {
      const rows = await db
        .selectFrom("review_assignments")
        .select(["login", (eb) => eb.fn.countAll<number | string>().as("open")])
        .where("released_at", "is", null)
        .where("settled_at", "is", null)
        .groupBy("login")
        .execute();
      return Object.fromEntries(rows.map((row) => [row.login, Number(row.open)]));
    },

    async bumpExposure(who, types, at) {
      await bump(db, login(who), types, iso(at));
    },

    async exposureFor(logins) {
      const wanted = [...new Set(logins.map(login))];
      if (wanted.length === 0) return {};
      const rows = await db
        .selectFrom("exposures")
        .select(["login", "resource_type", "reviews"])
        .where("login", "in", wanted)
        .where("reviews", ">", 0)
        .execute();
      const result: Record<string, Record<string, number>> = {};
      for (const row of rows) (result[row.login] ??= {})[row.resource_type] = Number(row.reviews);
      return result;
    },
  };
}

/**
 * One transaction: the insert either wins the (repo, pr, round) slot or does nothing (another
 * writer holds it, or this person is already on the PR). Only the winner bumps exposure and, on a
 * reroll, releases the replaced person, so a lost race or a redelivery changes nothing.
 */
async function claimRound(db: Db, claim: AssignmentClaim, round: number): Promise<boolean> {
  const at = iso(claim.at);
  const types = [...new Set(claim.types)].sort();
  return db.transaction().execute(async (trx) => {
    const won = await trx
      .insertInto("review_assignments")
      .values({
        repo: claim.repo,
        pr_number: claim.pr,
        round,
        login: login(claim.login),
        kind: claim.kind,
        resource_types: toJson(types),
        assigned_at: at,
      })
      .onConflict((oc) => oc.doNothing())
      .returning("round")
      .executeTakeFirst();
    if (won === undefined) return false;
    await bump(trx, login(claim.login), types, at);
    if (claim.replaces !== undefined) await release(trx, claim, at);
    return true;
  });
}

async function release(trx: Transaction<Database>, claim: AssignmentClaim, at: string): Promise<void> {
  const released = await trx
    .updateTable("review_assignments")
    .set({ released_at: at })
    .where("repo", "=", claim.repo)
    .where("pr_number", "=", claim.pr)
    .where("login", "=", login(claim.replaces ?? ""))
    .where("released_at", "is", null)
    .returning("resource_types")
    .executeTakeFirst();
  const types = released ? stringList(released.resource_types) : [];
  if (types.length === 0) return;
  await trx
    .updateTable("exposures")
    .set({ reviews: sql<number>`case when reviews > 0 then reviews - 1 else 0 end`, updated_at: at })
    .where("login", "=", login(claim.replaces ?? ""))
    .where("resource_type", "in", types)
    .execute();
}

/** Upsert +1 per type. Types are sorted so concurrent bumps lock rows in the same order (no deadlock). */
async function bump(db: Db, who: string, types: string[], at: string): Promise<void> {
  const unique = [...new Set(types)].sort();
  if (unique.length === 0) return;
  await db
    .insertInto("exposures")
    .values(unique.map((type) => ({ login: who, resource_type: type, reviews: 1, updated_at: at })))
    .onConflict((oc) =>
      oc.columns(["login", "resource_type"]).doUpdateSet({
        reviews: (eb) => eb("exposures.reviews", "+", 1),
        updated_at: (eb) => eb.ref("excluded.updated_at"),
      }),
    )
    .execute();
}

async function rowsForPr(db: Db, repo: string, pr: number): Promise<ReviewAssignmentsTable[]> {
  return db
    .selectFrom("review_assignments")
    .selectAll()
    .where("repo", "=", repo)
    .where("pr_number", "=", pr)
    .orderBy("round")
    .execute();
}

function toRecord(row: ReviewAssignmentsTable): AssignmentRecord {
  return {
    repo: row.repo,
    pr: Number(row.pr_number),
    round: Number(row.round),
    login: row.login,
    kind: row.kind as AssignmentKind,
    types: stringList(row.resource_types),
    at: row.assigned_at,
    releasedAt: row.released_at,
    settledAt: row.settled_at,
  };
}
