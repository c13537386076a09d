import type { Logger } from "probot";
import type { Config } from "../config/schema.js";
import { commentOnIssue } from "../github/issues.js";
import type { GitHub } from "../github/octokit.js";
import type { OperationCommand } from "../history/command.js";
import type { Store } from "../store/index.js";
import { openOpsLog, planSummariesFor, referencedNumbers } from "./operation-create.js";
import type { PairPicker } from "./operation-pair.js";
import { operationReply } from "./operation-replies.js";
import { loadRunbook } from "./operation-runbook.js";

export interface OperationRequest {
  owner: string;
  repo: string;
  defaultBranch: string;
  config: Config;
  command: Extract<OperationCommand, { ok: true }>;
  /** The issue or PR the command was typed on. */
  issue: { number: number; title: string; body: string; isPullRequest: boolean };
  comment: { id: number; body: string; author: string; createdAt: Date };
}

export type OperationStart = { opened: number } | { refused: "runbook" | "pairing" } | { duplicate: true };

/**
 * `/infra-coach operation <runbook> [title]`: the ops-log issue written
 * before the work, with the runbook's checklist, the plans of the linked
 * pull requests (this PR, and `#n` in the issue and the command) and the
 * pair. A runbook that is missing or unusable, or no pair, is answered in
 * the issue and nothing is created. One log per command comment, however
 * often the event is delivered.
 */
export async function startOperation(
  gh: GitHub,
  deps: { store: Store; log: Logger; pickPair: PairPicker },
  request: OperationRequest,
): Promise<OperationStart> {
  const { owner, repo, config, command, issue, comment } = request;
  const lang = config.lang;
  const reply = (body: string) => commentOnIssue(gh, { owner, repo, issueNumber: issue.number, body });

  const loaded = await loadRunbook(gh, { owner, repo, defaultBranch: request.defaultBranch, config, file: command.file, gates: [] });
  if (!loaded.ok) {
    await reply(operationReply.runbookProblem(loaded, lang));
    return { refused: "runbook" };
  }
  const pair = await deps.pickPair(gh, deps, { owner, repo, number: issue.number, author: comment.author, config, lang });
  if ("error" in pair) {
    await reply(operationReply.noPair(pair.error, lang));
    return { refused: "pairing" };
  }
  const repoName = `${owner}/${repo}`;
  if (!(await deps.store.recordDelivery(`operation-command:${repoName}:${comment.id}`))) return { duplicate: true };

  const title = command.title !== "" ? command.title : issue.title;
  const linked = referencedNumbers(issue.body, comment.body).filter((number) => number !== issue.number);
  const pulls = issue.isPullRequest ? [issue.number, ...linked] : linked;
  const opened = await openOpsLog(gh, deps, {
    owner,
    repo,
    config,
    title,
    what: operationReply.what(title, issue.number, comment.author, lang),
    why: issue.body.trim() !== "" ? issue.body : operationReply.noWhy(issue.number, lang),
    runbook: loaded.runbook,
    planSummaries: await planSummariesFor(deps.store, repoName, pulls),
    commander: pair.commander,
    driver: pair.driver,
    plannedAt: comment.createdAt,
    requester: comment.author,
  });
  await reply(operationReply.opened({ number: opened.number, runbook: command.file, commander: pair.commander, driver: pair.driver }, lang));
  return { opened: opened.number };
}
