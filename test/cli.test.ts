import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { main } from "../src/cli.js";
import type { JsonResult } from "../src/render/json.js";

const corpus = fileURLToPath(new URL("../../shared/corpus/", import.meta.url));
const validPlan = join(corpus, "plans", "AurelienKumarathas__terraform-security-project__terraform__tfplan.json");
const tagUpdatePlan = fileURLToPath(new URL("fixtures/render/tag-update.json", import.meta.url));
const invalidPlan = join(corpus, "invalid", "hashicorp__terraform-json__testdata__invalid__plan.json");

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[], stdin: Uint8Array | string = ""): Promise<Run> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on("data", (chunk: Buffer) => out.push(chunk));
  stderr.on("data", (chunk: Buffer) => err.push(chunk));
  const code = await main(argv, { stdin: Readable.from([Buffer.from(stdin)]), stdout, stderr });
  return { code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") };
}

function expectOneLineError(result: Run, code: number, message: RegExp): void {
  expect(result.code).toBe(code);
  expect(result.stdout).toBe("");
  expect(result.stderr).toMatch(/^infra-coach: [^\n]+\n$/);
  expect(result.stderr).toMatch(message);
  expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+/);
}

describe("infra-coach explain", () => {
  let scratch: string;
  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), "infra-coach-cli-"));
  });
  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  test("explains a plan file as Markdown by default", async () => {
    const result = await run(["explain", validPlan]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("### 🧭 Terraform plan: `AurelienKumarathas__terraform-security-project__terraform__tfplan.json`");
    expect(result.stdout).toMatch(/\*\*.*10 to add · 0 to change · 0 to destroy\*\*/);
    expect(result.stdout).toContain("aws_db_instance.main");
    expect(result.stdout).toContain("<details>");
  });

  test("reads stdin with `-`, as bytes (UTF-16 with a byte-order mark works)", async () => {
    const text = await readFile(validPlan, "utf8");
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const result = await run(["explain", "-", "--format", "text"], utf16);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Terraform plan: stdin");
    expect(result.stdout).toContain("aws_db_instance.main");
    expect(result.stdout).not.toContain("<details>");
  });

  test("--format md is Markdown too", async () => {
    const result = await run(["explain", validPlan, "--format", "md"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("| Action | Resource | What it is | Risk |");
  });

  test("--lang ja explains in Japanese", async () => {
    const result = await run(["explain", validPlan, "--lang", "ja"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Terraform プラン:");
    expect(result.stdout).toContain("追加 10");
  });

  test("--format json gives the structured result", async () => {
    const result = await run(["explain", validPlan, "--format", "json"]);
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout) as JsonResult;
    expect(parsed.documents).toHaveLength(1);
    const [document] = parsed.documents;
    expect(document).toMatchObject({ formatVersion: "1.2", terraformVersion: "1.6.6", errored: false });
    expect(document?.changes).toHaveLength(10);
    for (const change of document?.changes ?? []) {
      expect(change).toMatchObject({ action: "create", actions: ["create"] });
      expect(["catalog", "fallback"]).toContain(change.source);
      expect(typeof change.summary).toBe("string");
    }
    expect(parsed.totals.byAction).toStrictEqual({ create: 10 });
    expect(parsed.totals.catalog + parsed.totals.fallback).toBe(10);
  });

  test("several plan documents in one input give one section each", async () => {
    const text = await readFile(validPlan, "utf8");
    const file = join(scratch, "run-all.json");
    await writeFile(file, `${text.trim()}\n${text.trim()}\n`);
    const result = await run(["explain", file, "--format", "json"]);
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout) as JsonResult;
    expect(parsed.documents.map((document) => document.title)).toStrictEqual(["run-all.json (1/2)", "run-all.json (2/2)"]);
    expect(parsed.totals.byAction).toStrictEqual({ create: 20 });
  });

  test("--mask hides values matching a pattern", async () => {
    const plain = await run(["explain", tagUpdatePlan, "--format", "text"]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain("build-8c1d2");
    const masked = await run(["explain", tagUpdatePlan, "--format", "text", "--mask", "^build-[0-9a-f]+$"]);
    expect(masked.code).toBe(0);
    expect(masked.stdout).toContain("aws_instance.web");
    expect(masked.stdout).not.toContain("build-8c1d2");
    expect(masked.stdout).not.toContain("build-7f3a9");
  });

  test("an invalid plan is rejected with one line and exit code 1", async () => {
    expectOneLineError(await run(["explain", invalidPlan]), 1, /hashicorp__terraform-json__testdata__invalid__plan\.json: /);
    expectOneLineError(await run(["explain", "-"], "not json at all"), 1, /^infra-coach: stdin: /);
    expectOneLineError(await run(["explain", "-"], ""), 1, /^infra-coach: stdin: /);
  });

  test("a missing file is one line, exit code 1", async () => {
    expectOneLineError(await run(["explain", join(scratch, "nope.json")]), 1, /cannot read .*nope\.json: no such file/);
    expectOneLineError(await run(["explain", scratch]), 1, /it is a directory/);
  });

  test("bad usage is one line, exit code 2", async () => {
    expectOneLineError(await run([]), 2, /missing command/);
    expectOneLineError(await run(["explian", validPlan]), 2, /unknown command "explian"/);
    expectOneLineError(await run(["explain"]), 2, /needs a plan file/);
    expectOneLineError(await run(["explain", "a.json", "b.json"]), 2, /one plan file/);
    expectOneLineError(await run(["explain", validPlan, "--lang", "fr"]), 2, /--lang must be en or ja/);
    expectOneLineError(await run(["explain", validPlan, "--format", "html"]), 2, /--format must be markdown, text or json/);
    expectOneLineError(await run(["explain", validPlan, "--colour"]), 2, /--colour/);
    expectOneLineError(await run(["explain", validPlan, "--mask", "("]), 2, /--mask "\(" is not a valid regular expression/);
  });

  test("--help describes the commands and options", async () => {
    const general = await run(["--help"]);
    expect(general.code).toBe(0);
    expect(general.stdout).toContain("explain");
    const explain = await run(["explain", "--help"]);
    expect(explain.code).toBe(0);
    expect(explain.stdout).toContain("--format markdown|text|json");
    expect(explain.stdout).toContain("--mask REGEX");
  });
});
