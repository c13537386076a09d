import type { Db } from "./schema.js";
import type { Store } from "./types.js";
import { iso, login, stringList, toJson } from "./values.js";

export function teamMethods(db: Db): Pick<Store, "cachedTeam" | "putTeam"> {
  return {
    async cachedTeam(org, team, maxAgeMs, now) {
      const row = await db
        .selectFrom("team_members_cache")
        .select(["members", "fetched_at"])
        .where("org", "=", org.toLowerCase())
        .where("team", "=", team.toLowerCase())
        .executeTakeFirst();
      if (!row) return null;
      const age = (now ?? new Date()).getTime() - Date.parse(row.fetched_at);
      if (maxAgeMs !== undefined && age > maxAgeMs) return null;
      return { members: stringList(row.members), fetchedAt: row.fetched_at };
    },

    async putTeam(org, team, members, at) {
      const values = {
        org: org.toLowerCase(),
        team: team.toLowerCase(),
        members: toJson([...new Set(members.map(login))].sort()),
        fetched_at: iso(at),
      };
      await db
        .insertInto("team_members_cache")
        .values(values)
        .onConflict((oc) => oc.columns(["org", "team"]).doUpdateSet({ members: values.members, fetched_at: values.fetched_at }))
        .execute();
    },
  };
}
