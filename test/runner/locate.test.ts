import { buildSourceIndex } from "../../src/runner/locate.js";
import { loadFixtureRepo } from "./helpers/fixture-repo.js";

describe("buildSourceIndex over the fixture repository", () => {
  const files = loadFixtureRepo();
  const prod = buildSourceIndex(files, "envs/prod");

  it("locates root resources and data sources", () => {
    expect(prod.locate("aws_ecs_service.web")).toEqual({ path: "envs/prod/main.tf", startLine: 10, endLine: 21 });
    expect(prod.locate("data.aws_iam_policy_document.x")).toEqual({ path: "envs/prod/main.tf", startLine: 23, endLine: 28 });
  });

  it("follows module calls into local modules, through nested modules and instance keys", () => {
    expect(prod.locate("module.app.aws_lb.this")).toEqual({ path: "modules/app/main.tf", startLine: 11, endLine: 15 });
    expect(prod.locate('module.app["blue"].module.network.aws_subnet.a[1]')).toEqual({
      path: "modules/network/main.tf",
      startLine: 1,
      endLine: 5,
    });
  });

  it("locates a module call block itself", () => {
    expect(prod.locate("module.app")).toEqual({ path: "envs/prod/main.tf", startLine: 2, endLine: 8 });
  });

  it("works for a JSON-syntax root calling a native module", () => {
    const staging = buildSourceIndex(files, "envs/staging");
    expect(staging.locate('aws_s3_bucket.logs')).toEqual({ path: "envs/staging/main.tf.json", startLine: 19, endLine: 21 });
    expect(staging.locate("module.app.module.network.aws_subnet.a[0]")?.path).toBe("modules/network/main.tf");
  });

  it("returns undefined for unknown blocks, unknown modules and malformed addresses", () => {
    expect(prod.locate("aws_ecs_service.api")).toBeUndefined();
    expect(prod.locate("module.nope.aws_lb.this")).toBeUndefined();
    expect(prod.locate("data.aws_ecs_service.web")).toBeUndefined();
    expect(prod.locate("not an address")).toBeUndefined();
  });
});

describe("buildSourceIndex edge cases", () => {
  it("does not follow registry modules and resolves the repository root as '.'", () => {
    const files = new Map([
      ["main.tf", 'module "vpc" {\n  source = "terraform-aws-modules/vpc/aws"\n}\nresource "a" "b" {}\n'],
    ]);
    const index = buildSourceIndex(files, ".");
    expect(index.rootDir).toBe(".");
    expect(index.locate("a.b")).toEqual({ path: "main.tf", startLine: 4, endLine: 4 });
    expect(index.locate("module.vpc.aws_vpc.this[0]")).toBeUndefined();
    expect(index.locate("module.vpc")).toEqual({ path: "main.tf", startLine: 1, endLine: 3 });
  });

  it("prefers the primary declaration over an override file", () => {
    const files = new Map([
      ["r/a_override.tf", 'resource "x" "y" {\n  tags = {}\n}\n'],
      ["r/main.tf", '\n\nresource "x" "y" {\n}\n'],
      ["r/only_override.tf", ""],
      ["r/z_override.tf", 'resource "x" "only_here" {}\n'],
    ]);
    const index = buildSourceIndex(files, "r/");
    expect(index.locate("x.y")).toEqual({ path: "r/main.tf", startLine: 3, endLine: 4 });
    expect(index.locate("x.only_here")).toEqual({ path: "r/z_override.tf", startLine: 1, endLine: 1 });
  });

  it("terminates on self-referencing module calls", () => {
    const files = new Map([["m/main.tf", 'module "self" {\n  source = "./"\n}\nresource "a" "b" {}\n']]);
    const index = buildSourceIndex(files, "m");
    expect(index.locate("module.self.module.self.module.self.a.b")).toEqual({ path: "m/main.tf", startLine: 4, endLine: 4 });
  });
});
