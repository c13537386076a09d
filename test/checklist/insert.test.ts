import { findChecklistBlock, insertChecklist } from "../../src/checklist/insert.js";
import { CHECKLIST_END, CHECKLIST_START } from "../../src/checklist/render-checklist.js";
import { parseRunbook } from "../../src/checklist/runbook.js";
import { fixtureRunbook, starterRunbook } from "./helpers.js";

const context = { version: "v1.4.0", date: "2025-03-14" };

describe("insertChecklist", () => {
  it("appends the block after the human text, fills placeholders and lists the unfilled ones", () => {
    const runbook = starterRunbook("release.md");
    const result = insertChecklist("Release v1.4.0\n\nShips the billing page.\n\n", runbook, { context });
    expect(result.inserted).toBe(true);
    expect(result.unfilled).toEqual(["start_time", "end_time", "content"]);
    expect(result.body.startsWith("Release v1.4.0\n\nShips the billing page.\n\n<!-- infra-coach:checklist:start -->\n## Checklist: Release\n")).toBe(true);
    expect(result.body.endsWith(`${CHECKLIST_END}\n`)).toBe(true);
    expect(result.body).toContain(
      "- [ ] Create the GitHub release (a draft is fine) for v1.4.0 _auto_ <!-- verify: release-exists --> <!-- infra-coach:item=create-the-github-release-a-draft-is-fine-for-version -->",
    );
    expect(result.body).toContain('--db-snapshot-identifier "before-v1.4.0"');
    expect(result.body).toContain("Subject: [Notice] Scheduled release on 2025-03-14, {{start_time}} to {{end_time}}");
    expect(result.body).not.toContain("{{version}}");
  });

  it("inserts nothing when the markers are already there: the human-edited block is kept byte for byte", () => {
    const runbook = starterRunbook("release.md");
    const first = insertChecklist("Body", runbook, { context }).body;
    const edited = first.replace("- [ ] Commander and driver", "- [x] Commander and driver").replace("## Checklist", "## Our checklist");
    const second = insertChecklist(edited, runbook, { context });
    expect(second).toEqual({ body: edited, inserted: false, unfilled: [] });
  });

  it("inserts nothing when only the start marker survived", () => {
    const body = `Text\n${CHECKLIST_START}\n- [x] kept\n`;
    expect(insertChecklist(body, starterRunbook("release.md")).body).toBe(body);
    expect(findChecklistBlock(body)).toEqual({ start: 5, end: body.length, inner: "- [x] kept\n", innerStart: 5 + CHECKLIST_START.length + 1 });
  });

  it("does not take a marker quoted in a code block for the real one", () => {
    const body = `How it works:\n\n\`\`\`\n${CHECKLIST_START}\n\`\`\`\n`;
    const result = insertChecklist(body, starterRunbook("log-check.md"));
    expect(result.inserted).toBe(true);
    expect(findChecklistBlock(result.body)!.start).toBeGreaterThan(body.length - 1);
  });

  it.each([[null], [undefined], [""], ["  \n"]])("turns the empty body %j into just the block", (body) => {
    const result = insertChecklist(body, starterRunbook("log-check.md"));
    expect(result.inserted).toBe(true);
    expect(result.body.startsWith(`${CHECKLIST_START}\n`)).toBe(true);
  });

  it("uses CRLF when the body does, so the whole body keeps one line ending", () => {
    const result = insertChecklist("Line one\r\nLine two", starterRunbook("release.ja.md"), { context, lang: "ja" });
    expect(result.body.replace(/\r\n/g, "")).not.toContain("\n");
    expect(result.body).toContain("## チェックリスト: リリース\r\n");
    expect(result.body).toContain("- [ ] GitHub 上で v1.4.0 のリリースを作成する（下書きでも可） _自動_");
  });

  it("renders a block that parses back to the runbook's items, ids, markers and commands, all unticked", () => {
    for (const file of ["release.md", "release.ja.md", "ecs-service-restart.md", "log-check.ja.md"]) {
      const runbook = starterRunbook(file);
      const block = findChecklistBlock(insertChecklist("", runbook).body)!;
      const reparsed = parseRunbook(block.inner);
      const shape = (items: typeof runbook.sections) =>
        items.map((section) => [section.kind, section.items.map((item) => [item.id, item.verify ?? null, item.optional, item.commands, item.snippets])]);
      expect(shape(reparsed.sections)).toEqual(shape(runbook.sections));
      expect(reparsed.sections.flatMap((section) => section.items).every((item) => !item.checked)).toBe(true);
      expect(reparsed.problems).toEqual([]);
    }
  });

  it("keeps nested items nested", () => {
    const block = findChecklistBlock(insertChecklist("", fixtureRunbook("nested.md")).body)!;
    expect(block.inner).toContain("\n  - [ ] Write the SQL <!-- infra-coach:item=write-the-sql -->\n");
    expect(block.inner).toContain("\n    - [ ] Second reviewer OPTIONAL <!-- infra-coach:item=second-reviewer-optional -->\n");
    const reparsed = parseRunbook(block.inner);
    expect(reparsed.sections[0]!.items.map((item) => item.parentId ?? null)).toEqual([
      null,
      "prepare-the-migration",
      "prepare-the-migration",
      "review-the-sql",
      null,
    ]);
  });

  it("escapes runbook text and placeholder values but keeps code spans as code", () => {
    const runbook = fixtureRunbook("injection.md");
    const { body } = insertChecklist("", runbook, { context: { version: "@everyone <b>" } });
    expect(body).not.toMatch(/<img/i);
    expect(body).not.toContain("</details>");
    expect(body).not.toMatch(/(^|[^\u200D])@org\/platform-team/);
    expect(body).not.toMatch(/@alice/);
    expect(body).not.toMatch(/[^\u200D\\]#123/);
    expect(body).not.toMatch(/(?<!\\)\]\(javascript:/);
    expect(body).toContain("A \\| pipe \\| table breaker");
    expect(body).toContain("run `rm -rf /` now");
    const lines = body.split("\n");
    // Every item stays one list line: nothing in the text opened a block.
    expect(lines.filter((line) => line.startsWith("- [ ] "))).toHaveLength(6);
    expect(lines.some((line) => line.startsWith("```"))).toBe(false);
  });

  it("fills placeholders inside code blocks with the raw value, in a fence the value cannot close", () => {
    const runbook = parseRunbook("## Pre-work\n- [ ] Tag\n  ```bash\n  git tag {{version}}\n  ```\n");
    const { body } = insertChecklist("", runbook, { context: { version: "v1\n```\nrm -rf /" } });
    expect(body).toContain("  ````bash\n  git tag v1\n  ```\n  rm -rf /\n  ````\n");
  });
});
