import { httpStatus, type GitHub, type RepoRef } from "./octokit.js";

/** Hidden HTML marker that identifies the app's comment for one purpose on one issue/PR. */
export function commentMarker(purpose: string): string {
  return `<!-- infra-coach:${purpose} -->`;
}

interface UpsertInput extends RepoRef {
  issueNumber: number;
  marker: string;
  /** Full body; must already contain `marker`. */
  body: string;
  /** Comment id remembered from the last run; saves listing the comments. */
  knownId?: number;
}

/**
 * Creates or edits THE comment carrying `marker`, so a PR has one comment per
 * purpose however many events arrive. Two replicas racing on a PR can both
 * create one; the loser is found right after creation and deleted, so the PR
 * converges to the oldest comment.
 */
export async function upsertMarkedComment(gh: GitHub, input: UpsertInput): Promise<{ id: number; created: boolean }> {
  const { owner, repo, issueNumber, marker, body } = input;
  if (!body.includes(marker)) throw new Error("comment body must contain its marker");
  if (input.knownId !== undefined) {
    try {
      await gh.rest.issues.updateComment({ owner, repo, comment_id: input.knownId, body });
      return { id: input.knownId, created: false };
    } catch (error) {
      if (httpStatus(error) !== 404) throw error;
    }
  }
  const existing = await findMarkedComments(gh, { owner, repo, issueNumber, marker });
  const [first, ...duplicates] = existing;
  if (first !== undefined) {
    await gh.rest.issues.updateComment({ owner, repo, comment_id: first, body });
    await deleteComments(gh, { owner, repo }, duplicates);
    return { id: first, created: false };
  }
  const { data } = await gh.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
  const afterCreate = await findMarkedComments(gh, { owner, repo, issueNumber, marker });
  const winner = afterCreate[0] ?? data.id;
  await deleteComments(gh, { owner, repo }, afterCreate.filter((id) => id !== winner));
  return { id: winner, created: winner === data.id };
}

/** Ids of the bot's comments carrying `marker`, oldest first. */
export async function findMarkedComments(
  gh: GitHub,
  { owner, repo, issueNumber, marker }: RepoRef & { issueNumber: number; marker: string },
): Promise<number[]> {
  const comments = await gh.paginate(gh.rest.issues.listComments, {
    owner,
    repo,
    issue_number: issueNumber,
    per_page: 100,
  });
  // Only bot comments: a human quoting the marker must not become "the" comment.
  return comments
    .filter((comment) => comment.user?.type === "Bot" && (comment.body ?? "").includes(marker))
    .sort((a, b) => a.id - b.id)
    .map((comment) => comment.id);
}

async function deleteComments(gh: GitHub, { owner, repo }: RepoRef, ids: number[]): Promise<void> {
  for (const id of ids) {
    try {
      await gh.rest.issues.deleteComment({ owner, repo, comment_id: id });
    } catch (error) {
      // Another replica may have deleted it first: that is the outcome we want.
      if (httpStatus(error) !== 404) throw error;
    }
  }
}
