import type { Value } from "../../plan/model.js";
import { asList, asString, field, isMasked } from "../values.js";
import type { ChangeView } from "../view.js";
import { parsePolicy, type PolicyStatement } from "./document.js";

/** Attributes holding an IAM-style JSON policy on AWS resources. */
const POLICY_ATTRIBUTES = ["policy", "assume_role_policy", "access_policies"] as const;

export interface PolicyAttributeChange {
  /** `policy`, `assume_role_policy`, `inline_policy`, `json`... */
  attribute: string;
  /** No policy on the before side: everything is new. */
  isNew: boolean;
  added: PolicyStatement[];
  removed: PolicyStatement[];
  /** Both sides parse and no statement differs (whitespace, Sid, Version). */
  reworded: boolean;
}

type Side = PolicyStatement[] | "absent" | "unreadable";

/** Policy documents a change touches, compared statement by statement. */
export function policyChanges(view: ChangeView): PolicyAttributeChange[] {
  // Most types hold no policy: nothing to compute or remember.
  if (!view.type.startsWith("aws_")) return [];
  const attributes: readonly string[] = view.type === "aws_iam_policy_document" ? ["json"] : POLICY_ATTRIBUTES;
  if (!attributes.some((attribute) => view.has(attribute)) && !view.has("inline_policy")) return [];
  return view.memo("policy-changes", () => {
    const changes: PolicyAttributeChange[] = [];
    for (const attribute of attributes) {
      if (!view.changed(attribute)) continue;
      const change = compare(attribute, statementsOf(view.before(attribute)), statementsOf(view.after(attribute)));
      if (change) changes.push(change);
    }
    if (view.changed("inline_policy")) {
      const change = compare("inline_policy", inlineStatements(view.before("inline_policy")), inlineStatements(view.after("inline_policy")));
      if (change) changes.push(change);
    }
    return changes;
  });
}

function statementsOf(v: Value | undefined): Side {
  if (v === undefined || v === null || v === "") return "absent";
  if (isMasked(v) || typeof v !== "string") return "unreadable";
  return parsePolicy(v)?.statements ?? "unreadable";
}

function inlineStatements(v: Value | undefined): Side {
  const blocks = asList(v);
  if (blocks.length === 0) return isMasked(v) ? "unreadable" : "absent";
  const statements: PolicyStatement[] = [];
  for (const b of blocks) {
    const side = statementsOf(asString(field(b, "policy")));
    if (side === "unreadable") return side;
    if (side !== "absent") statements.push(...side);
  }
  return statements;
}

function compare(attribute: string, before: Side, after: Side): PolicyAttributeChange | undefined {
  // An unreadable side (unknown until apply, sensitive, not JSON) is left to the generic sentences.
  if (before === "unreadable" || after === "unreadable") return undefined;
  const beforeList = before === "absent" ? [] : before;
  const afterList = after === "absent" ? [] : after;
  const beforeKeys = new Set(beforeList.map((s) => s.key));
  const afterKeys = new Set(afterList.map((s) => s.key));
  const added = afterList.filter((s) => !beforeKeys.has(s.key));
  const removed = beforeList.filter((s) => !afterKeys.has(s.key));
  return {
    attribute,
    isNew: before === "absent",
    added,
    removed,
    reworded: added.length === 0 && removed.length === 0 && before !== "absent" && after !== "absent",
  };
}
