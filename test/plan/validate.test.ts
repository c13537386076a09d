import { parsePlan, PlanError } from "../../src/plan/index.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A small valid plan; each case below breaks one thing in a copy of it. */
function validPlan(): { [key: string]: Json } {
  return {
    format_version: "1.2",
    terraform_version: "1.11.4",
    resource_changes: [
      {
        address: "aws_vpc.main",
        mode: "managed",
        type: "aws_vpc",
        name: "main",
        provider_name: "registry.terraform.io/hashicorp/aws",
        change: { actions: ["no-op"], before: { cidr_block: "10.0.0.0/16" }, after: { cidr_block: "10.0.0.0/16" } },
      },
      {
        address: 'module.net.aws_subnet.private["a"]',
        module_address: "module.net",
        mode: "managed",
        type: "aws_subnet",
        name: "private",
        index: "a",
        provider_name: "registry.terraform.io/hashicorp/aws",
        change: {
          actions: ["delete", "create"],
          before: { cidr_block: "10.0.1.0/24" },
          after: { cidr_block: "10.0.2.0/24" },
          replace_paths: [["cidr_block"]],
        },
      },
    ],
    output_changes: { "vpc id": { actions: ["create"], before: null, after: "vpc-1", after_unknown: false } },
    configuration: { root_module: { resources: [], module_calls: { net: { source: "./modules/net", module: {} } } } },
    errored: false,
  };
}

type Mutation = (plan: { [key: string]: Json }) => void;

function changeOf(plan: { [key: string]: Json }, index: number): { [key: string]: Json } {
  const entries = plan["resource_changes"] as { [key: string]: Json }[];
  return entries[index]?.["change"] as { [key: string]: Json };
}

function messageFor(mutate: Mutation): string {
  const plan = validPlan();
  mutate(plan);
  try {
    parsePlan(JSON.stringify(plan));
  } catch (error) {
    if (!(error instanceof PlanError)) throw error;
    expect(error.message).not.toMatch(/\n/);
    return error.message;
  }
  throw new Error("expected a PlanError");
}

test("the unmutated plan is valid", () => {
  expect(parsePlan(JSON.stringify(validPlan())).changes).toHaveLength(2);
});

