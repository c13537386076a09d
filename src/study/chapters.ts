/**
 * The chapters of the guide, in the order a newcomer should read them, and
 * which resource types belong to each. Types no rule matches (including
 * every unknown provider) go to "everything else".
 */
import type { Text } from "../explain/types.js";

export type ChapterId = "access" | "network" | "entry" | "compute" | "data" | "observability" | "other";

export const CHAPTER_ORDER: readonly ChapterId[] = ["access", "network", "entry", "compute", "data", "observability", "other"];

export const CHAPTER_TITLES: Readonly<Record<ChapterId, Text>> = {
  access: { en: "Access: who may do what", ja: "アクセス: 誰が何をできるか" },
  network: { en: "Network: who can reach what", ja: "ネットワーク: 誰がどこへ届くか" },
  entry: { en: "Entry points: how a request gets in", ja: "入口: リクエストはどこから入るか" },
  compute: { en: "Containers and compute: where your code runs", ja: "コンテナとコンピュート: コードが動く場所" },
  data: { en: "Data: databases, storage and keys", ja: "データ: データベース、ストレージ、鍵" },
  observability: { en: "Observability: logs, metrics and alarms", ja: "可観測性: ログ、メトリクス、アラーム" },
  other: { en: "Everything else", ja: "その他" },
};

export const CHAPTER_INTROS: Readonly<Record<ChapterId, Text>> = {
  access: {
    en: "Nothing in the cloud acts without an identity. This chapter names the identities in your configuration (roles, users, service accounts), who may become them, and what they are allowed to do. Read it first: every later chapter relies on these permissions.",
    ja: "クラウドでは、何をするにも ID（身元）が必要です。この章では、設定にある ID（ロール、ユーザー、サービスアカウント）と、誰がそれになれるか、何が許されているかを示します。後の章はすべてこの権限の上に成り立つので、最初に読んでください。",
  },
  network: {
    en: "Your private network, the subnets it is cut into, the routes out to the internet, and the firewall rules (security groups) that decide which traffic may come in. The table of allowed flows answers \"can A talk to B?\".",
    ja: "プライベートネットワーク、それを分けたサブネット、インターネットへの経路、そしてどの通信を通すかを決めるファイアウォールルール（セキュリティグループ）です。許可された通信の表が「A から B に届くか？」に答えます。",
  },
  entry: {
    en: "The path a user's request takes into your system: a DNS name, a load balancer, the listener and rules that pick where it goes, and the target group that hands it to your running code.",
    ja: "ユーザーのリクエストがシステムに入る道筋です。DNS 名、ロードバランサー、行き先を決めるリスナーとルール、そして動いているコードに渡すターゲットグループの順に進みます。",
  },
  compute: {
    en: "Where your application actually runs: the image registry, the task definition that describes the containers, the service that keeps them running, and the cluster they run in (or the virtual machines and functions).",
    ja: "アプリケーションが実際に動く場所です。イメージを置くレジストリ、コンテナを記述するタスク定義、それを動かし続けるサービス、そして動く先のクラスター（あるいは仮想マシンや関数）です。",
  },
  data: {
    en: "Where data lives and how it is protected: databases, buckets, caches and the encryption keys. These hold state: deleting them loses data, so changes here deserve the most care.",
    ja: "データがどこにあり、どう守られているかです。データベース、バケット、キャッシュ、暗号鍵がここに入ります。これらは状態を持つので、削除するとデータが失われます。変更には最も注意が必要です。",
  },
  observability: {
    en: "How you see what is happening: where logs go, which metrics are watched, and which alarms fire (and what they trigger).",
    ja: "何が起きているかを見る仕組みです。ログの行き先、監視しているメトリクス、鳴るアラーム（とそれが起こす動作）を示します。",
  },
  other: {
    en: "Resources that do not fit the chapters above: helpers such as random names, and services this guide has no chapter for.",
    ja: "ここまでの章に当てはまらないリソースです。ランダムな名前のような補助的なものや、この手引きに専用の章がないサービスです。",
  },
};

