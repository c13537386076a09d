import { posix } from "node:path";
import { parseRunbook } from "../checklist/runbook.js";
import type { Problem, Runbook, SectionKind } from "../checklist/types.js";
import type { Config } from "../config/schema.js";
import type { GitHub } from "../github/octokit.js";
import { listDirectory, readFileText } from "../github/repository.js";

export type LoadedRunbook =
  | { ok: true; runbook: Runbook; path: string }
  /** `missing`: no such file; `invalid`: errors that make the checklist impossible to use. */
  | { ok: false; reason: "missing"; path: string; available: string[] }
  | { ok: false; reason: "invalid"; path: string; runbook: Runbook; errors: Problem[] };

/**
 * Reads a runbook from the repository's default branch (never from a pull
 * request's branch, so a PR cannot rewrite the checklist it is judged by)
 * and parses it with the configured section headings. A missing section is
 * an error only when it is one of `gates` (a release gated on pre-work can
 * still run without a verification section); the other errors (no section
 * at all, an unclosed code block or comment hiding the rest) always are.
 */
export async function loadRunbook(
  gh: GitHub,
  input: { owner: string; repo: string; defaultBranch: string; config: Config; file: string; gates: readonly SectionKind[] },
): Promise<LoadedRunbook> {
  const { owner, repo, defaultBranch, config, file, gates } = input;
  const folder = posix.normalize(config.runbooks.path).replace(/\/+$/, "");
  const path = posix.join(folder, file);
  const text = await readFileText(gh, { owner, repo, path, ref: defaultBranch });
  if (text === undefined) {
    const available = (await listDirectory(gh, { owner, repo, path: folder, ref: defaultBranch })).filter((name) => name.endsWith(".md"));
    return { ok: false, reason: "missing", path, available };
  }
  const runbook = parseRunbook(text, { name: file, headings: config.runbooks.headings });
  const errors = runbook.problems.filter(
    (problem) =>
      problem.severity === "error" && (problem.code !== "missing-section" || (problem.section !== undefined && gates.includes(problem.section))),
  );
  if (errors.length > 0) return { ok: false, reason: "invalid", path, runbook, errors };
  return { ok: true, runbook, path };
}
