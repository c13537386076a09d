import { searchOperations } from "../../src/history/search.js";
import { summarizeOperation } from "../../src/history/summary.js";
import type { OperationRecord, OperationSummary } from "../../src/history/types.js";

const entries: OperationSummary[] = [
  { number: 1, title: "Release v1.3.0", runbook: "release.md", commander: "alice", driver: "bob", plannedAt: new Date("2025-01-10T00:00:00Z"), status: "closed", outcome: "success" },
  { number: 2, title: "Restart api", runbook: "ecs-service-restart.md", commander: "Bob", driver: "carol", plannedAt: new Date("2025-02-01T00:00:00Z"), status: "approved" },
  { number: 3, title: "Release v1.4.0", runbook: "release.md", commander: "carol", driver: "dave", plannedAt: new Date("2025-03-14T00:00:00Z"), status: "planned" },
];
const numbers = (found: OperationSummary[]) => found.map((entry) => entry.number);

describe("searchOperations", () => {
  it.each([
    [{}, [3, 2, 1]],
    [{ text: "release" }, [3, 1]],
    [{ text: "RELEASE 1.4" }, [3]],
    [{ runbook: "release" }, [3, 1]],
    [{ runbook: "ecs-service-restart.md" }, [2]],
    [{ person: "@bob" }, [2, 1]],
    [{ person: "CAROL" }, [3, 2]],
    [{ status: "closed" as const }, [1]],
    [{ since: new Date("2025-02-01T00:00:00Z") }, [3, 2]],
    [{ until: new Date("2025-02-01T00:00:00Z") }, [2, 1]],
    [{ text: "release", person: "alice" }, [1]],
  ])("%j", (query, expected) => {
    expect(numbers(searchOperations(entries, query))).toEqual(expected);
  });
});

describe("summarizeOperation", () => {
  const record: OperationRecord = {
    title: "Release v1.4.0",
    what: "",
    why: "",
    runbook: "release.md",
    planSummaries: [],
    commander: "carol",
    driver: "dave",
    plannedAt: new Date("2025-03-14T00:00:00Z"),
    lang: "en",
    timeZone: "UTC",
  };

  it("is planned, then approved, then closed with the recorded outcome", () => {
    expect(summarizeOperation(record, { number: 3, approved: false }).status).toBe("planned");
    expect(summarizeOperation(record, { number: 3, approved: true }).status).toBe("approved");
    expect(summarizeOperation({ ...record, completion: { outcome: "failed", steps: [] } }, { number: 3, approved: true })).toEqual({
      number: 3,
      title: "Release v1.4.0",
      runbook: "release.md",
      commander: "carol",
      driver: "dave",
      plannedAt: record.plannedAt,
      status: "closed",
      outcome: "failed",
    });
  });
});
