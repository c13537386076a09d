/** The local runner against the real terraform binary, on configurations that plan offline. */
import { existsSync } from "node:fs";
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { LocalRunner } from "../../src/runner/local-runner.js";
import { makeTempDir } from "./helpers/fake-terraform.js";

const TERRAFORM = "/usr/local/bin/terraform";

interface PlanJson {
  format_version: string;
  resource_changes: { address: string; change: { actions: string[] } }[];
}

describe("LocalRunner with the real terraform", () => {
  let base: string;
  let tempRoot: string;
  let runner: LocalRunner;

  beforeAll(async () => {
    base = await makeTempDir("tf");
    tempRoot = join(base, "tmp");
    await mkdir(tempRoot);
    runner = new LocalRunner({ terraformPath: TERRAFORM, tempRoot, timeoutMs: 120000 });
  });

  afterAll(async () => {
    await rm(base, { recursive: true, force: true });
  });

  async function root(name: string, mainTf: string): Promise<string> {
    const dir = join(base, name);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, "main.tf"), mainTf);
    return dir;
  }

  it("plans terraform_data resources and returns the show -json output", async () => {
    const dir = await root(
      "clean",
      'resource "terraform_data" "web" {\n  input = "hello"\n}\n\nresource "terraform_data" "db" {\n  count = 2\n  input = count.index\n}\n',
    );
    const result = await runner.run({ key: "o/r#1#clean", workingDir: dir });
    if (result.status !== "ok") throw new Error(`expected ok, got ${JSON.stringify(result)}`);
    const plan = JSON.parse(Buffer.from(result.planJson).toString("utf8")) as PlanJson;
    expect(plan.format_version).toMatch(/^1\./);
    expect(plan.resource_changes.map((change) => [change.address, change.change.actions])).toEqual([
      ["terraform_data.db[0]", ["create"]],
      ["terraform_data.db[1]", ["create"]],
      ["terraform_data.web", ["create"]],
    ]);
    expect(result.durationMs).toBeGreaterThan(0);
    // TF_DATA_DIR lives in the run's temp dir: the workspace stays clean and the temp dir is gone.
    expect(existsSync(join(dir, ".terraform"))).toBe(false);
    expect(await readdir(tempRoot)).toEqual([]);
  });

  it("reports invalid HCL as an init failure naming the file and line", async () => {
    const dir = await root("bad-hcl", 'resource "terraform_data" "x" {\n  input = "a"\n}}\n');
    const result = await runner.run({ key: "o/r#1#bad-hcl", workingDir: dir });
    expect(result).toMatchObject({ status: "failed", stage: "init" });
    if (result.status !== "failed") return;
    expect(result.message).toBe("Missing newline after block definition (main.tf line 3)");
    expect(result.log).toContain("A block definition must end with a newline.");
    expect(await readdir(tempRoot)).toEqual([]);
  });

  it("reports a plan-time error with secrets in terraform's output redacted", async () => {
    const dir = await root(
      "bad-plan",
      [
        'variable "key" {',
        '  default = "AKIAIOSFODNN7EXAMPLE"',
        "  validation {",
        '    condition     = !startswith(var.key, "AKIA")',
        '    error_message = "Key ${var.key} is an access key; password=hunter2."',
        "  }",
        "}",
        'resource "terraform_data" "x" {',
        "  input = var.key",
        "}",
        "",
      ].join("\n"),
    );
    const result = await runner.run({ key: "o/r#1#bad-plan", workingDir: dir });
    expect(result).toMatchObject({ status: "failed", stage: "plan", message: "Invalid value for variable (main.tf line 1)" });
    if (result.status !== "failed") return;
    expect(result.log).toContain("is an access key");
    expect(result.log).not.toContain("AKIAIOSFODNN7EXAMPLE");
    expect(result.log).not.toContain("hunter2");
  });

  it("reports a missing terraform executable clearly", async () => {
    const dir = await root("missing-binary", 'resource "terraform_data" "x" {}\n');
    const missing = new LocalRunner({ terraformPath: join(base, "no-such-terraform"), tempRoot });
    expect(await missing.run({ key: "k", workingDir: dir })).toEqual({
      status: "failed",
      stage: "init",
      message: `terraform executable not found: ${join(base, "no-such-terraform")}`,
      log: "",
    });
    expect(await readdir(tempRoot)).toEqual([]);
  });

  it("reports a root directory missing from the workspace", async () => {
    const result = await runner.run({ key: "k", workingDir: join(base, "nowhere") });
    expect(result).toMatchObject({ status: "failed", stage: "init", message: "the root's directory is missing from the workspace" });
  });
});
