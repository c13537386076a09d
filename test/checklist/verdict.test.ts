import { insertChecklist } from "../../src/checklist/insert.js";
import { CHECKLIST_END } from "../../src/checklist/render-checklist.js";
import { parseRunbook } from "../../src/checklist/runbook.js";
import { evaluateChecklist } from "../../src/checklist/verdict.js";
import { fixtureRunbook, starterRunbook } from "./helpers.js";

const context = { version: "v1.4.0", date: "2025-03-14" };
const release = starterRunbook("release.md");
const freshBody = insertChecklist("Release v1.4.0", release, { context }).body;
const preIds = release.sections[0]!.items.map((item) => item.id);

/** Ticks the box of the item with this id, as GitHub does when someone clicks it. */
function tick(body: string, id: string): string {
  const pattern = new RegExp(`^(\\s*- )\\[ \\](.*infra-coach:item=${id} -->)$`, "m");
  expect(body).toMatch(pattern);
  return body.replace(pattern, "$1[x]$2");
}

describe("evaluateChecklist: ticking the release pre-work one box at a time", () => {
  const steps: [string, string][] = [];
  let body = freshBody;
  const expected = [
    ["failure", "6 required items open (Pre-work 0/6)"],
    ["failure", "5 required items open (Pre-work 1/6)"],
    ["failure", "4 required items open (Pre-work 2/6)"],
    ["failure", "3 required items open (Pre-work 3/6)"],
    ["failure", "2 required items open (Pre-work 4/6)"],
    ["failure", "1 required item open (Pre-work 5/6)"],
    ["success", "All required items done (Pre-work 6/6)"],
    ["success", "All required items done (Pre-work 7/7)"],
  ] as const;

  it("fails until every required item is ticked; the optional one never blocks", () => {
    steps.push(toPair(evaluateChecklist({ body, runbook: release })));
    for (const id of preIds) {
      body = tick(body, id);
      steps.push(toPair(evaluateChecklist({ body, runbook: release })));
    }
    expect(steps).toEqual(expected);
  });

  function toPair(verdict: ReturnType<typeof evaluateChecklist>): [string, string] {
    return [verdict.conclusion, verdict.title];
  }

  it("lists exactly the missing pre-work items, and day-of and verification as tracked", () => {
    const half = tick(tick(freshBody, preIds[0]!), preIds[4]!);
    const verdict = evaluateChecklist({ body: half, runbook: release, context });
    expect(verdict.missing.pre.map((item) => item.id)).toEqual([preIds[1], preIds[2], preIds[3], preIds[5]]);
    expect(verdict.missing.dayof).toHaveLength(4);
    expect(verdict.missing.verify).toHaveLength(4);
    expect(verdict.counts).toEqual({ total: 15, done: 2, skipped: 1, open: 12, blocking: 4 });
    expect(verdict.sections.map((section) => [section.kind, section.gated, section.counts])).toEqual([
      ["pre", true, { total: 7, done: 2, skipped: 1, open: 4 }],
      ["dayof", false, { total: 4, done: 0, skipped: 0, open: 4 }],
      ["verify", false, { total: 4, done: 0, skipped: 0, open: 4 }],
    ]);
    expect(verdict.text).toContain(
      "### Open in Pre-work (blocks merge)\n\n- Create the GitHub release (a draft is fine) for v1.4.0\n- The latest infra-coach plan",
    );
    expect(verdict.text).toContain("### Open in Day-of (tracked, does not block merge)");
    expect(verdict.text).toContain("#### Skipped in Pre-work (optional or N/A)\n\n- OPTIONAL: Take a manual database snapshot before a schema change");
    expect(verdict.summary).toContain("| Pre-work | 2 | 4 | 1 | blocks merge |");
    expect(verdict.summary).toContain("| Day-of | 0 | 4 | 0 | tracked |");
  });
});

