import { declarationsOf, isOverrideFile, resolveLocalModuleDir } from "../../src/runner/tf-declarations.js";
import { loadFixtureRepo } from "./helpers/fixture-repo.js";

const repo = loadFixtureRepo();

function read(path: string): string {
  const text = repo.get(path);
  if (text === undefined) throw new Error(`fixture ${path} missing`);
  return text;
}

describe("declarationsOf", () => {
  it("lists resources, data sources and module calls of a native file with line ranges", () => {
    const declarations = declarationsOf("envs/prod/main.tf", read("envs/prod/main.tf"));
    expect(declarations.resources).toEqual([
      { mode: "managed", type: "aws_ecs_service", name: "web", startLine: 10, endLine: 21 },
      { mode: "data", type: "aws_iam_policy_document", name: "x", startLine: 23, endLine: 28 },
    ]);
    expect(declarations.moduleCalls).toEqual([{ name: "app", source: "../../modules/app", startLine: 2, endLine: 8 }]);
    expect(declarations.declaresBackend).toBe(false);
  });

  it("recognises a backend block but not a required_providers-only terraform block", () => {
    expect(declarationsOf("envs/prod/backend.tf", read("envs/prod/backend.tf")).declaresBackend).toBe(true);
    expect(declarationsOf("modules/app/main.tf", read("modules/app/main.tf")).declaresBackend).toBe(false);
    expect(declarationsOf("x.tf", 'terraform {\n  cloud {\n    organization = "o"\n  }\n}\n').declaresBackend).toBe(true);
  });

  it("reads JSON syntax with the line of each key and the end of its value", () => {
    const declarations = declarationsOf("envs/staging/main.tf.json", read("envs/staging/main.tf.json"));
    expect(declarations.declaresBackend).toBe(true);
    expect(declarations.moduleCalls).toEqual([{ name: "app", source: "../../modules/app", startLine: 9, endLine: 12 }]);
    expect(declarations.resources).toEqual([
      { mode: "managed", type: "aws_s3_bucket", name: "assets", startLine: 16, endLine: 18 },
      { mode: "managed", type: "aws_s3_bucket", name: "logs", startLine: 19, endLine: 21 },
    ]);
  });

  it("accepts arrays of objects in JSON syntax and ignores invalid JSON", () => {
    const text = JSON.stringify({ data: [{ aws_caller_identity: { me: {} } }] }, null, 2);
    expect(declarationsOf("a.tf.json", text).resources).toEqual([
      { mode: "data", type: "aws_caller_identity", name: "me", startLine: 5, endLine: 5 },
    ]);
    expect(declarationsOf("bad.tf.json", '{"resource": {')).toEqual({ resources: [], moduleCalls: [], declaresBackend: false });
  });
});

describe("resolveLocalModuleDir", () => {
  it("resolves ./ and ../ sources against the calling directory", () => {
    expect(resolveLocalModuleDir("envs/prod", "../../modules/app")).toBe("modules/app");
    expect(resolveLocalModuleDir("envs/prod", "./child/")).toBe("envs/prod/child");
    expect(resolveLocalModuleDir("modules/app", "../..")).toBe(".");
    expect(resolveLocalModuleDir(".", "./modules/network")).toBe("modules/network");
  });

  it("rejects registry, git and URL sources and paths leaving the repository", () => {
    expect(resolveLocalModuleDir("envs/prod", "terraform-aws-modules/vpc/aws")).toBeUndefined();
    expect(resolveLocalModuleDir("envs/prod", "git::https://example.com/m.git?ref=v1")).toBeUndefined();
    expect(resolveLocalModuleDir("envs/prod", "modules/app")).toBeUndefined();
    expect(resolveLocalModuleDir("envs/prod", "../../../outside")).toBeUndefined();
  });
});

describe("isOverrideFile", () => {
  it("matches override.tf and *_override.tf(.json) only", () => {
    expect(["override.tf", "a/x_override.tf", "a/override.tf.json"].map(isOverrideFile)).toEqual([true, true, true]);
    expect(["overrides.tf", "a/main.tf", "a/override_x.tf"].map(isOverrideFile)).toEqual([false, false, false]);
  });
});
