import { execa } from "execa";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { main } from "../../src/cli.js";
import type { JsonResult } from "../../src/render/json.js";
import { markdownProblems } from "./markdown-checks.js";

/**
 * The real terraform binary, offline: only the built-in `terraform_data`
 * resource, local state. Apply a base configuration, change it, plan, and
 * explain the plan through the CLI.
 */
const TERRAFORM = "/usr/local/bin/terraform";

const BASE = `
resource "terraform_data" "keep" { input = "same" }
resource "terraform_data" "change" { input = "v1" }
resource "terraform_data" "replace" {
  triggers_replace = "a"
  input            = "x"
}
resource "terraform_data" "remove" { input = "bye" }
`;

const CHANGED = `
resource "terraform_data" "keep" { input = "same" }
resource "terraform_data" "change" { input = "v2" }
resource "terraform_data" "replace" {
  triggers_replace = "b"
  input            = "x"
}
resource "terraform_data" "add" { input = terraform_data.change.output }
`;

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on("data", (chunk: Buffer) => out.push(chunk));
  stderr.on("data", (chunk: Buffer) => err.push(chunk));
  const code = await main(argv, { stdin: Readable.from([]), stdout, stderr });
  return { code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") };
}

describe("explaining plans made by the real terraform", () => {
  let directory: string;
  let terraform: (args: string[]) => Promise<unknown>;

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), "infra-coach-e2e-"));
    await writeFile(join(directory, "cli.tfrc"), "");
    const env = { CHECKPOINT_DISABLE: "1", TF_IN_AUTOMATION: "1", TF_CLI_CONFIG_FILE: join(directory, "cli.tfrc") };
    terraform = (args) => execa(TERRAFORM, args, { cwd: directory, env, timeout: 60_000 });
    await writeFile(join(directory, "main.tf"), BASE);
    await terraform(["init", "-input=false", "-no-color"]);
    await terraform(["apply", "-auto-approve", "-input=false", "-no-color"]);
  });

  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  async function planJson(config: string, name: string): Promise<string> {
    await writeFile(join(directory, "main.tf"), config);
    await terraform(["plan", "-input=false", "-no-color", `-out=${name}.tfplan`]);
    const { stdout } = (await execa(TERRAFORM, ["show", "-json", `${name}.tfplan`], {
      cwd: directory,
      env: { CHECKPOINT_DISABLE: "1", TF_CLI_CONFIG_FILE: join(directory, "cli.tfrc") },
    })) as { stdout: string };
    const file = join(directory, `${name}.json`);
    await writeFile(file, stdout);
    return file;
  }

  test("create, update, replace and delete are each named with the right action", async () => {
    const file = await planJson(CHANGED, "changed");

    const text = await cli(["explain", file, "--format", "text"]);
    expect(text.code).toBe(0);
    expect(text.stderr).toBe("");
    expect(text.stdout).toMatch(/^➕ add {2}terraform_data\.add — /m);
    expect(text.stdout).toMatch(/^✏️ change {2}terraform_data\.change — /m);
    expect(text.stdout).toMatch(/^🔁 replace {2}terraform_data\.replace — /m);
    expect(text.stdout).toMatch(/^🗑️ destroy {2}terraform_data\.remove — /m);
    expect(text.stdout).not.toMatch(/terraform_data\.keep/);
    expect(text.stdout).toContain("1 to replace · 1 to add · 1 to change · 1 to destroy");
    expect(text.stdout).toContain("because its block was removed from the configuration");

    const markdown = await cli(["explain", file]);
    expect(markdown.code).toBe(0);
    expect(markdownProblems(markdown.stdout)).toStrictEqual([]);
    expect(markdown.stdout).toContain("| 🔁 replace | `terraform_data.replace` |");
    expect(markdown.stdout).toContain("| ➕ add | `terraform_data.add` |");
    expect(markdown.stdout).toContain("| ✏️ change | `terraform_data.change` |");
    expect(markdown.stdout).toContain("| 🗑️ destroy | `terraform_data.remove` |");
    // terraform_data.add refers to terraform_data.change: both change, so the picture links them.
    expect(markdown.stdout).toContain("```mermaid");

    const json = await cli(["explain", file, "--format", "json", "--lang", "ja"]);
    const result = JSON.parse(json.stdout) as JsonResult;
    const actions = Object.fromEntries(result.documents[0]?.changes.map((change) => [change.address, change.action]) ?? []);
    expect(actions).toStrictEqual({
      "terraform_data.add": "create",
      "terraform_data.change": "update",
      "terraform_data.replace": "replace",
      "terraform_data.remove": "delete",
    });
    expect(result.documents[0]?.terraformVersion).toMatch(/^1\./);
  });

  test("a plan with no changes says so", async () => {
    const file = await planJson(BASE, "unchanged");
    const markdown = await cli(["explain", file]);
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toContain("No changes. Your infrastructure matches the configuration.");
    expect(markdown.stdout).not.toContain("<details>");
    const ja = await cli(["explain", file, "--lang", "ja", "--format", "text"]);
    expect(ja.stdout).toContain("変更はありません。");
  });
});
