/** The resolver, through a small two-module configuration parsed from files. */
import { parseConfiguration } from "../../src/study/parse-files.js";
import { instantiateDirectories } from "../../src/study/instances.js";
import type { ModuleInstance } from "../../src/study/model.js";
import { Resolver } from "../../src/study/resolve.js";

const files = new Map([
  [
    "main.tf",
    `variable "env" {
  default = "prod"
}
variable "secret" {
  default   = "s3cr3t"
  sensitive = true
}
locals {
  azs = ["a", "b", "c"]
}
module "net" {
  source = "./modules/net"
  env    = var.env
  cidrs  = ["10.0.1.0/24", "10.0.2.0/24"]
}
resource "aws_lb" "web" {
  name            = "\${var.env}-web"
  subnets         = module.net.subnet_ids
  security_groups = [local.lb_group]
  count           = length(local.azs)
  idle_timeout    = var.secret
}
locals {
  lb_group = aws_security_group.lb.id
}
resource "aws_security_group" "lb" {
}
resource "aws_iam_role" "r" {
  assume_role_policy = file("policies/trust.json")
}
`,
  ],
  [
    "modules/net/main.tf",
    `variable "env" {}
variable "cidrs" {}
resource "aws_subnet" "a" {
  count = length(var.cidrs)
  tags  = { Name = "\${var.env}-subnet" }
  policy = file("\${path.module}/p.json")
}
output "subnet_ids" {
  value = aws_subnet.a[*].id
}
`,
  ],
  ["policies/trust.json", '{"Statement": [{"Principal": {"Service": "ecs-tasks.amazonaws.com"}}]}'],
  ["modules/net/p.json", '{"Version": "2012-10-17"}'],
]);

async function setUp() {
  const parsed = await parseConfiguration(files);
  const { instances, resources } = instantiateDirectories(parsed.definitions);
  const resolver = new Resolver(files, parsed.encoded);
  const root = instances.find((instance) => instance.address === null) as ModuleInstance;
  const net = instances.find((instance) => instance.address === "module.net") as ModuleInstance;
  const byAddress = (address: string) => resources.find((resource) => resource.address === address);
  return { resolver, root, net, byAddress };
}

describe("Resolver", () => {
  it("follows module outputs and locals to the resources they name", async () => {
    const { resolver, root, byAddress } = await setUp();
    const lb = byAddress("aws_lb.web");
    expect(resolver.targets(root, lb?.body["subnets"]).map((r) => r.address)).toEqual(["module.net.aws_subnet.a"]);
    expect(resolver.targets(root, lb?.body["security_groups"]).map((r) => r.address)).toEqual(["aws_security_group.lb"]);
  });

  it("follows a module's variables back to what the caller passed", async () => {
    const { resolver, net, byAddress } = await setUp();
    const subnet = byAddress("module.net.aws_subnet.a");
    expect(resolver.literalText(net, (subnet?.body["tags"] as Record<string, unknown>)["Name"])).toBe("prod-subnet");
    expect(resolver.literalText(net, subnet?.body["count"])).toBe("2");
  });

  it("evaluates templates of variables and locals, and length() of literal lists", async () => {
    const { resolver, root, byAddress } = await setUp();
    const lb = byAddress("aws_lb.web");
    expect(resolver.literalText(root, lb?.body["name"])).toBe("prod-web");
    expect(resolver.literalText(root, lb?.body["count"])).toBe("3");
    expect(resolver.literalText(root, "${aws_lb.web.arn}")).toBeUndefined();
  });

  it("never evaluates a sensitive variable", async () => {
    const { resolver, root, byAddress } = await setUp();
    expect(resolver.literalText(root, byAddress("aws_lb.web")?.body["idle_timeout"])).toBeUndefined();
  });

  it("reads documents from files relative to the root, or to the module with path.module", async () => {
    const { resolver, root, net, byAddress } = await setUp();
    expect(resolver.document(root, byAddress("aws_iam_role.r")?.body["assume_role_policy"])?.value).toEqual({
      Statement: [{ Principal: { Service: "ecs-tasks.amazonaws.com" } }],
    });
    expect(resolver.document(net, byAddress("module.net.aws_subnet.a")?.body["policy"])?.value).toEqual({ Version: "2012-10-17" });
  });

  it("decodes jsonencode written with HCL literals", async () => {
    const encoded = new Map([["main.tf", 'resource "aws_iam_role" "r" {\n  assume_role_policy = jsonencode({\n    Statement = [{ Principal = { AWS = aws_iam_role.other.arn } }]\n  })\n}\nresource "aws_iam_role" "other" {\n}\n']]);
    const parsed = await parseConfiguration(encoded);
    const { instances, resources } = instantiateDirectories(parsed.definitions);
    const resolver = new Resolver(encoded, parsed.encoded);
    const root = instances[0] as ModuleInstance;
    const role = resources.find((resource) => resource.address === "aws_iam_role.r");
    const document = resolver.document(root, role?.body["assume_role_policy"]);
    expect(document?.value).toEqual({ Statement: [{ Principal: { AWS: "${aws_iam_role.other.arn}" } }] });
    expect(resolver.targets(root, document?.value).map((r) => r.address)).toEqual(["aws_iam_role.other"]);
  });
});
