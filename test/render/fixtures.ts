import type { ExplainedPlan } from "../../src/explain/types.js";
import { Sensitive, Unknown } from "../../src/plan/model.js";
import { change, entry, explained, explanation, plan, risk, text } from "./builders.js";

/** A small, realistic plan: an RDS replacement, a risky security group rule, an IAM role, drift and outputs. */
export function webAppPlan(): ExplainedPlan {
  const database = explanation(
    change("aws_db_instance.main", "replace", {
      replaceOrder: "delete-before-create",
      actionReason: "replace_because_cannot_update",
      diffs: [
        { path: ["engine_version"], pathText: "engine_version", before: "13.4", after: "14.1", forcesReplacement: false },
        { path: ["identifier"], pathText: "identifier", before: "app-db", after: "app-db-v2", forcesReplacement: true },
        { path: ["password"], pathText: "password", before: Sensitive.instance, after: Sensitive.instance, forcesReplacement: false },
        { path: ["endpoint"], pathText: "endpoint", before: "app-db.x.rds.amazonaws.com", after: Unknown.instance, forcesReplacement: false },
      ],
    }),
    {
      entry: entry("aws_db_instance", {
        title: text("RDS database", "RDS データベース"),
        what: text("A managed relational database (PostgreSQL, MySQL...).", "マネージドなリレーショナルデータベースです。"),
        analogy: text("Like the database server your app connects to, run for you by AWS.", "アプリが接続する DB サーバーを AWS が運用してくれるものです。"),
        effects: { replace: text("The database is destroyed and recreated: its data is lost unless restored from a snapshot.", "DB が削除され作り直されます。スナップショットから戻さない限りデータは失われます。") },
        docs: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Welcome.html",
        stateful: true,
        related: text("Apps reach it through its endpoint; a new database gets a new endpoint.", "アプリはエンドポイント経由で接続します。"),
      }),
      summary: text("The database app-db is destroyed and recreated as app-db-v2.", "データベース app-db を削除し、app-db-v2 として作り直します。"),
      sentences: [
        text("The engine version goes from `13.4` to `14.1`.", "エンジンのバージョンが `13.4` から `14.1` に上がります。"),
        text('changes `identifier` from `"app-db"` to `"app-db-v2"` (forces replacement)', '`identifier` を `"app-db"` から `"app-db-v2"` に変更します（置き換えが必要）'),
      ],
      risks: [risk("destroy-stateful", "high", "All data in app-db is deleted.")],
    },
  );
  const rule = explanation(
    change("aws_security_group_rule.ssh", "create", {
      after: { cidr_blocks: ["0.0.0.0/0"], from_port: 22, to_port: 22 },
    }),
    {
      entry: entry("aws_security_group_rule", { title: text("Security group rule", "セキュリティグループのルール") }),
      summary: text("Allows SSH (port 22) from anywhere on the internet.", "インターネットのどこからでも SSH（22 番ポート）を許可します。"),
      risks: [risk("open-to-internet", "high", "Port 22 is open to 0.0.0.0/0."), risk("ssh-open", "medium", "SSH should go through a bastion.")],
    },
  );
  const role = explanation(change("module.app.aws_iam_role.task", "update", {
    moduleAddress: "module.app",
    diffs: [{ path: ["tags", "team"], pathText: "tags.team", before: "web", after: "platform", forcesReplacement: false }],
  }), {
    entry: entry("aws_iam_role", { title: text("IAM role", "IAM ロール") }),
    summary: text("The team tag changes from web to platform.", "team タグが web から platform に変わります。"),
  });
  const bucket = explanation(change('aws_s3_bucket.assets["static"]', "create"), {
    entry: entry("aws_s3_bucket", { title: text("S3 bucket", "S3 バケット") }),
    summary: text("A new bucket for static assets.", "静的ファイル用の新しいバケットを作ります。"),
  });
  const drifted = explanation(change("aws_ecs_service.web", "update", {
    diffs: [{ path: ["desired_count"], pathText: "desired_count", before: 2, after: 4, forcesReplacement: false }],
  }), {
    entry: entry("aws_ecs_service", { title: text("ECS service", "ECS サービス") }),
    summary: text("Someone changed desired_count from 2 to 4 outside of Terraform.", "誰かが Terraform の外で desired_count を 2 から 4 に変えました。"),
  });
  const explanations = [database, rule, role, bucket];
  return explained(explanations, {
    drift: [drifted],
    plan: plan({
      changes: explanations.map((item) => item.change),
      drift: [drifted.change],
      outputs: [
        { name: "db_endpoint", action: "update", sensitive: false, before: "app-db.x.rds.amazonaws.com", after: Unknown.instance },
        { name: "db_password", action: "update", sensitive: true, before: Sensitive.instance, after: Sensitive.instance },
        { name: "unchanged", action: "no-op", sensitive: false, before: "a", after: "a" },
      ],
      references: [
        { from: "module.app.aws_iam_role.task", to: "aws_db_instance.main" },
        { from: "aws_security_group_rule.ssh", to: "aws_security_group.web" },
        { from: "aws_s3_bucket.assets", to: "aws_kms_key.assets" },
        { from: "aws_vpc.main", to: "aws_kms_key.assets" },
      ],
    }),
  });
}
