import { explainChange } from "../../../src/explain/index.js";
import { change } from "../builders.js";

const sentences = (c: Parameters<typeof change>[0]) => explainChange(change(c)).sentences;
const allOn = { block_public_acls: true, ignore_public_acls: true, block_public_policy: true, restrict_public_buckets: true };

describe("S3 sentences", () => {
  it("says a new public access block blocks everything", () => {
    expect(sentences({ type: "aws_s3_bucket_public_access_block", after: { bucket: "b", ...allOn } })[0]).toEqual({
      en: "blocks all public access (all four settings on)",
      ja: "すべてのパブリックアクセスをブロックします（4 つの設定がすべて有効）",
    });
  });

  it("tells each protection turned off or on, and what it means", () => {
    const texts = sentences({ type: "aws_s3_bucket_public_access_block", before: { ...allOn, restrict_public_buckets: false }, after: { ...allOn, block_public_policy: false, restrict_public_buckets: true } });
    expect(texts).toEqual([
      { en: "turns off `block_public_policy`: a bucket policy can make the bucket public", ja: "`block_public_policy` を無効にします。バケットポリシーでバケットを公開できます" },
      {
        en: "turns on `restrict_public_buckets`: even with a public policy, only AWS services and the owner's account get in",
        ja: "`restrict_public_buckets` を有効にします。公開ポリシーがあっても、AWS サービスと所有者のアカウントしかアクセスできません",
      },
    ]);
  });

  it("warns when the block is removed", () => {
    expect(sentences({ type: "aws_s3_bucket_public_access_block", before: allOn, after: null })[0]?.en).toBe(
      "removes the public access block: ACLs and bucket policies can make the bucket public again",
    );
  });

  it("tells public ACLs, versioning and force_destroy", () => {
    expect(sentences({ type: "aws_s3_bucket_acl", after: { bucket: "b", acl: "public-read" } })[0]).toEqual({
      en: "makes the bucket readable by anyone on the internet (ACL `public-read`)",
      ja: "バケットをインターネット上の誰でも読めるようにします（ACL `public-read`）",
    });
    expect(sentences({ type: "aws_s3_bucket_versioning", before: { versioning_configuration: [{ status: "Enabled" }] }, after: { versioning_configuration: [{ status: "Suspended" }] } })[0]?.en).toBe(
      "suspends versioning: new overwrites and deletions cannot be undone",
    );
    expect(sentences({ type: "aws_s3_bucket", before: { bucket: "b", force_destroy: false }, after: { bucket: "b", force_destroy: true } })[0]?.en).toBe(
      "lets Terraform delete the bucket even while it still holds objects (`force_destroy`)",
    );
  });
});
