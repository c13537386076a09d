import { parseListMarker, scanMarkdown } from "../../src/checklist/markdown-lines.js";

const kinds = (text: string) => scanMarkdown(text).lines.map((line) => line.kind);

describe("scanMarkdown", () => {
  it("does not count the line ending of the last line as another line", () => {
    expect(kinds("a\n")).toEqual(["text"]);
    expect(kinds("a\n\n")).toEqual(["text", "blank"]);
    expect(kinds("")).toEqual(["blank"]);
  });

  it("keeps offsets into the original text across CRLF, CR and a BOM", () => {
    const text = "\uFEFFa\r\nbb\rccc\n\nd";
    const lines = scanMarkdown(text).lines;
    expect(lines.map((line) => [line.raw, line.start])).toEqual([
      ["a", 1],
      ["bb", 4],
      ["ccc", 7],
      ["", 11],
      ["d", 12],
    ]);
    for (const line of lines) expect(text.slice(line.start, line.start + line.raw.length)).toBe(line.raw);
  });

  it("reads fenced blocks with their info string and strips the fence's indentation inside list items", () => {
    const scan = scanMarkdown("- [ ] item\n\n  ```bash\n  terraform plan\n    indented more\n  ```\nafter\n");
    expect(scan.codeBlocks).toEqual([{ id: 0, info: "bash", line: 3, content: "terraform plan\n  indented more" }]);
    expect(kinds("- [ ] item\n\n  ```bash\n  x\n  ```\nafter\n")).toEqual(["text", "blank", "fence", "code", "fence", "text"]);
  });

  it("closes a fence only with the same character and at least the same length", () => {
    const scan = scanMarkdown("````\n```\n~~~~\n````\nout\n");
    expect(scan.codeBlocks[0]!.content).toBe("```\n~~~~");
    expect(scan.lines.map((line) => line.kind)).toEqual(["fence", "code", "code", "fence", "text"]);
  });

  it("treats four-space indentation as code after a blank line, but not when it continues a paragraph or sits in a list item", () => {
    expect(kinds("text\n    continued")).toEqual(["text", "text"]);
    expect(kinds("text\n\n    code")).toEqual(["text", "blank", "code"]);
    expect(kinds("- item\n\n    - nested item")).toEqual(["text", "blank", "text"]);
    expect(kinds("- item\n\n      code in the item")).toEqual(["text", "blank", "code"]);
    expect(scanMarkdown("\tcode with a tab\n").codeBlocks[0]!.content).toBe("code with a tab");
  });

  it("cuts inline comments out of visible text and hides multi-line comments", () => {
    const scan = scanMarkdown("a <!-- one --> b <!-- two -->\n<!--\nhidden\n--> tail\n<!-- open");
    expect(scan.lines.map((line) => [line.kind, line.visible, line.comments])).toEqual([
      ["text", "a  b ", [" one ", " two "]],
      ["comment", "", []],
      ["comment", "", []],
      ["text", "    tail", []],
      ["comment", "", []],
    ]);
    expect(scan.unclosedComment).toBe(5);
  });

  it("recognises ATX and setext headings, quotes and thematic breaks", () => {
    const scan = scanMarkdown("# One #\nTwo\n---\n> - [ ] quoted\n* * *\n## \n");
    expect(scan.lines.map((line) => [line.kind, line.heading?.text ?? null])).toEqual([
      ["heading", "One"],
      ["heading", "Two"],
      ["setext-underline", null],
      ["quote", null],
      ["break", null],
      ["heading", ""],
    ]);
  });

  it("reports a fence that never closes", () => {
    expect(scanMarkdown("a\n```\nb\n").unclosedFence).toBe(2);
  });
});

describe("parseListMarker", () => {
  it.each([
    ["- [ ] a", { indent: 0, contentIndent: 2, rest: "[ ] a" }],
    ["  12) [x] b", { indent: 2, contentIndent: 6, rest: "[x] b" }],
    ["*      wide", { indent: 0, contentIndent: 2, rest: "wide" }],
    ["-", { indent: 0, contentIndent: 2, rest: "" }],
  ])("%j", (line, expected) => {
    expect(parseListMarker(line)).toEqual(expected);
  });

  it.each([["---"], ["-x"], ["1234567890. too long"], ["text"]])("%j is not a list item", (line) => {
    expect(parseListMarker(line)).toBeUndefined();
  });
});
