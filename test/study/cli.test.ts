import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { studyCommand } from "../../src/study/cli.js";
import { FIXTURES } from "./helpers.js";

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on("data", (chunk: Buffer) => out.push(chunk.toString()));
  stderr.on("data", (chunk: Buffer) => err.push(chunk.toString()));
  const code = await studyCommand(args, { stdout, stderr });
  return { code, stdout: out.join(""), stderr: err.join("") };
}

describe("infra-coach study", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "study-cli-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("writes the guide of a directory to stdout", async () => {
    const result = await run([`${FIXTURES}azure-load-balancer`]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/^<!-- infra-coach:study-guide -->\n# Infrastructure study guide\n/);
    expect(result.stdout).toContain("[main.tf L7–L10](main.tf#L7-L10)");
  });

  it("writes to --out with links relative to the guide's folder, in Japanese with --lang ja", async () => {
    mkdirSync(join(dir, "docs"));
    const out = join(dir, "docs", "guide.md");
    const result = await run([`${FIXTURES}azure-load-balancer`, "--lang", "ja", "--out", out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^infra-coach: wrote .*guide\.md: 17 resources, 0 data sources, \d+ pictures, \d+ quiz questions\n$/);
    const guide = readFileSync(out, "utf8");
    expect(guide).toContain("# インフラ学習ガイド");
    const link = /\]\(([^)]+)#L7-L10\)/.exec(guide)?.[1] ?? "";
    expect(link).toMatch(/^(\.\.\/)+.*azure-load-balancer\/main\.tf$/);
    expect(readFileSync(join(dir, "docs", link), "utf8")).toContain('resource "azurerm_resource_group" "example"');
  });

  it("makes absolute links with --link-base", async () => {
    const result = await run([`${FIXTURES}azure-load-balancer`, "--link-base", "https://github.com/Azure/terraform/blob/main/quickstart/101-azure-load-balancer-public"]);
    expect(result.stdout).toContain("(https://github.com/Azure/terraform/blob/main/quickstart/101-azure-load-balancer-public/main.tf#L7-L10)");
  });

  it("reads a plan JSON file", async () => {
    const plan = new URL("../../../shared/corpus/plans/talitz__flask-app__terraform__tfplan.json", import.meta.url);
    const result = await run([plan.pathname]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("the configuration recorded in a plan");
  });

  it("says in one line what is wrong with the input or the command line", async () => {
    expect(await run([join(dir, "missing")])).toEqual({ code: 1, stdout: "", stderr: `infra-coach: cannot read ${join(dir, "missing")}: no such file or directory\n` });
    expect(await run([dir])).toEqual({ code: 1, stdout: "", stderr: `infra-coach: no Terraform files (.tf or .tf.json) under ${dir}\n` });
    writeFileSync(join(dir, "notes.txt"), "hello");
    expect((await run([join(dir, "notes.txt")])).stderr).toBe(`infra-coach: ${join(dir, "notes.txt")} is not a directory (give a folder of Terraform files, or a plan .json file)\n`);
    writeFileSync(join(dir, "bad.json"), "{}");
    const badPlan = await run([join(dir, "bad.json")]);
    expect(badPlan.code).toBe(1);
    expect(badPlan.stderr.split("\n")).toHaveLength(2);
    expect(await run([])).toMatchObject({ code: 2, stderr: "infra-coach: study needs a directory of Terraform files (or a plan JSON file)\n" });
    expect(await run([dir, "--lang", "fr"])).toMatchObject({ code: 2, stderr: 'infra-coach: --lang must be en or ja, not "fr"\n' });
    expect(await run([dir, "--link-base", "javascript:alert(1)"])).toMatchObject({ code: 2 });
    expect((await run([dir, "--bogus"])).code).toBe(2);
  });

  it("prints its usage with --help", async () => {
    const result = await run(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Usage: infra-coach study <dir|plan.json> [options]");
  });
});
