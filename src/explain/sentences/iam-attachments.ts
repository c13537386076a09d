import type { Value } from "../../plan/model.js";
import { code, ja } from "../text.js";
import type { Text } from "../types.js";
import { asString, asStrings, isMasked } from "../values.js";
import type { ChangeView } from "../view.js";
import { WEIGHT, type Sentence, type SentenceFamily } from "./types.js";

type HolderKind = "role" | "user" | "group";

export interface Attachment {
  kind: HolderKind;
  /** Name of the role/user/group; undefined when known only after apply. */
  holder: string | undefined;
  /** Policy ARN; undefined when known only after apply. */
  policyArn: string | undefined;
}

const HOLDER_WORDS: Readonly<Record<HolderKind, Text>> = {
  role: { en: "role", ja: "ロール" },
  user: { en: "user", ja: "ユーザー" },
  group: { en: "group", ja: "グループ" },
};

const AWS_MANAGED_PREFIX = /^arn:aws[\w-]*:iam::aws:policy\//;
const POLICY_NAME = /:policy\/(?:.*\/)?([^/]+)$/;

const ATTACHMENT_TYPE_LIST = [
  "aws_iam_role_policy_attachment",
  "aws_iam_user_policy_attachment",
  "aws_iam_group_policy_attachment",
  "aws_iam_policy_attachment",
  "aws_iam_role",
];
const ATTACHMENT_TYPES: ReadonlySet<string> = new Set(ATTACHMENT_TYPE_LIST);

/** Managed policies attached to roles, users and groups. */
export const attachmentSentences: SentenceFamily = {
  types: ATTACHMENT_TYPE_LIST,
  describe(view) {
    const { added, removed } = attachmentChanges(view);
    const covers = view.type === "aws_iam_role" ? ["managed_policy_arns"] : ["role", "user", "group", "roles", "users", "groups", "policy_arn"];
    const sentences: Sentence[] = [];
    for (const a of added) sentences.push({ text: attachText(a, "gives"), covers, weight: a.policyArn && isPowerfulManagedPolicy(a.policyArn) ? WEIGHT.security : WEIGHT.important });
    for (const a of removed) sentences.push({ text: attachText(a, "takes"), covers, weight: WEIGHT.important });
    return sentences;
  },
};


/** Managed-policy attachments a change adds and removes (memoised per change). */
export function attachmentChanges(view: ChangeView): { added: Attachment[]; removed: Attachment[] } {
  if (!ATTACHMENT_TYPES.has(view.type)) return { added: [], removed: [] };
  return view.memo("iam-attachments", () => {
    const before = attachments(view, "before");
    const after = attachments(view, "after");
    // A list only known after apply cannot be compared: the generic sentences say so.
    if (!before || !after) return { added: [], removed: [] };
    const beforeKeys = new Set(before.map(key));
    const afterKeys = new Set(after.map(key));
    return { added: after.filter((a) => !beforeKeys.has(key(a))), removed: before.filter((a) => !afterKeys.has(key(a))) };
  });
}

function key(a: Attachment): string {
  return `${a.kind}|${a.holder ?? "?"}|${a.policyArn ?? "?"}`;
}

function name(v: Value | undefined): string | undefined {
  return isMasked(v) ? undefined : asString(v);
}

function attachments(view: ChangeView, side: "before" | "after"): Attachment[] | undefined {
  const get = (attribute: string) => (side === "before" ? view.before(attribute) : view.after(attribute));
  if (side === "before" ? view.change.before == null : view.change.after == null) return [];
  switch (view.type) {
    case "aws_iam_role": {
      const arns = get("managed_policy_arns");
      if (isMasked(arns)) return undefined;
      return asStrings(arns).map((arn) => ({ kind: "role", holder: undefined, policyArn: arn }));
    }
    case "aws_iam_policy_attachment": {
      const policyArn = name(get("policy_arn"));
      if (["roles", "users", "groups"].some((list) => isMasked(get(list)))) return undefined;
      return (["role", "user", "group"] as const).flatMap((kind) => asStrings(get(`${kind}s`)).map((holder) => ({ kind, holder, policyArn })));
    }
    default: {
      const kind: HolderKind = view.type.includes("_user_") ? "user" : view.type.includes("_group_") ? "group" : "role";
      return [{ kind, holder: name(get(kind)), policyArn: name(get("policy_arn")) }];
    }
  }
}

/** "the AWS-managed policy `AdministratorAccess`", "the policy `deploy`". */
export function policyWords(arn: string | undefined): Text {
  if (arn === undefined) return { en: "a policy (known after apply)", ja: "ポリシー（apply 後に決定）" };
  const policyName = POLICY_NAME.exec(arn)?.[1] ?? arn;
  if (AWS_MANAGED_PREFIX.test(arn)) return { en: `the AWS-managed policy ${code(policyName)}`, ja: ja("AWS 管理ポリシー", code(policyName)) };
  return { en: `the policy ${code(policyName)}`, ja: ja("ポリシー", code(policyName)) };
}

export function holderWords(a: Attachment): Text {
  const word = HOLDER_WORDS[a.kind];
  if (a.holder === undefined) return a.kind === "role" ? { en: "this role", ja: "このロール" } : { en: `a ${word.en} (known after apply)`, ja: `${word.ja}（apply 後に決定）` };
  return { en: `${word.en} ${code(a.holder)}`, ja: ja(word.ja, code(a.holder)) };
}

/** "gives role `app` the AWS-managed policy `AdministratorAccess`". */
function attachText(a: Attachment, verb: "gives" | "takes"): Text {
  const holder = holderWords(a);
  const policy = policyWords(a.policyArn);
  if (verb === "gives") return { en: `gives ${holder.en} ${policy.en}`, ja: ja(holder.ja, "に", policy.ja, "を付与します") };
  return { en: `takes ${policy.en} away from ${holder.en}`, ja: ja(holder.ja, "から", policy.ja, "を外します") };
}

const POWERFUL_POLICIES = /\/(AdministratorAccess|PowerUserAccess|IAMFullAccess)$/;

function isPowerfulManagedPolicy(arn: string): boolean {
  return AWS_MANAGED_PREFIX.test(arn) && POWERFUL_POLICIES.test(arn);
}
