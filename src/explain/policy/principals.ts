import { code, ja, listEn, listJa } from "../text.js";
import type { Text } from "../types.js";
import { conditionValues, type Principal, type PolicyStatement } from "./document.js";

/** AWS service principals an application engineer meets, by the name people use. */
const SERVICE_NAMES: Readonly<Record<string, string>> = {
  "ecs-tasks.amazonaws.com": "ECS tasks",
  "ecs.amazonaws.com": "ECS",
  "lambda.amazonaws.com": "Lambda",
  "edgelambda.amazonaws.com": "Lambda@Edge",
  "ec2.amazonaws.com": "EC2",
  "eks.amazonaws.com": "EKS",
  "eks-fargate-pods.amazonaws.com": "EKS Fargate pods",
  "pods.eks.amazonaws.com": "EKS Pod Identity",
  "states.amazonaws.com": "Step Functions",
  "events.amazonaws.com": "EventBridge",
  "scheduler.amazonaws.com": "EventBridge Scheduler",
  "apigateway.amazonaws.com": "API Gateway",
  "codebuild.amazonaws.com": "CodeBuild",
  "codepipeline.amazonaws.com": "CodePipeline",
  "codedeploy.amazonaws.com": "CodeDeploy",
  "cloudformation.amazonaws.com": "CloudFormation",
  "rds.amazonaws.com": "RDS",
  "monitoring.rds.amazonaws.com": "RDS Enhanced Monitoring",
  "glue.amazonaws.com": "Glue",
  "sagemaker.amazonaws.com": "SageMaker",
  "firehose.amazonaws.com": "Kinesis Data Firehose",
  "batch.amazonaws.com": "AWS Batch",
  "elasticmapreduce.amazonaws.com": "EMR",
  "backup.amazonaws.com": "AWS Backup",
  "ssm.amazonaws.com": "Systems Manager",
  "s3.amazonaws.com": "S3",
  "sns.amazonaws.com": "SNS",
  "sqs.amazonaws.com": "SQS",
  "logs.amazonaws.com": "CloudWatch Logs",
  "delivery.logs.amazonaws.com": "log delivery",
  "vpc-flow-logs.amazonaws.com": "VPC Flow Logs",
  "cloudtrail.amazonaws.com": "CloudTrail",
  "config.amazonaws.com": "AWS Config",
  "autoscaling.amazonaws.com": "EC2 Auto Scaling",
  "application-autoscaling.amazonaws.com": "Application Auto Scaling",
  "spotfleet.amazonaws.com": "Spot Fleet",
  "elasticloadbalancing.amazonaws.com": "Elastic Load Balancing",
  "cloudfront.amazonaws.com": "CloudFront",
  "appsync.amazonaws.com": "AppSync",
  "build.apprunner.amazonaws.com": "App Runner (build)",
  "tasks.apprunner.amazonaws.com": "App Runner",
  "dms.amazonaws.com": "Database Migration Service",
  "datasync.amazonaws.com": "DataSync",
  "transfer.amazonaws.com": "Transfer Family",
  "redshift.amazonaws.com": "Redshift",
  "es.amazonaws.com": "OpenSearch",
  "opensearchservice.amazonaws.com": "OpenSearch",
  "iot.amazonaws.com": "IoT Core",
  "cognito-idp.amazonaws.com": "Cognito user pools",
  "secretsmanager.amazonaws.com": "Secrets Manager",
};

const ACCOUNT_ID = /^\d{12}$/;
const IAM_ARN = /^arn:aws[\w-]*:(iam|sts)::(\d{12}|\*):(.+)$/;

const IAM_KINDS: Readonly<Record<string, Text>> = {
  role: { en: "role", ja: "ロール" },
  user: { en: "user", ja: "ユーザー" },
  "assumed-role": { en: "role session", ja: "ロールセッション" },
};

function servicePrincipal(id: string): Text {
  const name = SERVICE_NAMES[id];
  if (name) return { en: `the ${name} service (${id})`, ja: `${name} サービス（${id}）` };
  return { en: `the AWS service ${id}`, ja: ja("AWS サービス", id) };
}

