import { createHash } from "node:crypto";
import type { Logger } from "probot";
import { z } from "zod";
import { applyAutoVerify } from "../checklist/auto-verify.js";
import { findChecklistBlock, insertChecklist } from "../checklist/insert.js";
import type { PlaceholderContext } from "../checklist/placeholders.js";
import type { AutoVerifyFacts, Runbook } from "../checklist/types.js";
import { evaluateChecklist } from "../checklist/verdict.js";
import type { Config } from "../config/schema.js";
import { completeCheckRun, createCheckRun, listOpenCheckRuns } from "../github/checks.js";
import { readIssue, updateIssueBody } from "../github/issues.js";
import type { GitHub } from "../github/octokit.js";
import type { Store } from "../store/index.js";
import { loadRunbook } from "./operation-runbook.js";
import { pullRefFrom, type PullRef } from "./pull-ref.js";
import { gatherFacts } from "./release-facts.js";
import { notReleaseOutput, runbookFailureOutput, supersededOutput, withRunbookNotes, type ChecklistCheckOutput } from "./release-output.js";
import { isReleasePull, RELEASE_CHECK_NAME, releaseContext } from "./release-pull.js";

export interface ReleaseCheckDeps {
  store: Store;
  log: Logger;
}

export interface ReleaseCheckOptions {
  defaultBranch: string;
  /** The commit the check goes on: the PR head (default) or a merge group's commit. */
  targetSha?: string;
  /** Merge groups only report: the PR body is never edited from a merge queue. */
  readOnly?: boolean;
  /** The commit a push replaced (`before` of synchronize): its open checks of this name are completed as superseded. */
  previousSha?: string;
  /** Post the neutral "not a release" check; otherwise a non-release PR costs no request. */
  reportNotRelease?: boolean;
}

/** What the store keeps per (PR, commit): the last check posted and the title+body it judged. */
const storedCheckSchema = z.object({
  v: z.literal(1),
  conclusion: z.string(),
  title: z.string(),
  summary: z.string(),
  text: z.string(),
  inputHash: z.string(),
  checkRunId: z.number(),
});
type StoredCheck = z.infer<typeof storedCheckSchema>;

/**
 * Per-PR memory that the checklist was inserted, kept beside the per-commit
 * verdicts under a key no commit can have: the block is inserted once, and a
 * block people deleted is reported missing, not silently put back.
 */
const PULL_STATE_KEY = "pull-request";
const pullStateSchema = z.object({ v: z.literal(1), insertedAt: z.string() });

function inputHash(title: string, body: string): string {
  return createHash("sha256").update(title).update("\u0000").update(body).digest("hex");
}

async function storedCheck(store: Store, repoName: string, pullNumber: number, sha: string): Promise<StoredCheck | undefined> {
  const parsed = storedCheckSchema.safeParse(await store.checklistVerdict(repoName, pullNumber, sha));
  return parsed.success ? parsed.data : undefined;
}

/**
 * Whether this exact title and body were already judged for the commit: an
 * `edited` event for the app's own edit of the body (or a redelivery) then
 * needs nothing, not even the configuration.
 */
export async function judgedAlready(store: Store, pull: PullRef): Promise<boolean> {
  const stored = await storedCheck(store, `${pull.owner}/${pull.repo}`, pull.number, pull.headSha);
  return stored?.inputHash === inputHash(pull.title, pull.body);
}

function sameOutput(stored: StoredCheck, output: ChecklistCheckOutput): boolean {
  return stored.conclusion === output.conclusion && stored.title === output.title && stored.summary === output.summary && stored.text === output.text;
}

/**
 * Judges a pull request's release checklist and posts the verdict as the
 * `infra-coach / release checklist` check run on the commit: inserts the
 * runbook's checklist into the body once, sets the auto-verified boxes, and
 * evaluates the gated sections. A check identical to the one already on the
 * commit is not posted again (redeliveries, the app's own body edits).
 * Returns what the check says, or undefined when nothing applies.
 */
export async function evaluateReleasePull(
  gh: GitHub,
  deps: ReleaseCheckDeps,
  pull: PullRef,
  config: Config,
  options: ReleaseCheckOptions,
): Promise<ChecklistCheckOutput | undefined> {
  const { owner, repo } = pull;
  const repoName = `${owner}/${repo}`;
  const sha = options.targetSha ?? pull.headSha;
  const lang = config.lang;
  if (!config.release.enabled) return undefined;
  const release = isReleasePull(pull, config.release);
  if (!release && !options.reportNotRelease) return undefined;
  if (release && options.previousSha) await supersedeOpenChecks(gh, { owner, repo, sha: options.previousSha }, config);
  const stored = await storedCheck(deps.store, repoName, pull.number, sha);
  const { output, body } = release ? await judgeRelease(gh, deps, pull, config, options) : { output: notReleaseOutput(lang), body: pull.body };

  const judged = inputHash(pull.title, body);
  if (stored && sameOutput(stored, output)) {
    if (stored.inputHash !== judged) await deps.store.saveChecklistVerdict({ repo: repoName, pr: pull.number, headSha: sha, verdict: { ...stored, inputHash: judged } });
    return output;
  }
  const checkRunId = await createCheckRun(gh, {
    owner,
    repo,
    name: RELEASE_CHECK_NAME,
    headSha: sha,
    conclusion: output.conclusion,
    output: { title: output.title, summary: output.summary, ...(output.text === "" ? {} : { text: output.text }) },
    externalId: String(pull.number),
  });
  const record: StoredCheck = { v: 1, conclusion: output.conclusion, title: output.title, summary: output.summary, text: output.text, inputHash: judged, checkRunId };
  await deps.store.saveChecklistVerdict({ repo: repoName, pr: pull.number, headSha: sha, verdict: record });
  deps.log.info({ pull: pull.number, sha, conclusion: output.conclusion }, "release checklist check posted");
  return output;
}

