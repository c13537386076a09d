import type { CatalogEntry } from "../../types.js";

// AWS-hosted CI/CD: CodeBuild and CodePipeline.

export const devtoolsEntries: CatalogEntry[] = [
  {
    types: ["aws_codebuild_project"],
    title: { en: "CodeBuild project", ja: "CodeBuild プロジェクト" },
    service: "CodeBuild",
    what: {
      en: "A build job definition: source, build image, buildspec commands, environment variables and the IAM role the build runs with.",
      ja: "ビルドジョブの定義で、ソース、ビルド用イメージ、buildspec のコマンド、環境変数、ビルドが使う IAM ロールを持ちます。",
    },
    analogy: {
      en: "Like a GitHub Actions workflow job that runs inside your AWS account.",
      ja: "AWS アカウントの中で動く GitHub Actions のワークフローのジョブのようなものです。",
    },
    effects: {
      create: {
        en: "The project exists; builds run when started by a pipeline, webhook or by hand (billed per build minute).",
        ja: "プロジェクトが作成されます。パイプライン、Webhook、手動で開始したときにビルドが動きます（ビルド時間の分単位で課金）。",
      },
      update: {
        en: "The next build uses the new image, commands, variables or role; plain-text environment variables are visible to anyone who can read the project.",
        ja: "次のビルドから新しいイメージ、コマンド、変数、ロールが使われます。平文の環境変数は、プロジェクトを閲覧できる人なら誰でも見られます。",
      },
      delete: {
        en: "Pipelines and webhooks that start this build fail; build history goes with it.",
        ja: "このビルドを開始するパイプラインや Webhook が失敗し、ビルド履歴も一緒に消えます。",
      },
      replace: {
        en: "Caused by a name change: pipelines must reference the new project and webhooks be recreated.",
        ja: "名前の変更が原因です。パイプラインから新しいプロジェクトを参照し直し、Webhook も作り直す必要があります。",
      },
    },
    docs: "https://docs.aws.amazon.com/codebuild/latest/userguide/welcome.html",
  },
  {
    types: ["aws_codepipeline"],
    title: { en: "CodePipeline pipeline", ja: "CodePipeline パイプライン" },
    service: "CodePipeline",
    what: {
      en: "A release pipeline of stages (source, build, approve, deploy) that runs on every change to the source.",
      ja: "ソースの変更のたびに実行される、ステージ（ソース、ビルド、承認、デプロイ）からなるリリースパイプラインです。",
    },
    analogy: {
      en: "Like a whole GitHub Actions workflow from push to deploy, hosted in AWS.",
      ja: "push からデプロイまでの GitHub Actions のワークフロー全体を、AWS 上で動かすようなものです。",
    },
    effects: {
      create: {
        en: "The pipeline may run immediately on the current source revision, deploying it.",
        ja: "現在のソースのリビジョンで即座に実行され、デプロイされることがあります。",
      },
      update: {
        en: "Stage or action changes apply to the next execution; removing an approval stage lets changes reach production without review.",
        ja: "ステージやアクションの変更は次の実行から適用されます。承認ステージを外すと、レビューなしで変更が本番に届くようになります。",
      },
      delete: {
        en: "Automatic releases stop; execution history is lost (artifacts in S3 stay).",
        ja: "自動リリースが止まり、実行履歴は失われます（S3 のアーティファクトは残ります）。",
      },
      replace: {
        en: "A new pipeline is created and may start a release run right away.",
        ja: "新しいパイプラインが作られ、すぐにリリースの実行を始めることがあります。",
      },
    },
    docs: "https://docs.aws.amazon.com/codepipeline/latest/userguide/welcome.html",
  },
];
