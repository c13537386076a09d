/**
 * The access chapter: who may become whom (AWS trust policies), what each
 * identity may do, and who holds which role on what (Google IAM members,
 * Azure role assignments), in words and as a picture.
 */
import type { PolicyStatement } from "../explain/policy/document.js";
import { describePrincipal } from "../explain/policy/principals.js";
import { escapeKeepingCode, inlineCode } from "../render/escape.js";
import {
  capitalise,
  listWords,
  ofTypes,
  outsideParty,
  partyKey,
  partyNode,
  partyText,
  resourceNode,
  resourceParty,
  resourceText,
  say,
  type ChapterStudy,
  type Party,
  type QuizQuestion,
  type StudyContext,
} from "./context.js";
import { isRecord, writtenText } from "./expressions.js";
import { Flowchart } from "./flowchart.js";
import type { ModuleInstance, StudyResource } from "./model.js";
import { isAssumeStatement, policyStatements, type PolicyPrincipal, type PolicyStatementView } from "./policy.js";
import { chapterOf } from "./chapters.js";
import { fence } from "./pictures.js";
import { azureGrants, googleGrants, grantLine, type Grant } from "./grants.js";

interface Trust {
  role: StudyResource;
  /** Undefined when the trust policy is computed in a way we cannot read. */
  principals: Party[] | undefined;
  users: RoleUse[];
}

interface RoleUse {
  user: StudyResource;
  /** The attributes through which it uses the role (`execution_role_arn`, `task_role_arn`), sorted. */
  attributes: string[];
}


export function studyAccess(context: StudyContext): ChapterStudy {
  const trusts = ofTypes(context, /^aws_iam_role$/).map((role) => readTrust(context, role));
  const permissions = new Map(trusts.map((trust) => [trust.role.id, rolePermissions(context, trust.role)]));
  const grants = [...googleGrants(context), ...azureGrants(context)];
  const sections: ChapterStudy["sections"] = [];

  if (trusts.length > 0) {
    sections.push({
      heading: say(context, "Who may become whom", "誰が誰になれるか"),
      markdown: `${say(
        context,
        "A role is an identity that something else *assumes* (becomes) for a while. Its trust policy lists who may assume it; its permission policies say what it may then do.",
        "ロールは、別の誰かが一時的に「引き受ける（なる）」ための ID です。信頼ポリシーが「誰が引き受けられるか」を、権限ポリシーが「引き受けた後に何ができるか」を決めます。",
      )}\n\n${trusts.map((trust) => trustLine(context, trust, permissions.get(trust.role.id) ?? [])).join("\n")}\n`,
    });
  }
  if (grants.length > 0) {
    sections.push({
      heading: say(context, "Who holds which role", "誰がどのロールを持っているか"),
      markdown: `${grants.map((grant) => grantLine(context, grant)).join("\n")}\n`,
    });
  }
  const picture = accessPicture(context, trusts, grants);
  if (picture) sections.push({ heading: say(context, "Picture: trust and roles", "図: 信頼関係とロール"), markdown: picture });
  return { sections, quiz: accessQuiz(context, trusts, permissions, grants) };
}

// ------------------------------------------------------------------ trust

function readTrust(context: StudyContext, role: StudyResource): Trust {
  const statements = policyStatements(context, role, role.body["assume_role_policy"]);
  const principals = statements
    ?.filter(isAssumeStatement)
    .flatMap((statement) => statement.principals.flatMap((principal) => principalParties(context, principal, statement.instance)));
  return { role, principals: principals === undefined ? undefined : unique(principals), users: roleUses(context, role) };
}

const EMPTY_STATEMENT: PolicyStatement = {
  effect: "Allow",
  actions: [],
  notAction: false,
  resources: [],
  notResource: false,
  principals: null,
  notPrincipal: false,
  conditions: null,
  key: "",
};

