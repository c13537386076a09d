import type { CatalogEntry } from "../../types.js";

// ECR holds the images every deploy and every scale-out pulls. Losing images is silent until
// the next task start, so effects spell out when that happens.

export const ecrEntries: CatalogEntry[] = [
  {
    types: ["aws_ecr_repository"],
    title: { en: "ECR repository", ja: "ECR リポジトリ" },
    service: "ECR",
    what: {
      en: "A private container image repository in your account, where CI pushes your app's Docker images and ECS pulls them from.",
      ja: "アカウント内のプライベートなコンテナイメージのリポジトリで、CI がアプリの Docker イメージを push し、ECS がそこから pull します。",
    },
    analogy: {
      en: "Like a private Docker Hub repository (or a private npm package) for one of your apps: every tag you push stays available to deploy or roll back to.",
      ja: "アプリ 1 つ分のプライベートな Docker Hub リポジトリ（またはプライベート npm パッケージ）のようなものです。push したタグはすべて、デプロイやロールバックに使えるよう残ります。",
    },
    effects: {
      create: {
        en: "An empty repository with a new URL appears; CI can push images to it.",
        ja: "新しい URL を持つ空のリポジトリが作成され、CI からイメージを push できるようになります。",
      },
      update: {
        en: "Usually tag mutability, scan-on-push or encryption settings. Making tags immutable makes pushes of an existing tag (such as `latest`) fail.",
        ja: "多くはタグの変更可否（mutability）、push 時スキャン、暗号化の設定変更です。タグを変更不可にすると、既存のタグ（`latest` など）への push が失敗するようになります。",
      },
      delete: {
        en: "Fails while images remain unless force_delete is set, and then every image is deleted with it. Running tasks keep running, but the next deploy, scale-out or task restart fails to pull the image, and rollbacks become impossible.",
        ja: "イメージが残っていると削除は失敗しますが、force_delete が設定されていればイメージもすべて一緒に削除されます。実行中のタスクは動き続けますが、次のデプロイ・スケールアウト・タスク再起動でイメージを取得できずに失敗し、ロールバックもできなくなります。",
      },
      replace: {
        en: "Caused by a name change or encryption change: a new, EMPTY repository with a different URL. Every image must be pushed again, and task definitions must point to the new URL.",
        ja: "名前や暗号化設定の変更が原因です。URL の違う空の新しいリポジトリになります。すべてのイメージを push し直し、タスク定義も新しい URL に向け直す必要があります。",
      },
    },
    docs: "https://docs.aws.amazon.com/AmazonECR/latest/userguide/Repositories.html",
    stateful: true,
    related: {
      en: "aws_ecs_task_definition references images here by URL and tag (or digest); the task execution role needs permission to pull. aws_ecr_lifecycle_policy cleans old images; aws_ecr_repository_policy grants other accounts or services access.",
      ja: "aws_ecs_task_definition は URL とタグ（またはダイジェスト）でここのイメージを参照し、タスク実行ロールには pull の権限が必要です。aws_ecr_lifecycle_policy は古いイメージを片付け、aws_ecr_repository_policy は他のアカウントやサービスにアクセスを許可します。",
    },
  },
  {
    types: ["aws_ecr_lifecycle_policy"],
    title: { en: "ECR lifecycle policy", ja: "ECR ライフサイクルポリシー" },
    service: "ECR",
    what: {
      en: "Rules that automatically expire (delete) images in a repository, e.g. 'keep the last 30 tagged images' or 'delete untagged images after 7 days'.",
      ja: "リポジトリ内のイメージを自動的に期限切れ（削除）にするルールで、例えば「タグ付きイメージは最新 30 個を残す」「タグなしイメージは 7 日で削除」のように書きます。",
    },
    analogy: {
      en: "Like a retention rule on old build artifacts in CI: it keeps storage tidy, and too aggressive a rule deletes what you wanted to roll back to.",
      ja: "CI の古いビルド成果物の保持ルールのようなものです。ストレージを整理できますが、厳しすぎるとロールバックしたかったものまで消えます。",
    },
    effects: {
      create: {
        en: "Old images matching the rules start being deleted automatically (typically within 24 hours); check no running or rollback-target task definition still needs them.",
        ja: "ルールに一致する古いイメージが自動的に削除され始めます（通常 24 時間以内）。実行中やロールバック先のタスク定義がそれらを必要としていないか確認してください。",
      },
      update: {
        en: "A stricter rule deletes more images at the next evaluation; deleted images cannot be recovered.",
        ja: "ルールを厳しくすると、次の評価時により多くのイメージが削除されます。削除されたイメージは復元できません。",
      },
      delete: {
        en: "Images are no longer expired; storage (and cost) grows with every push.",
        ja: "イメージが期限切れにならなくなり、push のたびにストレージ（と費用）が増えます。",
      },
    },
    docs: "https://docs.aws.amazon.com/AmazonECR/latest/userguide/LifecyclePolicies.html",
    related: {
      en: "Applies to one aws_ecr_repository.",
      ja: "1 つの aws_ecr_repository に適用されます。",
    },
  },
  {
    types: ["aws_ecr_repository_policy"],
    title: { en: "ECR repository policy", ja: "ECR リポジトリポリシー" },
    service: "ECR",
    what: {
      en: "A resource policy on a repository that says which other accounts, roles or services (such as Lambda or CodeBuild) may pull or push images.",
      ja: "リポジトリに付けるリソースポリシーで、どの他アカウント・ロール・サービス（Lambda や CodeBuild など）がイメージを pull/push できるかを決めます。",
    },
    analogy: {
      en: "Like the collaborator list of a private GitHub repository.",
      ja: "プライベートな GitHub リポジトリのコラボレーター一覧のようなものです。",
    },
    effects: {
      create: {
        en: "The listed principals can access the images immediately; a `*` principal can expose your images widely.",
        ja: "指定したプリンシパルがすぐにイメージにアクセスできるようになります。プリンシパルが `*` だとイメージを広く公開してしまうことがあります。",
      },
      update: {
        en: "Access changes immediately for the principals added or removed.",
        ja: "追加・削除したプリンシパルのアクセスがすぐに変わります。",
      },
      delete: {
        en: "Cross-account pulls and service access granted here stop working; same-account IAM permissions still apply.",
        ja: "ここで許可していたクロスアカウントの pull やサービスからのアクセスが使えなくなります。同じアカウント内の IAM の権限はそのまま有効です。",
      },
    },
    docs: "https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policies.html",
  },
  {
    types: ["aws_ecr_replication_configuration"],
    title: { en: "ECR replication configuration", ja: "ECR レプリケーション設定" },
    service: "ECR",
    what: {
      en: "The registry-wide rules that copy newly pushed images to other regions or accounts.",
      ja: "新しく push されたイメージを他のリージョンやアカウントにコピーする、レジストリ全体のルールです。",
    },
    analogy: {
      en: "Like a CDN or mirror for your images: push once, available in several places.",
      ja: "イメージ用の CDN やミラーのようなものです。一度 push すれば複数の場所で使えます。",
    },
    effects: {
      create: {
        en: "Images pushed from now on are copied; existing images are not.",
        ja: "これ以降に push したイメージがコピーされます。既存のイメージはコピーされません。",
      },
      update: {
        en: "Destinations added or removed apply to future pushes only.",
        ja: "追加・削除した宛先は、今後の push にだけ適用されます。",
      },
      delete: {
        en: "New images are no longer copied; copies already made stay.",
        ja: "新しいイメージはコピーされなくなります。作成済みのコピーは残ります。",
      },
    },
    docs: "https://docs.aws.amazon.com/AmazonECR/latest/userguide/replication.html",
  },
];
