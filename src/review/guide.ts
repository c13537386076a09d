/*
 * "What to look at": a short checklist for the co-reviewer, an application engineer who is not
 * expected to know the infrastructure. Risks flagged on the plan come first (they are the reason a
 * second pair of eyes matters), then one hint per family of resource types in the PR, then one
 * question that fits every change. Each item is a concrete thing to check, not a lecture.
 */

export interface GuideInput {
  /** Risk ids flagged on the plan (src/explain/risks), in any order. */
  riskIds: string[];
  /** Resource types changed in the plan. */
  types: string[];
}

export interface GuideItem {
  /** The risk id or type family this item comes from. */
  topic: string;
  en: string;
  ja: string;
}

interface Hint {
  en: string;
  ja: string;
}

/**
 * The risk ids of src/explain/risks, in the order they are shown (most consequential first).
 * An id missing here still gets a generic item naming it.
 */
const RISK_HINTS: Record<string, Hint> = {
  "destroy-stateful": {
    en: "Data will be deleted: check that a recent backup or snapshot exists and that the delete is intended (a rename can look like delete + create).",
    ja: "データが消える変更です。直近のバックアップやスナップショットがあるか、本当に削除してよいか（名前の変更が削除＋作成に見えていないか）を確認しましょう。",
  },
  "no-final-snapshot": {
    en: "A database goes without a final snapshot: ask which backup the data could be restored from after this.",
    ja: "最終スナップショットなしでデータベースが削除されます。削除後にどのバックアップから戻せるのか聞きましょう。",
  },
  "public-s3": {
    en: "A bucket can become public: check the public access block, the ACL and any Principal “*” in the bucket policy.",
    ja: "バケットが公開され得ます。パブリックアクセスブロック、ACL、バケットポリシーの Principal「*」を確認しましょう。",
  },
  "public-iam-member": {
    en: "A role is granted to allUsers or allAuthenticatedUsers: check that this really must be public.",
    ja: "allUsers や allAuthenticatedUsers にロールが付与されます。本当に公開が必要か確認しましょう。",
  },
  "wildcard-principal": {
    en: "A policy lets in any AWS account (Principal “*”): check for a condition that limits it to your account or organisation.",
    ja: "ポリシーがあらゆる AWS アカウント（Principal「*」）を許可しています。自分のアカウントや組織に絞る条件があるか確認しましょう。",
  },
  "open-to-internet": {
    en: "Something opens to the whole internet (0.0.0.0/0 or ::/0): check which port, and whether it should sit behind a load balancer or VPN instead.",
    ja: "インターネット全体（0.0.0.0/0 や ::/0）に開く変更です。どのポートか、ロードバランサーや VPN の内側に置くべきでないかを確認しましょう。",
  },
  "admin-policy": {
    en: "An administrator-level policy is attached: ask why the application needs it and which narrower policy would do.",
    ja: "管理者レベルのポリシーが付きます。アプリケーションになぜ必要か、より狭いポリシーで足りないか聞きましょう。",
  },
  "iam-passrole": {
    en: "iam:PassRole on every role: ask which role ARNs the application really passes, and list only those.",
    ja: "すべてのロールに対する iam:PassRole です。実際に渡すロールの ARN はどれか聞き、それだけに絞りましょう。",
  },
  "iam-wildcard": {
    en: "A permission uses “*”: ask which actions and resources are really needed, and whether it can be narrowed.",
    ja: "権限に「*」が使われています。本当に必要な操作とリソースは何か、絞れないかを聞きましょう。",
  },
  "broad-role": {
    en: "An Owner/Editor-style role is granted: ask which narrower predefined role matches the job.",
    ja: "Owner や Editor のような広いロールが付与されます。仕事に合った、より狭い定義済みロールがないか聞きましょう。",
  },
  replacement: {
    en: "Something is destroyed and created again: find the attribute marked “forces replacement”, ask about downtime, and what still points at the old ID or address.",
    ja: "リソースが削除されて作り直されます。「forces replacement」の属性を探し、停止時間と、古い ID やアドレスを参照しているものがないかを聞きましょう。",
  },
  "deletion-protection-off": {
    en: "Deletion protection is turned off: ask why, and whether deleting is the next step.",
    ja: "削除保護が外されます。理由と、次に削除するつもりなのかを聞きましょう。",
  },
  "deletion-protection-on": {
    en: "Deletion protection will make this apply fail: check whether the delete is intended (it then takes two steps).",
    ja: "削除保護のためこの apply は失敗します。削除が意図したものか確認しましょう（その場合は2段階の作業になります）。",
  },
  drift: {
    en: "Something was changed outside Terraform: ask whether this apply should undo it, or the code should be updated to keep it.",
    ja: "Terraform の外で変更されたものがあります。この apply で元に戻してよいか、変更を残すためにコードを直すべきかを聞きましょう。",
  },
};

interface TypeFamily extends Hint {
  id: string;
  pattern: RegExp;
}