function principalParties(context: StudyContext, principal: PolicyPrincipal, instance: ModuleInstance): Party[] {
  const targets = context.resolver.targets(instance, principal.value).filter((target) => target.mode === "managed");
  if (targets.length > 0) return targets.map(resourceParty);
  const literal = context.resolver.literalText(instance, principal.value);
  if (literal === undefined) {
    const written = writtenText(principal.value);
    return [outsideParty(`expr:${written}`, written)];
  }
  const type = (["*", "AWS", "Service", "Federated", "CanonicalUser"] as const).find((known) => known === principal.type) ?? "AWS";
  const words = describePrincipal({ type: literal === "*" ? "*" : type, id: literal }, EMPTY_STATEMENT)[context.lang];
  return [outsideParty(`${type}:${literal}`, literal, escapeKeepingCode(words))];
}

/** Resources outside the access chapter that point at the role (a task definition's `task_role_arn`…). */
function roleUses(context: StudyContext, role: StudyResource): RoleUse[] {
  const uses: RoleUse[] = [];
  for (const user of context.graph.referredBy(role)) {
    if (user.mode !== "managed") continue;
    if (user.type === "aws_iam_instance_profile") {
      for (const holder of context.graph.referredBy(user)) if (holder.mode === "managed") uses.push({ user: holder, attributes: ["iam_instance_profile"] });
      continue;
    }
    if (chapterOf(user.type) === "access") continue;
    const attributes = Object.keys(user.body)
      .filter((key) => context.graph.attributeTargets(user, user.body[key]).some((target) => target.id === role.id))
      .sort();
    uses.push({ user, attributes });
  }
  return uses;
}

/** What the role is for, from the user's side: "its containers run as this role (the task role)". */
function purposeWords(context: StudyContext, use: RoleUse): string {
  // One role for both jobs is worth pointing out: the application gets the execution role's rights too.
  if (use.attributes.includes("execution_role_arn") && use.attributes.includes("task_role_arn")) {
    const rest = use.attributes.filter((attribute) => attribute !== "execution_role_arn" && attribute !== "task_role_arn");
    const both = say(
      context,
      "it is both its execution role (ECS uses it to pull the image, write logs and read secrets) and its task role (its containers run as it when they call AWS)",
      "タスク実行ロール（ECS がイメージ取得、ログ出力、シークレット読み取りに使う）とタスクロール（コンテナが AWS を呼ぶときに使う）を 1 つで兼ねています",
    );
    return [both, ...rest.map((attribute) => attributePurpose(context, attribute))].join(say(context, "; ", "。"));
  }
  const purposes = use.attributes.map((attribute) => attributePurpose(context, attribute));
  return purposes.length === 0 ? say(context, "refers to this role", "このロールを参照します") : purposes.join(say(context, "; ", "。"));
}

function attributePurpose(context: StudyContext, attribute: string): string {
  switch (attribute) {
    case "task_role_arn":
      return say(context, "its containers run as this role when they call AWS (the task role)", "コンテナが AWS を呼ぶときにこのロールで動きます（タスクロール）");
    case "execution_role_arn":
      return say(context, "ECS uses this role to start it, to pull the image, write logs and read secrets (the execution role)", "ECS が起動時に使い、イメージ取得、ログ出力、シークレット読み取りを行います（タスク実行ロール）");
    case "iam_instance_profile":
      return say(context, "it runs as this role (instance profile)", "このロールで動きます（インスタンスプロファイル）");
    default:
      return say(context, `names this role in ${inlineCode(attribute)}`, `${inlineCode(attribute)} でこのロールを指定します`);
  }
}

function useWords(context: StudyContext, use: RoleUse): string {
  return say(context, `${resourceText(context, use.user)}: ${purposeWords(context, use)}`, `${resourceText(context, use.user)} — ${purposeWords(context, use)}`);
}

