/**
 * @jest-environment-options {"globalsCleanup": "off"}
 */
// jsdom's window must stay on the global object for mermaid; jest's globals cleanup recurses on it.
import { buildStudyGuide } from "../../src/study/index.js";
import { FIXTURE_NAMES, fixtureFiles, mermaidBlocks, mermaidParser } from "./helpers.js";

describe.each(FIXTURE_NAMES)("the pictures of %s", (name) => {
  it("are all valid Mermaid, in both languages", async () => {
    const mermaid = await mermaidParser();
    const files = await fixtureFiles(name);
    for (const lang of ["en", "ja"] as const) {
      const { markdown, stats } = await buildStudyGuide({ files, lang });
      const blocks = mermaidBlocks(markdown);
      expect(blocks.length).toBe(stats.mermaidBlocks);
      expect(blocks.length).toBeGreaterThanOrEqual(2);
      for (const block of blocks) await expect(mermaid.parse(block)).resolves.toBeTruthy();
    }
  });
});

it("the parser used here does reject a broken picture", async () => {
  const mermaid = await mermaidParser();
  await expect(mermaid.parse('flowchart LR\n  n0["a"] --> n1["b\n')).rejects.toThrow();
});

it("names that would break a picture stay inside their labels", async () => {
  const mermaid = await mermaidParser();
  // Resource names are identifiers, but principals, CIDRs and module names are free text.
  const files = new Map([
    [
      "main.tf",
      `resource "aws_iam_role" "r" {
  assume_role_policy = jsonencode({
    Statement = [{ Action = "sts:AssumeRole", Principal = { AWS = "x\\"] --> evil[\\"<b>end</b>" } }]
  })
}
resource "aws_security_group" "sg" {
  ingress {
    protocol    = "tcp"
    from_port   = 22
    to_port     = 22
    cidr_blocks = ["10.0.0.0/8\\"]; click n1 call alert()"]
  }
}
resource "aws_instance" "i" {
  vpc_security_group_ids = [aws_security_group.sg.id]
  iam_instance_profile   = aws_iam_instance_profile.p.name
}
resource "aws_iam_instance_profile" "p" {
  role = aws_iam_role.r.name
}
`,
    ],
  ]);
  const { markdown } = await buildStudyGuide({ files, lang: "en" });
  const blocks = mermaidBlocks(markdown);
  expect(blocks.length).toBeGreaterThanOrEqual(2);
  for (const block of blocks) {
    await expect(mermaid.parse(block)).resolves.toBeTruthy();
    // Every line is one of the shapes the guide writes, with free text only inside "…" (no quote, bracket or < in it).
    for (const line of block.trimEnd().split("\n")) expect(line).toMatch(SAFE_LINE);
  }
  // The hostile principal and CIDR are still shown, as inert text.
  expect(blocks.join("\n")).toContain('n0(["x__ --_ evil___b_end_/b_"])');
  expect(blocks.join("\n")).toContain('n0(["10.0.0.0/8___ click n1 call alert__"])');
});

const LABEL = '"[^"<>\\[\\]()|]*"';
const SAFE_LINE = new RegExp(
  [
    "^flowchart (LR|TD)$",
    `^ {2,4}n\\d+(\\[${LABEL}\\]|\\(${LABEL}\\)|\\(\\[${LABEL}\\]\\)|\\[\\(${LABEL}\\)\\])$`,
    `^ {2}n\\d+ (-->|-\\.->)(\\|${LABEL}\\|)? n\\d+$`,
    `^ {2}subgraph g\\d+\\[${LABEL}\\]$`,
    "^ {2}end$",
  ].join("|"),
);
