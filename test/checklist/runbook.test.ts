import { parseRunbook } from "../../src/checklist/runbook.js";
import { describeProblem } from "../../src/checklist/problems.js";
import { fixtureRunbook, itemTexts, readRepoFile, starterRunbook } from "./helpers.js";

describe("parseRunbook on the starter runbooks", () => {
  it("reads the English release runbook: three sections, auto-verify markers, optional items, commands and the notice template", () => {
    const runbook = starterRunbook("release.md");
    expect(runbook.title).toBe("Release");
    expect(runbook.problems).toEqual([]);
    expect(runbook.sections.map((section) => [section.kind, section.heading, section.items.length])).toEqual([
      ["pre", "Pre-work", 7],
      ["dayof", "Day-of", 4],
      ["verify", "Verification", 4],
    ]);
    const pre = runbook.sections[0]!.items;
    expect(pre.map((item) => item.verify ?? null)).toEqual([null, "release-exists", "plan-clean", "co-review-approved", null, null, null]);
    expect(pre.map((item) => item.optional)).toEqual([false, false, false, false, false, false, true]);
    expect(pre[0]!.snippets).toHaveLength(1);
    expect(pre[0]!.snippets[0]!.info).toBe("text");
    expect(pre[0]!.snippets[0]!.content).toContain("Time: {{start_time}} to {{end_time}}");
    expect(pre[0]!.snippets[0]!.content).toContain("Content: {{content}}");
    const dayof = runbook.sections[1]!.items;
    expect(dayof[1]!.commands).toEqual([
      "aws-vault exec production -- terraform plan -out=tfplan\naws-vault exec production -- terraform apply tfplan",
    ]);
    expect(dayof[2]!.commands[0]).toContain("aws ecs update-service --cluster \"$CLUSTER\" --service \"$SERVICE\" --force-new-deployment");
    expect(runbook.sections[2]!.items[1]!.commands[0]).toContain("aws logs tail");
    expect(pre.every((item) => item.checked === false)).toBe(true);
  });

  it("reads the Japanese release runbook with the same shape, 任意 marking the optional item", () => {
    const english = starterRunbook("release.md");
    const japanese = starterRunbook("release.ja.md");
    expect(japanese.title).toBe("リリース");
    expect(japanese.problems).toEqual([]);
    expect(japanese.sections.map((section) => [section.kind, section.heading])).toEqual([
      ["pre", "事前作業"],
      ["dayof", "当日作業"],
      ["verify", "動作確認"],
    ]);
    const shape = (runbook: typeof english) =>
      runbook.sections.map((section) => section.items.map((item) => [item.optional, item.verify ?? null, item.commands.length, item.snippets.length]));
    expect(shape(japanese)).toEqual(shape(english));
    expect(japanese.sections[0]!.items[0]!.snippets[0]!.content).toContain("お客様各位");
    expect(japanese.sections[0]!.items[6]!.text).toBe("（任意）スキーマ変更の前にデータベースのスナップショットを手動で取得する");
  });

  it.each([
    ["ecs-service-restart.md", "update-service", "--force-new-deployment"],
    ["ecs-service-restart.ja.md", "update-service", "--force-new-deployment"],
    ["log-check.md", "aws logs tail", "aws logs tail"],
    ["log-check.ja.md", "aws logs tail", "aws logs tail"],
  ])("reads %s without problems, with commands and a customer-notice template", (file, dayOfCommand, anyCommand) => {
    const runbook = starterRunbook(file);
    expect(runbook.problems).toEqual([]);
    expect(runbook.sections.map((section) => section.kind)).toEqual(["pre", "dayof", "verify"]);
    const items = runbook.sections.flatMap((section) => section.items);
    expect(runbook.sections[1]!.items.some((item) => item.commands.some((command) => command.includes(dayOfCommand)))).toBe(true);
    expect(items.some((item) => item.commands.some((command) => command.includes(anyCommand)))).toBe(true);
    const templates = items.flatMap((item) => item.snippets.map((snippet) => snippet.content));
    expect(templates).toHaveLength(1);
    for (const placeholder of ["{{start_time}}", "{{end_time}}", "{{content}}"]) expect(templates[0]).toContain(placeholder);
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
  });

  it("gives every starter runbook pair the same number of items per section in both languages", () => {
    for (const name of ["release", "ecs-service-restart", "log-check"]) {
      const counts = (file: string) => starterRunbook(file).sections.map((section) => section.items.length);
      expect(counts(`${name}.ja.md`)).toEqual(counts(`${name}.md`));
    }
  });
});