function trustLine(context: StudyContext, trust: Trust, permissions: string[]): string {
  const role = resourceText(context, trust.role);
  const who =
    trust.principals === undefined
      ? say(context, "its trust policy is computed; read it in the file", "信頼ポリシーは計算で作られています。ファイルで確認してください")
      : trust.principals.length === 0
        ? say(context, "no one (its trust policy allows no sts:AssumeRole)", "誰も引き受けられません（sts:AssumeRole を許可していません）")
        : say(context, `may be assumed by ${listWords(context, trust.principals.map((p) => partyText(context, p)))}`, `${listWords(context, trust.principals.map((p) => partyText(context, p)))} が引き受けられます`);
  const stop = say(context, ".", "。");
  const lines = [`- ${role}: ${who}${stop}`];
  for (const use of trust.users) lines.push(`  - ${say(context, "Used by", "利用元:")} ${useWords(context, use)}${stop}`);
  if (permissions.length > 0) lines.push(`  - ${say(context, "May then", "引き受けた後にできること")}: ${listWords(context, permissions, 8)}${stop}`);
  return lines.join("\n");
}

// ------------------------------------------------------------------ permissions

/** What a role may do: actions of its inline policies and attached policies, as Markdown items. */
function rolePermissions(context: StudyContext, role: StudyResource): string[] {
  const items: string[] = [];
  for (const policy of ofTypes(context, /^aws_iam_role_policy$/)) {
    if (!refersTo(context, policy, policy.body["role"], role)) continue;
    items.push(...allowedActions(context, policyStatements(context, policy, policy.body["policy"])));
  }
  for (const attachment of ofTypes(context, /^aws_iam_(role_policy_attachment|policy_attachment)$/)) {
    const roles = attachment.body["role"] ?? attachment.body["roles"];
    if (!refersTo(context, attachment, roles, role)) continue;
    const arn = attachment.body["policy_arn"];
    const policies = context.resolver.targets(attachment.instance, arn).filter((target) => target.type === "aws_iam_policy");
    for (const policy of policies) items.push(...allowedActions(context, policyStatements(context, policy, policy.body["policy"])));
    const literal = policies.length === 0 ? context.resolver.literalText(attachment.instance, arn) : undefined;
    if (literal !== undefined) items.push(say(context, `the managed policy ${inlineCode(literal.replace(/^arn:aws[\w-]*:iam::(aws|\d+):policy\//, ""))}`, `管理ポリシー ${inlineCode(literal.replace(/^arn:aws[\w-]*:iam::(aws|\d+):policy\//, ""))}`));
  }
  for (const inline of [role.body["inline_policy"]].flat()) {
    if (isRecord(inline)) items.push(...allowedActions(context, policyStatements(context, role, inline["policy"])));
  }
  return [...new Set(items)];
}

function refersTo(context: StudyContext, from: StudyResource, value: unknown, target: StudyResource): boolean {
  return context.resolver.targets(from.instance, value).some((found) => found.id === target.id);
}

function allowedActions(context: StudyContext, statements: PolicyStatementView[] | undefined): string[] {
  if (!statements) return [];
  return statements
    .filter((statement) => statement.allow)
    .flatMap((statement) => statement.actions.map((action) => context.resolver.literalText(statement.instance, action)))
    .filter((action): action is string => action !== undefined)
    .map(inlineCode);
}

// ------------------------------------------------------------------ picture and quiz

function accessPicture(context: StudyContext, trusts: Trust[], grants: Grant[]): string | undefined {
  const chart = new Flowchart("LR");
  for (const trust of trusts) {
    const role = resourceNode(context, trust.role);
    for (const principal of trust.principals ?? []) chart.edge(partyNode(context, principal), role, say(context, "may assume", "引き受け可"));
    for (const use of trust.users) chart.edge(role, resourceNode(context, use.user), say(context, "used by", "利用"), true);
  }
  for (const grant of grants) chart.edge(partyNode(context, grant.who), partyNode(context, grant.on), grant.roleLabel);
  return fence(context, chart);
}

