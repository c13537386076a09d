import { referencedNumbers, requesterOf } from "../../src/app/operation-create.js";
import { summaryOf } from "../../src/app/operation-index.js";
import { applyEdit, parseOutcomeCommand, stepsFromComments, stepsFromTicks } from "../../src/app/operation-steps.js";
import { insertChecklist } from "../../src/checklist/insert.js";
import { parseRunbook } from "../../src/checklist/runbook.js";
import type { Operation } from "../../src/store/index.js";

const runbook = parseRunbook("# Op\n\n## Pre-work\n\n- [ ] Announce\n\n## Day-of\n\n- [ ] Restart\n- [ ] Watch\n\n## Verification\n\n- [ ] Check\n", { name: "op.md" });
const fresh = insertChecklist("", runbook).body;
const tickLine = (body: string, text: string) => body.replace(`- [ ] ${text}`, `- [x] ${text}`);

describe("timing the ticks of an ops-log", () => {
  it("records ticked boxes with the edit's time and editor, and forgets unticked ones", () => {
    const one = tickLine(fresh, "Restart");
    const afterFirst = applyEdit([], { before: fresh, after: one, at: new Date("2025-03-14T01:00:00Z"), by: "bob", headings: {} });
    expect(afterFirst).toEqual([{ id: "restart", text: "Restart", at: "2025-03-14T01:00:00.000Z", by: "bob" }]);

    const two = tickLine(one, "Watch");
    const afterSecond = applyEdit(afterFirst!, { before: one, after: two, at: new Date("2025-03-14T01:05:00Z"), by: "alice", headings: {} });
    expect(afterSecond?.map((tick) => `${tick.id}@${tick.by}`)).toEqual(["restart@bob", "watch@alice"]);

    const undone = two.replace("- [x] Restart", "- [ ] Restart");
    expect(applyEdit(afterSecond!, { before: two, after: undone, at: new Date(), by: "bob", headings: {} })?.map((tick) => tick.id)).toEqual(["watch"]);
    // An edit outside the checklist changes nothing.
    expect(applyEdit(afterSecond!, { before: two, after: `Intro\n\n${two}`, at: new Date(), by: "bob", headings: {} })).toBeUndefined();
  });

  it("turns ticks into steps, saying when a tick's time is unknown", () => {
    const body = tickLine(tickLine(fresh, "Restart"), "Announce");
    const steps = stepsFromTicks(body, [{ id: "restart", text: "Restart", at: "2025-03-14T01:00:00.000Z", by: "bob" }], {
      closedAt: new Date("2025-03-14T02:00:00Z"),
      closedBy: "alice",
      headings: {},
      lang: "en",
    });
    expect(steps).toEqual([
      { at: new Date("2025-03-14T02:00:00Z"), by: "alice", text: "Announce (tick time not recorded)" },
      { at: new Date("2025-03-14T01:00:00Z"), by: "bob", text: "Restart" },
    ]);
  });
});

describe("the outcome command", () => {
  it.each([
    ["/infra-coach outcome success", { outcome: "success", notes: "" }],
    ["/infra-coach outcome rolled-back the new task crashed\nRolled back to :41.", { outcome: "rolled-back", notes: "the new task crashed\nRolled back to :41." }],
    ["Done.\n/infra-coach outcome 失敗 タイムアウト", { outcome: "failed", notes: "タイムアウト" }],
    ["/infra-coach outcome canceled", { outcome: "cancelled", notes: "" }],
  ])("%j", (body, expected) => {
    expect(parseOutcomeCommand(body)).toEqual(expected);
  });

  it.each([["/infra-coach outcome maybe"], ["> /infra-coach outcome failed"], ["`/infra-coach outcome failed`"], ["outcome: failed"]])("ignores %j", (body) => {
    expect(parseOutcomeCommand(body)).toBeUndefined();
  });
});

describe("steps from the commander's and driver's comments", () => {
  it("keeps their first lines, not approvals, commands, bots or other people", () => {
    const at = new Date("2025-03-14T01:00:00Z");
    const steps = stepsFromComments(
      [
        { author: "Bob", isBot: false, body: "```\nls\n```\nRestarted api", createdAt: at },
        { author: "alice", isBot: false, body: "LGTM", createdAt: at },
        { author: "alice", isBot: false, body: "/infra-coach outcome success", createdAt: at },
        { author: "carol", isBot: false, body: "Checked the dashboard", createdAt: at },
        { author: "bob", isBot: true, body: "bot", createdAt: at },
      ],
      { commander: "alice", driver: "bob" },
    );
    expect(steps).toEqual([{ at, by: "Bob", text: "Restarted api" }]);
  });
});

describe("small pieces", () => {
  it("finds #references outside code, once each", () => {
    expect(referencedNumbers("See #12 and #12, `#13`, owner/repo#14, &#15;", "and #16")).toEqual([12, 16]);
  });

  it("reads the requester marker and nothing else", () => {
    expect(requesterOf(`x <!-- infra-coach:ops-log:requester ${Buffer.from('{"login":"alice"}').toString("base64url")} -->`)).toBe("alice");
    expect(requesterOf("<!-- infra-coach:ops-log:requester bm90IGpzb24 -->")).toBeUndefined();
    expect(requesterOf(undefined)).toBeUndefined();
  });

  it("maps stored statuses to index rows", () => {
    const operation: Operation = {
      id: "1",
      repo: "o/r",
      issueNumber: 4,
      runbook: "release.md",
      title: "Release",
      status: "done",
      commander: "alice",
      driver: "bob",
      plannedAt: "2025-03-14T01:00:00.000Z",
      reviewedBy: "carol",
      reviewedAt: null,
      completedAt: null,
      outcome: "rolled-back",
      summary: "",
      updatedAt: "",
    };
    expect(summaryOf(operation)).toMatchObject({ number: 4, status: "closed", outcome: "rolled-back" });
    expect(summaryOf({ ...operation, status: "reviewed" })).toMatchObject({ status: "approved" });
    expect(summaryOf({ ...operation, status: "cancelled", outcome: null })).toMatchObject({ status: "closed", outcome: "cancelled" });
    expect(summaryOf({ ...operation, status: "done", outcome: "unheard-of" })).not.toHaveProperty("outcome");
    expect(summaryOf({ ...operation, issueNumber: null })).toBeUndefined();
  });
});
