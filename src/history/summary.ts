import type { OperationRecord, OperationSummary } from "./types.js";

/**
 * The index row for an ops-log issue. A recorded completion means closed;
 * otherwise approved when someone other than the author approved
 * (see `isApproval`), else planned.
 */
export function summarizeOperation(record: OperationRecord, issue: { number: number; approved: boolean }): OperationSummary {
  const base = {
    number: issue.number,
    title: record.title,
    runbook: record.runbook,
    commander: record.commander,
    driver: record.driver,
    plannedAt: record.plannedAt,
  };
  if (record.completion) return { ...base, status: "closed", outcome: record.completion.outcome };
  return { ...base, status: issue.approved ? "approved" : "planned" };
}