test.each<[string, Mutation, string]>([
  [
    "actions not an array",
    (p) => (changeOf(p, 1)["actions"] = "delete"),
    "resource_changes[1].change.actions: expected array, got string",
  ],
  ["actions missing", (p) => delete changeOf(p, 0)["actions"], "resource_changes[0].change.actions: expected array, got nothing"],
  ["actions empty", (p) => (changeOf(p, 0)["actions"] = []), "resource_changes[0].change.actions: expected at least one action, got an empty array"],
  [
    "unknown action",
    (p) => (changeOf(p, 1)["actions"] = ["delete", "destroy"]),
    'resource_changes[1].change.actions[1]: unknown action "destroy" (expected no-op, create, read, update, delete, forget)',
  ],
  ["action not a string", (p) => (changeOf(p, 0)["actions"] = [1]), "resource_changes[0].change.actions[0]: expected string, got number"],
  [
    "impossible combination",
    (p) => (changeOf(p, 0)["actions"] = ["update", "create"]),
    'resource_changes[0].change.actions: unsupported combination ["update","create"]',
  ],
  ["change missing", (p) => delete (p["resource_changes"] as { [key: string]: Json }[])[0]?.["change"], "resource_changes[0].change: expected object, got nothing"],
  ["entry not an object", (p) => ((p["resource_changes"] as Json[])[1] = "aws_vpc.main"), "resource_changes[1]: expected object, got string"],
  ["resource_changes not an array", (p) => (p["resource_changes"] = {}), "resource_changes: expected array, got object"],
  [
    "bad mode",
    (p) => ((p["resource_changes"] as { [key: string]: Json }[])[0]!["mode"] = "resource"),
    'resource_changes[0].mode: expected "managed" or "data", got "resource"',
  ],
  [
    "index of the wrong type",
    (p) => ((p["resource_changes"] as { [key: string]: Json }[])[1]!["index"] = { key: "a" }),
    "resource_changes[1].index: expected number, string or null, got object",
  ],
  [
    "address of the wrong type",
    (p) => ((p["resource_changes"] as { [key: string]: Json }[])[0]!["address"] = 7),
    "resource_changes[0].address: expected string, got number",
  ],
  [
    "no address, no name",
    (p) => {
      const entry = (p["resource_changes"] as { [key: string]: Json }[])[0]!;
      delete entry["address"];
      delete entry["name"];
    },
    "resource_changes[0]: expected an address, or a type and a name",
  ],
  [
    "an address that cannot be read, without type and name",
    (p) => {
      const entry = (p["resource_changes"] as { [key: string]: Json }[])[0]!;
      entry["address"] = "not an address";
      delete entry["type"];
    },
    'resource_changes[0].address: cannot read resource address "not an address"',
  ],
  [
    "replace_paths step of the wrong type",
    (p) => (changeOf(p, 1)["replace_paths"] = [["cidr_block", true]]),
    "resource_changes[1].change.replace_paths[0][1]: expected string or number, got boolean",
  ],
  [
    "importing of the wrong type",
    (p) => (changeOf(p, 0)["importing"] = "bar"),
    "resource_changes[0].change.importing: expected object, got string",
  ],
  ["format_version too new", (p) => (p["format_version"] = "2.0"), 'format_version "2.0" is not supported (0.1 to 1.x)'],
  ["format_version 0.0", (p) => (p["format_version"] = "0.0"), 'format_version "0.0" is not supported (0.1 to 1.x)'],
  ["format_version a number", (p) => (p["format_version"] = 1.2), "format_version: expected string, got number"],
  ["errored not a boolean", (p) => (p["errored"] = "false"), "errored: expected boolean, got string"],
  ["terraform_version not a string", (p) => (p["terraform_version"] = 1), "terraform_version: expected string, got number"],
  [
    "output change with a bad action, under a key that needs quoting",
    (p) => ((p["output_changes"] as { [key: string]: { [key: string]: Json } })["vpc id"]!["actions"] = ["replace"]),
    'output_changes["vpc id"].actions[0]: unknown action "replace" (expected no-op, create, read, update, delete, forget)',
  ],
  ["drift entry broken", (p) => (p["resource_drift"] = [{ address: "aws_vpc.main" }]), "resource_drift[0].change: expected object, got nothing"],
  [
    "a state file instead of a plan",
    (p) => {
      for (const key of Object.keys(p)) if (key !== "format_version") delete p[key];
      p["values"] = { root_module: {} };
    },
    "not a terraform plan: it has none of resource_changes, resource_drift, output_changes, planned_values, plan_format_version, errored, applyable (it looks like terraform state; run terraform show -json on a saved plan file)",
  ],
  [
    "untrusted text with a newline stays on one line",
    (p) => (changeOf(p, 0)["actions"] = ["evil\naction"]),
    'resource_changes[0].change.actions[0]: unknown action "evil\\naction" (expected no-op, create, read, update, delete, forget)',
  ],
])("%s", (_name, mutate, message) => {
  expect(messageFor(mutate)).toBe(message);
});

