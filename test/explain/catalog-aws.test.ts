import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { awsEntries } from "../../src/explain/catalog/aws/index.js";
import type { CatalogEntry, Text } from "../../src/explain/types.js";

const plansDir = fileURLToPath(new URL("../../../shared/corpus/plans/", import.meta.url));

// Hiragana, katakana, CJK ideographs.
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const TYPE_NAME = /^aws_[a-z0-9_]+$/;
const TYPE_MENTION = /\baws_[a-z0-9_]+/g;

/** Decodes a plan file whatever its encoding (UTF-8 with or without BOM, UTF-16 LE/BE). */
function decodePlan(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  return new TextDecoder("utf-8").decode(bytes);
}

function parsePlan(file: string): unknown {
  try {
    return JSON.parse(decodePlan(readFileSync(plansDir + file)));
  } catch {
    return undefined; // wrapped or truncated files are another module's concern
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Types of resource_changes, plus every data source type mentioned anywhere in the plan. */
function collectCorpusTypes(): { changed: Set<string>; dataSources: Set<string>; parsedFiles: number } {
  const changed = new Set<string>();
  const dataSources = new Set<string>();
  let parsedFiles = 0;
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (isRecord(node)) {
      if (node.mode === "data" && typeof node.type === "string") dataSources.add(node.type);
      Object.values(node).forEach(walk);
    }
  };
  for (const file of readdirSync(plansDir).filter((name) => name.endsWith(".json"))) {
    const plan = parsePlan(file);
    if (!isRecord(plan)) continue;
    parsedFiles += 1;
    const changes = Array.isArray(plan.resource_changes) ? plan.resource_changes : [];
    for (const change of changes) {
      if (isRecord(change) && typeof change.type === "string") changed.add(change.type);
    }
    walk(plan);
  }
  const onlyAws = (types: Set<string>) => new Set([...types].filter((type) => type.startsWith("aws_")));
  return { changed: onlyAws(changed), dataSources: onlyAws(dataSources), parsedFiles };
}

/** Types that exist only as data sources: they are read, never created, so they carry no effects. */
const DATA_SOURCE_ONLY = new Set([
  "aws_iam_policy_document",
  "aws_caller_identity",
  "aws_region",
  "aws_partition",
  "aws_arn",
  "aws_canonical_user_id",
  "aws_default_tags",
  "aws_elb_service_account",
  "aws_availability_zones",
  "aws_subnet_ids",
  "aws_subnets",
  "aws_eks_cluster_auth",
  "aws_cloudwatch_log_groups",
]);

/** The concepts the team studies first (IAM, network, containers) plus the brief's core list. */
const CORE_TYPES = [
  // IAM
  "aws_iam_user", "aws_iam_group", "aws_iam_group_membership", "aws_iam_role", "aws_iam_policy",
  "aws_iam_role_policy", "aws_iam_role_policy_attachment", "aws_iam_user_policy",
  "aws_iam_user_policy_attachment", "aws_iam_group_policy", "aws_iam_policy_attachment",
  "aws_iam_instance_profile", "aws_iam_access_key", "aws_iam_openid_connect_provider",
  "aws_iam_account_password_policy", "aws_iam_policy_document",
  // Route 53
  "aws_route53_zone", "aws_route53_record", "aws_route53_health_check", "aws_route53_query_log",
  // Load balancing
  "aws_lb", "aws_alb", "aws_lb_listener", "aws_alb_listener", "aws_lb_listener_rule",
  "aws_lb_target_group", "aws_alb_target_group", "aws_lb_target_group_attachment", "aws_elb",
  // Security groups
  "aws_security_group", "aws_security_group_rule", "aws_vpc_security_group_ingress_rule",
  "aws_vpc_security_group_egress_rule", "aws_default_security_group",
  // ECS, ECR
  "aws_ecs_cluster", "aws_ecs_service", "aws_ecs_task_definition", "aws_ecs_capacity_provider",
  "aws_ecr_repository", "aws_ecr_lifecycle_policy", "aws_ecr_repository_policy",
  // VPC
  "aws_vpc", "aws_subnet", "aws_default_vpc", "aws_default_subnet", "aws_route_table", "aws_route",
  "aws_route_table_association", "aws_nat_gateway", "aws_internet_gateway", "aws_eip",
  "aws_eip_association", "aws_vpc_endpoint", "aws_network_acl", "aws_flow_log",
  "aws_network_interface", "aws_vpn_gateway", "aws_customer_gateway",
  // S3
  "aws_s3_bucket", "aws_s3_bucket_policy", "aws_s3_bucket_public_access_block",
  "aws_s3_bucket_versioning", "aws_s3_bucket_server_side_encryption_configuration",
  "aws_s3_bucket_lifecycle_configuration", "aws_s3_bucket_acl", "aws_s3_bucket_logging",
  "aws_s3_bucket_ownership_controls", "aws_s3_bucket_object_lock_configuration", "aws_s3_object",
  "aws_s3_bucket_object",
  // RDS
  "aws_db_instance", "aws_rds_cluster", "aws_db_subnet_group", "aws_db_parameter_group",
  "aws_db_option_group", "aws_db_security_group",
  // CloudWatch, EventBridge
  "aws_cloudwatch_log_group", "aws_cloudwatch_metric_alarm", "aws_cloudwatch_event_rule",
  "aws_cloudwatch_event_target", "aws_cloudwatch_log_resource_policy",
  // Lambda, ACM, KMS, SSM, Secrets Manager
  "aws_lambda_function", "aws_lambda_permission", "aws_acm_certificate",
  "aws_acm_certificate_validation", "aws_kms_key", "aws_kms_alias", "aws_ssm_parameter",
  "aws_secretsmanager_secret", "aws_secretsmanager_secret_version",
  // Data sources
  "aws_caller_identity", "aws_availability_zones", "aws_ami", "aws_subnet_ids",
];

/** Destroying these loses data; the catalog must say so. */
const MUST_BE_STATEFUL = [
  "aws_db_instance", "aws_rds_cluster", "aws_s3_bucket", "aws_s3_object", "aws_ebs_volume",
  "aws_ebs_snapshot", "aws_dynamodb_table", "aws_ecr_repository", "aws_kms_key",
  "aws_cloudwatch_log_group", "aws_secretsmanager_secret", "aws_sqs_queue", "aws_neptune_cluster",
  "aws_elasticsearch_domain",
];

/** Pure configuration or wiring: nothing to lose, so a stateful flag here would cry wolf. */
const MUST_NOT_BE_STATEFUL = [
  "aws_security_group", "aws_iam_role", "aws_lb", "aws_lb_listener", "aws_route53_record",
  "aws_ecs_service", "aws_iam_policy_document", "aws_route_table",
];

function texts(entry: CatalogEntry): Array<[string, Text]> {
  const all: Array<[string, Text]> = [
    ["title", entry.title],
    ["what", entry.what],
    ["analogy", entry.analogy],
  ];
  for (const [action, text] of Object.entries(entry.effects)) all.push([`effects.${action}`, text]);
  if (entry.related) all.push(["related", entry.related]);
  return all;
}

const byType = new Map<string, CatalogEntry>();
for (const entry of awsEntries) for (const type of entry.types) byType.set(type, entry);

describe("AWS catalog", () => {
  const corpus = collectCorpusTypes();

  it("reads enough of the corpus to be a meaningful check", () => {
    expect(corpus.parsedFiles).toBeGreaterThan(400);
    expect(corpus.changed.size).toBeGreaterThan(100);
    console.log(
      `AWS catalog: ${awsEntries.length} entries covering ${byType.size} types; ` +
        `corpus aws_* types in resource_changes: ${corpus.changed.size} ` +
        `(${[...corpus.changed].filter((type) => byType.has(type)).length} covered); ` +
        `aws_* data sources seen: ${corpus.dataSources.size} ` +
        `(${[...corpus.dataSources].filter((type) => byType.has(type)).length} covered)`,
    );
  });

  it("covers every aws_* type that appears in the corpus plans' resource_changes", () => {
    expect([...corpus.changed].filter((type) => !byType.has(type)).sort()).toEqual([]);
  });

  it("covers every aws_* data source that appears anywhere in the corpus plans", () => {
    expect([...corpus.dataSources].filter((type) => !byType.has(type)).sort()).toEqual([]);
  });

  it("covers the team's core types", () => {
    expect(CORE_TYPES.filter((type) => !byType.has(type))).toEqual([]);
  });

  it("lists no type twice and only well-formed aws_* type names", () => {
    const all = awsEntries.flatMap((entry) => entry.types);
    const duplicates = all.filter((type, index) => all.indexOf(type) !== index);
    expect(duplicates).toEqual([]);
    expect(all.filter((type) => !TYPE_NAME.test(type))).toEqual([]);
    expect(awsEntries.filter((entry) => entry.types.length === 0)).toEqual([]);
  });

  it.each(awsEntries.map((entry) => [entry.types.join(", "), entry] as const))(
    "%s: complete in English and Japanese",
    (_types, entry) => {
      expect(entry.service.trim()).not.toBe("");
      for (const [field, text] of texts(entry)) {
        expect({ field, en: text.en.trim().length > 0 }).toEqual({ field, en: true });
        expect({ field, ja: JAPANESE.test(text.ja) }).toEqual({ field, ja: true });
        // Catches swapped or copy-pasted languages.
        expect({ field, enHasJapanese: JAPANESE.test(text.en) }).toEqual({ field, enHasJapanese: false });
      }
      expect(entry.what.en).toMatch(/\.$/);
      expect(entry.what.ja).toMatch(/。$/);
    },
  );

  it.each(awsEntries.map((entry) => [entry.types.join(", "), entry] as const))(
    "%s: effects match what the type can do",
    (_types, entry) => {
      const actions = Object.keys(entry.effects);
      if (entry.types.every((type) => DATA_SOURCE_ONLY.has(type))) {
        // A data source is only read; create/update/delete text would be invented.
        expect(actions).toEqual([]);
        expect(entry.stateful).toBeUndefined();
      } else {
        expect(actions.length).toBeGreaterThan(0);
        expect(actions).toContain("delete");
      }
    },
  );

  it("points every entry at official AWS documentation over https", () => {
    const offsite = awsEntries
      .map((entry) => new URL(entry.docs))
      .filter((url) => url.protocol !== "https:" || url.hostname !== "docs.aws.amazon.com");
    expect(offsite.map(String)).toEqual([]);
  });

  it("flags data-holding types as stateful and wiring types as not", () => {
    expect(MUST_BE_STATEFUL.filter((type) => byType.get(type)?.stateful !== true)).toEqual([]);
    expect(MUST_NOT_BE_STATEFUL.filter((type) => byType.get(type)?.stateful === true)).toEqual([]);
  });

  it("says what is lost when a stateful entry is deleted", () => {
    const silent = awsEntries
      .filter((entry) => entry.stateful === true && !entry.effects.delete)
      .map((entry) => entry.types.join(", "));
    expect(silent).toEqual([]);
  });

  it("mentions only resource types that the catalog itself explains", () => {
    const unknown = new Set<string>();
    for (const entry of awsEntries) {
      for (const [, text] of texts(entry)) {
        for (const mention of `${text.en} ${text.ja}`.match(TYPE_MENTION) ?? []) {
          if (!byType.has(mention)) unknown.add(`${entry.types[0]} → ${mention}`);
        }
      }
    }
    expect([...unknown]).toEqual([]);
  });

  it("links the relations the team studies, in both directions", () => {
    const chains: Array<[string, string]> = [
      ["aws_ecs_cluster", "aws_ecs_service"],
      ["aws_ecs_service", "aws_ecs_task_definition"],
      ["aws_ecs_task_definition", "aws_ecr_repository"],
      ["aws_iam_role", "aws_iam_role_policy_attachment"],
      ["aws_iam_role", "aws_iam_policy_document"],
      ["aws_route53_record", "aws_lb"],
      ["aws_lb", "aws_lb_listener"],
      ["aws_lb_listener", "aws_lb_listener_rule"],
      ["aws_lb_listener_rule", "aws_lb_target_group"],
      ["aws_lb_target_group", "aws_ecs_service"],
      ["aws_security_group", "aws_vpc_security_group_ingress_rule"],
    ];
    const mentions = (from: string, to: string): boolean => {
      const entry = byType.get(from);
      const text = entry?.related;
      return text !== undefined && text.en.includes(to) && text.ja.includes(to);
    };
    const missing = chains.flatMap(([a, b]) => [
      ...(mentions(a, b) ? [] : [`${a} → ${b}`]),
      ...(mentions(b, a) ? [] : [`${b} → ${a}`]),
    ]);
    expect(missing).toEqual([]);
  });
});
