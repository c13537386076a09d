import { explainChange } from "../../../src/explain/index.js";
import { change } from "../builders.js";

const risks = (c: Parameters<typeof change>[0]) => explainChange(change(c)).risks;
const policy = (...statements: object[]) => JSON.stringify({ Version: "2012-10-17", Statement: statements });

describe("IAM risks", () => {
  it("rates `*` actions high, service wildcards medium and `*` resources low", () => {
    const [star] = risks({ type: "aws_iam_policy", name: "admin", after: { policy: policy({ Effect: "Allow", Action: "*", Resource: "*" }) } });
    expect(star).toEqual({
      id: "iam-wildcard",
      severity: "high",
      message: {
        en: "`aws_iam_policy.admin` uses wildcards: grants every action (`*`) on every resource (`*`)",
        ja: "`aws_iam_policy.admin` はワイルドカードを使っています: すべてのリソース（`*`）に対するすべての操作（`*`）を許可します",
      },
      why: expect.objectContaining({ en: expect.stringContaining("List the actions and resources it really uses") }),
    });
    expect(risks({ type: "aws_iam_role_policy", after: { policy: policy({ Effect: "Allow", Action: "s3:*", Resource: "arn:aws:s3:::b/*" }) } })[0]?.severity).toBe("medium");
    expect(risks({ type: "aws_iam_role_policy", after: { policy: policy({ Effect: "Allow", Action: "logs:PutLogEvents", Resource: "*" }) } })[0]?.severity).toBe("low");
    expect(risks({ type: "aws_iam_role_policy", after: { policy: policy({ Effect: "Allow", NotAction: "iam:*", Resource: "*" }) } })[0]?.severity).toBe("high");
  });

  it("flags only what an update adds, and never a Deny", () => {
    const old = { Effect: "Allow", Action: "*", Resource: "*" };
    expect(risks({ type: "aws_iam_policy", before: { policy: policy(old), description: "a" }, after: { policy: policy(old), description: "b" } })).toEqual([]);
    expect(risks({ type: "aws_iam_policy", after: { policy: policy({ Effect: "Deny", Action: "*", Resource: "*" }) } })).toEqual([]);
  });

  it("flags iam:PassRole on every role", () => {
    const list = risks({ type: "aws_iam_policy", name: "ci", after: { policy: policy({ Effect: "Allow", Action: ["iam:PassRole"], Resource: "*" }) } });
    expect(list.map((r) => [r.id, r.severity])).toEqual([["iam-passrole", "high"], ["iam-wildcard", "low"]]);
    expect(list[0]?.message.en).toBe("`aws_iam_policy.ci` allows `iam:PassRole` on every role (`*`)");
  });

  it("flags a wildcard principal without a condition, and not with one", () => {
    const open = { Effect: "Allow", Principal: { AWS: "*" }, Action: "sts:AssumeRole" };
    const [risk] = risks({ type: "aws_iam_role", name: "shared", after: { assume_role_policy: policy(open) } });
    expect(risk?.id).toBe("wildcard-principal");
    expect(risk?.message.en).toBe("`aws_iam_role.shared` lets any AWS principal (`*`) take on this role, with no condition");
    expect(risks({ type: "aws_iam_role", after: { assume_role_policy: policy({ ...open, Condition: { StringEquals: { "aws:PrincipalOrgID": "o-123" } } }) } })).toEqual([]);
    expect(risks({ type: "aws_sqs_queue_policy", after: { policy: policy({ Effect: "Allow", Principal: "*", Action: "sqs:SendMessage", Resource: "arn:aws:sqs:us-east-1:1:q" }) } }).map((r) => r.id)).toEqual(["wildcard-principal"]);
  });

  it("flags administrator policies attached to a role", () => {
    const [risk] = risks({ type: "aws_iam_role_policy_attachment", after: { role: "ci", policy_arn: "arn:aws:iam::aws:policy/AdministratorAccess" } });
    expect(risk).toEqual(expect.objectContaining({ id: "admin-policy", severity: "high", message: { en: "gives role `ci` the AWS-managed policy `AdministratorAccess`", ja: "ロール `ci` に AWS 管理ポリシー `AdministratorAccess` を付与します" } }));
    expect(risks({ type: "aws_iam_role_policy_attachment", after: { role: "ci", policy_arn: "arn:aws:iam::aws:policy/PowerUserAccess" } })[0]?.severity).toBe("medium");
    expect(risks({ type: "aws_iam_role_policy_attachment", after: { role: "ci", policy_arn: "arn:aws:iam::aws:policy/ReadOnlyAccess" } })).toEqual([]);
    expect(risks({ type: "aws_iam_role_policy_attachment", before: { role: "ci", policy_arn: "arn:aws:iam::aws:policy/AdministratorAccess" }, after: null })).toEqual([]);
  });

  it("flags GCP roles given to everyone, and broad basic roles", () => {
    const [everyone] = risks({ type: "google_storage_bucket_iam_member", provider: "google", after: { bucket: "b", role: "roles/storage.objectViewer", member: "allUsers" } });
    expect(everyone?.id).toBe("public-iam-member");
    expect(everyone?.severity).toBe("high");
    expect(risks({ type: "google_project_iam_member", provider: "google", after: { project: "p", role: "roles/owner", member: "user:a@example.com" } })[0]).toEqual(
      expect.objectContaining({ id: "broad-role", severity: "medium", message: { en: "grants the broad role `roles/owner` to `user:a@example.com`", ja: "`user:a@example.com` に広い権限のロール `roles/owner` を付与します" } }),
    );
  });
});
