import { readFileSync } from "node:fs";
import { strToU8, zipSync, type Zippable } from "fflate";
import { readPlanArtifact, type ArtifactResult } from "../../src/runner/artifact.js";

const corpus = new URL("../../../shared/corpus/plans/", import.meta.url);
const bigPlan = new Uint8Array(readFileSync(new URL("Venkat8538__AWS_RealEstate__terraform__plan.json", corpus)));
const smallPlan = new Uint8Array(readFileSync(new URL("AhmedGrati__Karpully-Backend__terraform__tfplan.json", corpus)));

function roots(result: ArtifactResult): [string, string, number][] {
  if (!result.ok) throw new Error(`expected plans, got: ${result.error}`);
  return result.plans.map((plan) => [plan.root, plan.file, plan.planJson.length]);
}

describe("readPlanArtifact", () => {
  it("reads one plan at the top of the artifact as the repository root, byte for byte", () => {
    const result = readPlanArtifact(zipSync({ "tfplan.json": bigPlan }));
    expect(roots(result)).toEqual([[".", "tfplan.json", bigPlan.length]]);
    if (result.ok) expect(Buffer.from(result.plans[0]?.planJson ?? []).equals(Buffer.from(bigPlan))).toBe(true);
  });

  it("takes each plan's root from its directory when paths mirror the repository", () => {
    const zip = zipSync({
      envs: { staging: { "tfplan.json": smallPlan }, prod: { "tfplan.json": bigPlan } },
      "summary.txt": strToU8("not a plan"),
      "tfplan.json": smallPlan,
    });
    expect(roots(readPlanArtifact(zip))).toEqual([
      [".", "tfplan.json", smallPlan.length],
      ["envs/prod", "envs/prod/tfplan.json", bigPlan.length],
      ["envs/staging", "envs/staging/tfplan.json", smallPlan.length],
    ]);
  });

  it("honours a configured file name pattern", () => {
    const zip = zipSync({ "envs/prod/tfplan.json": smallPlan, "envs/prod/cost.json": strToU8("{}") });
    expect(roots(readPlanArtifact(zip, { fileNamePattern: "tfplan.json" }))).toEqual([
      ["envs/prod", "envs/prod/tfplan.json", smallPlan.length],
    ]);
    expect(readPlanArtifact(zip)).toEqual({
      ok: false,
      error: 'two plan files for root "envs/prod": envs/prod/tfplan.json and envs/prod/cost.json',
    });
  });

  it("uses only the files a manifest lists, with the roots it names", () => {
    const manifest = { roots: { "envs/prod/": "out/prod.json", ".": "./out/top.json" } };
    const zip = zipSync({
      "infra-coach.json": strToU8(JSON.stringify(manifest)),
      out: { "prod.json": bigPlan, "top.json": smallPlan, "ignored.json": strToU8("{}") },
    });
    expect(roots(readPlanArtifact(zip))).toEqual([
      [".", "out/top.json", smallPlan.length],
      ["envs/prod", "out/prod.json", bigPlan.length],
    ]);
  });

  it.each<[string, Zippable, string]>([
    ["a missing file", { "infra-coach.json": strToU8('{"roots":{"a":"gone.json"}}') }, 'infra-coach.json lists "gone.json", which is not in the artifact'],
    ["invalid JSON", { "infra-coach.json": strToU8("{roots:") }, "infra-coach.json is not valid JSON"],
    ["no roots object", { "infra-coach.json": strToU8('{"roots":["a"]}') }, 'infra-coach.json needs a "roots" object mapping root directories to plan files'],
    ["a root outside the repository", { "infra-coach.json": strToU8('{"roots":{"../x":"p.json"}}'), "p.json": smallPlan }, 'invalid root directory "../x" in the artifact'],
  ])("rejects a manifest with %s", (_case, files, error) => {
    expect(readPlanArtifact(zipSync(files))).toEqual({ ok: false, error });
  });

  it("rejects a plan file whose path climbs out of the repository", () => {
    expect(readPlanArtifact(zipSync({ "../evil/tfplan.json": smallPlan }))).toEqual({
      ok: false,
      error: 'invalid root directory "../evil" in the artifact',
    });
  });

  it("rejects a zip bomb before inflating it", () => {
    const zeros = new Uint8Array(16 * 1024 * 1024);
    zeros[0] = 0x7b;
    const bomb = zipSync({ "tfplan.json": zeros }, { level: 9 });
    expect(bomb.length).toBeLessThan(100_000);
    expect(readPlanArtifact(bomb, { maxTotalBytes: 1024 * 1024 })).toEqual({
      ok: false,
      error: "the plan files in the artifact are larger than 1 MiB",
    });
  });

  it("trusts no declared size it has not checked: a 4 GiB claim is refused without allocating", () => {
    const zip = zipSync({ "tfplan.json": smallPlan });
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    for (let offset = 0; offset + 4 <= zip.length; offset += 1) {
      if (view.getUint32(offset, true) === 0x02014b50) view.setUint32(offset + 24, 0xfffffff0, true); // central directory: uncompressed size
    }
    expect(readPlanArtifact(zip)).toEqual({ ok: false, error: "the plan files in the artifact are larger than 256 MiB" });
  });

  it("rejects an empty zip, a zip without plans, non-zip data and a file that is not a JSON object", () => {
    const none = { ok: false, error: "the artifact holds no plan file (expected infra-coach.json or files named *.json)" };
    expect(readPlanArtifact(zipSync({}))).toEqual(none);
    expect(readPlanArtifact(zipSync({ "notes.txt": strToU8("x"), "dir/": {} }))).toEqual(none);
    expect(readPlanArtifact(strToU8("PK not really"))).toEqual({ ok: false, error: "the artifact is not a valid zip file" });
    expect(readPlanArtifact(zipSync({ "tfplan.json": strToU8(" [1, 2]") }))).toEqual({
      ok: false,
      error: "tfplan.json in the artifact is not a plan JSON object",
    });
  });
});
