import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { execa } from "execa";
import { parsePlan, Sensitive, Unknown, type Change, type Plan } from "../../src/plan/index.js";

/**
 * Real `terraform show -json` output: fixtures/plan/terraform/base is applied
 * (local state, built-in terraform_data only, no network), then changed/ is
 * planned against it.
 */
const TERRAFORM = "/usr/local/bin/terraform";
const fixtures = fileURLToPath(new URL("../fixtures/plan/terraform/", import.meta.url));

let workDir: string;
let planJson: string;
let plan: Plan;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), "infra-coach-plan-"));
  await cp(join(fixtures, "modules"), join(workDir, "modules"), { recursive: true });
  await cp(join(fixtures, "base", "main.tf"), join(workDir, "main.tf"));
  await writeFile(join(workDir, "terraformrc"), "");
  const env = { TF_IN_AUTOMATION: "1", CHECKPOINT_DISABLE: "1", TF_CLI_CONFIG_FILE: join(workDir, "terraformrc") };
  const terraform = (...args: string[]) => execa(TERRAFORM, args, { cwd: workDir, env, timeout: 60_000 });
  await terraform("init", "-input=false", "-no-color");
  await terraform("apply", "-auto-approve", "-input=false", "-no-color");
  await cp(join(fixtures, "changed", "main.tf"), join(workDir, "main.tf"));
  await terraform("plan", "-input=false", "-no-color", "-out=plan.out");
  planJson = (await terraform("show", "-json", "plan.out")).stdout;
  plan = parsePlan(planJson);
}, 120_000);

afterAll(async () => {
  if (workDir !== undefined) await rm(workDir, { recursive: true, force: true });
});

function change(address: string): Change {
  const found = plan.changes.find((c) => c.address === address);
  if (found === undefined) throw new Error(`no change for ${address}`);
  return found;
}

test("reads the document header", () => {
  expect(plan.formatVersion).toMatch(/^1\.\d+$/);
  expect(plan.terraformVersion).toMatch(/^1\.\d+\.\d+/);
  expect(plan).toMatchObject({ errored: false, applyable: true, complete: true, drift: [] });
});

test("maps every action terraform printed", () => {
  const actions = Object.fromEntries(plan.changes.map((c) => [c.address, [c.action, c.replaceOrder ?? null]]));
  expect(actions).toEqual({
    "terraform_data.after_box": ["create", null],
    "terraform_data.cbd": ["replace", "create-before-destroy"],
    'terraform_data.each["a.b"]': ["no-op", null],
    'terraform_data.each["c"]': ["delete", null],
    "terraform_data.fresh": ["create", null],
    "terraform_data.from_var": ["update", null],
    "terraform_data.gone": ["delete", null],
    "terraform_data.imported": ["no-op", null],
    "terraform_data.keep": ["no-op", null],
    "terraform_data.new_name": ["no-op", null],
    "terraform_data.rep": ["replace", "delete-before-create"],
    "terraform_data.secret": ["update", null],
    "terraform_data.upd": ["update", null],
    "module.box.terraform_data.inner": ["no-op", null],
  });
  expect(change("terraform_data.rep").rawActions).toEqual(["delete", "create"]);
  expect(change("terraform_data.cbd").rawActions).toEqual(["create", "delete"]);
  expect(change("terraform_data.gone").actionReason).toBe("delete_because_no_resource_config");
  expect(change('terraform_data.each["c"]').actionReason).toBe("delete_because_each_key");
});

test("reads addresses, keys, modules and providers", () => {
  expect(change('terraform_data.each["a.b"]')).toMatchObject({ type: "terraform_data", name: "each", index: "a.b", moduleAddress: null });
  expect(change("module.box.terraform_data.inner")).toMatchObject({
    moduleAddress: "module.box",
    name: "inner",
    index: null,
    mode: "managed",
    providerName: "terraform.io/builtin/terraform",
    provider: "terraform",
  });
});

test("diffs an update: one map value and one appended list element", () => {
  expect(change("terraform_data.upd").diffs).toEqual([
    { path: ["input", "a"], pathText: "input.a", before: "one", after: "two", forcesReplacement: false },
    { path: ["input", "b", 2], pathText: "input.b[2]", before: undefined, after: "z", forcesReplacement: false },
    { path: ["output"], pathText: "output", before: { a: "one", b: ["x", "y"] }, after: Unknown.instance, forcesReplacement: false },
  ]);
});

test("marks the attribute that forces a replacement", () => {
  const forcing = (address: string) => change(address).diffs.filter((d) => d.forcesReplacement).map((d) => d.pathText);
  expect(forcing("terraform_data.rep")).toEqual(["triggers_replace[0]"]);
  expect(forcing("terraform_data.cbd")).toEqual(["triggers_replace"]);
  expect(change("terraform_data.rep").diffs.find((d) => d.pathText === "id")?.after).toBe(Unknown.instance);
});

test("lists what a create sets and a delete removes, leaving out unset attributes", () => {
  expect(change("terraform_data.fresh").diffs.map((d) => [d.pathText, d.before, d.after])).toEqual([
    ["input", undefined, "same"],
    ["id", undefined, Unknown.instance],
    ["output", undefined, Unknown.instance],
  ]);
  expect(change("terraform_data.fresh").before).toBeUndefined();
  expect(change("terraform_data.gone").after).toBeUndefined();
  expect(change("terraform_data.gone").diffs.map((d) => [d.pathText, d.after])).toEqual([
    ["id", undefined],
    ["input", undefined],
    ["output", undefined],
  ]);
  expect(change("terraform_data.keep").diffs).toEqual([]);
});

test("reads moved and imported objects", () => {
  expect(change("terraform_data.new_name").previousAddress).toBe("terraform_data.old_name");
  expect(change("terraform_data.imported").importing).toEqual({ id: "import-me" });
  expect(change("terraform_data.keep").previousAddress).toBeUndefined();
});

test("hides sensitive values, including where terraform itself forgot the mark", () => {
  // terraform_data copies the sensitive input into `output` without marking it.
  expect(planJson).toContain("hunter2-secret");
  expect(planJson).toContain("var-secret-value");
  const parsed = JSON.stringify(plan);
  expect(parsed).not.toContain("hunter2");
  expect(parsed).not.toContain("var-secret-value");
  expect(change("terraform_data.secret").diffs.map((d) => [d.pathText, d.before, d.after])).toEqual([
    ["input", Sensitive.instance, Sensitive.instance],
    ["output", Sensitive.instance, Unknown.instance],
  ]);
  expect(plan.outputs).toEqual([
    { name: "pw", action: "update", sensitive: true, before: Sensitive.instance, after: Unknown.instance },
  ]);
});

test("follows references across the module boundary", () => {
  expect(plan.references).toEqual(
    expect.arrayContaining([
      { from: "terraform_data.fresh", to: "terraform_data.keep" },
      { from: "terraform_data.after_box", to: "module.box.terraform_data.inner" },
      { from: "module.box.terraform_data.inner", to: "terraform_data.keep" },
    ]),
  );
  expect(plan.references).toHaveLength(3);
});
