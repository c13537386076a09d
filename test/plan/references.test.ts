import { readFileSync } from "node:fs";
import { parsePlan, readModuleSources, readPlanDocuments } from "../../src/plan/index.js";
import { readReferences } from "../../src/plan/references.js";

/** A configuration block shaped like terraform's, with references through modules, variables and outputs. */
const configuration = {
  root_module: {
    resources: [
      {
        address: "aws_vpc.main",
        mode: "managed",
        type: "aws_vpc",
        name: "main",
        expressions: { cidr_block: { references: ["var.cidr"] } },
      },
      {
        address: "aws_instance.web",
        mode: "managed",
        type: "aws_instance",
        name: "web",
        expressions: {
          subnet_id: { references: ["module.net.subnet_ids[0]", "module.net.subnet_ids", "module.net"] },
          ami: { references: ["data.aws_ami.ubuntu.id", "data.aws_ami.ubuntu"] },
          vpc_security_group_ids: { references: ["aws_security_group.web.id", "aws_security_group.web"] },
          ebs_block_device: [{ kms_key_id: { references: ["aws_kms_key.disk.arn", "aws_kms_key.disk"] } }],
          tags: { references: ["local.tags", "each.key", "count.index", "path.module", "terraform.workspace"] },
          user_data: { constant_value: { references: ["aws_vpc.main"] } },
        },
        count_expression: { references: ["aws_vpc.main"] },
        depends_on: ["aws_iam_role.web"],
      },
      { address: "aws_security_group.web", mode: "managed", type: "aws_security_group", name: "web", expressions: { vpc_id: { references: ["aws_vpc.main.id", "aws_vpc.main"] } } },
      { address: "aws_kms_key.disk", mode: "managed", type: "aws_kms_key", name: "disk" },
      { address: "aws_iam_role.web", mode: "managed", type: "aws_iam_role", name: "web" },
      { address: "data.aws_ami.ubuntu", mode: "data", type: "aws_ami", name: "ubuntu" },
    ],
    module_calls: {
      net: {
        source: "./modules/net",
        expressions: { vpc_id: { references: ["aws_vpc.main.id", "aws_vpc.main"] } },
        module: {
          outputs: { subnet_ids: { expression: { references: ["aws_subnet.private", "module.nested.id"] } } },
          resources: [
            {
              address: "aws_subnet.private",
              mode: "managed",
              type: "aws_subnet",
              name: "private",
              expressions: { vpc_id: { references: ["var.vpc_id"] }, tags: { references: ["aws_subnet.private"] } },
            },
          ],
          module_calls: {
            nested: {
              source: "../nested",
              module: {
                outputs: { id: { expression: { references: ["aws_route_table.rt.id", "aws_route_table.rt"] } }, loop: { expression: { references: ["module.nested.loop"] } } },
                resources: [{ address: "aws_route_table.rt", mode: "managed", type: "aws_route_table", name: "rt" }],
              },
            },
          },
        },
      },
    },
  },
};

test("resource-to-resource references, resolved through modules, deduplicated", () => {
  expect(readReferences(configuration)).toEqual([
    { from: "aws_instance.web", to: "module.net.aws_subnet.private" },
    { from: "aws_instance.web", to: "module.net.module.nested.aws_route_table.rt" },
    { from: "aws_instance.web", to: "data.aws_ami.ubuntu" },
    { from: "aws_instance.web", to: "aws_security_group.web" },
    { from: "aws_instance.web", to: "aws_kms_key.disk" },
    { from: "aws_instance.web", to: "aws_vpc.main" },
    { from: "aws_instance.web", to: "aws_iam_role.web" },
    { from: "aws_security_group.web", to: "aws_vpc.main" },
    { from: "module.net.aws_subnet.private", to: "aws_vpc.main" },
  ]);
});

test("no configuration, no references", () => {
  expect(readReferences(undefined)).toEqual([]);
  expect(readReferences({ provider_config: {} })).toEqual([]);
});

test("module sources by module address", () => {
  expect(readModuleSources({ configuration })).toEqual({ "module.net": "./modules/net", "module.net.module.nested": "../nested" });
  expect(readModuleSources("not a plan")).toEqual({});
});

test("a real multi-module corpus plan", () => {
  const file = new URL(
    "../../../shared/corpus/plans/terraform-compliance__cli__tests__functional__test_multi-module-referencing__plan.out.json",
    import.meta.url,
  );
  const input = readFileSync(file);
  const [document] = readPlanDocuments(input);
  expect(readModuleSources(document)).toEqual({
    "module.first_layer": "./module1",
    "module.first_layer.module.second_layer": "./module2",
    "module.first_layer.module.second_layer.module.third_layer": "./module3",
    "module.root_layer": "./module1",
    "module.root_layer.module.second_layer": "./module2",
    "module.root_layer.module.second_layer.module.third_layer": "./module3",
  });
  expect(parsePlan(input).references).toContainEqual({
    from: "module.first_layer.module.second_layer.module.third_layer.aws_s3_bucket_public_access_block.test",
    to: "module.first_layer.module.second_layer.module.third_layer.aws_s3_bucket.test",
  });
});

test("references with keys, through module outputs, and to a module's resource spelled from the root", () => {
  const odd = {
    root_module: {
      resources: [
        // A hand-made configuration may list a module's resource in the root, with its module prefix.
        { address: "module.net.aws_route_table.shared", mode: "managed", type: "aws_route_table", name: "shared" },
        {
          address: "aws_instance.web",
          mode: "managed",
          type: "aws_instance",
          name: "web",
          expressions: { ami: { references: ["data.aws_ami.x[0].id", 'aws_vpc.main["k"].id', "aws_vpc.main"] } },
        },
        { address: "aws_vpc.main", mode: "managed", type: "aws_vpc", name: "main" },
        { address: "data.aws_ami.x", mode: "data", type: "aws_ami", name: "x" },
        {
          address: "aws_eip.ip",
          mode: "managed",
          type: "aws_eip",
          name: "ip",
          expressions: { a: { references: ["module.net.rt", 'module.net["a"].rt', "aws_instance.web[0]"] } },
        },
      ],
      module_calls: {
        net: {
          source: "./net",
          expressions: { vpc: { references: ["aws_vpc.main.id"] } },
          module: {
            outputs: { rt: { expression: { references: ["aws_route_table.shared.id"] } } },
            resources: [
              {
                address: "aws_subnet.a",
                mode: "managed",
                type: "aws_subnet",
                name: "a",
                expressions: { rt: { references: ["aws_route_table.shared.id", "var.vpc", "var[0]", "module.x"] } },
              },
            ],
          },
        },
      },
    },
  };
  expect(readReferences(odd)).toEqual([
    { from: "aws_instance.web", to: "data.aws_ami.x" },
    { from: "aws_instance.web", to: "aws_vpc.main" },
    { from: "aws_eip.ip", to: "module.net.aws_route_table.shared" },
    { from: "aws_eip.ip", to: "aws_instance.web" },
    { from: "module.net.aws_subnet.a", to: "module.net.aws_route_table.shared" },
    { from: "module.net.aws_subnet.a", to: "aws_vpc.main" },
  ]);
});
