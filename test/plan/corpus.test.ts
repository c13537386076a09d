import { readdirSync, readFileSync } from "node:fs";
import { parsePlan, parsePlans, PlanError, readPlanDocuments, type Plan, type Value } from "../../src/plan/index.js";

/** Real plans from public repositories; see ../shared/corpus/README.md. */
const corpus = new URL("../../../shared/corpus/", import.meta.url);
const plansDir = new URL("plans/", corpus);
const invalidDir = new URL("invalid/", corpus);

interface Source {
  file: string;
  notes: string;
}

const sources: Source[] = readFileSync(new URL("SOURCES.tsv", corpus), "utf8")
  .split("\n")
  .slice(1)
  .filter((line) => line.trim() !== "")
  .map((line) => {
    const columns = line.split("\t");
    return { file: columns[0] ?? "", notes: columns[9] ?? "" };
  });

/** Entries of plans/, with the folder taken off the file name. */
const planSources: Source[] = sources
  .filter((s) => s.file.startsWith("plans/"))
  .map((s) => ({ ...s, file: s.file.slice("plans/".length) }));

const planFile = (name: string) => readFileSync(new URL(name, plansDir));

test("every corpus plan parses", () => {
  const files = readdirSync(plansDir);
  let documents = 0;
  let changes = 0;
  let drift = 0;
  let diffs = 0;
  let references = 0;
  const failures: string[] = [];
  for (const file of files) {
    try {
      for (const plan of parsePlans(planFile(file))) {
        documents++;
        changes += plan.changes.length;
        drift += plan.drift.length;
        references += plan.references.length;
        for (const change of plan.changes) diffs += change.diffs.length;
      }
    } catch (error) {
      failures.push(`${file}: ${(error as Error).message}`);
    }
  }
  console.log(
    `plan corpus: ${files.length} files, ${documents} documents, ${changes} changes, ${drift} drift, ${diffs} diffs, ${references} references`,
  );
  expect(failures).toEqual([]);
  expect(files.length).toBeGreaterThanOrEqual(470);
  expect(documents).toBe(files.length);
});

test("every invalid corpus file is rejected with one located line", () => {
  const files = readdirSync(invalidDir);
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    const error = catchError(() => parsePlans(readFileSync(new URL(file, invalidDir))));
    expect(error).toBeInstanceOf(PlanError);
    expect(error.message).not.toMatch(/[\r\n]/);
    expect(error.message).not.toMatch(/\bat .*:\d+:\d+\)?$/m);
    expect(error.message).toMatch(/line \d+ column \d+/);
  }
});

test("the invalid corpus files are rejected for the right reason", () => {
  expect(catchError(() => parsePlans(readFileSync(new URL("hashicorp__terraform-json__testdata__invalid__plan.json", invalidDir)))).message).toBe(
    'not JSON: unexpected "}" after the end of the JSON document at line 676 column 29',
  );
  // UTF-16 whose Korean text was damaged: a string lost its closing quote.
  expect(catchError(() => parsePlans(readFileSync(new URL("Naver-Dunamu-Merge-TF__NSC-infra__tfplans__tfplan.json", invalidDir)))).message).toBe(
    "not JSON: unexpected \"e\", expected ',' or '}' after a property value at line 1 column 208665",
  );
});

describe("inputs users really send", () => {
  const withNote = (pattern: RegExp) => planSources.filter((s) => pattern.test(s.notes)).map((s) => s.file);

  test("UTF-16 LE and UTF-8 files with a byte-order mark", () => {
    const files = withNote(/utf16le-bom|utf8-bom/);
    expect(files.length).toBe(4);
    for (const file of files) expect(parsePlan(planFile(file)).changes.length).toBeGreaterThan(0);
  });

  test("a plan wrapped in setup-terraform's log lines is one document", () => {
    const [file] = withNote(/wrapped/);
    expect(file).toBeDefined();
    const plan = parsePlan(planFile(file ?? ""));
    expect(plan.changes.map((c) => c.address)).toEqual(["aws_instance.web_app", "aws_lambda_function.hello_world"]);
  });

  test("terragrunt run-all output: several plans with log lines between them", () => {
    const first = planFile("hashicorp__terraform-json__testdata__moved_block__plan.json").toString("utf8");
    const second = planFile("infracost__infracost__cmd__infracost__testdata__plan_with_terraform_wrapper.json").toString("utf8");
    const combined = `time=2024-05-01T10:00:00Z level=info msg=Executing hook\n${first}\n${second}\n{"level":"info","msg":"done"}\n`;
    const plans = parsePlans(combined);
    expect(plans.map((p) => p.changes.length)).toEqual([1, 2]);
    expect(readPlanDocuments(combined)).toHaveLength(2);
    expect(catchError(() => parsePlan(combined)).message).toBe(
      "expected one plan, found 2 plan documents (use parsePlans for terragrunt run-all output)",
    );
  });
});

