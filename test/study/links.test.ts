/**
 * Every link in a guide points to a file that exists, a line range inside it,
 * and the line where the block it names starts.
 */
import { buildStudyGuide } from "../../src/study/index.js";
import { FIXTURE_NAMES, fixtureFiles } from "./helpers.js";

interface Link {
  /** The table row or paragraph the link is in. */
  line: string;
  path: string;
  start: number;
  end: number;
}

function sourceLinks(markdown: string): Link[] {
  const links: Link[] = [];
  for (const line of markdown.split("\n")) {
    for (const match of line.matchAll(/\]\(([^)#\s]+)#L(\d+)-L(\d+)\)/g)) {
      links.push({ line, path: decodeURIComponent(match[1] ?? ""), start: Number(match[2]), end: Number(match[3]) });
    }
  }
  return links;
}

describe.each(FIXTURE_NAMES)("links in the guide of %s", (name) => {
  it("point to existing files, inside them, at the block they name", async () => {
    const files = await fixtureFiles(name);
    for (const lang of ["en", "ja"] as const) {
      const { markdown, stats } = await buildStudyGuide({ files, lang });
      const links = sourceLinks(markdown);
      let checkedRows = 0;
      expect(links.length).toBe(stats.sourceLinks);
      expect(links.length).toBeGreaterThan(10);
      for (const link of links) {
        const text = files.get(link.path);
        expect({ link: link.path, exists: text !== undefined }).toEqual({ link: link.path, exists: true });
        const lines = (text ?? "").split("\n");
        expect(link.start).toBeGreaterThanOrEqual(1);
        expect(link.end).toBeGreaterThanOrEqual(link.start);
        expect(link.end).toBeLessThanOrEqual(lines.length);
        const opening = lines[link.start - 1] ?? "";
        const closing = lines[link.end - 1] ?? "";
        // A block opens on the first line and closes on the last.
        expect(opening).toMatch(/^\s*(resource|data|module)\s+"[^"]+"/);
        expect(closing.trim()).toBe("}");
        const cells = link.line.split(" | ");
        // In the module table, the link opens the module call.
        const module = /^\| `(?:[^`]+: )?(?:module\.[\w-]+\.)*module\.([\w-]+)`$/.exec(cells[0] ?? "");
        // In a resource table row, it opens exactly the block of the row's address.
        const resource = /^\| `(?:[^`]+: )?(?:module\.[\w-]+\.)*(data\.)?([\w-]+)\.([\w-]+)`(?: ×\S+| \(.+\)|（.+）)?$/.exec(cells[0] ?? "");
        if (module && cells.length === 3) {
          expect(opening).toMatch(new RegExp(`^\\s*module\\s+"${module[1]}"`));
        } else if (resource && cells.length === 3) {
          expect(opening).toMatch(new RegExp(`^\\s*${resource[1] ? "data" : "resource"}\\s+"${resource[2]}"\\s+"${resource[3]}"`));
          checkedRows += 1;
        }
      }
      // Every resource and data source has its row, with its link.
      expect(checkedRows).toBe(stats.resources + stats.dataSources);
    }
  });
});

describe("link bases", () => {
  it("makes absolute links under an http(s) base and relative ones under a path prefix", async () => {
    const files = new Map([["infra/main.tf", 'resource "aws_s3_bucket" "logs" {\n  bucket = "logs"\n}\n']]);
    const absolute = await buildStudyGuide({ files, lang: "en", linkBase: "https://github.com/acme/shop/blob/main/" });
    expect(absolute.markdown).toContain("[infra/main.tf L1–L3](https://github.com/acme/shop/blob/main/infra/main.tf#L1-L3)");
    const relative = await buildStudyGuide({ files, lang: "en", linkBase: "../" });
    expect(relative.markdown).toContain("[infra/main.tf L1–L3](../infra/main.tf#L1-L3)");
  });

  it("never turns a file name into a scheme or a broken link", async () => {
    const files = new Map([["javascript:alert(1) (x).tf", 'resource "aws_s3_bucket" "b" {\n}\n']]);
    const { markdown } = await buildStudyGuide({ files, lang: "en" });
    expect(markdown).toContain("](javascript%3Aalert%281%29%20%28x%29.tf#L1-L2)");
    expect(markdown).not.toMatch(/\]\(javascript:/);
  });

  it("leaves a label without a link when the base is neither a URL nor a plain relative path", async () => {
    const files = new Map([["main.tf", 'resource "aws_s3_bucket" "b" {\n}\n']]);
    const { markdown } = await buildStudyGuide({ files, lang: "en", linkBase: "javascript:x/" });
    expect(markdown).toContain("| `aws_s3_bucket.b` |  | main.tf L1–L2 |");
  });
});
