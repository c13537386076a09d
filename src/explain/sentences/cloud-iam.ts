import type { Value } from "../../plan/model.js";
import { code, ja } from "../text.js";
import type { Text } from "../types.js";
import { asString, asStrings, field, isMasked } from "../values.js";
import type { ChangeView } from "../view.js";
import { WEIGHT, type Sentence, type SentenceFamily } from "./types.js";

/** One role given to one member on one scope (GCP IAM member/binding, Azure role assignment). */
export interface RoleGrant {
  member: string | undefined;
  role: string | undefined;
  scope: string | undefined;
}

const GOOGLE_IAM = /^google(?:_[a-z0-9]+)+_iam_(member|binding)$/;
/** Where GCP IAM resources name the thing the role applies to. */
const GOOGLE_SCOPE_ATTRIBUTES = ["project", "bucket", "folder", "org_id", "service_account_id", "topic", "subscription", "secret_id", "dataset_id", "repository", "service", "crypto_key_id", "instance_name", "name"];

export const PUBLIC_MEMBERS: ReadonlySet<string> = new Set(["allUsers", "allAuthenticatedUsers"]);

function isCloudIamType(type: string): boolean {
  return type === "azurerm_role_assignment" || GOOGLE_IAM.test(type);
}

/** Role grants a change adds and removes (memoised per change). */
export function roleGrantChanges(view: ChangeView): { added: RoleGrant[]; removed: RoleGrant[] } {
  if (!isCloudIamType(view.type)) return { added: [], removed: [] };
  return view.memo("role-grants", () => {
    const before = grants(view.type, view.change.before);
    const after = grants(view.type, view.change.after);
    // A member list only known after apply cannot be compared: the generic sentences say so.
    if (!before || !after) return { added: [], removed: [] };
    const beforeKeys = new Set(before.map(key));
    const afterKeys = new Set(after.map(key));
    return { added: after.filter((g) => !beforeKeys.has(key(g))), removed: before.filter((g) => !afterKeys.has(key(g))) };
  });
}

export const cloudIamSentences: SentenceFamily = {
  matches: isCloudIamType,
  describe(view) {
    const { added, removed } = roleGrantChanges(view);
    const covers = view.type === "azurerm_role_assignment"
      ? ["principal_id", "role_definition_name", "role_definition_id", "scope"]
      : ["member", "members", "role", ...GOOGLE_SCOPE_ATTRIBUTES];
    const sentences: Sentence[] = [];
    for (const g of added) {
      sentences.push({ text: grantText(view, g, "gives"), covers, weight: g.member && PUBLIC_MEMBERS.has(g.member) ? WEIGHT.security : WEIGHT.important });
    }
    for (const g of removed) sentences.push({ text: grantText(view, g, "takes"), covers, weight: WEIGHT.important });
    return sentences;
  },
};

function key(g: RoleGrant): string {
  return `${g.member ?? "?"}|${g.role ?? "?"}|${g.scope ?? "?"}`;
}

function known(v: Value | undefined): string | undefined {
  return isMasked(v) ? undefined : asString(v);
}

function grants(type: string, resource: Value | undefined): RoleGrant[] | undefined {
  if (resource === undefined || resource === null) return [];
  if (type === "azurerm_role_assignment") {
    return [{
      member: known(field(resource, "principal_id")),
      role: known(field(resource, "role_definition_name")) ?? known(field(resource, "role_definition_id")),
      scope: known(field(resource, "scope")),
    }];
  }
  const role = known(field(resource, "role"));
  const scopeAttribute = GOOGLE_SCOPE_ATTRIBUTES.find((a) => known(field(resource, a)) !== undefined);
  const scope = scopeAttribute ? known(field(resource, scopeAttribute)) : undefined;
  const members = field(resource, "members");
  if (isMasked(members)) return undefined;
  const list = members === undefined ? [known(field(resource, "member"))] : asStrings(members);
  return list.map((member) => ({ member, role, scope }));
}

/** "everyone on the internet (`allUsers`)", "service account `ci@p.iam.gserviceaccount.com`". */
export function memberWords(member: string | undefined): Text {
  if (member === undefined) return { en: "a member (known after apply)", ja: "メンバー（apply 後に決定）" };
  if (member === "allUsers") return { en: "everyone on the internet (`allUsers`)", ja: "インターネット上の誰でも（`allUsers`）" };
  if (member === "allAuthenticatedUsers") {
    return { en: "anyone signed in to a Google account (`allAuthenticatedUsers`)", ja: "Google アカウントでログインした誰でも（`allAuthenticatedUsers`）" };
  }
  const colon = member.indexOf(":");
  const kind = colon > 0 ? member.slice(0, colon) : "";
  const id = code(colon > 0 ? member.slice(colon + 1) : member);
  switch (kind) {
    case "user":
      return { en: `user ${id}`, ja: ja("ユーザー", id) };
    case "serviceAccount":
      return { en: `service account ${id}`, ja: ja("サービスアカウント", id) };
    case "group":
      return { en: `group ${id}`, ja: ja("グループ", id) };
    case "domain":
      return { en: `everyone in domain ${id}`, ja: ja("ドメイン", id, "の全員") };
    default:
      return { en: code(member), ja: code(member) };
  }
}

function grantText(view: ChangeView, g: RoleGrant, verb: "gives" | "takes"): Text {
  const azure = view.type === "azurerm_role_assignment";
  const who = azure ? { en: `principal ${g.member ? code(g.member) : "(known after apply)"}`, ja: ja("プリンシパル", g.member ? code(g.member) : "(known after apply)") } : memberWords(g.member);
  const role = g.role ? code(g.role) : "(known after apply)";
  const scope = g.scope ? code(g.scope) : undefined;
  const onEn = scope ? ` on ${scope}` : "";
  const onJa = scope ? ja(scope, "での") : "";
  if (verb === "gives") return { en: `gives ${who.en} the role ${role}${onEn}`, ja: ja(who.ja, "に", onJa, "ロール", role, "を付与します") };
  return { en: `takes the role ${role}${onEn} away from ${who.en}`, ja: ja(who.ja, "から", onJa, "ロール", role, "を外します") };
}