describe("corpus traits", () => {
  test("moved objects keep their previous address", () => {
    const plan = parsePlan(planFile("hashicorp__terraform-json__testdata__moved_block__plan.json"));
    const moved = plan.changes.filter((c) => c.previousAddress !== undefined);
    expect(moved).toHaveLength(1);
    expect(moved[0]?.previousAddress).not.toBe(moved[0]?.address);
  });

  test("imports by id and by identity", () => {
    const byId = parsePlan(planFile("hashicorp__terraform__internal__cloud__testdata__plan-import-config-gen-validation-error__plan-redacted.json"));
    expect(byId.changes[0]).toMatchObject({ address: "terraform_data.foo", action: "no-op", importing: { id: "bar" } });
    const byIdentity = parsePlan(planFile("hashicorp__terraform-json__testdata__identity__plan.json"));
    expect(byIdentity.changes[0]).toMatchObject({ action: "update", importing: {} });
  });

  test("drift entries without an address get one from their parts", () => {
    const plan = parsePlan(planFile("terraform-compliance__cli__tests__functional__test_issue_522__plan.out.json"));
    expect(plan.drift.length).toBeGreaterThan(0);
    for (const drift of plan.drift) expect(drift.address).toMatch(/^(module\.[^.]+\.)*aws_[a-z_0-9]+\.[A-Za-z_][\w-]*(\[.+\])?$/);
  });

  test("hand-written entries with only address and type", () => {
    const plan = parsePlan(planFile("AurelienKumarathas__terraform-security-project__terraform__tfplan.json"));
    const bucket = plan.changes.find((c) => c.address === "module.log_bucket.aws_s3_bucket.this");
    expect(bucket).toMatchObject({ moduleAddress: "module.log_bucket", mode: "managed", name: "this", provider: "aws", providerName: "aws" });
  });

  test("plans without format_version: Terraform Cloud redacted JSON and hand-made files", () => {
    const redacted = parsePlan(planFile("hashicorp__terraform__internal__cloud__testdata__plan-json-full__plan-redacted.json"));
    expect(redacted.formatVersion).toBe("1.1");
    const handMade = parsePlan(planFile("hieven__terraform-visual__gh-pages__src__data__examples__aws-s3.json"));
    expect(handMade.formatVersion).toBe("unspecified");
    expect(handMade.changes.map((c) => c.action).sort()).toEqual(["create", "delete", "replace"]);
  });

  test("errored plans", () => {
    const plan = parsePlan(planFile("hashicorp__terraform__internal__command__testdata__show-json__plan-error__output.json"));
    expect(plan).toMatchObject({ errored: true, applyable: false, changes: [] });
  });

  test("OpenTofu provider sources give the same short names", () => {
    const opentofu = readdirSync(plansDir)
      .flatMap((file) => parsePlans(planFile(file)))
      .flatMap((plan) => plan.changes)
      .filter((c) => c.providerName.startsWith("registry.opentofu.org/"));
    expect(opentofu.length).toBeGreaterThan(0);
    for (const change of opentofu) expect(change.provider).toBe(change.providerName.split("/").pop());
  });
});

/**
 * Short secrets are also ordinary words ("snyk" is a database user and part
 * of every resource name in that plan; "password" is the value of a
 * `password` attribute whose key stays visible), so the check is that no
 * secret is a value anywhere in the model, and that a distinctive one
 * (12+ characters) appears nowhere in the serialised plan at all.
 */
test("no value terraform marked sensitive survives in the corpus plans noted `sensitive`", () => {
  const files = planSources.filter((s) => /\bsensitive\b/.test(s.notes)).map((s) => s.file);
  expect(files.length).toBeGreaterThanOrEqual(30);
  let checked = 0;
  const leaks: string[] = [];
  for (const file of files) {
    const input = planFile(file);
    const secrets = readPlanDocuments(input).flatMap(markedSensitiveStrings).filter((s) => s.length > 3);
    const plans = parsePlans(input);
    const values = new Set(plans.flatMap(modelStrings));
    const serialised = JSON.stringify(plans);
    for (const secret of secrets) {
      checked++;
      if (values.has(secret) || (secret.length >= 12 && serialised.includes(secret))) leaks.push(`${file}: ${secret.length} chars`);
    }
  }
  console.log(`sensitive corpus check: ${files.length} files, ${checked} marked strings`);
  expect(leaks).toEqual([]);
  expect(checked).toBeGreaterThan(50);
});

function catchError(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected an error");
}

/** Raw strings under `true` in before_sensitive/after_sensitive, straight from the JSON. */
function markedSensitiveStrings(document: unknown): string[] {
  const found: string[] = [];
  const strings = (value: unknown): void => {
    if (typeof value === "string") found.push(value);
    else if (typeof value === "object" && value !== null) Object.values(value).forEach(strings);
  };
  const underMask = (value: unknown, mask: unknown): void => {
    if (mask === true) strings(value);
    else if (typeof mask === "object" && mask !== null && typeof value === "object" && value !== null) {
      for (const [key, child] of Object.entries(mask)) underMask((value as Record<string, unknown>)[key], child);
    }
  };
  const doc = document as Record<string, unknown>;
  const entries = [...((doc["resource_changes"] as unknown[]) ?? []), ...((doc["resource_drift"] as unknown[]) ?? [])];
  const changes = [
    ...entries.map((entry) => (entry as { change: Record<string, unknown> }).change),
    ...Object.values((doc["output_changes"] as Record<string, Record<string, unknown>>) ?? {}),
  ];
  for (const change of changes) {
    underMask(change["before"], change["before_sensitive"]);
    underMask(change["after"], change["after_sensitive"]);
  }
  return found;
}

/** Every string value in the model: attribute values, diffs and outputs (not object keys). */
function modelStrings(plan: Plan): string[] {
  const found: string[] = [];
  const strings = (value: Value | undefined): void => {
    if (typeof value === "string") found.push(value);
    else if (Array.isArray(value)) value.forEach(strings);
    else if (typeof value === "object" && value !== null) Object.values(value).forEach(strings);
  };
  for (const change of [...plan.changes, ...plan.drift]) {
    strings(change.before);
    strings(change.after);
    for (const diff of change.diffs) {
      strings(diff.before);
      strings(diff.after);
    }
  }
  for (const output of plan.outputs) {
    strings(output.before);
    strings(output.after);
  }
  return found;
}
