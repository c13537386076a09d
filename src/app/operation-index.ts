import type { Logger } from "probot";
import type { Config } from "../config/schema.js";
import { createIssue, findIssueByTitle, pinIssue, updateIssueBody } from "../github/issues.js";
import type { GitHub } from "../github/octokit.js";
import { renderIndex } from "../history/index-issue.js";
import { OUTCOMES, type Outcome, type OperationSummary } from "../history/types.js";
import type { Operation, Store } from "../store/index.js";

/** The store keeps at most this many per query; older entries are found with `infra-coach history`. */
const INDEX_ENTRIES = 500;

function asOutcome(value: string | null): Outcome | undefined {
  return OUTCOMES.find((outcome) => outcome === value);
}

/** An index row from a stored operation; undefined for one without an ops-log issue. */
export function summaryOf(operation: Operation): OperationSummary | undefined {
  if (operation.issueNumber === null) return undefined;
  const base = {
    number: operation.issueNumber,
    title: operation.title,
    runbook: operation.runbook ?? "",
    commander: operation.commander ?? "",
    driver: operation.driver ?? "",
    plannedAt: new Date(operation.plannedAt),
  };
  switch (operation.status) {
    case "planned":
      return { ...base, status: "planned" };
    case "reviewed":
      return { ...base, status: "approved" };
    case "cancelled":
      return { ...base, status: "closed", outcome: "cancelled" };
    case "done": {
      const outcome = asOutcome(operation.outcome);
      return { ...base, status: "closed", ...(outcome ? { outcome } : {}) };
    }
  }
}

/**
 * Rewrites the body of the repository's `ops-log index` issue (found by its
 * title and the ops-log label) from the store; creates and pins it the
 * first time. The body is written only when it changed, so a redelivered
 * event edits nothing.
 */
export async function refreshOpsLogIndex(
  gh: GitHub,
  deps: { store: Store; log: Logger },
  input: { owner: string; repo: string; config: Config },
): Promise<{ number: number; created: boolean }> {
  const { owner, repo, config } = input;
  const operations = await deps.store.searchOperations({ repo: `${owner}/${repo}`, limit: INDEX_ENTRIES });
  const entries = operations.flatMap((operation) => summaryOf(operation) ?? []);
  const body = renderIndex(entries, config.lang);
  const existing = await findIssueByTitle(gh, { owner, repo, title: config.history.index_title, label: config.history.label });
  if (existing) {
    if (existing.body !== body) await updateIssueBody(gh, { owner, repo, issueNumber: existing.number, body });
    return { number: existing.number, created: false };
  }
  const created = await createIssue(gh, { owner, repo, title: config.history.index_title, body, labels: [config.history.label] });
  const pin = await pinIssue(gh, created.nodeId);
  if (!pin.pinned) deps.log.warn({ issue: created.number, reason: pin.reason }, "could not pin the ops-log index issue");
  return { number: created.number, created: true };
}
