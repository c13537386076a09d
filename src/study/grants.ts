/**
 * Role grants written as their own resources: Google IAM members and
 * bindings ("who holds which role on what") and Azure role assignments.
 */
import { inlineCode } from "../render/escape.js";
import {
  capitalise,
  listWords,
  ofTypes,
  outsideParty,
  partyText,
  resourceParty,
  resourceText,
  say,
  type Party,
  type StudyContext,
} from "./context.js";
import { writtenText } from "./expressions.js";
import type { StudyResource } from "./model.js";

export interface Grant {
  who: Party;
  /** The role granted, as Markdown. */
  role: string;
  roleLabel: string;
  on: Party;
  source: StudyResource;
}

export function googleGrants(context: StudyContext): Grant[] {
  const grants: Grant[] = [];
  for (const source of ofTypes(context, /^google_.*_iam_(member|binding)$/)) {
    const members = source.type.endsWith("_binding") ? source.body["members"] : source.body["member"];
    const memberValues = Array.isArray(members) ? members : [members];
    const { role, roleLabel } = grantedRole(context, source, source.body["role"]);
    const on = grantTarget(context, source, ["member", "members", "role", "condition"]);
    for (const value of memberValues) grants.push({ who: googleMember(context, source, value), role, roleLabel, on, source });
  }
  return grants;
}

function googleMember(context: StudyContext, source: StudyResource, value: unknown): Party {
  const targets = context.resolver.targets(source.instance, value).filter((target) => target.mode === "managed");
  const [first] = targets;
  if (first) return resourceParty(first);
  const literal = context.resolver.literalText(source.instance, value);
  if (literal === "allUsers") return outsideParty("google:allUsers", "allUsers", say(context, "anyone on the internet (`allUsers`)", "インターネット上の誰でも（`allUsers`）"));
  if (literal === "allAuthenticatedUsers") {
    return outsideParty("google:allAuthenticatedUsers", "allAuthenticatedUsers", say(context, "anyone with a Google account (`allAuthenticatedUsers`)", "Google アカウントを持つ誰でも（`allAuthenticatedUsers`）"));
  }
  const written = literal ?? writtenText(value);
  return outsideParty(`google:${written}`, written);
}

export function azureGrants(context: StudyContext): Grant[] {
  return ofTypes(context, /^azurerm_role_assignment$/).map((source) => {
    const principal = context.resolver.targets(source.instance, source.body["principal_id"]).filter((target) => target.mode === "managed");
    const written = context.resolver.literalText(source.instance, source.body["principal_id"]) ?? writtenText(source.body["principal_id"] ?? "?");
    const who = principal[0] ? resourceParty(principal[0]) : outsideParty(`azure:${written}`, written);
    const { role, roleLabel } = grantedRole(context, source, source.body["role_definition_name"] ?? source.body["role_definition_id"]);
    const scope = context.resolver.targets(source.instance, source.body["scope"]).filter((target) => target.mode === "managed");
    const scopeText = context.resolver.literalText(source.instance, source.body["scope"]) ?? writtenText(source.body["scope"] ?? "?");
    const on = scope[0] ? resourceParty(scope[0]) : outsideParty(`azure-scope:${scopeText}`, scopeText);
    return { who, role, roleLabel, on, source };
  });
}

function grantedRole(context: StudyContext, source: StudyResource, value: unknown): { role: string; roleLabel: string } {
  const literal = context.resolver.literalText(source.instance, value);
  if (literal !== undefined) return { role: inlineCode(literal), roleLabel: literal };
  const roles = forEachRoles(context, source, value);
  if (roles) return { role: listWords(context, roles.map(inlineCode), 8), roleLabel: roles.join(" / ") };
  const written = writtenText(value ?? "?");
  return { role: inlineCode(written), roleLabel: written };
}

/** `role = each.key` with `for_each = toset(var.roles)`: the roles, when the list is literal. */
function forEachRoles(context: StudyContext, source: StudyResource, value: unknown): string[] | undefined {
  if (value !== "${each.key}" && value !== "${each.value}") return undefined;
  const forEach = source.body["for_each"];
  if (typeof forEach !== "string") return context.resolver.literalTexts(source.instance, forEach);
  const inner = /^\$\{\s*toset\((.*)\)\s*\}$/.exec(forEach)?.[1];
  return context.resolver.literalTexts(source.instance, inner === undefined ? forEach : `\${${inner}}`);
}

/** What the grant is on: the resource its other attributes name, or the project / scope as written. */
function grantTarget(context: StudyContext, source: StudyResource, skipped: string[]): Party {
  const rest = Object.fromEntries(Object.entries(source.body).filter(([key]) => !skipped.includes(key)));
  const targets = context.resolver.targets(source.instance, rest).filter((target) => target.mode === "managed");
  const [first] = targets;
  if (first) return resourceParty(first);
  const project = context.resolver.literalText(source.instance, source.body["project"]);
  const label = project === undefined ? say(context, "the project", "プロジェクト") : `project ${project}`;
  return outsideParty(`project:${project ?? ""}`, label, project === undefined ? label : say(context, `project ${inlineCode(project)}`, `プロジェクト ${inlineCode(project)}`));
}

export function grantLine(context: StudyContext, grant: Grant): string {
  return say(
    context,
    `- ${capitalise(partyText(context, grant.who))} has ${grant.role} on ${partyText(context, grant.on)} (granted by ${resourceText(context, grant.source)}).`,
    `- ${partyText(context, grant.who)} は ${partyText(context, grant.on)} に対して ${grant.role} を持ちます（付与: ${resourceText(context, grant.source)}）。`,
  );
}
