import { uniqueLogins } from "../review/eligibility.js";
import { httpStatus, type GitHub, type RepoRef } from "./octokit.js";

/*
 * Who is asked to work on a pull request or issue: review requests, assignees, team members, and
 * whether someone's GitHub status says they are busy.
 */

interface PullTarget extends RepoRef {
  pullNumber: number;
}

/**
 * Requests reviews in ONE call. Keys with nothing to request are left out of the body (GitHub
 * wants at least one); nothing at all means no request.
 */
export async function requestReviewers(
  gh: GitHub,
  input: PullTarget & { reviewers: string[]; teamReviewers?: string[] },
): Promise<void> {
  const teamReviewers = input.teamReviewers ?? [];
  if (input.reviewers.length === 0 && teamReviewers.length === 0) return;
  await gh.rest.pulls.requestReviewers({
    owner: input.owner,
    repo: input.repo,
    pull_number: input.pullNumber,
    ...(input.reviewers.length > 0 ? { reviewers: input.reviewers } : {}),
    ...(teamReviewers.length > 0 ? { team_reviewers: teamReviewers } : {}),
  });
}

/** Withdraws review requests; a request that is already gone (reviewed, removed by a person) is fine. */
export async function removeReviewers(gh: GitHub, input: PullTarget & { reviewers: string[] }): Promise<void> {
  if (input.reviewers.length === 0) return;
  try {
    await gh.rest.pulls.removeRequestedReviewers({
      owner: input.owner,
      repo: input.repo,
      pull_number: input.pullNumber,
      reviewers: input.reviewers,
    });
  } catch (error) {
    const status = httpStatus(error);
    if (status !== 404 && status !== 422) throw error;
  }
}

/** Adds assignees to an issue or PR; GitHub ignores people already assigned. */
export async function addAssignees(gh: GitHub, input: RepoRef & { issueNumber: number; assignees: string[] }): Promise<void> {
  if (input.assignees.length === 0) return;
  await gh.rest.issues.addAssignees({
    owner: input.owner,
    repo: input.repo,
    issue_number: input.issueNumber,
    assignees: input.assignees,
  });
}

/** Logins of every member of `org/teamSlug`, all pages (needs the `members: read` permission). */
export async function listTeamMembers(gh: GitHub, input: { org: string; teamSlug: string }): Promise<string[]> {
  const members = await gh.paginate(gh.rest.teams.listMembersInOrg, {
    org: input.org,
    team_slug: input.teamSlug,
    per_page: 100,
  });
  return members.map((member) => member.login);
}

/** What a GitHub login may look like; anything else is never put into a query. */
const USER_LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;

type StatusData = Record<string, { status?: { indicatesLimitedAvailability?: boolean } | null } | null | undefined>;

/**
 * Logins whose GitHub status says "busy" (limited availability), asked in ONE GraphQL query with an
 * alias per person. Availability is a courtesy signal, never a reason to fail an assignment: people
 * GitHub does not answer for (unknown login, error, API down) count as not busy, and `onError`
 * hears about the failure.
 */
export async function busyLogins(gh: GitHub, logins: string[], onError?: (error: unknown) => void): Promise<string[]> {
  const queried = uniqueLogins(logins).filter((login) => USER_LOGIN.test(login));
  if (queried.length === 0) return [];
  const alias = (index: number): string => `u${index}`;
  const query = [
    `query InfraCoachBusy(${queried.map((_, index) => `$${alias(index)}: String!`).join(", ")}) {`,
    ...queried.map(
      (_, index) => `  ${alias(index)}: user(login: $${alias(index)}) { status { indicatesLimitedAvailability } }`,
    ),
    "}",
  ].join("\n");
  const variables = Object.fromEntries(queried.map((login, index) => [alias(index), login]));
  let data: StatusData | undefined;
  try {
    data = await gh.graphql<StatusData>(query, variables);
  } catch (error) {
    onError?.(error);
    // A GraphqlResponseError still carries the answers for the logins GitHub did resolve.
    data = (error as { data?: StatusData } | null)?.data ?? undefined;
  }
  return queried.filter((_, index) => data?.[alias(index)]?.status?.indicatesLimitedAvailability === true);
}
