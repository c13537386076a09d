import type { Change } from "../../plan/model.js";
import { policyChanges } from "../policy/changes.js";
import type { PolicyStatement } from "../policy/document.js";
import { isWildcardPrincipal } from "../policy/principals.js";
import { grantText } from "../policy/statements.js";
import { PUBLIC_ACCESS_FLAGS, PUBLIC_ACLS } from "../sentences/s3.js";
import { code, ja, listEn, listJa } from "../text.js";
import type { Risk, Text } from "../types.js";
import { asBool, asString } from "../values.js";
import type { ChangeView } from "../view.js";
import { lazyRisk, type RiskWords } from "./lazy-risk.js";
import type { RiskRule } from "./types.js";

const PUBLIC_ACCESS_BLOCK_TYPES = new Set(["aws_s3_bucket_public_access_block", "aws_s3_account_public_access_block"]);
const ACL_TYPES = new Set(["aws_s3_bucket_acl", "aws_s3_bucket"]);
const POLICY_TYPES = new Set(["aws_s3_bucket_policy", "aws_s3_bucket"]);

const WHY_PUBLIC = {
  en: "Public buckets are one of the most common causes of data leaks: anyone who guesses or finds the name can download what is inside, and search engines and scanners look for them constantly.",
  ja: "公開バケットはデータ漏洩の代表的な原因です。名前を推測・発見した人は誰でも中身をダウンロードでき、検索エンジンやスキャナーが常に探しています。",
};

function accessBlockRisk(view: ChangeView): Risk[] {
  if (!PUBLIC_ACCESS_BLOCK_TYPES.has(view.type)) return [];
  if (view.action === "delete") return [lazyRisk("public-s3", "medium", view.change, accessBlockRemovedWords)];
  const off = Object.keys(PUBLIC_ACCESS_FLAGS).filter((flag) => {
    const after = view.after(flag);
    if (asBool(after) !== false && after !== undefined && after !== null) return false;
    return view.action === "create" || asBool(view.before(flag)) === true;
  });
  if (off.length === 0) return [];
  return [lazyRisk("public-s3", "medium", { change: view.change, off }, accessBlockOffWords)];
}

function accessBlockRemovedWords(change: Change): RiskWords {
  const address = code(change.address);
  return {
    message: { en: `removes the public access block ${address}: nothing stops an ACL or policy from making the bucket public`, ja: ja("パブリックアクセスブロック", address, "を削除します。ACL やポリシーによる公開を止めるものがなくなります") },
    why: WHY_PUBLIC,
  };
}

function accessBlockOffWords({ change, off }: { change: Change; off: string[] }): RiskWords {
  const address = code(change.address);
  const names = off.map(code);
  return {
    message: {
      en: `${address} leaves ${listEn(names)} off, so the bucket can be made public`,
      ja: ja(address, "では", listJa(names), "が無効になり、バケットを公開できる状態になります"),
    },
    why: WHY_PUBLIC,
  };
}

function aclRisk(view: ChangeView): Risk[] {
  if (!ACL_TYPES.has(view.type) || !view.changed("acl")) return [];
  const acl = asString(view.after("acl"));
  const meaning = acl ? PUBLIC_ACLS[acl] : undefined;
  if (!acl || !meaning) return [];
  return [lazyRisk("public-s3", "high", { change: view.change, acl, meaning }, aclWords)];
}

function aclWords({ change, acl, meaning }: { change: Change; acl: string; meaning: Text }): RiskWords {
  return {
    message: { en: `${code(change.address)} ${meaning.en} (ACL ${code(acl)})`, ja: ja(code(change.address), "は", `${meaning.ja}（ACL ${code(acl)}）`) },
    why: WHY_PUBLIC,
  };
}

function policyRisk(view: ChangeView): Risk[] {
  if (!POLICY_TYPES.has(view.type)) return [];
  const open = policyChanges(view)
    .flatMap((c) => c.added)
    .filter((s) => s.effect === "Allow" && s.conditions === null && !s.notPrincipal && (s.principals ?? []).some(isWildcardPrincipal));
  if (open.length === 0) return [];
  return [lazyRisk("public-s3", "high", { change: view.change, open }, publicPolicyWords)];
}

function publicPolicyWords({ change, open }: { change: Change; open: PolicyStatement[] }): RiskWords {
  const what = open.map((s) => grantText(s, "new-policy"));
  return {
    message: {
      en: `the bucket policy ${code(change.address)} ${listEn(what.map((w) => w.en), 2)}, with no condition: the bucket is public`,
      ja: ja("バケットポリシー", code(change.address), "は条件なしで", listJa(what.map((w) => w.ja), 2), "。バケットが公開されます"),
    },
    why: WHY_PUBLIC,
  };
}

const S3_TYPES: ReadonlySet<string> = new Set([...PUBLIC_ACCESS_BLOCK_TYPES, ...ACL_TYPES, ...POLICY_TYPES]);

/** Buckets opened to everyone, or the guard against that removed. */
export const publicS3: RiskRule = (view) => {
  if (!S3_TYPES.has(view.type)) return [];
  return [...accessBlockRisk(view), ...(view.action === "delete" ? [] : [...aclRisk(view), ...policyRisk(view)])];
};
