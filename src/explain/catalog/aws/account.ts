import type { CatalogEntry } from "../../types.js";

// Data sources that describe "where am I?": account, region, partition, ARNs, default tags.
// They never change anything; they show up in plans as reads.

export const accountEntries: CatalogEntry[] = [
  {
    types: ["aws_caller_identity"],
    title: { en: "Caller identity (data source)", ja: "呼び出し元の ID（データソース）" },
    service: "STS",
    what: {
      en: "A read-only lookup of who Terraform is running as: the account ID, the user or role ARN, and its unique ID.",
      ja: "Terraform がどの ID で動いているか（アカウント ID、ユーザーまたはロールの ARN、一意の ID）を返す読み取り専用の検索です。",
    },
    analogy: {
      en: "Like calling `/me` on an API with your current token.",
      ja: "今のトークンで API の `/me` を呼び出すようなものです。",
    },
    effects: {},
    docs: "https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html",
    related: {
      en: "Often used to build ARNs and bucket names with the account ID. If a plan shows a different account ID than expected, stop: the credentials (aws-vault profile) point at the wrong account.",
      ja: "アカウント ID を使って ARN やバケット名を組み立てるのによく使います。プランに想定と違うアカウント ID が出たら作業を止めてください。認証情報（aws-vault のプロファイル）が別のアカウントを指しています。",
    },
  },
  {
    types: ["aws_region"],
    title: { en: "Current region (data source)", ja: "現在のリージョン（データソース）" },
    service: "AWS",
    what: {
      en: "A read-only lookup of the region the provider is configured for (for example ap-northeast-1).",
      ja: "プロバイダーが設定されているリージョン（例：ap-northeast-1）を返す読み取り専用の検索です。",
    },
    analogy: {
      en: "Like reading `process.env.AWS_REGION`.",
      ja: "`process.env.AWS_REGION` を読むようなものです。",
    },
    effects: {},
    docs: "https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html",
  },
  {
    types: ["aws_partition"],
    title: { en: "AWS partition (data source)", ja: "AWS パーティション（データソース）" },
    service: "AWS",
    what: {
      en: "A read-only lookup of the AWS partition (aws, aws-cn, aws-us-gov) so ARNs can be built portably.",
      ja: "ARN を環境に依存せず組み立てるために、AWS のパーティション（aws、aws-cn、aws-us-gov）を返す読み取り専用の検索です。",
    },
    analogy: {
      en: "Like reading which cloud environment you are deployed in before building URLs.",
      ja: "URL を組み立てる前に、どのクラウド環境にデプロイされているかを読むようなものです。",
    },
    effects: {},
    docs: "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html",
  },
  {
    types: ["aws_arn"],
    title: { en: "ARN parser (data source)", ja: "ARN の分解（データソース）" },
    service: "AWS",
    what: {
      en: "A read-only helper that splits an ARN into partition, service, region, account and resource.",
      ja: "ARN をパーティション、サービス、リージョン、アカウント、リソースに分解する読み取り専用のヘルパーです。",
    },
    analogy: {
      en: "Like `new URL(arn)` for Amazon Resource Names.",
      ja: "Amazon リソースネーム版の `new URL(arn)` のようなものです。",
    },
    effects: {},
    docs: "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html",
  },
  {
    types: ["aws_default_tags"],
    title: { en: "Provider default tags (data source)", ja: "プロバイダーのデフォルトタグ（データソース）" },
    service: "AWS",
    what: {
      en: "A read-only lookup of the tags the AWS provider adds to every resource it creates (default_tags in the provider block).",
      ja: "AWS プロバイダーが作成するすべてのリソースに付けるタグ（provider ブロックの default_tags）を返す読み取り専用の検索です。",
    },
    analogy: {
      en: "Like reading the default headers an HTTP client adds to every request.",
      ja: "HTTP クライアントがすべてのリクエストに付けるデフォルトヘッダーを読むようなものです。",
    },
    effects: {},
    docs: "https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html",
  },
];
