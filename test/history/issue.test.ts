import { readFileSync } from "node:fs";
import { findChecklistBlock } from "../../src/checklist/insert.js";
import { parseRunbook } from "../../src/checklist/runbook.js";
import { evaluateChecklist } from "../../src/checklist/verdict.js";
import { renderCompletion, withCompletion } from "../../src/history/completion.js";
import { parseOperationIssue, renderOperationIssue } from "../../src/history/issue.js";
import type { OperationDraft } from "../../src/history/types.js";

const runbookText = (file: string) => readFileSync(new URL(`../../docs/runbooks/${file}`, import.meta.url), "utf8");
const restart = parseRunbook(runbookText("ecs-service-restart.md"), { name: "ecs-service-restart.md" });

const draft: OperationDraft = {
  title: "Restart the api service after rotating the DB password",
  what: "Force a new deployment of the api service.\nSame task definition.",
  why: "The tasks read the password at start-up.",
  runbook: restart,
  planSummaries: [{ root: "envs/prod", headline: "1 to change: aws_secretsmanager_secret_version.db", pullRequest: 42 }],
  commander: "alice",
  driver: "bob",
  plannedAt: new Date("2025-03-14T01:00:00Z"),
  lang: "en",
  timeZone: "Asia/Tokyo",
};

describe("renderOperationIssue", () => {
  it("writes the log before the work: title, label, who, when, what, why, plans, checklist and how to review", () => {
    const issue = renderOperationIssue(draft);
    expect(issue.title).toBe("[ops-log] Restart the api service after rotating the DB password");
    expect(issue.labels).toEqual(["ops-log"]);
    expect(issue.body).toContain("- **Runbook:** `ecs-service-restart.md`");
    expect(issue.body).toContain("- **Planned:** 2025-03-14 10:00 (Asia/Tokyo)");
    expect(issue.body).toContain("- **Commander:** @alice (gives each instruction and checks the result)");
    expect(issue.body).toContain("- **Driver:** @bob (runs the steps as instructed)");
    expect(issue.body).toContain("### What\n\nForce a new deployment of the api service.\nSame task definition.\n");
    expect(issue.body).toContain("| #42 `envs/prod` | 1 to change: aws\\_secretsmanager\\_secret\\_version.db |");
    expect(issue.body).toContain("Someone other than its author approves it");
    const block = findChecklistBlock(issue.body)!;
    expect(parseRunbook(block.inner).sections.map((section) => section.items.length)).toEqual([4, 3, 4]);
    expect(evaluateChecklist({ body: issue.body, runbook: restart }).title).toBe("3 required items open (Pre-work 0/3)");
  });

  it("uses the configured label and writes Japanese", () => {
    const issue = renderOperationIssue({
      ...draft,
      lang: "ja",
      label: "作業記録",
      runbook: parseRunbook(runbookText("ecs-service-restart.ja.md"), { name: "ecs-service-restart.ja.md" }),
      planSummaries: [],
    });
    expect(issue.labels).toEqual(["作業記録"]);
    expect(issue.body).toContain("- **コマンダー:** @alice (作業内容の指示を出し、結果をチェックする)");
    expect(issue.body).toContain("### 作業内容\n");
    expect(issue.body).toContain("_関連するプルリクエストの plan はありません。_");
    expect(issue.body).toContain("## チェックリスト: ECS サービスの再起動");
  });

  it("round-trips every field through parseOperationIssue, and adds the completion once recorded", () => {
    const issue = renderOperationIssue(draft);
    expect(parseOperationIssue(issue.body)).toEqual({
      title: draft.title,
      what: draft.what,
      why: draft.why,
      runbook: "ecs-service-restart.md",
      planSummaries: draft.planSummaries,
      commander: "alice",
      driver: "bob",
      plannedAt: draft.plannedAt,
      lang: "en",
      timeZone: "Asia/Tokyo",
    });
    const completion = { outcome: "success" as const, steps: [{ at: new Date("2025-03-14T01:02:03Z"), text: "update-service", by: "bob" }] };
    const closed = withCompletion(issue.body, renderCompletion(completion));
    expect(parseOperationIssue(closed)?.completion).toEqual(completion);
    expect(parseOperationIssue(closed.replace(/\n/g, "\r\n"))?.title).toBe(draft.title);
  });

  it("returns undefined for bodies that are not ops-logs or whose marker was damaged", () => {
    const body = renderOperationIssue(draft).body;
    const marker = /<!-- infra-coach:ops-log:data ([A-Za-z0-9_-]+) -->/.exec(body)![1]!;
    const forged = Buffer.from(JSON.stringify({ v: 1, title: 5 })).toString("base64url");
    for (const bad of [null, "", "just text", body.replace(marker, marker.slice(0, 20)), body.replace(marker, forged)]) {
      expect(parseOperationIssue(bad)).toBeUndefined();
    }
  });

  it("keeps hostile titles and free text inert, and does not mention anyone but commander and driver", () => {
    const hostile = "@org/team <img src=x onerror=alert(1)> </details> ``` | #12 -->";
    const plain = parseRunbook("## Pre-work\n- [ ] a\n## Day-of\n- [ ] b\n## Verification\n- [ ] c\n", { name: "plain.md" });
    const issue = renderOperationIssue({
      ...draft,
      runbook: plain,
      title: `${hostile}\nsecond line`,
      what: `# heading?\n- [ ] fake checkbox\n${hostile}`,
      why: "> quote\n    indented code",
      commander: "mallory <b>",
      planSummaries: [{ root: "envs/`prod`|x", headline: hostile }],
    });
    expect(issue.title).toBe(`[ops-log] ${hostile} second line`);
    const visible = issue.body.replace(/<!-- infra-coach:[^>]*-->/g, "");
    expect(visible).not.toMatch(/<img|<\/details>|<b>/i);
    expect(visible).not.toMatch(/@(?!\u200D)(?!bob\b)[\w/-]/);
    expect(visible).not.toMatch(/#(?!\u200D)\d/);
    expect(visible).not.toMatch(/^\s*(```|#\s|- \[ \] fake|>)/m);
    expect(visible).not.toContain("-->");
    expect(parseOperationIssue(issue.body)?.what).toBe(`# heading?\n- [ ] fake checkbox\n${hostile}`);
    expect(evaluateChecklist({ body: issue.body, runbook: plain }).counts.total).toBe(3);
  });
});