/** One hint per family; the first family whose pattern matches a type wins. */
const TYPE_FAMILIES: TypeFamily[] = [
  {
    id: "iam",
    pattern: /^(aws_iam_|google_.*_iam_|azurerm_role_)/,
    en: "Permissions: read the policy as a sentence — who (Principal) may do what (Action) to which resources (Resource).",
    ja: "権限: ポリシーを文として読みましょう。だれが（Principal）、何を（Action）、どのリソースに（Resource）できるか。",
  },
  {
    id: "network-access",
    pattern: /^(aws_security_group|aws_vpc_security_group_|aws_network_acl|google_compute_firewall|azurerm_network_security_)/,
    en: "Firewall rules: which ports are opened, and to which sources (address ranges or other groups).",
    ja: "ファイアウォール: どのポートを、どの送信元（アドレス範囲や他のグループ）に開けるか。",
  },
  {
    id: "database",
    pattern: /^(aws_db_|aws_rds_|aws_dynamodb_|aws_elasticache_|google_sql_|azurerm_(mssql|postgresql|mysql)_)/,
    en: "Databases: backups, deletion protection, and whether the change restarts or replaces the database.",
    ja: "データベース: バックアップ、削除保護、変更で再起動や作り直しが起きないか。",
  },
  {
    id: "containers",
    pattern: /^(aws_ecs_|aws_eks_|google_container_|google_cloud_run_|azurerm_kubernetes_)/,
    en: "Containers: image tag, CPU/memory and desired count — does the new version roll out without downtime?",
    ja: "コンテナ: イメージのタグ、CPU・メモリ、希望タスク数。停止せずに新しい版へ切り替わるか。",
  },
  {
    id: "functions",
    pattern: /^(aws_lambda_|google_cloudfunctions|azurerm_(linux_|windows_)?function_app)/,
    en: "Functions: runtime, timeout and memory, no secrets in plain environment variables, and who may invoke it.",
    ja: "関数: ランタイム、タイムアウト、メモリ。環境変数に秘密情報をそのまま書いていないか、だれが呼び出せるか。",
  },
  {
    id: "storage",
    pattern: /^(aws_s3_|google_storage_|azurerm_storage_)/,
    en: "Storage: public access, versioning, and lifecycle rules that could delete objects.",
    ja: "ストレージ: 公開設定、バージョニング、オブジェクトを消すライフサイクルルール。",
  },
  {
    id: "traffic",
    pattern: /^(aws_lb|aws_alb|aws_cloudfront_|aws_apigatewayv2?_|google_compute_(url_map|backend_service)|azurerm_(lb|application_gateway))/,
    en: "Traffic: listener and routing rules, health-check path, and which targets receive requests after the change.",
    ja: "通信の入口: リスナーとルーティングのルール、ヘルスチェックのパス、変更後にどこへリクエストが届くか。",
  },
  {
    id: "dns",
    pattern: /^(aws_route53_|google_dns_|azurerm_dns_)/,
    en: "DNS: record name, target and TTL.",
    ja: "DNS: レコード名、向き先、TTL。",
  },
  {
    id: "keys-and-secrets",
    pattern: /^(aws_kms_|aws_secretsmanager_|aws_ssm_parameter|google_kms_|google_secret_manager_|azurerm_key_vault)/,
    en: "Keys and secrets: who can read or use them; a deleted key makes the data it protects unreadable.",
    ja: "鍵と秘密情報: だれが読めるか・使えるか。鍵を消すと、それで守られたデータは読めなくなります。",
  },
  {
    id: "scaling",
    pattern: /^(aws_autoscaling_|aws_appautoscaling_|google_compute_autoscaler|azurerm_monitor_autoscale)/,
    en: "Scaling: minimum, maximum and desired counts, and the thresholds that add or remove capacity.",
    ja: "スケーリング: 最小・最大・希望台数と、増減のしきい値。",
  },
  {
    id: "messaging",
    pattern: /^(aws_sqs_|aws_sns_|aws_kinesis_|google_pubsub_|azurerm_servicebus_)/,
    en: "Queues and topics: message retention, dead-letter queue, and who may publish or subscribe.",
    ja: "キューとトピック: メッセージの保持期間、デッドレターキュー、だれが送受信できるか。",
  },
  {
    id: "monitoring",
    pattern: /^(aws_cloudwatch_|google_monitoring_|google_logging_|azurerm_monitor_)/,
    en: "Monitoring: alarm thresholds, who gets notified, and how long logs are kept.",
    ja: "監視: アラームのしきい値、通知先、ログの保存期間。",
  },
];

const ALWAYS: GuideItem = {
  topic: "rollback",
  en: "Ask the author: how will we know it worked, and how do we roll back if it did not?",
  ja: "作成者に聞きましょう: うまくいったことをどう確かめるか、だめだったらどう戻すか。",
};

/** At most `limit` specific items, most important first, then the question that fits every change. */
export function reviewGuide(input: GuideInput, limit = 5): GuideItem[] {
  const items: GuideItem[] = [];
  const topics = new Set<string>();
  const add = (item: GuideItem): void => {
    if (topics.has(item.topic) || items.length >= limit) return;
    topics.add(item.topic);
    items.push(item);
  };

  const risks = [...new Set(input.riskIds)];
  for (const id of Object.keys(RISK_HINTS)) {
    const hint = RISK_HINTS[id];
    if (hint && risks.includes(id)) add({ topic: id, ...hint });
  }
  for (const id of risks) {
    if (!(id in RISK_HINTS)) add(unknownRisk(id));
  }
  for (const family of TYPE_FAMILIES) {
    if (input.types.some((type) => family.pattern.test(type))) add({ topic: family.id, en: family.en, ja: family.ja });
  }
  if (items.length === 0) {
    add({
      topic: "general",
      en: "Read the one-line explanation of each change in the plan comment; ask about anything you cannot explain back in your own words.",
      ja: "プランのコメントで各変更の一行説明を読み、自分の言葉で説明できないところを質問しましょう。",
    });
  }
  return [...items, ALWAYS];
}

/** Risk ids this guide has specific advice for (others get a generic item naming the id). */
export const GUIDED_RISK_IDS = Object.keys(RISK_HINTS);

function unknownRisk(id: string): GuideItem {
  return {
    topic: id,
    en: `The plan flags the risk “${id}”: read its explanation in the comment and ask the author how it was checked.`,
    ja: `プランでリスク「${id}」が指摘されています。コメントの説明を読み、作成者にどう確認したか聞きましょう。`,
  };
}
