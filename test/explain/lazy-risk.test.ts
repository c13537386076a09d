import { readdirSync, readFileSync } from "node:fs";
import { explainChange, explainPlan } from "../../src/explain/index.js";
import type { ExplainedPlan, Risk } from "../../src/explain/types.js";
import { parsePlans } from "../../src/plan/index.js";
import { change } from "./builders.js";

const plansDir = new URL("../../../shared/corpus/plans/", import.meta.url);
const files = readdirSync(plansDir).filter((name) => name.endsWith(".json")).sort();

const openSsh = { name: "web", ingress: [{ protocol: "tcp", from_port: 22, to_port: 22, cidr_blocks: ["0.0.0.0/0"] }] };

function allRisks(explained: ExplainedPlan): Risk[] {
  return [...explained.explanations, ...explained.drift].flatMap((e) => e.risks);
}

test("a risk keeps the shape of a plain object: own keys in order, serialised, spread, writable", () => {
  const [risk] = explainChange(change({ type: "aws_security_group", before: { name: "web", ingress: [] }, after: openSsh })).risks;
  if (risk === undefined) throw new Error("expected a risk");
  expect(Object.keys(risk)).toEqual(["id", "severity", "message", "why"]);
  const plain = { id: risk.id, severity: risk.severity, message: risk.message, why: risk.why };
  expect(JSON.stringify(risk)).toBe(JSON.stringify(plain));
  expect({ ...risk }).toEqual(plain);
  expect(risk.message.en).toBe("`aws_security_group.this` lets anyone on the internet reach TCP 22 (SSH)");
  // Read twice, the same objects: worded once.
  expect(risk.message).toBe(risk.message);
  expect(risk.why).toBe(risk.why);
  risk.message = { en: "replaced", ja: "置き換え" };
  risk.why = { en: "because", ja: "理由" };
  expect(JSON.parse(JSON.stringify(risk))).toEqual({ id: "open-to-internet", severity: "high", message: { en: "replaced", ja: "置き換え" }, why: { en: "because", ja: "理由" } });
});

test("ids and severities are there at once; the words come when first read", () => {
  const c = change({ type: "aws_db_instance", name: "main", before: { engine: "postgres" }, after: null });
  const [risk] = explainChange(c).risks;
  expect([risk?.id, risk?.severity]).toEqual(["destroy-stateful", "high"]);
  // Nothing was worded yet: the words name the change as it is when they are read.
  c.address = "aws_db_instance.renamed";
  expect(risk?.message.en).toBe("destroys the database `aws_db_instance.renamed` and everything stored in it");
  c.address = "aws_db_instance.main";
  expect(risk?.message.en).toBe("destroys the database `aws_db_instance.renamed` and everything stored in it");
});

/** A plan with a change for every risk rule, most of them missing from the corpus. */
function everyRiskPlan(): string {
  const entry = (address: string, actions: string[], before: object | null, after: object | null, extra: object = {}) => {
    const type = address.split(".")[0] as string;
    const provider = type.startsWith("google") ? "google" : "aws";
    return {
      address,
      mode: "managed",
      type,
      name: address.split(".")[1],
      provider_name: `registry.terraform.io/hashicorp/${provider}`,
      ...(actions.length === 2 ? { action_reason: "replace_because_cannot_update" } : {}),
      change: { actions, before, after, after_unknown: {}, before_sensitive: {}, after_sensitive: {}, ...extra },
    };
  };
  const blocked = { block_public_acls: true, ignore_public_acls: true, block_public_policy: true, restrict_public_buckets: true };
  const policy = (statements: object[]) => JSON.stringify({ Version: "2012-10-17", Statement: statements });
  return JSON.stringify({
    format_version: "1.2",
    resource_changes: [
      entry("aws_s3_bucket_public_access_block.opened", ["update"], blocked, { ...blocked, block_public_policy: false }),
      entry("aws_s3_bucket_public_access_block.removed", ["delete"], blocked, null),
      entry("aws_s3_bucket_acl.site", ["update"], { acl: "private" }, { acl: "public-read" }),
      entry("aws_s3_bucket_policy.site", ["create"], null, { bucket: "site", policy: policy([{ Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "arn:aws:s3:::site/*" }]) }),
      entry("aws_lb.web", ["update"], { enable_deletion_protection: true }, { enable_deletion_protection: false }),
      entry("aws_db_instance.main", ["delete"], { skip_final_snapshot: true, deletion_protection: true }, null),
      entry("aws_db_instance.open", ["update"], { publicly_accessible: false }, { publicly_accessible: true }),
      entry("aws_iam_role_policy_attachment.ci", ["create"], null, { role: "ci", policy_arn: "arn:aws:iam::aws:policy/AdministratorAccess" }),
      entry("google_project_iam_member.owner", ["create"], null, { project: "p", role: "roles/owner", member: "user:a@example.com" }),
      entry("google_storage_bucket_iam_member.public", ["create"], null, { bucket: "b", role: "roles/storage.objectViewer", member: "allUsers" }),
      entry("aws_security_group.web", ["delete", "create"], { name: "web", ingress: [] }, { ...openSsh, name: "web2" }, { replace_paths: [["name"]] }),
      entry("aws_iam_policy.broad", ["create"], null, { policy: policy([{ Effect: "Allow", Action: ["iam:PassRole", "s3:*"], Resource: "*" }, { Effect: "Allow", Principal: { AWS: "*" }, Action: "sts:AssumeRole" }]) }),
    ],
    resource_drift: [
      entry("aws_s3_bucket.logs", ["update"], { bucket: "logs", tags: { a: "1" } }, { bucket: "logs", tags: { a: "2" } }),
      entry("aws_s3_bucket.gone", ["delete"], { bucket: "gone" }, null),
    ],
  });
}

test("risks worded at once and risks worded after rendering's reads say the same, over the corpus and every rule", () => {
  let risks = 0;
  const ids = new Set<string>();
  const differences: string[] = [];
  const inputs = [...files.map((file) => ({ file, bytes: readFileSync(new URL(file, plansDir)) })), { file: "every rule", bytes: Buffer.from(everyRiskPlan()) }];
  for (const { file, bytes } of inputs) {
    const early = parsePlans(bytes).map(explainPlan);
    const earlyWords = JSON.stringify(early.map(allRisks));
    const late = parsePlans(bytes).map(explainPlan);
    // What rendering reads first: every diff, summary and sentence; then the risks' words.
    for (const explained of late) {
      for (const e of [...explained.explanations, ...explained.drift]) {
        void e.change.diffs;
        void e.summary;
        void e.sentences;
      }
    }
    const lateWords = JSON.stringify(late.map(allRisks));
    if (lateWords !== earlyWords) differences.push(file);
    for (const risk of early.flatMap(allRisks)) {
      risks++;
      ids.add(risk.id);
    }
  }
  expect(differences).toEqual([]);
  expect(risks).toBeGreaterThan(150);
  expect([...ids].sort()).toEqual([
    "admin-policy",
    "broad-role",
    "deletion-protection-off",
    "deletion-protection-on",
    "destroy-stateful",
    "drift",
    "iam-passrole",
    "iam-wildcard",
    "no-final-snapshot",
    "open-to-internet",
    "public-iam-member",
    "public-s3",
    "replacement",
    "wildcard-principal",
  ]);
});