function awsPrincipal(id: string): Text {
  if (id === "*") return { en: "any AWS principal (`*`)", ja: "あらゆる AWS プリンシパル（`*`）" };
  if (ACCOUNT_ID.test(id)) return { en: `AWS account ${id}`, ja: ja("AWS アカウント", id) };
  const arn = IAM_ARN.exec(id);
  if (!arn) return { en: code(id), ja: code(id) };
  const account = arn[2]!;
  const resource = arn[3]!;
  if (resource === "root") return { en: `AWS account ${account}`, ja: ja("AWS アカウント", account) };
  const slash = resource.indexOf("/");
  const kind = slash > 0 ? resource.slice(0, slash) : resource;
  const name = resource.slice(resource.lastIndexOf("/") + 1);
  const word = IAM_KINDS[kind] ?? { en: kind, ja: kind };
  const shownName = kind === "assumed-role" ? resource.slice(slash + 1) : name;
  return { en: `${word.en} ${code(shownName)} in account ${account}`, ja: ja("アカウント", account, "の", word.ja, code(shownName)) };
}

function federatedPrincipal(id: string, statement: PolicyStatement): Text {
  const subjects = conditionValues(statement, ":sub").map(code);
  const limit: Text = subjects.length > 0 ? { en: ` for ${listEn(subjects, 3)}`, ja: `（${listJa(subjects, 3)} に限る）` } : { en: "", ja: "" };
  if (id.includes("token.actions.githubusercontent.com")) {
    return { en: `the GitHub Actions OIDC provider (token.actions.githubusercontent.com)${limit.en}`, ja: `GitHub Actions の OIDC プロバイダー（token.actions.githubusercontent.com）${limit.ja}` };
  }
  if (id.includes("oidc.eks.")) {
    return { en: `Kubernetes service accounts through the EKS cluster's OIDC provider${limit.en}`, ja: `EKS クラスターの OIDC プロバイダー経由の Kubernetes サービスアカウント${limit.ja}` };
  }
  if (id.includes("gitlab")) return { en: `GitLab CI through its OIDC provider${limit.en}`, ja: `OIDC プロバイダー経由の GitLab CI${limit.ja}` };
  const saml = id.indexOf(":saml-provider/");
  if (saml >= 0) {
    const name = code(id.slice(saml + ":saml-provider/".length));
    return { en: `users signing in through SAML provider ${name}`, ja: ja("SAML プロバイダー", name, "でサインインしたユーザー") };
  }
  if (id === "cognito-identity.amazonaws.com") return { en: `Amazon Cognito identities${limit.en}`, ja: `Amazon Cognito の ID${limit.ja}` };
  const oidc = id.indexOf(":oidc-provider/");
  const host = oidc >= 0 ? id.slice(oidc + ":oidc-provider/".length) : id;
  return { en: `the identity provider ${code(host)}${limit.en}`, ja: `${ja("ID プロバイダー", code(host))}${limit.ja}` };
}

/** "the ECS tasks service (ecs-tasks.amazonaws.com)", "AWS account 123456789012", "anyone (`*`)". */
export function describePrincipal(principal: Principal, statement: PolicyStatement): Text {
  switch (principal.type) {
    case "*":
      return { en: "anyone (`*`)", ja: "すべての人（`*`）" };
    case "Service":
      return servicePrincipal(principal.id);
    case "AWS":
      return awsPrincipal(principal.id);
    case "Federated":
      return federatedPrincipal(principal.id, statement);
    case "CanonicalUser":
      return { en: `canonical user ${code(principal.id)}`, ja: ja("正規ユーザー", code(principal.id)) };
  }
}

export function describePrincipals(statement: PolicyStatement): Text {
  const words = (statement.principals ?? []).map((p) => describePrincipal(p, statement));
  const joined = { en: listEn(words.map((w) => w.en), 3), ja: listJa(words.map((w) => w.ja), 3) };
  if (!statement.notPrincipal) return joined;
  return { en: `everyone except ${joined.en}`, ja: ja(joined.ja, "以外の全員") };
}

/** A principal that means "anyone": `"*"` or `{"AWS": "*"}`. */
export function isWildcardPrincipal(principal: Principal): boolean {
  return principal.id === "*" && (principal.type === "*" || principal.type === "AWS");
}