describe("evaluateChecklist: what counts", () => {
  const allPre = preIds.slice(0, 6).reduce(tick, freshBody);

  it("lets auto-verify facts decide their items, whatever the box says", () => {
    const ticked = evaluateChecklist({ body: allPre, runbook: release, facts: { "plan-clean": false } });
    expect(ticked.conclusion).toBe("failure");
    expect(ticked.missing.pre.map((item) => item.verify)).toEqual(["plan-clean"]);
    expect(ticked.text).toContain("- The latest infra-coach plan for this pull request succeeded, and commander and driver read it together — the latest infra-coach plan for this pull request has not succeeded");

    const autoOnly = [preIds[0], preIds[4], preIds[5]].reduce<string>((body, id) => tick(body, id!), freshBody);
    const facts = { "release-exists": true, "plan-clean": true, "co-review-approved": true };
    expect(evaluateChecklist({ body: autoOnly, runbook: release, facts }).conclusion).toBe("success");
  });

  it("accepts N/A written on a required item by a person, and reports it as skipped", () => {
    const body = allPre.replace("- [x] Commander and driver are decided", "- [ ] N/A Commander and driver are decided");
    const verdict = evaluateChecklist({ body, runbook: release });
    expect(verdict.conclusion).toBe("success");
    expect(verdict.text).toContain("#### Skipped in Pre-work (optional or N/A)\n\n- Commander and driver are decided");
  });

  it("counts an item deleted from the body as missing, and says so", () => {
    const body = freshBody.replace(/^- \[ \] Commander and driver.*\n/m, "");
    const verdict = evaluateChecklist({ body: preIds.filter((id) => id !== preIds[4]).slice(0, 5).reduce(tick, body), runbook: release });
    expect(verdict.conclusion).toBe("failure");
    expect(verdict.sections[0]!.items.find((entry) => entry.item.id === preIds[4])!.state).toBe("absent");
    expect(verdict.text).toContain(
      "- Commander and driver are decided and have the release time blocked in their calendars — not in the pull request body's checklist any more (restore it, or write N/A)",
    );
  });

  it("counts a checkbox people added to a gated section", () => {
    const body = allPre.replace("### Day-of", "- [ ] Tell support about the new billing page\n\n### Day-of");
    const verdict = evaluateChecklist({ body, runbook: release });
    expect(verdict.title).toBe("1 required item open (Pre-work 6/7)");
    expect(verdict.text).toContain("- Tell support about the new billing page — added in the pull request body");
    expect(evaluateChecklist({ body: body.replace("- [ ] Tell support", "- [x] Tell support"), runbook: release }).conclusion).toBe("success");
  });

  it("ignores ticks in comments and code inside the block, and ticks outside the block", () => {
    const line = freshBody.split("\n").find((candidate) => candidate.includes(`item=${preIds[4]} `))!;
    const ticked = line.replace("- [ ]", "- [x]");
    const tricks = [
      `${ticked}\n\n${freshBody}`,
      freshBody.replace("### Day-of", `<!--\n${ticked}\n-->\n\n### Day-of`),
      freshBody.replace("### Day-of", `\`\`\`\n${ticked}\n\`\`\`\n\n### Day-of`),
      freshBody.replace("### Day-of", `> ${ticked}\n\n### Day-of`),
      `${freshBody}\n${ticked}\n`,
    ];
    for (const body of tricks) {
      const verdict = evaluateChecklist({ body, runbook: release });
      expect(verdict.missing.pre.map((item) => item.id)).toContain(preIds[4]);
    }
  });

  it("gives a CRLF body the same verdict as the LF body", () => {
    const lf = evaluateChecklist({ body: tick(freshBody, preIds[1]!), runbook: release });
    const crlf = evaluateChecklist({ body: tick(freshBody, preIds[1]!).replace(/\n/g, "\r\n"), runbook: release });
    expect(crlf).toEqual(lf);
  });

  it("makes each configured section its own gate", () => {
    const dayofIds = release.sections[1]!.items.map((item) => item.id);
    const gates = ["pre", "dayof"] as const;
    expect(evaluateChecklist({ body: allPre, runbook: release, gates }).title).toBe("4 required items open (Pre-work 6/6, Day-of 0/4)");
    const done = dayofIds.reduce(tick, allPre);
    expect(evaluateChecklist({ body: done, runbook: release, gates }).conclusion).toBe("success");
    expect(evaluateChecklist({ body: done, runbook: release, gates: ["verify"] }).title).toBe("4 required items open (Verification 0/4)");
  });

  it("is neutral, tracking only, when no section gates merge", () => {
    const verdict = evaluateChecklist({ body: freshBody, runbook: release, gates: [] });
    expect(verdict.conclusion).toBe("neutral");
    expect(verdict.title).toBe("Tracking only (Pre-work 0/6, Day-of 0/4, Verification 0/4)");
  });

  it("fails with a clear title when the body has no checklist", () => {
    for (const body of [null, "", "Release v1.4.0 with no block"]) {
      const verdict = evaluateChecklist({ body, runbook: release });
      expect(verdict.conclusion).toBe("failure");
      expect(verdict.blockFound).toBe(false);
      expect(verdict.title).toBe("Checklist not found in the pull request body");
      expect(verdict.missing.pre).toHaveLength(6);
    }
  });

  it("fails when the runbook has no section for a gate, naming the headings it saw", () => {
    const runbook = parseRunbook("# Broken\n\n## Steps\n\n- [ ] one\n\n## 当日作業\n\n- [ ] two\n", { name: "broken.md" });
    const body = insertChecklist("", runbook).body;
    const verdict = evaluateChecklist({ body, runbook });
    expect(verdict.conclusion).toBe("failure");
    expect(verdict.title).toBe("Runbook broken.md cannot be checked: 1 problem");
    expect(verdict.text).toContain("### Runbook problems `broken.md`\n\n- no 'Pre-work' / '事前作業' section found; headings seen: 'Steps'");
    // The missing verification section is not gated, so it does not fail the day-of gate.
    expect(evaluateChecklist({ body: body.replace("- [ ] two", "- [x] two"), runbook, gates: ["dayof"] }).conclusion).toBe("success");
  });

  it("fails when a stray fence in the body's block turns the rest of the body into code", () => {
    const body = allPre.replace(CHECKLIST_END, `\`\`\`\n${CHECKLIST_END}`);
    const verdict = evaluateChecklist({ body, runbook: release });
    expect(verdict.conclusion).toBe("failure");
    expect(verdict.text).toMatch(/### Problems in the pull request body's checklist\n\n- line \d+: a code block is never closed/);
  });

  it("writes the output in Japanese", () => {
    const runbook = starterRunbook("release.ja.md");
    const body = insertChecklist("", runbook, { context, lang: "ja" }).body;
    const verdict = evaluateChecklist({ body, runbook, lang: "ja", context });
    expect(verdict.title).toBe("必須項目が残り 6 件（事前作業 0/6）");
    expect(verdict.summary.split("\n")[0]).toBe("必須項目が **6** 件残っています。プルリクエストの本文でチェックを入れるか、当てはまらない項目には N/A と書いてください。");
    expect(verdict.text).toContain("### 事前作業の未完了項目（マージを止めます）\n\n- 対象のお客様に実施時間と内容をメールで告知する（3 営業日前まで。テンプレートは下記）");
    expect(verdict.text).toContain("- GitHub 上で v1.4.0 のリリースを作成する（下書きでも可）");
    const done = runbook.sections[0]!.items.slice(0, 6).map((item) => item.id).reduce(tick, body);
    expect(evaluateChecklist({ body: done, runbook, lang: "ja" }).title).toBe("必須項目はすべて完了（事前作業 6/6）");
  });
});

describe("evaluateChecklist output safety", () => {
  it("keeps hostile item text inert in the title, summary and text", () => {
    const runbook = fixtureRunbook("injection.md");
    const body = insertChecklist("", runbook).body;
    const verdict = evaluateChecklist({ body, runbook, facts: { "plan-clean": false } });
    const output = [verdict.summary, verdict.text].join("\n");
    expect(output).not.toMatch(/<img/i);
    expect(output).not.toContain("</details>");
    expect(output).not.toMatch(/@(?!\u200D)[\w/-]/);
    expect(output).not.toMatch(/#(?!\u200D)\d/);
    expect(output).not.toMatch(/(?<!\\)\]\(javascript:/);
    expect(output).not.toMatch(/^\s*(```|~~~)/m);
    expect(output).toContain("- A \\| pipe \\| table breaker");
    expect(verdict.text.split("\n").filter((line) => line.startsWith("- "))).toHaveLength(6);
  });

  it("lists at most 50 items per section and stays under GitHub's output limit", () => {
    const items = Array.from({ length: 400 }, (_, index) => `- [ ] Step ${index} ${"x".repeat(300)}`).join("\n");
    const runbook = parseRunbook(`## Pre-work\n${items}\n## Day-of\n- [ ] a\n## Verification\n- [ ] b\n`);
    const verdict = evaluateChecklist({ body: insertChecklist("", runbook).body, runbook });
    expect(verdict.title).toBe("400 required items open (Pre-work 0/400)");
    expect(verdict.text).toContain("- …and 350 more");
    expect(verdict.text.length).toBeLessThan(65_535);
    expect(verdict.summary.length).toBeLessThan(65_535);
  });
});
