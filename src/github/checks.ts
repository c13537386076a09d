import type { GitHub, RepoRef } from "./octokit.js";

/** GitHub rejects check-run summary or text longer than this. */
const OUTPUT_LIMIT = 65_535;
const TITLE_LIMIT = 255;

export type CheckConclusion = "success" | "failure" | "neutral" | "cancelled" | "skipped" | "action_required";

export interface CheckOutput {
  title: string;
  summary: string;
  text?: string;
}

interface CheckRunInput extends RepoRef {
  name: string;
  headSha: string;
  conclusion?: CheckConclusion;
  output?: CheckOutput;
  /** Our own key (e.g. the PR and root) so a later run can find this one. */
  externalId?: string;
}

/** Creates a check run: completed when a conclusion is given, otherwise in progress. */
export async function createCheckRun(gh: GitHub, input: CheckRunInput): Promise<number> {
  const { data } = await gh.rest.checks.create({
    owner: input.owner,
    repo: input.repo,
    name: input.name,
    head_sha: input.headSha,
    external_id: input.externalId,
    ...(input.conclusion
      ? { status: "completed" as const, conclusion: input.conclusion, completed_at: new Date().toISOString() }
      : { status: "in_progress" as const, started_at: new Date().toISOString() }),
    ...(input.output ? { output: clampOutput(input.output) } : {}),
  });
  return data.id;
}

/** Completes (or updates) an existing check run. */
export async function completeCheckRun(
  gh: GitHub,
  input: RepoRef & { checkRunId: number; conclusion: CheckConclusion; output: CheckOutput },
): Promise<void> {
  await gh.rest.checks.update({
    owner: input.owner,
    repo: input.repo,
    check_run_id: input.checkRunId,
    status: "completed",
    conclusion: input.conclusion,
    completed_at: new Date().toISOString(),
    output: clampOutput(input.output),
  });
}

/** Check runs of one name on one commit that are still queued or in progress. */
export async function listOpenCheckRuns(
  gh: GitHub,
  input: RepoRef & { ref: string; name: string },
): Promise<number[]> {
  const { data } = await gh.rest.checks.listForRef({
    owner: input.owner,
    repo: input.repo,
    ref: input.ref,
    check_name: input.name,
    filter: "latest",
    per_page: 100,
  });
  return data.check_runs.filter((run) => run.status !== "completed").map((run) => run.id);
}

/** Renderers keep within the limits; this is the last guard so GitHub never rejects the call. */
export function clampOutput(output: CheckOutput): CheckOutput {
  return {
    title: clamp(output.title, TITLE_LIMIT),
    summary: clamp(output.summary, OUTPUT_LIMIT),
    ...(output.text !== undefined ? { text: clamp(output.text, OUTPUT_LIMIT) } : {}),
  };
}

function clamp(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const note = "\n\n… (cut to fit GitHub's limit)";
  return text.slice(0, limit - note.length) + note;
}
