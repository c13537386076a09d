import type { ProbotOctokit } from "probot";

/** The authenticated client a handler gets as `context.octokit`. */
export type GitHub = ProbotOctokit;

export interface RepoRef {
  owner: string;
  repo: string;
}

/** HTTP status of an Octokit RequestError, or undefined for anything else. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === "number" ? status : undefined;
}
