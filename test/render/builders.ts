import type { CatalogEntry, Explanation, ExplainedPlan, Risk, Text } from "../../src/explain/types.js";
import type { Action, Change, Plan } from "../../src/plan/model.js";

/** Hand-built model objects for render tests, independent of the parser and the catalog. */

export function text(en: string, ja = `（日本語）${en}`): Text {
  return { en, ja };
}

export function change(address: string, action: Action, overrides: Partial<Change> = {}): Change {
  const type = address.replace(/^(module\.[^.]+\.)*(data\.)?/, "").split(".")[0] ?? "x";
  return {
    address,
    moduleAddress: null,
    mode: address.startsWith("data.") ? "data" : "managed",
    type,
    name: address.split(".").pop() ?? "x",
    index: null,
    providerName: "registry.terraform.io/hashicorp/aws",
    provider: "aws",
    action,
    rawActions: action === "replace" ? ["delete", "create"] : [action],
    before: undefined,
    after: undefined,
    diffs: [],
    ...overrides,
  };
}

export function entry(title: string, overrides: Partial<CatalogEntry> = {}): CatalogEntry {
  return {
    types: [title],
    title: text(title),
    service: "Test",
    what: text(`A ${title} is a thing in the cloud.`),
    analogy: text(`Think of it like a ${title} in your app.`),
    effects: {},
    docs: "https://docs.example.com/resource",
    ...overrides,
  };
}

export function risk(id: string, severity: Risk["severity"], message = `Risk ${id}`): Risk {
  return { id, severity, message: text(message), why: text(`Why ${id} matters.`) };
}

export function explanation(subject: Change, overrides: Partial<Explanation> = {}): Explanation {
  return {
    change: subject,
    source: "catalog",
    entry: entry(subject.type),
    summary: text(`${subject.action} ${subject.address}`),
    sentences: [],
    risks: [],
    ...overrides,
  };
}

export function plan(overrides: Partial<Plan> = {}): Plan {
  return {
    formatVersion: "1.2",
    terraformVersion: "1.11.4",
    changes: [],
    drift: [],
    outputs: [],
    references: [],
    errored: false,
    ...overrides,
  };
}

export function explained(explanations: Explanation[], overrides: Partial<ExplainedPlan> = {}): ExplainedPlan {
  const counts: ExplainedPlan["counts"] = {};
  for (const { change: subject } of explanations) counts[subject.action] = (counts[subject.action] ?? 0) + 1;
  return {
    explanations,
    drift: [],
    counts,
    coverage: {
      catalog: explanations.filter((item) => item.source === "catalog").length,
      fallback: explanations.filter((item) => item.source === "fallback").length,
    },
    plan: plan({ changes: explanations.map((item) => item.change) }),
    ...overrides,
  };
}

const SYNTHETIC_TYPES = ["aws_iam_role", "aws_security_group", "aws_ecs_service", "aws_lb_target_group", "aws_route53_record", "aws_db_instance"];
const SYNTHETIC_ACTIONS: Action[] = ["create", "update", "delete", "replace"];

/** A large plan of varied changes, every tenth one risky, with references between neighbours. */
export function syntheticPlan(count: number): ExplainedPlan {
  const explanations: Explanation[] = [];
  for (let index = 0; index < count; index++) {
    const type = SYNTHETIC_TYPES[index % SYNTHETIC_TYPES.length] ?? "aws_iam_role";
    const action = SYNTHETIC_ACTIONS[index % SYNTHETIC_ACTIONS.length] ?? "update";
    const subject = change(`module.svc${index % 50}.${type}.r${index}`, action, {
      diffs: [{ path: ["tags", "n"], pathText: "tags.n", before: `${index}`, after: `${index + 1}`, forcesReplacement: action === "replace" }],
    });
    explanations.push(
      explanation(subject, {
        summary: text(`Change number ${index} to ${type}.`),
        sentences: [text(`The tag n goes from ${index} to ${index + 1}.`)],
        risks: index % 10 === 0 ? [risk("synthetic", index % 20 === 0 ? "high" : "medium", `Risky change ${index}.`)] : [],
      }),
    );
  }
  const references = explanations.slice(1).map((item, index) => ({
    from: item.change.address.replace(/\[.*$/, ""),
    to: explanations[index]?.change.address ?? "",
  }));
  return explained(explanations, { plan: plan({ changes: explanations.map((item) => item.change), references }) });
}
