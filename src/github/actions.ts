import type { GitHub, RepoRef } from "./octokit.js";
import { binaryBody } from "./repository.js";

/** Downloads the named artifact of a workflow run as zip bytes, or undefined when the run has none. */
export async function downloadRunArtifact(
  gh: GitHub,
  input: RepoRef & { runId: number; name: string },
): Promise<Uint8Array | undefined> {
  const { data } = await gh.rest.actions.listWorkflowRunArtifacts({
    owner: input.owner,
    repo: input.repo,
    run_id: input.runId,
    name: input.name,
    per_page: 10,
  });
  const artifact = data.artifacts.find((candidate) => candidate.name === input.name && !candidate.expired);
  if (!artifact) return undefined;
  const download = await gh.rest.actions.downloadArtifact({
    owner: input.owner,
    repo: input.repo,
    artifact_id: artifact.id,
    archive_format: "zip",
  });
  return binaryBody(download.data, "artifact");
}
