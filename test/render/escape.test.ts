import {
  codeBlock,
  escapeHtml,
  escapeInline,
  escapeKeepingCode,
  htmlCode,
  inlineCode,
  markdownLink,
  safeUrl,
  sanitizeText,
  tableCell,
  truncate,
} from "../../src/render/escape.js";
import { INJECTIONS } from "./injections.js";
import { cellDelimiters, markdownProblems } from "./markdown-checks.js";

const ZWJ = "\u200D";


function inParagraph(markdown: string): string {
  return `Value: ${markdown}\n`;
}

function inDetails(summaryHtml: string, bodyMarkdown: string): string {
  return `<details><summary>${summaryHtml}</summary>\n\n${bodyMarkdown}\n\n</details>\n`;
}

function inTable(cell: string): string {
  return `| A | B |\n| - | - |\n| ${cell} | x |\n`;
}

describe("escaping untrusted text", () => {
  test.each(INJECTIONS.map((input) => [input.slice(0, 40), input]))("%j cannot break any context", (_name, input) => {
    const contexts = [
      inParagraph(escapeInline(input)),
      escapeInline(input), // at the start of a line
      inDetails(`${escapeHtml(input)} ${htmlCode(input)}`, `${escapeInline(input)} ${inlineCode(input)}`),
      inTable(tableCell(escapeInline(input))),
      inTable(tableCell(inlineCode(input))),
      `Before\n\n${codeBlock(input, "hcl")}\nAfter\n`,
      inParagraph(markdownLink(input, "https://example.com/docs")),
      inParagraph(escapeKeepingCode(`changes \`name\` from ${input} to \`${input}\``)),
      escapeKeepingCode(`${input} \`${input}\` ${input}`),
      inTable(tableCell(escapeKeepingCode(`a \`${input}\` b`))),
    ];
    for (const markdown of contexts) expect(markdownProblems(markdown)).toStrictEqual([]);
  });

  test("mentions, team mentions and references are neutralised with a zero-width joiner", () => {
    expect(escapeInline("@user")).toBe(`@${ZWJ}user`);
    expect(escapeInline("@org/team")).toBe(`@${ZWJ}org/team`);
    expect(escapeHtml("cc @user")).toBe(`cc @${ZWJ}user`);
    expect(escapeInline("#123")).toBe(`\\#${ZWJ}123`);
    expect(escapeInline("see GH-12")).toBe(`see GH${ZWJ}-12`);
    expect(escapeInline("http://x")).toBe(`http:${ZWJ}//x`);
    // An @ not followed by a name is left alone.
    expect(escapeInline("a @ b")).toBe("a @ b");
  });

  test("HTML becomes entities, Markdown punctuation is backslash-escaped", () => {
    expect(escapeInline("<img src=x onerror=alert(1)>")).toBe("&lt;img src=x onerror=alert(1)&gt;");
    expect(escapeInline("[link](javascript:alert(1))")).toBe("\\[link\\](javascript:alert(1))");
    expect(escapeInline("![x](y)")).toBe("!\\[x\\](y)");
    expect(escapeInline("*a* _b_ ~c~ $d$ `e` |")).toBe("\\*a\\* \\_b\\_ \\~c\\~ \\$d\\$ \\`e\\` \\|");
    expect(escapeInline("&amp;")).toBe("&amp;amp;");
    expect(escapeHtml(`"'<>&`)).toBe("&quot;&#39;&lt;&gt;&amp;");
  });

  test("markers that only matter at the start of a line are escaped there", () => {
    expect(escapeInline("# title")).toBe("\\# title");
    expect(escapeInline("- item")).toBe("\\- item");
    expect(escapeInline("+ item")).toBe("\\+ item");
    expect(escapeInline("12. item")).toBe("12\\. item");
    expect(escapeInline("3) item")).toBe("3\\) item");
    expect(escapeInline("a - b # c")).toBe("a - b # c");
  });

  test("line breaks are folded; controls and bidi overrides are made visible", () => {
    expect(escapeInline("a\nb\r\nc\td")).toBe("a b c d");
    expect(sanitizeText("\u202Eabc")).toBe("\uFFFDabc");
    expect(sanitizeText("a\u0000b\u001bc\u0085d\u009be")).toBe("a\uFFFDb\uFFFDc d\uFFFDe");
    expect(sanitizeText("\uD800x\uDC00")).toBe("\uFFFDx\uFFFD");
    expect(sanitizeText("😀")).toBe("😀");
  });

  test("inline code uses a fence longer than any backtick run, padded when needed", () => {
    expect(inlineCode("aws_iam_role.app")).toBe("`aws_iam_role.app`");
    expect(inlineCode("a`b")).toBe("``a`b``");
    expect(inlineCode("`a")).toBe("`` `a ``");
    expect(inlineCode("x```y``")).toBe("```` x```y`` ````");
    expect(inlineCode(" a ")).toBe("`  a  `");
    expect(inlineCode("  ")).toBe("`  `");
    expect(inlineCode("")).toBe("` `");
    expect(inlineCode("@user")).toBe("`@user`");
    expect(inlineCode("a\nb")).toBe("`a b`");
  });

  test("code spans written by the explain layer stay code; the text around them is escaped", () => {
    expect(escapeKeepingCode("changes `port` from `80` to `443`")).toBe("changes `port` from `80` to `443`");
    expect(escapeKeepingCode("sets `tags.team` to `\"web\"`")).toBe("sets `tags.team` to `\"web\"`");
    expect(escapeKeepingCode("`` a`b `` is *bold*")).toBe("``a`b`` is \\*bold\\*");
    expect(escapeKeepingCode("`@user` and @user")).toBe(`\`@user\` and @${ZWJ}user`);
    expect(escapeKeepingCode("unclosed ` tick <b>")).toBe("unclosed \\` tick &lt;b&gt;");
    expect(escapeKeepingCode("- `a` - 1. b")).toBe("\\- `a` - 1. b");
    expect(escapeKeepingCode("`x`GH-1 `y`www.evil.example")).toBe(`\`x\`GH${ZWJ}-1 \`y\`www${ZWJ}.evil.example`);
  });

  test("fenced code blocks cannot be closed from inside", () => {
    expect(codeBlock("x")).toBe("```\nx\n```\n");
    expect(codeBlock("```\nrm -rf /\n```", "sh")).toBe("````sh\n```\nrm -rf /\n```\n````\n");
    expect(codeBlock("a", "mer`maid x")).toBe("```mermaidx\na\n```\n");
  });

  test("table cells escape exactly the pipes that would split the row", () => {
    expect(tableCell("`a|b`")).toBe("`a\\|b`");
    expect(tableCell("a\\|b")).toBe("a\\|b");
    expect(tableCell("a\\\\|b")).toBe("a\\\\\\|b");
    expect(tableCell("a\nb")).toBe("a b");
    for (const input of ["|", "\\|", "\\\\|", "a|b|c", "\\\\\\|"]) {
      expect(cellDelimiters(tableCell(input))).toBe(0);
      expect(cellDelimiters(tableCell(escapeInline(input)))).toBe(0);
      expect(cellDelimiters(tableCell(inlineCode(input)))).toBe(0);
    }
  });

  test("links: only http(s) destinations, label escaped", () => {
    expect(safeUrl("javascript:alert(1)")).toBeUndefined();
    expect(safeUrl("data:text/html,<b>")).toBeUndefined();
    expect(safeUrl("/relative")).toBeUndefined();
    expect(safeUrl("https://github.com/o/r/blob/abc/main.tf#L1-L5")).toBe("https://github.com/o/r/blob/abc/main.tf#L1-L5");
    expect(safeUrl("https://x.example/a(b) c")).toBe("https://x.example/a%28b%29%20c");
    expect(markdownLink("[x]", "javascript:alert(1)")).toBe("\\[x\\]");
    expect(markdownLink("main.tf", "https://x.example/")).toBe("[main.tf](https://x.example/)");
  });

  test("truncate keeps surrogate pairs whole and marks the cut", () => {
    expect(truncate("abcdef", 4)).toBe("abc…");
    expect(truncate("abc", 3)).toBe("abc");
    expect(truncate("ab😀cd", 4)).toBe("ab…");
    expect(truncate("abc", 0)).toBe("");
  });

  test("escaping is linear: pathological inputs of a million characters return quickly", () => {
    const started = Date.now();
    tableCell(`${"\\".repeat(1_000_000)}x`);
    escapeInline(" ".repeat(1_000_000));
    inlineCode(` ${"a ".repeat(500_000)}`);
    escapeInline("@".repeat(1_000_000));
    escapeKeepingCode("` `` ``` ```` ".repeat(100_000));
    escapeKeepingCode("`".repeat(1_000_000));
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  test("random mixes of dangerous characters never break structure", () => {
    const alphabet = ["@", "a", "#", "1", "|", "\\", "`", "<", ">", "/", "!", "[", "]", "(", ")", "*", "_", "\n", " ", "-", "~", "$", "&", ":", "\u202E", "\u0000", "d", "e", "t", "s", "GH-"];
    let seed = 42;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed;
    };
    for (let round = 0; round < 2_000; round++) {
      let input = "";
      const length = next() % 30;
      for (let index = 0; index < length; index++) input += alphabet[next() % alphabet.length];
      const markdown =
        inParagraph(escapeInline(input)) +
        "\n" +
        inDetails(escapeHtml(input), `${escapeInline(input)} ${inlineCode(input)} ${escapeKeepingCode(input)}`) +
        "\n" +
        inTable(`${tableCell(escapeInline(input))} | ${tableCell(inlineCode(input))}`).replace("| A | B |\n| - | - |", "| A | B | C |\n| - | - | - |") +
        "\n" +
        codeBlock(input);
      expect({ input, problems: markdownProblems(markdown) }).toStrictEqual({ input, problems: [] });
    }
  });
});
