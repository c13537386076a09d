import type { Change } from "../../plan/model.js";
import { policyChanges } from "../policy/changes.js";
import type { PolicyStatement } from "../policy/document.js";
import { isWildcardPrincipal } from "../policy/principals.js";
import { grantText } from "../policy/statements.js";
import { memberWords, PUBLIC_MEMBERS, roleGrantChanges, type RoleGrant } from "../sentences/cloud-iam.js";
import { attachmentChanges, holderWords, policyWords, type Attachment } from "../sentences/iam-attachments.js";
import { code, ja, listEn, listJa } from "../text.js";
import type { Risk, Severity, Text } from "../types.js";
import type { ChangeView } from "../view.js";
import { lazyRisk, type RiskWords } from "./lazy-risk.js";
import type { RiskRule } from "./types.js";

/** A change and the policy statements a risk is about. */
interface Flagged {
  change: Change;
  statements: PolicyStatement[];
}

const RANK: Readonly<Record<Severity, number>> = { high: 3, medium: 2, low: 1 };
const PASS_ROLE = new Set(["iam:passrole", "iam:pass*", "iam:*"]);
/** Bucket policies are judged by the public-S3 rule, which says more about them. */
const BUCKET_POLICY_TYPES = new Set(["aws_s3_bucket_policy", "aws_s3_bucket"]);

function wildcardSeverity(s: PolicyStatement): Severity | undefined {
  if (s.effect !== "Allow") return undefined;
  if (s.notAction || s.actions.includes("*")) return "high";
  if (s.actions.some((a) => a.endsWith(":*"))) return "medium";
  if (s.resources.includes("*") && !s.notResource) return "low";
  return undefined;
}

function passRoleOnAnything(s: PolicyStatement): boolean {
  return s.effect === "Allow" && !s.notAction && s.actions.some((a) => PASS_ROLE.has(a.toLowerCase())) && s.resources.includes("*");
}

function publicPrincipal(s: PolicyStatement): boolean {
  return s.effect === "Allow" && !s.notPrincipal && s.conditions === null && (s.principals ?? []).some(isWildcardPrincipal);
}

function addedStatements(view: ChangeView): PolicyStatement[] {
  const changes = policyChanges(view);
  return changes.length === 0 ? [] : changes.flatMap((c) => c.added);
}

function examples(statements: PolicyStatement[]): Text {
  const texts = statements.map((s) => grantText(s, "new-policy"));
  return { en: listEn(texts.map((t) => t.en), 2), ja: listJa(texts.map((t) => t.ja), 2) };
}

function wildcardRisk(view: ChangeView, added: PolicyStatement[]): Risk[] {
  let worst: Severity | undefined;
  const flagged: PolicyStatement[] = [];
  for (const s of added) {
    const severity = wildcardSeverity(s);
    if (!severity) continue;
    flagged.push(s);
    if (!worst || RANK[severity] > RANK[worst]) worst = severity;
  }
  if (!worst) return [];
  return [lazyRisk("iam-wildcard", worst, { change: view.change, statements: flagged }, wildcardWords)];
}

function wildcardWords({ change, statements }: Flagged): RiskWords {
  const what = examples(statements);
  return {
    message: { en: `${code(change.address)} uses wildcards: ${what.en}`, ja: ja(code(change.address), "はワイルドカードを使っています:", what.ja) },
    why: {
      en: "A `*` grants every action or every resource, including ones created later. If the role or user is ever misused (a leaked key, a compromised task), the damage is no longer limited to what the application needs. List the actions and resources it really uses.",
      ja: "`*` は、後から作られるものも含めてすべての操作・リソースを許可します。ロールやユーザーが悪用されたとき（キーの漏洩、侵害されたタスクなど）、被害がアプリに必要な範囲に収まりません。実際に使う操作とリソースだけを列挙しましょう。",
    },
  };
}

function passRoleRisk(view: ChangeView, added: PolicyStatement[]): Risk[] {
  if (!added.some(passRoleOnAnything)) return [];
  return [lazyRisk("iam-passrole", "high", view.change, passRoleWords)];
}

function passRoleWords(change: Change): RiskWords {
  return {
    message: {
      en: `${code(change.address)} allows \`iam:PassRole\` on every role (\`*\`)`,
      ja: ja(code(change.address), "はすべてのロール（`*`）に対する `iam:PassRole` を許可します"),
    },
    why: {
      en: "PassRole lets the holder hand any role (an admin role included) to a service it starts, such as an EC2 instance or a Lambda function, and so act with that role's power. Limit it to the specific role ARNs the application must pass.",
      ja: "PassRole があると、管理者ロールを含む任意のロールを、自分が起動するサービス（EC2 や Lambda など）に渡して、そのロールの権限で動かせます。アプリが渡す必要のあるロールの ARN だけに絞りましょう。",
    },
  };
}

