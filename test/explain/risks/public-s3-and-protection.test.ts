import { explainChange } from "../../../src/explain/index.js";
import { change } from "../builders.js";

const risks = (c: Parameters<typeof change>[0]) => explainChange(change(c)).risks;
const allOn = { block_public_acls: true, ignore_public_acls: true, block_public_policy: true, restrict_public_buckets: true };

describe("public S3 buckets", () => {
  it("flags public access block settings turned off or removed", () => {
    const [off] = risks({ type: "aws_s3_bucket_public_access_block", name: "site", before: allOn, after: { ...allOn, block_public_policy: false, restrict_public_buckets: false } });
    expect(off).toEqual(expect.objectContaining({
      id: "public-s3",
      severity: "medium",
      message: {
        en: "`aws_s3_bucket_public_access_block.site` leaves `block_public_policy` and `restrict_public_buckets` off, so the bucket can be made public",
        ja: "`aws_s3_bucket_public_access_block.site` では `block_public_policy`、`restrict_public_buckets` が無効になり、バケットを公開できる状態になります",
      },
    }));
    expect(risks({ type: "aws_s3_bucket_public_access_block", before: allOn, after: null })[0]?.id).toBe("public-s3");
    expect(risks({ type: "aws_s3_bucket_public_access_block", after: allOn })).toEqual([]);
  });

  it("flags public ACLs and bucket policies open to everyone", () => {
    expect(risks({ type: "aws_s3_bucket_acl", after: { acl: "public-read-write" } })[0]).toEqual(expect.objectContaining({ id: "public-s3", severity: "high" }));
    const policy = JSON.stringify({ Statement: [{ Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "arn:aws:s3:::site/*" }] });
    const list = risks({ type: "aws_s3_bucket_policy", name: "site", after: { bucket: "site", policy } });
    expect(list.map((r) => r.id)).toEqual(["public-s3"]);
    expect(list[0]?.message.en).toBe("the bucket policy `aws_s3_bucket_policy.site` lets anyone (`*`) use `s3:GetObject` on `arn:aws:s3:::site/*`, with no condition: the bucket is public");
    const limited = JSON.stringify({ Statement: [{ Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "arn:aws:s3:::site/*", Condition: { IpAddress: { "aws:SourceIp": "203.0.113.0/24" } } }] });
    expect(risks({ type: "aws_s3_bucket_policy", after: { policy: limited } })).toEqual([]);
    expect(risks({ type: "aws_s3_bucket_acl", after: { acl: "private" } })).toEqual([]);
  });
});

describe("deletion protection and final snapshots", () => {
  it("flags protection turned off", () => {
    const [risk] = risks({ type: "aws_lb", name: "web", before: { enable_deletion_protection: true }, after: { enable_deletion_protection: false } });
    expect(risk).toEqual(expect.objectContaining({
      id: "deletion-protection-off",
      severity: "medium",
      message: { en: "turns off deletion protection (`enable_deletion_protection`) on `aws_lb.web`", ja: "`aws_lb.web` の削除保護（`enable_deletion_protection`）を無効にします" },
    }));
    expect(risks({ type: "aws_dynamodb_table", before: { deletion_protection_enabled: false }, after: { deletion_protection_enabled: true } })).toEqual([]);
  });

  it("flags a database destroyed without a final snapshot, and says when protection will stop the destroy", () => {
    const list = risks({ type: "aws_db_instance", name: "main", before: { skip_final_snapshot: true, deletion_protection: true }, after: null });
    expect(list.map((r) => [r.id, r.severity])).toEqual([["destroy-stateful", "high"], ["no-final-snapshot", "high"], ["deletion-protection-on", "low"]]);
    expect(list[1]?.message.en).toBe("`aws_db_instance.main` is destroyed without a final snapshot (`skip_final_snapshot = true`)");
    expect(risks({ type: "aws_db_instance", before: { skip_final_snapshot: false }, after: null }).map((r) => r.id)).toEqual(["destroy-stateful"]);
  });
});
