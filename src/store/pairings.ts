import type { Db, PairingsTable } from "./schema.js";
import type { PairingRecord, Store } from "./types.js";
import { iso, login } from "./values.js";

const DEFAULT_RECENT_PAIRINGS = 500;

export function pairingMethods(db: Db): Pick<Store, "recordPairing" | "pairingFor" | "recentPairings"> {
  return {
    async recordPairing(pairing) {
      const inserted = await db
        .insertInto("pairings")
        .values({
          repo: pairing.repo,
          subject_number: pairing.subject,
          round: pairing.round ?? 0,
          commander: login(pairing.commander),
          driver: login(pairing.driver),
          paired_at: iso(pairing.at),
        })
        .onConflict((oc) => oc.doNothing())
        .returning("round")
        .executeTakeFirst();
      return inserted !== undefined;
    },

    async pairingFor(repo, subject) {
      const row = await db
        .selectFrom("pairings")
        .selectAll()
        .where("repo", "=", repo)
        .where("subject_number", "=", subject)
        .orderBy("round", "desc")
        .limit(1)
        .executeTakeFirst();
      return row ? toRecord(row) : null;
    },

    async recentPairings(query = {}) {
      let select = db.selectFrom("pairings").selectAll();
      if (query.since !== undefined) select = select.where("paired_at", ">=", query.since.toISOString());
      if (query.repo !== undefined) select = select.where("repo", "=", query.repo);
      const rows = await select
        .orderBy("paired_at", "desc")
        .orderBy("repo", "desc")
        .orderBy("subject_number", "desc")
        .orderBy("round", "desc")
        .limit(query.limit ?? DEFAULT_RECENT_PAIRINGS)
        .execute();
      return rows.reverse().map(toRecord);
    },
  };
}

function toRecord(row: PairingsTable): PairingRecord {
  return {
    repo: row.repo,
    subject: Number(row.subject_number),
    round: Number(row.round),
    commander: row.commander,
    driver: row.driver,
    at: row.paired_at,
  };
}
