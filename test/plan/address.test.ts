import { formatResourceAddress, parseResourceAddress, shortProviderName, splitAddress } from "../../src/plan/address.js";

test.each([
  ["aws_instance.web", { moduleAddress: null, mode: "managed", type: "aws_instance", name: "web", index: null }],
  ["aws_instance.web[3]", { moduleAddress: null, mode: "managed", type: "aws_instance", name: "web", index: 3 }],
  ["data.aws_ami.ubuntu", { moduleAddress: null, mode: "data", type: "aws_ami", name: "ubuntu", index: null }],
  [
    'module.net["eu-west-1"].module.sub[0].aws_subnet.private["a.b \\"c\\""]',
    { moduleAddress: 'module.net["eu-west-1"].module.sub[0]', mode: "managed", type: "aws_subnet", name: "private", index: 'a.b "c"' },
  ],
  ["module.x.data.http.h", { moduleAddress: "module.x", mode: "data", type: "http", name: "h", index: null }],
])("parses %s and writes it back", (address, parts) => {
  expect(parseResourceAddress(address)).toEqual(parts);
  expect(formatResourceAddress(parseResourceAddress(address)!)).toBe(address);
});

test.each(["", "aws_instance", "module.x", "aws_instance.web.extra", "aws_instance[0].web", "1abc.web", 'aws_x.y["unclosed]', "aws_x.y.", "aws_x.y z"])(
  "%j is not a resource address",
  (address) => {
    expect(parseResourceAddress(address)).toBeUndefined();
  },
);

test("references split into steps up to anything unreadable", () => {
  expect(splitAddress("aws_vpc.main.id")).toEqual({ steps: [{ name: "aws_vpc" }, { name: "main" }, { name: "id" }], end: 15 });
  expect(splitAddress('module.m["k"].out')).toEqual({ steps: [{ name: "module" }, { name: "m", key: "k" }, { name: "out" }], end: 17 });
  expect(splitAddress("aws_subnet.all[*].id")).toEqual({ steps: [{ name: "aws_subnet" }, { name: "all" }], end: 14 });
  expect(splitAddress("%")).toBeUndefined();
});

test.each<[string | undefined, string, string]>([
  ["registry.terraform.io/hashicorp/aws", "aws_instance", "aws"],
  ["registry.opentofu.org/hashicorp/google", "google_compute_instance", "google"],
  ["terraform.io/builtin/terraform", "terraform_data", "terraform"],
  ["aws", "aws_instance", "aws"],
  ["aws.west", "aws_instance", "aws"],
  [undefined, "azurerm_resource_group", "azurerm"],
  ["", "random", "random"],
])("short provider name of %j (%s) is %s", (source, type, short) => {
  expect(shortProviderName(source, type)).toBe(short);
});