/** Most specific first: the first matching rule decides. */
const RULES: readonly [RegExp, ChapterId][] = [
  // Access: identities, trust and permissions.
  [/^aws_(iam|ssoadmin|identitystore|lambda_permission)(_|$)/, "access"],
  [/^google_.*_iam_(member|binding|policy)$/, "access"],
  [/^google_(service_account|project_iam_custom_role|organization_iam|iam_)/, "access"],
  [/^azurerm_(role_assignment|role_definition|user_assigned_identity|federated_identity_credential)(_|$)/, "access"],
  [/^azuread_/, "access"],
  // Entry points: DNS, CDN, load balancers and what they route to.
  [/^aws_(route53|lb|alb|elb|acm|cloudfront|api_gateway|apigatewayv2|globalaccelerator|wafv2|waf|shield)(_|$)/, "entry"],
  [/^google_dns_/, "entry"],
  [/^google_certificate_manager_/, "entry"],
  [
    /^google_compute_(global_forwarding_rule|forwarding_rule|target_https?_proxy|target_(ssl|tcp)_proxy|url_map|region_url_map|backend_service|region_backend_service|backend_bucket|health_check|region_health_check|managed_ssl_certificate|ssl_certificate|security_policy|(global_|region_)?network_endpoint_group)$/,
    "entry",
  ],
  [/^azurerm_(lb|application_gateway|frontdoor|cdn|dns|network_interface_backend_address_pool_association|traffic_manager|web_application_firewall|api_management)(_|$)/, "entry"],
  // Observability (before the network rules: aws_flow_log, and CloudWatch Events are not logs).
  [/^aws_cloudwatch_event_/, "other"],
  [/^aws_(cloudwatch|cloudtrail|flow_log|xray)(_|$)/, "observability"],
  [/^google_(monitoring|logging)_/, "observability"],
  [/^azurerm_(monitor|log_analytics|application_insights)(_|$)/, "observability"],
  // Network.
  [
    /^aws_(default_)?(vpc|subnet|route_table|route|main_route_table_association|internet_gateway|egress_only_internet_gateway|nat_gateway|eip|security_group|network_acl|network_interface|vpn_gateway|vpn_connection|customer_gateway|ec2_transit_gateway|ec2_managed_prefix_list|vpc_security_group)(_|$)/,
    "network",
  ],
  [/^google_compute_(network|subnetwork|firewall|router|route|address|global_address|network_peering|vpn_gateway|ha_vpn_gateway|vpn_tunnel|interconnect_attachment)(_|$)/, "network"],
  [/^google_(vpc_access_connector|service_networking_connection)$/, "network"],
  [/^azurerm_(virtual_network|subnet|network_security|network_interface|public_ip|nat_gateway|route_table|route|firewall|private_endpoint|private_dns|virtual_hub|virtual_wan|vpn|express_route|network_watcher|bastion_host)(_|$)/, "network"],
  // Containers and compute.
  [/^aws_(ecr|ecrpublic|ecs|eks|appautoscaling|instance|launch_template|launch_configuration|autoscaling|lambda|apprunner|batch|elastic_beanstalk|lightsail|key_pair|spot)(_|$)/, "compute"],
  [/^google_(cloud_run|cloudfunctions2?|container|artifact_registry|app_engine|compute_instance|compute_region_instance|compute_instance_group|compute_autoscaler|compute_region_autoscaler)(_|$)/, "compute"],
  [/^azurerm_(container|kubernetes|linux_virtual_machine|windows_virtual_machine|virtual_machine|orchestrated_virtual_machine|service_plan|app_service|linux_web_app|windows_web_app|function_app|linux_function_app|windows_function_app|container_app)(_|$)/, "compute"],
  // Data.
  [/^aws_(db|rds|s3|kms|dynamodb|elasticache|secretsmanager|ssm_parameter|efs|ebs|backup|redshift|docdb|neptune|opensearch|elasticsearch|memorydb|glacier)(_|$)/, "data"],
  [/^google_(sql|storage|kms|secret_manager|bigquery|redis|spanner|bigtable|firestore|filestore|alloydb|memcache|compute_disk)(_|$)/, "data"],
  [/^azurerm_(storage|mssql|sql|postgresql|mysql|mariadb|key_vault|cosmosdb|redis|managed_disk)(_|$)/, "data"],
];

export function chapterOf(type: string): ChapterId {
  for (const [pattern, chapter] of RULES) if (pattern.test(type)) return chapter;
  return "other";
}
