import type { Db } from "./schema.js";
import type { Store } from "./types.js";
import { affected, iso } from "./values.js";

export function deliveryMethods(db: Db): Pick<Store, "recordDelivery" | "pruneDeliveries"> {
  return {
    async recordDelivery(id, at) {
      const inserted = await db
        .insertInto("deliveries")
        .values({ id, received_at: iso(at) })
        .onConflict((oc) => oc.column("id").doNothing())
        .returning("id")
        .executeTakeFirst();
      return inserted !== undefined;
    },

    async pruneDeliveries(before) {
      const result = await db.deleteFrom("deliveries").where("received_at", "<", before.toISOString()).executeTakeFirst();
      return affected(result);
    },
  };
}