/**
 * Re-judges a PR's release checklist when something outside the PR's own
 * events changed a fact, e.g. its plan finished (`plan-clean`): call it after
 * publishing a plan. Costs one request for a PR that is not a release.
 */
export async function refreshReleaseChecklist(
  gh: GitHub,
  deps: ReleaseCheckDeps,
  input: { owner: string; repo: string; number: number; config: Config },
): Promise<ChecklistCheckOutput | undefined> {
  if (!input.config.release.enabled) return undefined;
  const { data } = await gh.rest.pulls.get({ owner: input.owner, repo: input.repo, pull_number: input.number });
  const pull = pullRefFrom(data);
  if (!isReleasePull(pull, input.config.release)) return undefined;
  return evaluateReleasePull(gh, deps, pull, input.config, { defaultBranch: data.base.repo.default_branch });
}

/** The verdict on a release PR, and its body after the checklist sync (unchanged when read-only). */
async function judgeRelease(
  gh: GitHub,
  deps: ReleaseCheckDeps,
  pull: PullRef,
  config: Config,
  options: ReleaseCheckOptions,
): Promise<{ output: ChecklistCheckOutput; body: string }> {
  const { owner, repo } = pull;
  const lang = config.lang;
  const loaded = await loadRunbook(gh, { owner, repo, defaultBranch: options.defaultBranch, config, file: config.release.runbook, gates: config.release.gates });
  if (!loaded.ok) return { output: runbookFailureOutput(loaded, lang), body: pull.body };
  const { runbook } = loaded;
  const context = releaseContext(pull);
  const facts = await gatherFacts(gh, deps.store, runbook, {
    owner,
    repo,
    pullNumber: pull.number,
    headSha: pull.headSha,
    ...(context.version ? { version: context.version } : {}),
  });
  const body = options.readOnly ? pull.body : await syncChecklistBody(gh, deps.store, pull, { runbook, facts, config, context });
  const verdict = evaluateChecklist({ body, runbook, gates: config.release.gates, facts, lang, headings: config.runbooks.headings, context });
  const warnings = runbook.problems.filter((problem) => problem.severity === "warning");
  return { output: { conclusion: verdict.conclusion, title: verdict.title, summary: verdict.summary, text: withRunbookNotes(verdict.text, warnings, lang) }, body };
}

interface BodyInputs {
  runbook: Runbook;
  facts: AutoVerifyFacts;
  config: Config;
  context: PlaceholderContext;
}

/**
 * The body with the checklist (inserted once) and the auto-verified boxes
 * matching the facts. The webhook's copy of the body may be stale (people
 * tick boxes in quick succession), so before writing, the current body is
 * read and the change is made on it: a tick made meanwhile is never lost.
 */
async function syncChecklistBody(gh: GitHub, store: Store, pull: PullRef, inputs: BodyInputs): Promise<string> {
  const { runbook, facts, config, context } = inputs;
  const repoName = `${pull.owner}/${pull.repo}`;
  const inserted = pullStateSchema.safeParse(await store.checklistVerdict(repoName, pull.number, PULL_STATE_KEY)).success;
  const rewrite = (body: string): string => {
    const withBlock = inserted ? body : insertChecklist(body, runbook, { context, lang: config.lang }).body;
    return applyAutoVerify(withBlock, facts, { runbook, headings: config.runbooks.headings, lang: config.lang }).body;
  };
  const markInserted = () =>
    store.saveChecklistVerdict({ repo: repoName, pr: pull.number, headSha: PULL_STATE_KEY, verdict: { v: 1, insertedAt: new Date().toISOString() } });

  if (rewrite(pull.body) === pull.body) {
    if (!inserted && findChecklistBlock(pull.body)) await markInserted();
    return pull.body;
  }
  const current = (await readIssue(gh, { owner: pull.owner, repo: pull.repo, issueNumber: pull.number })).body;
  const next = rewrite(current);
  if (next !== current) await updateIssueBody(gh, { owner: pull.owner, repo: pull.repo, issueNumber: pull.number, body: next });
  if (!inserted) await markInserted();
  return next;
}

/** Checks of this name still queued or running on a replaced commit are completed, never left pending. */
async function supersedeOpenChecks(gh: GitHub, input: { owner: string; repo: string; sha: string }, config: Config): Promise<void> {
  const open = await listOpenCheckRuns(gh, { owner: input.owner, repo: input.repo, ref: input.sha, name: RELEASE_CHECK_NAME });
  for (const checkRunId of open) {
    await completeCheckRun(gh, { owner: input.owner, repo: input.repo, checkRunId, conclusion: "neutral", output: supersededOutput(config.lang) });
  }
}
