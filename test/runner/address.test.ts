import { parseConfigAddress } from "../../src/runner/address.js";

describe("parseConfigAddress", () => {
  it("parses managed and data resources in the root module", () => {
    expect(parseConfigAddress("aws_ecs_service.web")).toEqual({
      kind: "resource",
      modules: [],
      mode: "managed",
      type: "aws_ecs_service",
      name: "web",
    });
    expect(parseConfigAddress("data.aws_iam_policy_document.x")).toEqual({
      kind: "resource",
      modules: [],
      mode: "data",
      type: "aws_iam_policy_document",
      name: "x",
    });
  });

  it("strips count and for_each keys, including keys containing dots, brackets and quotes", () => {
    expect(parseConfigAddress('module.m["a.b]\\"c"].module.n[0].aws_s3_bucket.b["x.y"]')).toEqual({
      kind: "resource",
      modules: ["m", "n"],
      mode: "managed",
      type: "aws_s3_bucket",
      name: "b",
    });
    expect(parseConfigAddress("aws_subnet.a[0]")).toMatchObject({ type: "aws_subnet", name: "a" });
  });

  it("parses a module call address", () => {
    expect(parseConfigAddress('module.app["blue"]')).toEqual({ kind: "module", modules: ["app"] });
  });

  it("rejects malformed addresses", () => {
    for (const bad of ["", "aws_s3_bucket", "a.b.c", "module", "module.m.", 'aws_s3_bucket.b["open', "data.x", "..x"]) {
      expect(parseConfigAddress(bad)).toBeUndefined();
    }
  });
});
