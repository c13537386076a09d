import type { GitHub, RepoRef } from "./octokit.js";

/**
 * The GitHub facts a release checklist is judged on: releases (drafts
 * included), reviews of the release pull request, and the recent pull
 * requests a published release is matched with.
 */

export interface ReleaseInfo {
  tagName: string;
  name: string;
  draft: boolean;
}

/**
 * The newest 100 releases. Drafts are listed only to callers with push
 * access, which an app with `contents: read` may not have; a missing draft
 * then reads as "no release yet".
 */
export async function listRecentReleases(gh: GitHub, input: RepoRef): Promise<ReleaseInfo[]> {
  const { data } = await gh.rest.repos.listReleases({ owner: input.owner, repo: input.repo, per_page: 100 });
  return data.map((release) => ({ tagName: release.tag_name, name: release.name ?? "", draft: release.draft }));
}

/**
 * Each reviewer's latest decisive review (APPROVED, CHANGES_REQUESTED or
 * DISMISSED), by lower-cased login. Comments do not change a decision, as
 * on GitHub's own pull request page. First 100 reviews.
 */
export async function latestReviewDecisions(
  gh: GitHub,
  input: RepoRef & { pullNumber: number },
): Promise<Map<string, "APPROVED" | "CHANGES_REQUESTED" | "DISMISSED">> {
  const { data } = await gh.rest.pulls.listReviews({ owner: input.owner, repo: input.repo, pull_number: input.pullNumber, per_page: 100 });
  const decisions = new Map<string, "APPROVED" | "CHANGES_REQUESTED" | "DISMISSED">();
  for (const review of data) {
    const login = review.user?.login?.toLowerCase();
    if (!login) continue;
    if (review.state === "APPROVED" || review.state === "CHANGES_REQUESTED" || review.state === "DISMISSED") {
      decisions.set(login, review.state);
    }
  }
  return decisions;
}

export interface PullSummary {
  number: number;
  title: string;
  body: string;
  headRef: string;
  headSha: string;
  labels: string[];
  merged: boolean;
}

/** The 50 most recently updated pull requests, open or closed. */
export async function recentPullRequests(gh: GitHub, input: RepoRef): Promise<PullSummary[]> {
  const { data } = await gh.rest.pulls.list({
    owner: input.owner,
    repo: input.repo,
    state: "all",
    sort: "updated",
    direction: "desc",
    per_page: 50,
  });
  return data.map((pull) => ({
    number: pull.number,
    title: pull.title,
    body: pull.body ?? "",
    headRef: pull.head.ref,
    headSha: pull.head.sha,
    labels: pull.labels.map((label) => label.name),
    merged: pull.merged_at !== null,
  }));
}
