import type { GitHub, RepoRef } from "./octokit.js";

export interface IssueRef {
  number: number;
  /** GraphQL node id (pinning needs it). */
  nodeId: string;
}

export interface IssueText extends IssueRef {
  title: string;
  body: string;
  state: "open" | "closed";
}

export interface IssueComment {
  id: number;
  author: string;
  isBot: boolean;
  body: string;
  createdAt: Date;
}

export async function createIssue(
  gh: GitHub,
  input: RepoRef & { title: string; body: string; labels: string[] },
): Promise<IssueRef> {
  const { data } = await gh.rest.issues.create({
    owner: input.owner,
    repo: input.repo,
    title: input.title,
    body: input.body,
    labels: input.labels,
  });
  return { number: data.number, nodeId: data.node_id };
}

/** Works for pull requests too: their description is the issue body. */
export async function readIssue(gh: GitHub, input: RepoRef & { issueNumber: number }): Promise<IssueText> {
  const { data } = await gh.rest.issues.get({ owner: input.owner, repo: input.repo, issue_number: input.issueNumber });
  return { number: data.number, nodeId: data.node_id, title: data.title, body: data.body ?? "", state: data.state === "closed" ? "closed" : "open" };
}

/** Replaces the body of an issue or a pull request. */
export async function updateIssueBody(gh: GitHub, input: RepoRef & { issueNumber: number; body: string }): Promise<void> {
  await gh.rest.issues.update({ owner: input.owner, repo: input.repo, issue_number: input.issueNumber, body: input.body });
}

/**
 * The issue with exactly this title and label, open ones first, oldest first.
 * Only the first page (the oldest 100 with the label) is read: the issues
 * looked up this way are created early and never in bulk.
 */
export async function findIssueByTitle(
  gh: GitHub,
  input: RepoRef & { title: string; label: string },
): Promise<IssueText | undefined> {
  const { data } = await gh.rest.issues.listForRepo({
    owner: input.owner,
    repo: input.repo,
    labels: input.label,
    state: "all",
    sort: "created",
    direction: "asc",
    per_page: 100,
  });
  const matching = data.filter((issue) => !issue.pull_request && issue.title === input.title);
  const found = matching.find((issue) => issue.state === "open") ?? matching[0];
  if (!found) return undefined;
  return { number: found.number, nodeId: found.node_id, title: found.title, body: found.body ?? "", state: found.state === "closed" ? "closed" : "open" };
}

/**
 * Pins an issue to the repository (GraphQL only). Pinning is a convenience:
 * GitHub allows three pinned issues and the app may lack the right, so a
 * failure is returned, not thrown.
 */
export async function pinIssue(gh: GitHub, nodeId: string): Promise<{ pinned: true } | { pinned: false; reason: string }> {
  try {
    await gh.graphql(`mutation($issueId: ID!) { pinIssue(input: { issueId: $issueId }) { issue { number } } }`, { issueId: nodeId });
    return { pinned: true };
  } catch (error) {
    return { pinned: false, reason: (error instanceof Error ? error.message : String(error)).split("\n")[0]!.slice(0, 300) };
  }
}

export async function commentOnIssue(gh: GitHub, input: RepoRef & { issueNumber: number; body: string }): Promise<number> {
  const { data } = await gh.rest.issues.createComment({ owner: input.owner, repo: input.repo, issue_number: input.issueNumber, body: input.body });
  return data.id;
}

/** Every comment of an issue, oldest first. */
export async function listIssueComments(gh: GitHub, input: RepoRef & { issueNumber: number }): Promise<IssueComment[]> {
  const comments = await gh.paginate(gh.rest.issues.listComments, {
    owner: input.owner,
    repo: input.repo,
    issue_number: input.issueNumber,
    per_page: 100,
  });
  return comments.map((comment) => ({
    id: comment.id,
    author: comment.user?.login ?? "ghost",
    isBot: comment.user?.type === "Bot",
    body: comment.body ?? "",
    createdAt: new Date(comment.created_at),
  }));
}

/** Logins (not bots) who reacted 👍 to the issue itself, first page only. */
export async function thumbsUpOnIssue(gh: GitHub, input: RepoRef & { issueNumber: number }): Promise<string[]> {
  const { data } = await gh.rest.reactions.listForIssue({
    owner: input.owner,
    repo: input.repo,
    issue_number: input.issueNumber,
    content: "+1",
    per_page: 100,
  });
  return data.filter((reaction) => reaction.user && reaction.user.type !== "Bot").map((reaction) => reaction.user!.login);
}

export async function reactToComment(
  gh: GitHub,
  input: RepoRef & { commentId: number; content: "+1" | "-1" | "eyes" | "rocket" | "confused" },
): Promise<void> {
  await gh.rest.reactions.createForIssueComment({ owner: input.owner, repo: input.repo, comment_id: input.commentId, content: input.content });
}
