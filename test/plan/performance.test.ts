import { parsePlans } from "../../src/plan/index.js";

/**
 * A synthetic plan shaped like a big real one: mostly no-ops, some creates,
 * updates, replacements and sensitive attributes, in ten modules.
 */
function syntheticPlan(changes: number): string {
  const resourceChanges = [];
  for (let i = 0; i < changes; i++) {
    const before = {
      ami: `ami-${i}`,
      instance_type: "t3.micro",
      tags: { Name: `web-${i}`, Env: "prod" },
      ebs_block_device: [{ device_name: "/dev/sdb", volume_size: 100, encrypted: true }],
      vpc_security_group_ids: ["sg-1", "sg-2"],
      password: `pw-${i}`,
      private_ip: `10.0.${(i >> 8) & 255}.${i & 255}`,
    };
    const after = structuredClone(before);
    let actions = ["no-op"];
    if (i % 10 === 0) actions = ["create"];
    if (i % 10 === 1) {
      actions = ["update"];
      after.instance_type = "t3.large";
      after.vpc_security_group_ids.push("sg-3");
    }
    if (i % 10 === 2) {
      actions = ["delete", "create"];
      after.ami = "ami-new";
    }
    resourceChanges.push({
      address: `module.m${i % 10}.aws_instance.web[${i}]`,
      module_address: `module.m${i % 10}`,
      mode: "managed",
      type: "aws_instance",
      name: "web",
      index: i,
      provider_name: "registry.terraform.io/hashicorp/aws",
      change: {
        actions,
        before: actions[0] === "create" ? null : before,
        after,
        after_unknown: actions[0] === "no-op" ? {} : { arn: true },
        before_sensitive: i % 10 === 3 ? { password: true } : {},
        after_sensitive: i % 10 === 3 ? { password: true } : {},
        ...(i % 10 === 2 ? { replace_paths: [["ami"]] } : {}),
      },
    });
  }
  return JSON.stringify({ format_version: "1.2", resource_changes: resourceChanges, applyable: true, complete: true, errored: false });
}

function fastest(run: () => unknown, times: number): number {
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

test("parsing time grows linearly with the number of changes", () => {
  const small = syntheticPlan(2_000);
  const large = syntheticPlan(20_000);
  expect(parsePlans(large)[0]?.changes).toHaveLength(20_000);
  const smallTime = fastest(() => parsePlans(small), 5);
  const largeTime = fastest(() => parsePlans(large), 3);
  const jsonParseTime = fastest(() => JSON.parse(large), 3);
  console.log(
    `20,000 changes (${(large.length / 1e6).toFixed(1)} MB): parsePlans ${largeTime.toFixed(0)} ms, ` +
      `JSON.parse ${jsonParseTime.toFixed(0)} ms (x${(largeTime / jsonParseTime).toFixed(1)}); ` +
      `2,000 changes: ${smallTime.toFixed(1)} ms (growth x${(largeTime / smallTime).toFixed(1)} for 10x the changes)`,
  );
  // Linear work gives about 10; quadratic work would give about 100.
  expect(largeTime / smallTime).toBeLessThan(40);
});
