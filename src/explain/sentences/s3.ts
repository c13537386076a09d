import { code, ja } from "../text.js";
import type { Text } from "../types.js";
import { asBool, asString, block, isMasked } from "../values.js";
import type { ChangeView } from "../view.js";
import { WEIGHT, sentence, type Sentence, type SentenceFamily } from "./types.js";

interface FlagMeaning {
  off: Text;
  on: Text;
}

/** What each public access block setting protects against. */
export const PUBLIC_ACCESS_FLAGS: Readonly<Record<string, FlagMeaning>> = {
  block_public_acls: {
    off: { en: "new public ACLs are accepted", ja: "新しい公開 ACL を受け付けます" },
    on: { en: "new public ACLs are rejected", ja: "新しい公開 ACL を拒否します" },
  },
  ignore_public_acls: {
    off: { en: "public ACLs take effect", ja: "公開 ACL が有効になります" },
    on: { en: "existing public ACLs are ignored", ja: "既存の公開 ACL を無視します" },
  },
  block_public_policy: {
    off: { en: "a bucket policy can make the bucket public", ja: "バケットポリシーでバケットを公開できます" },
    on: { en: "bucket policies that would make it public are rejected", ja: "公開につながるバケットポリシーを拒否します" },
  },
  restrict_public_buckets: {
    off: { en: "a public bucket policy lets anyone on the internet in", ja: "公開バケットポリシーがあればインターネット上の誰でもアクセスできます" },
    on: { en: "even with a public policy, only AWS services and the owner's account get in", ja: "公開ポリシーがあっても、AWS サービスと所有者のアカウントしかアクセスできません" },
  },
};

const FLAG_NAMES = Object.keys(PUBLIC_ACCESS_FLAGS);

function describePublicAccessBlock(view: ChangeView): Sentence[] {
  if (view.action === "delete") {
    return [sentence(
      "removes the public access block: ACLs and bucket policies can make the bucket public again",
      "パブリックアクセスブロックを削除します。ACL やバケットポリシーで再びバケットを公開できるようになります",
      FLAG_NAMES,
      WEIGHT.security,
    )];
  }
  const creating = view.action === "create";
  const flags = FLAG_NAMES.filter((name) => !isMasked(view.after(name))).map((name) => ({ name, before: asBool(view.before(name)), after: asBool(view.after(name)) }));
  if (creating && flags.length === FLAG_NAMES.length && flags.every((f) => f.after === true)) {
    return [sentence("blocks all public access (all four settings on)", "すべてのパブリックアクセスをブロックします（4 つの設定がすべて有効）", FLAG_NAMES, WEIGHT.important)];
  }
  const out: Sentence[] = [];
  for (const f of flags) {
    const meaning = PUBLIC_ACCESS_FLAGS[f.name]!;
    const name = code(f.name);
    if (f.after !== true && (creating || f.before === true)) {
      const verb = creating ? { en: "leaves", ja: "を無効のままにします" } : { en: "turns off", ja: "を無効にします" };
      out.push(sentence(`${verb.en} ${name}${creating ? " off" : ""}: ${meaning.off.en}`, ja(name, `${verb.ja}。`, meaning.off.ja), [f.name], WEIGHT.security));
    } else if (!creating && f.after === true && f.before !== true) {
      out.push(sentence(`turns on ${name}: ${meaning.on.en}`, ja(name, "を有効にします。", meaning.on.ja), [f.name], WEIGHT.important));
    }
  }
  return out;
}

export const publicAccessBlockSentences: SentenceFamily = {
  types: ["aws_s3_bucket_public_access_block", "aws_s3_account_public_access_block"],
  describe: describePublicAccessBlock,
};

/** Canned ACLs that open a bucket beyond its owner. */
export const PUBLIC_ACLS: Readonly<Record<string, Text>> = {
  "public-read": { en: "makes the bucket readable by anyone on the internet", ja: "バケットをインターネット上の誰でも読めるようにします" },
  "public-read-write": { en: "lets anyone on the internet read and write the bucket", ja: "バケットをインターネット上の誰でも読み書きできるようにします" },
  "authenticated-read": { en: "lets anyone with an AWS account read the bucket", ja: "AWS アカウントを持つ誰でもバケットを読めるようにします" },
};

function aclSentences(view: ChangeView): Sentence[] {
  if (view.action === "delete" || !view.changed("acl")) return [];
  const acl = asString(view.after("acl"));
  if (!acl) return [];
  const meaning = PUBLIC_ACLS[acl] ?? { en: `sets the bucket ACL`, ja: "バケットの ACL を設定します" };
  const weight = acl in PUBLIC_ACLS ? WEIGHT.security : WEIGHT.normal;
  return [sentence(`${meaning.en} (ACL ${code(acl)})`, `${meaning.ja}（ACL ${code(acl)}）`, ["acl"], weight)];
}

function versioningSentences(view: ChangeView): Sentence[] {
  if (view.action === "delete") return [];
  const attribute = view.type === "aws_s3_bucket_versioning" ? "versioning_configuration" : "versioning";
  if (!view.changed(attribute)) return [];
  const now = block(view.after(attribute));
  const status = asString(now?.status) ?? (asBool(now?.enabled) === true ? "Enabled" : asBool(now?.enabled) === false ? "Suspended" : undefined);
  if (status === "Enabled") {
    return [sentence("turns on versioning: overwritten or deleted objects can be recovered", "バージョニングを有効にします。上書き・削除したオブジェクトを復元できます", [attribute], WEIGHT.important)];
  }
  if (status === "Suspended" || status === "Disabled") {
    return [sentence("suspends versioning: new overwrites and deletions cannot be undone", "バージョニングを停止します。今後の上書き・削除は元に戻せません", [attribute], WEIGHT.important)];
  }
  return [];
}

function forceDestroySentences(view: ChangeView): Sentence[] {
  if (view.action === "delete" || !view.changed("force_destroy") || view.after("force_destroy") !== true) return [];
  return [sentence(
    "lets Terraform delete the bucket even while it still holds objects (`force_destroy`)",
    "オブジェクトが残っていても Terraform がバケットを削除できるようにします（`force_destroy`）",
    ["force_destroy"],
    WEIGHT.important,
  )];
}

export const bucketSentences: SentenceFamily = {
  types: ["aws_s3_bucket", "aws_s3_bucket_acl", "aws_s3_bucket_versioning"],
  describe: (view) => [...aclSentences(view), ...versioningSentences(view), ...forceDestroySentences(view)],
};
