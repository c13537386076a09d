import type { Db } from "./schema.js";
import type { Store } from "./types.js";
import { iso } from "./values.js";

type CommentMethods = Pick<Store, "commentIdFor" | "rememberComment">;

export function commentMethods(db: Db): CommentMethods {
  return {
    async commentIdFor(repo, issueNumber, purpose) {
      const row = await db
        .selectFrom("marked_comments")
        .select("comment_id")
        .where("repo", "=", repo)
        .where("issue_number", "=", issueNumber)
        .where("purpose", "=", purpose)
        .executeTakeFirst();
      // PostgreSQL returns 64-bit integers as strings.
      return row ? Number(row.comment_id) : null;
    },

    async rememberComment(repo, issueNumber, purpose, commentId, at) {
      const updatedAt = iso(at);
      await db
        .insertInto("marked_comments")
        .values({ repo, issue_number: issueNumber, purpose, comment_id: commentId, updated_at: updatedAt })
        .onConflict((oc) => oc.columns(["repo", "issue_number", "purpose"]).doUpdateSet({ comment_id: commentId, updated_at: updatedAt }))
        .execute();
    },
  };
}
