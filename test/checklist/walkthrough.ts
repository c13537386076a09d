/**
 * Builds docs/release-walkthrough.md from infra-coach's own functions, so the
 * document shows exactly what the code produces. walkthrough.test.ts fails
 * when the committed file differs; regenerate with
 * `UPDATE_WALKTHROUGH=1 NODE_OPTIONS=--experimental-vm-modules npx jest test/checklist/walkthrough`.
 */
import { applyAutoVerify } from "../../src/checklist/auto-verify.js";
import { insertChecklist } from "../../src/checklist/insert.js";
import { evaluateChecklist, type ChecklistVerdict } from "../../src/checklist/verdict.js";
import { isApproval } from "../../src/history/approval.js";
import { parseOperationCommand } from "../../src/history/command.js";
import { renderCompletion, withCompletion } from "../../src/history/completion.js";
import { renderIndex } from "../../src/history/index-issue.js";
import { parseOperationIssue, renderOperationIssue } from "../../src/history/issue.js";
import { summarizeOperation } from "../../src/history/summary.js";
import { starterRunbook } from "./helpers.js";

const quote = (markdown: string): string =>
  markdown
    .trimEnd()
    .split("\n")
    .map((line) => (line === "" ? ">" : `> ${line}`))
    .join("\n");

const checkRun = (verdict: ChecklistVerdict): string =>
  [
    `**Check run** \`infra-coach / release checklist\` — conclusion **${verdict.conclusion}**`,
    "",
    `**Title:** ${verdict.title}`,
    "",
    "**Summary:**",
    "",
    quote(verdict.summary),
    "",
    "**Details:**",
    "",
    quote(verdict.text),
  ].join("\n");

function tick(body: string, startsWith: string): string {
  const line = body.split("\n").find((candidate) => candidate.startsWith(`- [ ] ${startsWith}`));
  if (!line) throw new Error(`no unticked item starting with ${startsWith}`);
  return body.replace(line, line.replace("- [ ]", "- [x]"));
}