function wildcardPrincipalRisk(view: ChangeView, added: PolicyStatement[]): Risk[] {
  if (BUCKET_POLICY_TYPES.has(view.type)) return [];
  const open = added.filter(publicPrincipal);
  if (open.length === 0) return [];
  return [lazyRisk("wildcard-principal", "high", { change: view.change, statements: open }, wildcardPrincipalWords)];
}

function wildcardPrincipalWords({ change, statements }: Flagged): RiskWords {
  const what = examples(statements);
  return {
    message: { en: `${code(change.address)} ${what.en}, with no condition`, ja: ja(code(change.address), "は条件なしで", what.ja) },
    why: {
      en: "A `*` principal means any AWS account in the world, not just yours. Without a condition (such as `aws:PrincipalOrgID` or `aws:SourceArn`), strangers can use this permission.",
      ja: "プリンシパルの `*` は自分のアカウントだけでなく、世界中のあらゆる AWS アカウントを意味します。条件（`aws:PrincipalOrgID` や `aws:SourceArn` など）がなければ、第三者がこの権限を使えます。",
    },
  };
}

const ADMIN_POLICY_SEVERITY: Readonly<Record<string, Severity>> = { AdministratorAccess: "high", IAMFullAccess: "high", PowerUserAccess: "medium" };
const AWS_MANAGED_NAME = /^arn:aws[\w-]*:iam::aws:policy\/(?:.*\/)?([^/]+)$/;

function adminPolicyRisk(view: ChangeView): Risk[] {
  const risks: Risk[] = [];
  for (const a of attachmentChanges(view).added) {
    const name = a.policyArn ? AWS_MANAGED_NAME.exec(a.policyArn)?.[1] : undefined;
    const severity = name ? ADMIN_POLICY_SEVERITY[name] : undefined;
    if (!severity) continue;
    risks.push(lazyRisk("admin-policy", severity, a, adminPolicyWords));
  }
  return risks;
}

function adminPolicyWords(a: Attachment): RiskWords {
  const holder = holderWords(a);
  const policy = policyWords(a.policyArn);
  return {
    message: { en: `gives ${holder.en} ${policy.en}`, ja: ja(holder.ja, "に", policy.ja, "を付与します") },
    why: {
      en: "This managed policy allows (nearly) everything in the account. Whoever can use this identity, or steal its credentials, can do the same. Application roles should get only the permissions they use.",
      ja: "この管理ポリシーはアカウント内の（ほぼ）すべての操作を許可します。このIDを使える人や認証情報を盗んだ人も同じことができます。アプリケーション用のロールには、使う権限だけを与えましょう。",
    },
  };
}

const BROAD_ROLES = new Set(["roles/owner", "roles/editor", "Owner", "Contributor", "User Access Administrator"]);

function cloudRoleRisks(view: ChangeView): Risk[] {
  const risks: Risk[] = [];
  for (const g of roleGrantChanges(view).added) {
    if (g.member && PUBLIC_MEMBERS.has(g.member)) risks.push(lazyRisk("public-iam-member", "high", g, publicMemberWords));
    else if (g.role && BROAD_ROLES.has(g.role)) risks.push(lazyRisk("broad-role", "medium", g, broadRoleWords));
  }
  return risks;
}

function roleText(g: RoleGrant): string {
  return g.role ? code(g.role) : "(known after apply)";
}

function publicMemberWords(g: RoleGrant): RiskWords {
  const role = roleText(g);
  const who = memberWords(g.member);
  return {
    message: { en: `gives ${who.en} the role ${role}`, ja: ja(who.ja, "にロール", role, "を付与します") },
    why: {
      en: "`allUsers` is everyone on the internet, without signing in (`allAuthenticatedUsers` is anyone with any Google account). Whatever the role allows becomes public.",
      ja: "`allUsers` はログイン不要のインターネット上の全員です（`allAuthenticatedUsers` は何らかの Google アカウントを持つ全員）。このロールで許可される操作が公開されます。",
    },
  };
}

function broadRoleWords(g: RoleGrant): RiskWords {
  const role = roleText(g);
  return {
    message: { en: `grants the broad role ${role} to ${g.member ? code(g.member) : "(known after apply)"}`, ja: ja(g.member ? code(g.member) : "(known after apply)", "に広い権限のロール", role, "を付与します") },
    why: {
      en: "Owner/Editor-style roles allow changing almost everything in their scope. Prefer a narrower predefined role that matches the job.",
      ja: "Owner や Editor のようなロールは、その範囲のほぼすべてを変更できます。仕事に合った、より狭い定義済みロールを選びましょう。",
    },
  };
}

/** Permissions that reach further than the application needs. */
export const iamRisks: RiskRule = (view) => {
  if (view.action === "delete") return [];
  const risks: Risk[] = [];
  const added = addedStatements(view);
  if (added.length > 0) risks.push(...wildcardRisk(view, added), ...passRoleRisk(view, added), ...wildcardPrincipalRisk(view, added));
  risks.push(...adminPolicyRisk(view), ...cloudRoleRisks(view));
  return risks;
};