describe("a configuration block terraform would not write costs the diagram, not the explanation", () => {
  test.each<[string, Json]>([
    ["module_calls of the wrong type", { root_module: { module_calls: [] } }],
    ["a resource without an address", { root_module: { module_calls: { net: { module: { resources: [{ mode: "managed" }] } } } } }],
  ])("%s: the changes are explained, without references", (_name, configuration) => {
    const plan = validPlan();
    plan["configuration"] = configuration;
    const parsed = parsePlan(JSON.stringify(plan));
    expect(parsed.changes).toHaveLength(2);
    expect(parsed.references).toEqual([]);
  });

  test("damage inside the configuration, which is kept as text until the diagram needs it, gives no references", () => {
    const plan = validPlan();
    plan["configuration"] = {
      root_module: { resources: [{ address: "aws_subnet.a", mode: "managed", type: "aws_subnet", name: "a", expressions: { vpc_id: { references: ["aws_vpc.main"] } } }, { address: "aws_vpc.main", mode: "managed", type: "aws_vpc", name: "main" }] },
    };
    const text = JSON.stringify(plan);
    expect(parsePlan(text).references).toEqual([{ from: "aws_subnet.a", to: "aws_vpc.main" }]);
    // A missing comma deep inside: the reader steps over it as it does over prior_state (see readSelectedMembers).
    const damaged = text.replace('"type":"aws_vpc","name":"main"}]', '"type":"aws_vpc" "name":"main"}]');
    expect(damaged).not.toBe(text);
    const parsed = parsePlan(damaged);
    expect(parsed.changes).toHaveLength(2);
    expect(parsed.references).toEqual([]);
  });
});

test("unknown keys newer versions add are tolerated", () => {
  const plan = validPlan();
  plan["checks"] = [{ address: { kind: "check" }, status: "pass" }];
  plan["action_invocations"] = [];
  plan["deferred_changes"] = [];
  changeOf(plan, 0)["before_identity"] = { id: "vpc-1" };
  (plan["resource_changes"] as { [key: string]: Json }[])[0]!["some_future_key"] = { nested: [1] };
  expect(parsePlan(JSON.stringify(plan)).changes).toHaveLength(2);
});

test.each(["0.1", "0.2", "1.0", "1.2", "1.9", "1.10"])("format_version %s is accepted", (version) => {
  const plan = validPlan();
  plan["format_version"] = version;
  expect(parsePlan(JSON.stringify(plan)).formatVersion).toBe(version);
});

test("errors carry their location separately", () => {
  const plan = validPlan();
  changeOf(plan, 1)["actions"] = "delete";
  try {
    parsePlan(JSON.stringify(plan));
    throw new Error("expected a PlanError");
  } catch (error) {
    expect(error).toBeInstanceOf(PlanError);
    expect((error as PlanError).location).toBe("resource_changes[1].change.actions");
    expect((error as PlanError).name).toBe("PlanError");
  }
});

// Entries are checked quickly first and with located messages only when the quick check fails:
// every field the located check reads must fail the quick one too.
test.each(["address", "module_address", "type", "name", "provider_name", "previous_address", "action_reason", "deposed"])(
  "%s of the wrong type is located",
  (key) => {
    expect(messageFor((p) => ((p["resource_changes"] as { [key: string]: Json }[])[1]![key] = 7))).toBe(
      `resource_changes[1].${key}: expected string, got number`,
    );
  },
);

test.each<[string, Mutation, string]>([
  ["replace_paths not a list", (p) => (changeOf(p, 1)["replace_paths"] = "cidr_block"), "resource_changes[1].change.replace_paths: expected array, got string"],
  ["replace_paths entry not a list", (p) => (changeOf(p, 1)["replace_paths"] = ["cidr_block"]), "resource_changes[1].change.replace_paths[0]: expected array, got string"],
  ["action combination hidden in a nested list", (p) => (changeOf(p, 1)["actions"] = ["delete", ["create"]]), "resource_changes[1].change.actions[1]: expected string, got array"],
])("%s", (_name, mutate, message) => {
  expect(messageFor(mutate)).toBe(message);
});

test("an entry with every optional field set passes", () => {
  const plan = validPlan();
  const entry = (plan["resource_changes"] as { [key: string]: Json }[])[1]!;
  Object.assign(entry, { previous_address: "aws_subnet.old", action_reason: "replace_because_cannot_update", deposed: "00000001", index: 3 });
  changeOf(plan, 1)["importing"] = { id: "subnet-1" };
  changeOf(plan, 1)["replace_paths"] = [["cidr_block"], ["tags", "Name"], [0]];
  const change = parsePlan(JSON.stringify(plan)).changes[1]!;
  expect([change.previousAddress, change.actionReason, change.deposed, change.index]).toEqual(["aws_subnet.old", "replace_because_cannot_update", "00000001", 3]);
});
