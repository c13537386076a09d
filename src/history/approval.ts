import { scanMarkdown } from "../checklist/markdown-lines.js";

/**
 * A line that is only an approval: `/approve`, `/infra-coach approve`, `LGTM`,
 * `Approved`, `承認` / `承認します` / `承認しました`, optionally followed by
 * punctuation or a friendly emoji. "LGTM?", "not LGTM" and "承認できません"
 * are not approvals; neither is an approval quoted (`>`) or in code.
 */
const APPROVAL_LINE =
  /^(?:\/approve|\/infra-coach\s+approve|lgtm|approved?|承認(?:します|しました|です)?)[\s!！.。🎉👍🙆✨]*$/iu;

/**
 * Whether a comment approves an ops-log written by `issueAuthor`. The author
 * cannot approve their own log, and bots never approve. Reactions (👍) are
 * checked by the caller with the same rule about the author.
 */
export function isApproval(comment: { author: string; body: string | null | undefined }, issueAuthor: string): boolean {
  const author = comment.author.trim().toLowerCase();
  if (author === "" || author === issueAuthor.trim().toLowerCase() || author.endsWith("[bot]")) return false;
  return scanMarkdown(comment.body ?? "").lines.some(
    (line) => line.kind === "text" && APPROVAL_LINE.test(line.visible.trim().normalize("NFKC")),
  );
}
