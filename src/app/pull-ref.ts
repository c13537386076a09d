/** What the jobs need to know about a pull request, from whichever event named it. */
export interface PullRef {
  owner: string;
  repo: string;
  /** Web address of the base repository (github.com or GitHub Enterprise). */
  htmlUrl: string;
  number: number;
  headSha: string;
  headRef: string;
  baseRef: string;
  title: string;
  author: string;
  /** The head branch lives in another repository. */
  isFork: boolean;
  draft: boolean;
  /** Labels at the time of the event ([] when the event did not say: see pullRefFromRun). */
  labels: string[];
  body: string;
  /** Users whose review is requested now (from the event; [] when it did not say). */
  requestedReviewers: string[];
}

interface PullPayload {
  number: number;
  title: string;
  body?: string | null;
  draft?: boolean;
  user: { login: string } | null;
  labels?: { name: string }[];
  /** Users (with a login) and teams (without one). */
  requested_reviewers?: readonly unknown[] | null;
  head: { sha: string; ref: string; repo: { full_name: string } | null };
  base: { ref: string; repo: { full_name: string; name: string; html_url: string; owner: { login: string } | null } };
}

export function pullRefFrom(pull: PullPayload): PullRef {
  const base = pull.base.repo;
  return {
    owner: base.owner?.login ?? base.full_name.split("/")[0]!,
    repo: base.name,
    htmlUrl: base.html_url,
    number: pull.number,
    headSha: pull.head.sha,
    headRef: pull.head.ref,
    baseRef: pull.base.ref,
    title: pull.title,
    author: pull.user?.login ?? "ghost",
    // A deleted fork has no head repo: treat it as a fork, the safe side.
    isFork: pull.head.repo?.full_name !== base.full_name,
    draft: pull.draft ?? false,
    labels: (pull.labels ?? []).map((label) => label.name),
    body: pull.body ?? "",
    requestedReviewers: (pull.requested_reviewers ?? []).flatMap((reviewer) => {
      const login = (reviewer as { login?: unknown } | null)?.login;
      return typeof login === "string" ? [login] : [];
    }),
  };
}

export function pullKey(pull: Pick<PullRef, "owner" | "repo" | "number">): string {
  return `${pull.owner}/${pull.repo}#${pull.number}`;
}

interface RunPayload {
  head_sha: string;
  head_branch: string | null;
  pull_requests: ({ number: number; head: { ref: string; sha: string }; base: { ref: string } } | null)[];
}

interface RepositoryPayload {
  name: string;
  full_name: string;
  html_url: string;
  owner: { login: string } | null;
}

/**
 * What a workflow_run says about its PR. It names no author, title or labels;
 * the plan publisher does not need them, which saves fetching the PR.
 */
export function pullRefFromRun(run: RunPayload, repository: RepositoryPayload): PullRef | undefined {
  const linked = run.pull_requests.find((pull) => pull?.head.sha === run.head_sha);
  if (!linked) return undefined;
  return {
    owner: repository.owner?.login ?? repository.full_name.split("/")[0]!,
    repo: repository.name,
    htmlUrl: repository.html_url,
    number: linked.number,
    headSha: run.head_sha,
    headRef: linked.head.ref,
    baseRef: linked.base.ref,
    title: "",
    author: "",
    isFork: false,
    draft: false,
    labels: [],
    body: "",
    requestedReviewers: [],
  };
}