describe("parseRunbook on malformed runbooks", () => {
  it("reports a runbook without any section heading, listing the headings it saw, and does not throw", () => {
    const runbook = fixtureRunbook("no-sections.md");
    expect(runbook.sections).toEqual([]);
    expect(runbook.title).toBe("Restart the batch server");
    expect(runbook.problems.map((problem) => [problem.code, problem.severity])).toEqual([
      ["item-outside-section", "warning"],
      ["item-outside-section", "warning"],
      ["item-outside-section", "warning"],
      ["no-sections", "error"],
    ]);
    const noSections = runbook.problems.at(-1)!;
    expect(describeProblem(noSections)).toBe(
      "no runbook sections found (expected headings: 'Pre-work' / '事前作業' / 'Day-of' / '当日作業' / 'Verification' / '動作確認'); headings seen: 'Steps', 'Afterwards'",
    );
    expect(describeProblem(noSections, "ja")).toBe(
      "手順書のセクションが見つかりません（期待した見出し: 'Pre-work' / '事前作業' / 'Day-of' / '当日作業' / 'Verification' / '動作確認'）。見つかった見出し: 'Steps', 'Afterwards'",
    );
  });

  it("names each missing section with the headings seen", () => {
    const runbook = parseRunbook("# T\n\n## 当日作業\n\n- [ ] 再起動する\n\n## Notes\n\ntext\n");
    const missing = runbook.problems.filter((problem) => problem.code === "missing-section");
    expect(missing.map((problem) => describeProblem(problem))).toEqual([
      "no 'Pre-work' / '事前作業' section found; headings seen: 'Notes'",
      "no 'Verification' / '動作確認' section found; headings seen: 'Notes'",
    ]);
    expect(missing.every((problem) => problem.severity === "error")).toBe(true);
  });

  it("treats an empty or blank text as a runbook with no sections", () => {
    for (const text of ["", "\n\n", "\uFEFF"]) {
      const runbook = parseRunbook(text);
      expect(runbook.sections).toEqual([]);
      expect(describeProblem(runbook.problems[0]!)).toContain("headings seen: none");
    }
  });

  it("keeps nested checkboxes as items with a parent and warns about each; plain nested bullets are notes", () => {
    const runbook = fixtureRunbook("nested.md");
    const pre = runbook.sections[0]!.items;
    expect(pre.map((item) => [item.text, item.parentId ?? null, item.optional])).toEqual([
      ["Prepare the migration", null, false],
      ["Write the SQL", "prepare-the-migration", false],
      ["Review the SQL", "prepare-the-migration", false],
      ["Second reviewer OPTIONAL", "review-the-sql", true],
      ["Take a snapshot", null, false],
    ]);
    const nested = runbook.problems.filter((problem) => problem.code === "nested-item");
    expect(nested.map((problem) => describeProblem(problem))).toEqual([
      "line 6: the nested checkbox 'Write the SQL' is counted as its own item, separately from 'Prepare the migration'",
      "line 7: the nested checkbox 'Review the SQL' is counted as its own item, separately from 'Prepare the migration'",
      "line 8: the nested checkbox 'Second reviewer OPTIONAL' is counted as its own item, separately from 'Review the SQL'",
    ]);
    expect(runbook.problems.filter((problem) => problem.code !== "nested-item")).toEqual([]);
  });

  it("parses CRLF and BOM text exactly like LF text", () => {
    const lf = readRepoFile("docs/runbooks/release.ja.md");
    const crlf = `\uFEFF${lf.replace(/\n/g, "\r\n")}`;
    expect(crlf).toContain("\r\n");
    const fromCrlf = parseRunbook(crlf, { name: "release.ja.md" });
    const fromLf = parseRunbook(lf, { name: "release.ja.md" });
    expect(fromCrlf).toEqual(fromLf);
    expect(fromCrlf.sections[1]!.items[1]!.commands[0]).not.toContain("\r");
  });

  it("parses old Mac CR line endings too", () => {
    const runbook = parseRunbook("## Pre-work\r- [ ] one\r## Day-of\r- [ ] two\r## Verification\r- [x] three\r");
    expect(itemTexts(runbook)).toEqual({ pre: ["one"], dayof: ["two"], verify: ["three"] });
    expect(runbook.sections[2]!.items[0]!.checked).toBe(true);
  });

  it("ignores checkboxes in HTML comments, fenced and indented code, and quotes", () => {
    const runbook = fixtureRunbook("hidden-checkboxes.md");
    expect(itemTexts(runbook)).toEqual({
      pre: ["Real item one", "Real item two"],
      dayof: ["Real item three"],
      verify: ["Real item four"],
    });
    expect(runbook.problems).toEqual([]);
  });

  it("gives repeated item texts unique ids, stable across parses", () => {
    const runbook = fixtureRunbook("duplicates.md");
    const ids = runbook.sections.flatMap((section) => section.items.map((item) => item.id));
    expect(ids).toEqual(["check-the-dashboard", "check-the-dashboard-2", "check-the-dashboard-3", "deploy", "check-the-dashboard-4"]);
    expect(fixtureRunbook("duplicates.md").sections.flatMap((section) => section.items.map((item) => item.id))).toEqual(ids);
  });

  it("matches headings case-insensitively, with numbers, emoji, brackets, setext style and deeper sub-headings", () => {
    const runbook = fixtureRunbook("odd-headings.md");
    expect(runbook.title).toBe("Server restart");
    expect(runbook.sections.map((section) => [section.kind, section.heading])).toEqual([
      ["pre", "1. 事前作業（前日まで）"],
      ["dayof", "✅ DAY OF:"],
      ["verify", "verification steps"],
    ]);
    expect(itemTexts(runbook)).toEqual({
      pre: ["告知する"],
      dayof: ["Restart", "Still day-of: a deeper heading stays in the section"],
      verify: ["Check"],
    });
    expect(runbook.problems.map((problem) => describeProblem(problem))).toEqual([
      "line 18: a checkbox outside any section is not tracked: 'Outside any section'",
    ]);
  });

  it("uses configured headings instead of the defaults for that kind", () => {
    const text = "## Before\n- [ ] a\n## Pre-work\n- [ ] b\n## Day-of\n- [ ] c\n## Verification\n- [ ] d\n";
    const runbook = parseRunbook(text, { headings: { pre: ["Before"] } });
    expect(itemTexts(runbook)).toEqual({ pre: ["a"], dayof: ["c"], verify: ["d"] });
    expect(runbook.problems.map((problem) => describeProblem(problem))).toEqual([
      "line 4: a checkbox outside any section is not tracked: 'b'",
    ]);
  });

  it("reports duplicate and empty sections, plain bullets, empty checkboxes, unknown verify markers and unclosed code", () => {
    const text = [
      "## Pre-work",
      "- [ ] a <!-- verify: dns-propagated -->",
      "- not a checkbox",
      "- [ ]",
      "## Day-of",
      "## Pre-work",
      "- [x] b",
      "## Verification",
      "- [ ] c",
      "```bash",
      "- [ ] swallowed by the open fence",
    ].join("\n");
    const runbook = parseRunbook(text);
    expect(itemTexts(runbook)).toEqual({ pre: ["a", "b"], dayof: [], verify: ["c"] });
    expect(runbook.sections[0]!.items[0]!.verify).toBe("dns-propagated");
    expect(runbook.problems.map((problem) => `${problem.severity}: ${describeProblem(problem)}`)).toEqual([
      "warning: line 2: unknown auto-verify marker 'dns-propagated' (known: release-exists, plan-clean, co-review-approved); the item must be ticked by hand",
      "warning: line 3: a list item without a checkbox is not tracked (write '- [ ] …' to track it): 'not a checkbox'",
      "warning: line 4: a checkbox with no text is ignored",
      "warning: line 5: the Day-of section 'Day-of' has no checkbox items",
      "warning: line 6: a second Pre-work section 'Pre-work'; its items are added to the first one",
      "error: line 10: a code block is never closed; everything after it is treated as code",
    ]);
  });

  it("reports an unclosed HTML comment that hides the rest", () => {
    const runbook = parseRunbook("## Pre-work\n- [ ] a\n<!-- hidden\n- [ ] b\n## Day-of\n- [ ] c\n");
    expect(itemTexts(runbook)).toEqual({ pre: ["a"] });
    expect(describeProblem(runbook.problems.find((problem) => problem.code === "unclosed-comment")!)).toBe(
      "line 3: an HTML comment '<!--' is never closed; everything after it is hidden",
    );
  });

  it("joins a wrapped item line into one item text and reads markers from either line", () => {
    const runbook = parseRunbook("## Pre-work\n- [ ] Create the release\n  for the version <!-- verify: release-exists -->\n\n  A note paragraph, not part of the item.\n");
    const item = runbook.sections[0]!.items[0]!;
    expect(item.text).toBe("Create the release for the version");
    expect(item.verify).toBe("release-exists");
  });

  it.each([
    ["OPTIONAL: snapshot", true],
    ["Snapshot (optional)", true],
    ["optional: snapshot", true],
    ["N/A Notify customers", true],
    ["Notify customers [n/a]", true],
    ["（任意）スナップショット", true],
    ["【対象外】告知", true],
    ["告知 該当なし", true],
    ["任意: スナップショット", true],
    ["Pass the optional --force flag", false],
    ["Check OPTIONALITY of fields", false],
    ["任意のタスクを停止する", false],
  ])("optional marker in %j → %s", (text, optional) => {
    const runbook = parseRunbook(`## Pre-work\n- [ ] ${text}\n`);
    expect(runbook.sections[0]!.items[0]!.optional).toBe(optional);
  });

  it("stays fast on hostile input (long lines of brackets, comments, spaces and backticks)", () => {
    const hostile = [
      "## Pre-work",
      `- [ ] ${"[".repeat(60_000)}`,
      `- [ ] ${"<!---->".repeat(8_000)}x`,
      `- [ ] a${" ".repeat(60_000)}任意x`,
      `- [ ] ${"`".repeat(30_000)}`,
      `#${" ".repeat(60_000)}x`,
    ].join("\n");
    const started = performance.now();
    const runbook = parseRunbook(hostile);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(runbook.sections[0]!.items).toHaveLength(4);
  });
});

describe("docs/runbooks/README.md", () => {
  it("has an example runbook that parses the way the page describes", () => {
    const readme = readRepoFile("docs/runbooks/README.md");
    const example = /````markdown\n([\s\S]*?)\n````/.exec(readme)![1]!;
    const runbook = parseRunbook(example);
    expect(runbook.problems).toEqual([]);
    expect(runbook.title).toBe("Restart the batch worker");
    const [pre, dayof] = runbook.sections;
    expect(pre!.items.map((item) => [item.optional, item.verify ?? null, item.snippets.length])).toEqual([
      [false, null, 0],
      [false, "plan-clean", 0],
      [true, null, 1],
    ]);
    expect(dayof!.items[0]!.commands).toEqual(['aws ecs update-service --cluster "$CLUSTER" --service worker --force-new-deployment']);
  });
});