export function renderWalkthrough(): string {
  const runbook = starterRunbook("release.md");
  const context = {
    version: "v1.4.0",
    date: "2025-03-14",
    start_time: "2025-03-14 10:00 JST",
    end_time: "2025-03-14 11:00 JST",
    content: "Release of v1.4.0: new billing page; the API restarts once.",
  };
  const prText = "Release v1.4.0: the new billing page.\n\nTerraform: adds the `billing` ECS service and its target group.";

  const inserted = insertChecklist(prText, runbook, { context });
  const firstFacts = { "release-exists": false, "plan-clean": true, "co-review-approved": false };
  const firstAuto = applyAutoVerify(inserted.body, firstFacts, { runbook });
  const failing = evaluateChecklist({ body: firstAuto.body, runbook, facts: firstFacts, context });

  let ticked = tick(firstAuto.body, "Email the affected customers");
  ticked = tick(ticked, "Commander and driver are decided");
  const partly = evaluateChecklist({ body: ticked, runbook, facts: firstFacts, context });
  ticked = tick(ticked, "Note the task definition");
  const finalFacts = { "release-exists": true, "plan-clean": true, "co-review-approved": true };
  const finalAuto = applyAutoVerify(ticked, finalFacts, { runbook });
  const passing = evaluateChecklist({ body: finalAuto.body, runbook, facts: finalFacts, context });

  const command = parseOperationCommand("/infra-coach operation release Release v1.4.0 to production");
  if (!command?.ok) throw new Error("the walkthrough command must parse");
  const issue = renderOperationIssue({
    title: command.title,
    what: "Release v1.4.0 to production: apply the Terraform change of #128, then deploy the new task definition.",
    why: "Customers asked for the new billing page; the release window was announced on 2025-03-11.",
    runbook,
    planSummaries: [{ root: "envs/prod", headline: "3 to add, 1 to change, 0 to destroy: new ECS service billing", pullRequest: 128 }],
    commander: "alice",
    driver: "bob",
    plannedAt: new Date("2025-03-14T01:00:00Z"),
    lang: "en",
    context,
    timeZone: "Asia/Tokyo",
  });
  const review = { author: "carol", body: "Read the plan and the rollback step.\n\nLGTM" };
  const approved = isApproval(review, "alice");
  const completion = renderCompletion({
    outcome: "success",
    notes: "Released on time. No errors in the logs; no customer contact.",
    steps: [
      { at: new Date("2025-03-14T01:00:40Z"), text: 'Posted "release v1.4.0 starting"', by: "bob" },
      { at: new Date("2025-03-14T01:03:12Z"), text: "terraform apply tfplan: 3 added, 1 changed", by: "bob" },
      { at: new Date("2025-03-14T01:05:02Z"), text: "aws ecs update-service --force-new-deployment", by: "bob" },
      { at: new Date("2025-03-14T01:11:47Z"), text: "services-stable; running 2 of 2, rollout COMPLETED", by: "alice" },
      { at: new Date("2025-03-14T01:14:30Z"), text: "Published the GitHub release v1.4.0", by: "bob" },
      { at: new Date("2025-03-14T01:20:05Z"), text: "Logs clean for 15 minutes; signed in and saved an invoice", by: "alice" },
    ],
    timeZone: "Asia/Tokyo",
  });
  const closedBody = withCompletion(issue.body, completion);
  const record = parseOperationIssue(closedBody);
  if (!record) throw new Error("the walkthrough issue must parse back");
  const index = renderIndex(
    [
      summarizeOperation(record, { number: 131, approved }),
      { number: 117, title: "Restart api after DB password rotation", runbook: "ecs-service-restart.md", commander: "bob", driver: "carol", plannedAt: new Date("2025-03-03T05:00:00Z"), status: "closed", outcome: "success" },
      { number: 102, title: "Release v1.3.2", runbook: "release.md", commander: "carol", driver: "alice", plannedAt: new Date("2025-02-20T01:00:00Z"), status: "closed", outcome: "rolled-back" },
    ],
    "en",
    "Asia/Tokyo",
  );

  const changes = (list: typeof firstAuto.changes) =>
    list.map((change) => `- \`${change.verify}\` → ${change.checked ? "ticked" : "unticked"}: ${change.reason}`).join("\n");

  return [
    "# Walk-through: one release, start to finish",
    "",
    "<!-- Generated by test/checklist/walkthrough.ts from infra-coach's own code. Do not edit by hand: run",
    "     UPDATE_WALKTHROUGH=1 NODE_OPTIONS=--experimental-vm-modules npx jest test/checklist/walkthrough -->",
    "",
    "Every block on this page is the exact output of infra-coach's functions for one",
    "release, using the starter runbook [`docs/runbooks/release.md`](runbooks/release.md).",
    "A test regenerates the page and fails when this file differs, so it cannot drift from the code.",
    "",
    "The team: **alice** (commander), **bob** (driver), **carol** (application-engineer co-reviewer).",
    "",
    "## 1. The release pull request gets the checklist",
    "",
    "Pull request #128 *Release v1.4.0* carries the `release` label. infra-coach appends the",
    "release runbook's checklist to the description once (`insertChecklist`), filling the",
    `placeholders it knows (${Object.keys(context).map((name) => `\`{{${name}}}\``).join(", ")}).`,
    `Placeholders without a value stay for a person to fill in (here: ${inserted.unfilled.length === 0 ? "none" : inserted.unfilled.join(", ")}).`,
    "Later edits by people are kept: the block is never inserted twice.",
    "",
    quote(inserted.body),
    "",
    "## 2. Auto-verified items, and the check that blocks merge",
    "",
    "The latest infra-coach plan for the pull request succeeded, but there is no GitHub release",
    "for v1.4.0 yet and carol has not approved. infra-coach sets the auto-verified boxes itself",
    `(\`applyAutoVerify\`):`,
    "",
    changes(firstAuto.changes),
    "",
    "and reports the pre-work gate (`evaluateChecklist`, gates `[pre]`):",
    "",
    checkRun(failing),
    "",
    "## 3. People tick their items; the check follows",
    "",
    "bob sends the customer notice and alice confirms the pairing. Every new edit or push",
    "re-evaluates; older commits' checks are completed, never left pending:",
    "",
    `**Title:** ${partly.title}`,
    "",
    "bob notes the running task definition, creates the draft release v1.4.0, and carol approves",
    "the pull request. infra-coach ticks the last two auto-verified items:",
    "",
    changes(finalAuto.changes),
    "",
    checkRun(passing),
    "",
    "Day-of and verification items are tracked in the same block and reported, but they do not",
    "block merge unless `release.gates` lists them.",
    "",
    "## 4. The operation log, written before the work",
    "",
    "alice comments `/infra-coach operation release Release v1.4.0 to production` on the release",
    "issue. infra-coach opens an issue labelled `ops-log` (`renderOperationIssue`):",
    "",
    `**Issue title:** ${issue.title}`,
    "",
    quote(issue.body),
    "",
    "## 5. Review by someone other than the author",
    "",
    `carol comments (\`isApproval\` → **${approved}**):`,
    "",
    quote(review.body),
    "",
    "A 👍 reaction from anyone but the author counts the same; alice's own LGTM would not.",
    "",
    "## 6. Completion: outcome and the executed steps",
    "",
    "After the work, the log gets its outcome and a timestamped record of the steps",
    "(`renderCompletion`, added to the issue body with `withCompletion`), and the issue is closed:",
    "",
    quote(completion),
    "",
    "## 7. The index",
    "",
    "The pinned `ops-log index` issue is rewritten on every entry (`renderIndex`), newest first.",
    "When it would pass GitHub's size limit, the oldest rows give way to a line pointing to",
    "`infra-coach history`.",
    "",
    quote(index),
    "",
  ].join("\n");
}
