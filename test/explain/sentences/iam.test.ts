import { explainChange } from "../../../src/explain/index.js";
import type { Text } from "../../../src/explain/types.js";
import { change, unknown } from "../builders.js";

function sentences(c: Parameters<typeof change>[0]): Text[] {
  return explainChange(change(c)).sentences;
}

const trust = (statement: object) => JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "sts:AssumeRole", ...statement }] });
const policy = (...statements: object[]) => JSON.stringify({ Version: "2012-10-17", Statement: statements });

describe("IAM sentences", () => {
  it("explains who may take on a role", () => {
    expect(sentences({ type: "aws_iam_role", after: { name: "app", assume_role_policy: trust({ Principal: { Service: "ecs-tasks.amazonaws.com" } }) } })[0]).toEqual({
      en: "lets the ECS tasks service (ecs-tasks.amazonaws.com) take on this role",
      ja: "ECS tasks サービス（ecs-tasks.amazonaws.com）がこのロールを引き受けられるようにします",
    });
    const github = trust({
      Action: "sts:AssumeRoleWithWebIdentity",
      Principal: { Federated: "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com" },
      Condition: { StringLike: { "token.actions.githubusercontent.com:sub": "repo:acme/app:ref:refs/heads/main" } },
    });
    expect(sentences({ type: "aws_iam_role", after: { assume_role_policy: github } })[0]).toEqual({
      en: "lets the GitHub Actions OIDC provider (token.actions.githubusercontent.com) for `repo:acme/app:ref:refs/heads/main` take on this role",
      ja: "GitHub Actions の OIDC プロバイダー（token.actions.githubusercontent.com）（`repo:acme/app:ref:refs/heads/main` に限る）がこのロールを引き受けられるようにします",
    });
    expect(sentences({ type: "aws_iam_role", after: { assume_role_policy: trust({ Principal: { AWS: "arn:aws:iam::123456789012:root" } }) } })[0]?.en).toBe(
      "lets AWS account 123456789012 take on this role",
    );
  });

  it("tells trust changes as who gains and who loses access", () => {
    const before = { assume_role_policy: trust({ Principal: { AWS: "arn:aws:iam::111111111111:role/deployer" } }) };
    const after = { assume_role_policy: trust({ Principal: { AWS: "222222222222" } }) };
    expect(sentences({ type: "aws_iam_role", before, after })).toEqual([
      { en: "now also lets AWS account 222222222222 take on this role", ja: "新たに AWS アカウント 222222222222 がこのロールを引き受けられるようにします" },
      { en: "no longer lets role `deployer` in account 111111111111 take on this role", ja: "アカウント 111111111111 のロール `deployer` はこのロールを引き受けられなくなります" },
    ]);
  });

  it("lists granted actions and resources, and what an update adds or removes", () => {
    const read = { Effect: "Allow", Action: ["s3:GetObject", "s3:ListBucket"], Resource: ["arn:aws:s3:::assets", "arn:aws:s3:::assets/*"] };
    expect(sentences({ type: "aws_iam_policy", after: { name: "assets", policy: policy(read) } })[0]).toEqual({
      en: "grants `s3:GetObject` and `s3:ListBucket` on `arn:aws:s3:::assets` and `arn:aws:s3:::assets/*`",
      ja: "`arn:aws:s3:::assets`、`arn:aws:s3:::assets/*` に対する `s3:GetObject`、`s3:ListBucket` を許可します",
    });
    const write = { Effect: "Allow", Action: "s3:PutObject", Resource: "arn:aws:s3:::assets/*", Condition: { Bool: { "aws:SecureTransport": "true" } } };
    const texts = sentences({ type: "aws_iam_policy", before: { policy: policy(read) }, after: { policy: policy(write) } });
    expect(texts).toEqual([
      { en: "now grants `s3:PutObject` on `arn:aws:s3:::assets/*` (with conditions)", ja: "新たに `arn:aws:s3:::assets/*` に対する `s3:PutObject` を許可します（条件付き）" },
      {
        en: "no longer grants `s3:GetObject` and `s3:ListBucket` on `arn:aws:s3:::assets` and `arn:aws:s3:::assets/*`",
        ja: "`arn:aws:s3:::assets`、`arn:aws:s3:::assets/*` に対する `s3:GetObject`、`s3:ListBucket` の許可をやめます",
      },
    ]);
  });

  it("reads wildcards, NotAction and denies in words", () => {
    const texts = sentences({
      type: "aws_iam_role_policy",
      after: { role: "app", policy: policy({ Effect: "Allow", Action: "*", Resource: "*" }, { Effect: "Deny", NotAction: ["iam:*"], Resource: "*" }) },
    });
    expect(texts.slice(0, 2).map((t) => t.en)).toEqual(["grants every action (`*`) on every resource (`*`)", "denies every action except `iam:*` on every resource (`*`)"]);
    expect(texts[1]?.ja).toBe("すべてのリソース（`*`）に対する `iam:*` 以外のすべての操作を拒否します");
  });

  it("says a policy was rewritten when only formatting or Sid changed", () => {
    const a = policy({ Sid: "A", Effect: "Allow", Action: "s3:GetObject", Resource: "*" });
    const b = policy({ Sid: "B", Effect: "Allow", Action: ["s3:GetObject"], Resource: ["*"] });
    expect(sentences({ type: "aws_iam_policy", before: { policy: a }, after: { policy: b } })).toEqual([
      { en: "rewrites `policy` without changing what it allows", ja: "`policy` を書き換えますが、許可の内容は変わりません" },
    ]);
  });

  it("leaves a policy that is unknown until apply to the generic sentence", () => {
    expect(sentences({ type: "aws_iam_policy", before: { policy: policy({ Effect: "Allow", Action: "s3:GetObject", Resource: "*" }) }, after: { policy: unknown } })).toEqual([
      { en: "`policy` will be known after apply", ja: "`policy` は apply 後に決まります" },
    ]);
  });

  it("explains resource policies by who they let in, and policy document data sources", () => {
    const bucketPolicy = policy({ Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "arn:aws:s3:::site/*" });
    expect(sentences({ type: "aws_s3_bucket_policy", after: { bucket: "site", policy: bucketPolicy } })[0]).toEqual({
      en: "lets anyone (`*`) use `s3:GetObject` on `arn:aws:s3:::site/*`",
      ja: "すべての人（`*`）に `arn:aws:s3:::site/*` に対する `s3:GetObject` を許可します",
    });
    const doc = explainChange(change({ type: "aws_iam_policy_document", mode: "data", action: "read", after: { json: policy({ Effect: "Allow", Action: "sqs:SendMessage", Resource: "arn:aws:sqs:ap-northeast-1:123456789012:jobs" }) } }));
    expect(doc.sentences[0]?.en).toBe("grants `sqs:SendMessage` on `arn:aws:sqs:ap-northeast-1:123456789012:jobs`");
  });

  it("tells managed policy attachments as giving and taking", () => {
    expect(sentences({ type: "aws_iam_role_policy_attachment", after: { role: "deployer", policy_arn: "arn:aws:iam::aws:policy/AdministratorAccess" } })).toEqual([
      { en: "gives role `deployer` the AWS-managed policy `AdministratorAccess`", ja: "ロール `deployer` に AWS 管理ポリシー `AdministratorAccess` を付与します" },
    ]);
    expect(sentences({ type: "aws_iam_user_policy_attachment", action: "delete", before: { user: "ci", policy_arn: "arn:aws:iam::123456789012:policy/deploy" }, after: null })).toEqual([
      { en: "takes the policy `deploy` away from user `ci`", ja: "ユーザー `ci` からポリシー `deploy` を外します" },
    ]);
    expect(sentences({ type: "aws_iam_role_policy_attachment", after: { role: "app", policy_arn: unknown } })[0]?.en).toBe("gives role `app` a policy (known after apply)");
    expect(sentences({
      type: "aws_iam_role",
      before: { managed_policy_arns: ["arn:aws:iam::aws:policy/ReadOnlyAccess"] },
      after: { managed_policy_arns: ["arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"] },
    }).map((t) => t.en)).toEqual([
      "gives this role the AWS-managed policy `AmazonECSTaskExecutionRolePolicy`",
      "takes the AWS-managed policy `ReadOnlyAccess` away from this role",
    ]);
  });

  it("does not claim attachments are taken away when the new list is only known after apply", () => {
    expect(sentences({ type: "aws_iam_role", before: { managed_policy_arns: ["arn:aws:iam::aws:policy/ReadOnlyAccess"] }, after: { managed_policy_arns: unknown } }).map((t) => t.en)).toEqual([
      "`managed_policy_arns` will be known after apply",
    ]);
  });

  it("explains GCP IAM members and bindings, and Azure role assignments", () => {
    expect(sentences({ type: "google_storage_bucket_iam_member", provider: "google", after: { bucket: "assets", role: "roles/storage.objectViewer", member: "allUsers" } })[0]).toEqual({
      en: "gives everyone on the internet (`allUsers`) the role `roles/storage.objectViewer` on `assets`",
      ja: "インターネット上の誰でも（`allUsers`）に `assets` でのロール `roles/storage.objectViewer` を付与します",
    });
    expect(sentences({
      type: "google_project_iam_binding",
      provider: "google",
      before: { project: "p", role: "roles/viewer", members: ["user:a@example.com", "group:ops@example.com"] },
      after: { project: "p", role: "roles/viewer", members: ["user:a@example.com", "serviceAccount:ci@p.iam.gserviceaccount.com"] },
    }).map((t) => t.en)).toEqual([
      "gives service account `ci@p.iam.gserviceaccount.com` the role `roles/viewer` on `p`",
      "takes the role `roles/viewer` on `p` away from group `ops@example.com`",
    ]);
    expect(sentences({ type: "azurerm_role_assignment", provider: "azurerm", after: { principal_id: "0000-1111", role_definition_name: "Reader", scope: "/subscriptions/s1" } })[0]).toEqual({
      en: "gives principal `0000-1111` the role `Reader` on `/subscriptions/s1`",
      ja: "プリンシパル `0000-1111` に `/subscriptions/s1` でのロール `Reader` を付与します",
    });
  });
});
