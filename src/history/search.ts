import type { OperationStatus, OperationSummary } from "./types.js";

export interface HistoryQuery {
  /** Words that must all appear in the title or runbook name (any case). */
  text?: string;
  runbook?: string;
  /** Commander or driver login (any case, with or without `@`). */
  person?: string;
  status?: OperationStatus;
  since?: Date;
  until?: Date;
}

/** Newest planned time first; the higher issue number first on a tie. */
export function newestFirst(entries: readonly OperationSummary[]): OperationSummary[] {
  return [...entries].sort((a, b) => b.plannedAt.getTime() - a.plannedAt.getTime() || b.number - a.number);
}

/** The entries matching every given criterion, newest first: the core of `infra-coach history`. */
export function searchOperations(entries: readonly OperationSummary[], query: HistoryQuery): OperationSummary[] {
  const words = (query.text ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  const person = query.person?.replace(/^@/, "").toLowerCase();
  const runbook = query.runbook?.replace(/\.md$/i, "").toLowerCase();
  return newestFirst(entries).filter((entry) => {
    const haystack = `${entry.title} ${entry.runbook}`.toLowerCase();
    if (!words.every((word) => haystack.includes(word))) return false;
    if (runbook !== undefined && entry.runbook.replace(/\.md$/i, "").toLowerCase() !== runbook) return false;
    if (person !== undefined && entry.commander.toLowerCase() !== person && entry.driver.toLowerCase() !== person) return false;
    if (query.status !== undefined && entry.status !== query.status) return false;
    if (query.since !== undefined && entry.plannedAt < query.since) return false;
    if (query.until !== undefined && entry.plannedAt > query.until) return false;
    return true;
  });
}
