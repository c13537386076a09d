import { markdownProblems } from "./markdown-checks.js";

/** The checker is what the render tests rely on: it must catch each kind of breakage. */
describe("markdownProblems", () => {
  test.each([
    ["a live mention", "hi @user", /live mention/],
    ["a team mention", "hi @org/team", /live mention/],
    ["an issue reference", "fixes #12", /issue reference/],
    ["a raw tag", "<img src=x>", /raw <img> tag/],
    ["an unbalanced details", "<details><summary>x</summary>\n\ny\n", /left open/],
    ["a stray closing details", "</details>\n", /without <details>/],
    ["an unclosed fence", "```\ncode\n", /never closed/],
    ["an image", "![x](http://evil)", /image/],
    ["a bidi override", "a\u202Eb", /bidi/],
    ["a table row with an extra cell", "| a | b |\n| - | - |\n| x | y | z |\n", /table row/],
    ["a pipe inside code in a table", "| a | b |\n| - | - |\n| `x|y` | z |\n", /table row/],
  ])("flags %s", (_name, markdown, expected) => {
    expect(markdownProblems(markdown).join("\n")).toMatch(expected);
  });

  test("accepts what the renderers write", () => {
    const markdown = [
      "<details><summary>🔁 <b>Replace</b> <code>a@b</code></summary>",
      "",
      "**x** `@user` \\| [docs](https://example.com/a)",
      "",
      "</details>",
      "",
      "| a | b |",
      "| - | - |",
      "| `x\\|y` | z |",
      "",
      "````",
      "```",
      "@user <img>",
      "````",
    ].join("\n");
    expect(markdownProblems(markdown)).toStrictEqual([]);
  });
});
