/**
 * IAM policies as written in the configuration: a JSON document (inline,
 * heredoc, jsonencode, file) or a `data "aws_iam_policy_document"` block.
 * Values stay expressions so that a principal like `aws_iam_role.ci.arn`
 * can be followed to the resource it names.
 */
import { blocksOf, isRecord } from "./expressions.js";
import type { ModuleInstance, StudyResource } from "./model.js";
import type { StudyContext } from "./context.js";

export interface PolicyPrincipal {
  /** "Service", "AWS", "Federated", "CanonicalUser" or "*". */
  type: string;
  value: unknown;
}

export interface PolicyStatementView {
  allow: boolean;
  actions: unknown[];
  resources: unknown[];
  principals: PolicyPrincipal[];
  /** Where the values were written: their references resolve there. */
  instance: ModuleInstance;
}

/** The statements of a policy attribute (`assume_role_policy`, `policy`…), or undefined when not readable. */
export function policyStatements(context: StudyContext, owner: StudyResource, value: unknown): PolicyStatementView[] | undefined {
  const document = context.resolver.document(owner.instance, value);
  if (document && isRecord(document.value)) return jsonStatements(document.value, document.instance);
  const builders = context.resolver
    .targets(owner.instance, value)
    .filter((target) => target.mode === "data" && target.type === "aws_iam_policy_document");
  if (builders.length === 0) return undefined;
  return builders.flatMap((builder) => documentStatements(builder));
}

function jsonStatements(document: Record<string, unknown>, instance: ModuleInstance): PolicyStatementView[] {
  const raw = document["Statement"];
  const statements = Array.isArray(raw) ? raw.filter(isRecord) : isRecord(raw) ? [raw] : [];
  return statements.map((statement) => ({
    allow: statement["Effect"] !== "Deny",
    actions: list(statement["Action"]),
    resources: list(statement["Resource"]),
    principals: jsonPrincipals(statement["Principal"]),
    instance,
  }));
}

function jsonPrincipals(principal: unknown): PolicyPrincipal[] {
  if (principal === undefined || principal === null) return [];
  if (!isRecord(principal)) return [{ type: "*", value: principal }];
  return Object.entries(principal).flatMap(([type, values]) => list(values).map((value) => ({ type, value })));
}

/** `data "aws_iam_policy_document"`: `statement { actions, resources, principals { type identifiers } }` blocks. */
function documentStatements(builder: StudyResource): PolicyStatementView[] {
  return blocksOf(builder.body["statement"]).map((statement) => ({
    allow: statement["effect"] !== "Deny",
    actions: list(statement["actions"]),
    resources: list(statement["resources"]),
    principals: blocksOf(statement["principals"]).flatMap((principal) =>
      list(principal["identifiers"]).map((value) => ({ type: typeof principal["type"] === "string" ? principal["type"] : "?", value })),
    ),
    instance: builder.instance,
  }));
}

/** A value or a list of values as a list (a computed list stays one item: its expression). */
function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

const ASSUME_ACTIONS = /^sts:(assumerole\w*|\*)$|^\*$/i;

export function isAssumeStatement(statement: PolicyStatementView): boolean {
  return statement.allow && statement.actions.some((action) => typeof action === "string" && ASSUME_ACTIONS.test(action));
}