function accessQuiz(context: StudyContext, trusts: Trust[], permissions: Map<string, string[]>, grants: Grant[]): QuizQuestion[] {
  const quiz: QuizQuestion[] = [];
  const known = trusts.filter((trust) => trust.principals !== undefined && trust.principals.length > 0);
  // The role the configuration uses most is the most useful one to ask about.
  const trust = [...known].sort((a, b) => b.users.length - a.users.length)[0];
  if (trust?.principals) {
    quiz.push({
      question: say(context, `Who may assume the role ${resourceText(context, trust.role)}?`, `ロール ${resourceText(context, trust.role)} を引き受けられるのは誰ですか？`),
      answer: say(
        context,
        capitalise(`${listWords(context, trust.principals.map((p) => partyText(context, p)))}: its trust policy (\`assume_role_policy\`) allows them \`sts:AssumeRole\`.`),
        `${listWords(context, trust.principals.map((p) => partyText(context, p)))} です。信頼ポリシー（\`assume_role_policy\`）が \`sts:AssumeRole\` を許可しています。`,
      ),
    });
  }
  const user = busiestUser(context, trusts);
  if (user) {
    const roles = trusts.flatMap((candidate) => candidate.users.filter((use) => use.user.id === user.id).map((use) => ({ role: candidate.role, use })));
    quiz.push({
      question: say(context, `Which roles does ${resourceText(context, user)} use, and what is each for?`, `${resourceText(context, user)} はどのロールを使い、それぞれ何のためですか？`),
      answer: roles.map(({ role, use }) => `- ${resourceText(context, role)}: ${purposeWords(context, use)}${say(context, ".", "。")}`).join("\n"),
    });
  }
  // Another role than the first question's, when there is one.
  const withPermissions = trusts.filter((candidate) => (permissions.get(candidate.role.id) ?? []).length > 0);
  const allowed = withPermissions.find((candidate) => candidate !== trust) ?? withPermissions[0];
  if (allowed) {
    quiz.push({
      question: say(context, `Once assumed, what may ${resourceText(context, allowed.role)} do?`, `${resourceText(context, allowed.role)} を引き受けると、何ができますか？`),
      answer: say(context, `It is allowed ${listWords(context, permissions.get(allowed.role.id) ?? [], 12)}.`, `${listWords(context, permissions.get(allowed.role.id) ?? [], 12)} が許可されています。`),
    });
  }
  const publicGrant = grants.find((grant) => grant.who.kind === "outside" && grant.who.key.startsWith("google:all")) ?? grants[0];
  if (publicGrant) {
    const same = grants.filter((grant) => partyKey(grant.on) === partyKey(publicGrant.on));
    quiz.push({
      question: say(context, `Who holds a role on ${partyText(context, publicGrant.on)}, and which?`, `${partyText(context, publicGrant.on)} に対してロールを持つのは誰で、どのロールですか？`),
      answer: same.map((grant) => `- ${capitalise(partyText(context, grant.who))}: ${grant.role}`).join("\n"),
    });
  }
  const holder = grants.find((grant) => grant.who.kind === "resource");
  if (holder && holder.who.kind === "resource") {
    const held = grants.filter((grant) => partyKey(grant.who) === partyKey(holder.who));
    quiz.push({
      question: say(context, `Which roles does ${resourceText(context, holder.who.resource)} hold, and on what?`, `${resourceText(context, holder.who.resource)} はどのロールを、何に対して持っていますか？`),
      answer: held.map((grant) => `- ${grant.role} ${say(context, "on", "対象:")} ${partyText(context, grant.on)}`).join("\n"),
    });
  }
  return quiz;
}

/**
 * The resource using the most roles (a task definition with both its roles),
 * preferring one something else relies on (a service's task definition).
 */
function busiestUser(context: StudyContext, trusts: Trust[]): StudyResource | undefined {
  const counts = new Map<string, { user: StudyResource; roles: number }>();
  for (const use of trusts.flatMap((trust) => trust.users)) {
    const entry = counts.get(use.user.id) ?? { user: use.user, roles: 0 };
    entry.roles += 1;
    counts.set(use.user.id, entry);
  }
  const score = ({ user, roles }: { user: StudyResource; roles: number }) => roles * 1000 + context.graph.referredBy(user).length;
  return [...counts.values()].sort((a, b) => score(b) - score(a) || (a.user.id < b.user.id ? -1 : 1))[0]?.user;
}

function unique(parties: Party[]): Party[] {
  const seen = new Map<string, Party>();
  for (const party of parties) if (!seen.has(partyKey(party))) seen.set(partyKey(party), party);
  return [...seen.values()];
}
