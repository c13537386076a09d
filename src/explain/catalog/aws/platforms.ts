import type { CatalogEntry } from "../../types.js";

// Other ways to run containers and jobs: App Runner, Lightsail containers, App Mesh, Batch.

export const platformEntries: CatalogEntry[] = [
  {
    types: ["aws_apprunner_service"],
    title: { en: "App Runner service", ja: "App Runner サービス" },
    service: "App Runner",
    what: {
      en: "A fully managed web service built from a container image or source code, with HTTPS URL, load balancing and auto scaling included.",
      ja: "コンテナイメージやソースコードから作る完全マネージドな Web サービスで、HTTPS の URL、負荷分散、オートスケーリングが含まれます。",
    },
    analogy: {
      en: "Like deploying to Heroku or Vercel: give it an image, get a URL; no cluster, load balancer or target group to wire up.",
      ja: "Heroku や Vercel へのデプロイのようなものです。イメージを渡せば URL が得られ、クラスター、ロードバランサー、ターゲットグループをつなぐ必要はありません。",
    },
    effects: {
      create: {
        en: "The service builds or pulls the image and starts serving on a new *.awsapprunner.com URL.",
        ja: "サービスがイメージをビルドまたは取得し、新しい *.awsapprunner.com の URL で提供を始めます。",
      },
      update: {
        en: "Image, environment or instance changes trigger a new deployment that replaces instances gradually.",
        ja: "イメージ、環境変数、インスタンスの変更で新しいデプロイが始まり、インスタンスが順次入れ替わります。",
      },
      delete: {
        en: "The service and its URL stop; the app is down.",
        ja: "サービスと URL が停止し、アプリは止まります。",
      },
      replace: {
        en: "Caused by a name change: a new service with a new URL; custom domains must be re-linked.",
        ja: "名前の変更が原因です。新しい URL の新しいサービスになり、カスタムドメインの再設定が必要です。",
      },
    },
    docs: "https://docs.aws.amazon.com/apprunner/latest/dg/what-is-apprunner.html",
  },
  {
    types: ["aws_lightsail_container_service"],
    title: { en: "Lightsail container service", ja: "Lightsail コンテナサービス" },
    service: "Lightsail",
    what: {
      en: "A simple, fixed-price container hosting service with a public HTTPS endpoint, sized by power and node count.",
      ja: "パワー（性能）とノード数で規模を決める、公開 HTTPS エンドポイント付きのシンプルな定額のコンテナホスティングサービスです。",
    },
    analogy: {
      en: "Like a small PaaS plan: pick a size, push containers, get a URL.",
      ja: "小さな PaaS のプランのようなものです。サイズを選び、コンテナを push すれば URL が得られます。",
    },
    effects: {
      create: {
        en: "Capacity is reserved and billed monthly; nothing runs until a deployment is created.",
        ja: "容量が確保されて月額課金が始まります。デプロイを作るまで何も動きません。",
      },
      update: {
        en: "Changing power or scale restarts containers on new nodes.",
        ja: "パワーやスケールを変えると、新しいノードでコンテナが再起動します。",
      },
      delete: {
        en: "All containers stop and the public endpoint disappears.",
        ja: "すべてのコンテナが止まり、公開エンドポイントが無くなります。",
      },
      replace: {
        en: "A new service with a new endpoint URL.",
        ja: "新しいエンドポイント URL の新しいサービスになります。",
      },
    },
    docs: "https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-container-services.html",
    related: {
      en: "What runs is defined by aws_lightsail_container_service_deployment_version.",
      ja: "何を動かすかは aws_lightsail_container_service_deployment_version で定義します。",
    },
  },
  {
    types: ["aws_lightsail_container_service_deployment_version"],
    title: { en: "Lightsail container deployment", ja: "Lightsail コンテナのデプロイ" },
    service: "Lightsail",
    what: {
      en: "One immutable deployment of a Lightsail container service: containers, images, environment and the public endpoint's health check.",
      ja: "Lightsail コンテナサービスの変更不可のデプロイ 1 つで、コンテナ、イメージ、環境変数、公開エンドポイントのヘルスチェックを定義します。",
    },
    analogy: {
      en: "Like a release in a PaaS: each one is a new version; the newest healthy one serves traffic.",
      ja: "PaaS のリリースのようなものです。毎回新しいバージョンになり、正常な最新のものが通信を受けます。",
    },
    effects: {
      create: {
        en: "The containers are deployed; once healthy, the service switches traffic to them.",
        ja: "コンテナがデプロイされ、正常になるとサービスの通信がそちらに切り替わります。",
      },
      delete: {
        en: "Terraform forgets this version; the service keeps running whatever is currently deployed.",
        ja: "Terraform はこのバージョンの管理をやめます。サービスは現在デプロイされているものを動かし続けます。",
      },
      replace: {
        en: "Any change creates a new deployment version: that is the deploy.",
        ja: "どんな変更でも新しいデプロイバージョンが作られます。これがデプロイです。",
      },
    },
    docs: "https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-container-services.html",
  },
  {
    types: ["aws_appmesh_virtual_node"],
    title: { en: "App Mesh virtual node", ja: "App Mesh 仮想ノード" },
    service: "App Mesh",
    what: {
      en: "Represents one service (such as an ECS service) in an App Mesh service mesh: how to find it, what it listens on and which backends it may call.",
      ja: "App Mesh のサービスメッシュ内で 1 つのサービス（ECS サービスなど）を表し、その見つけ方、待ち受けるポート、呼び出してよいバックエンドを定義します。",
    },
    analogy: {
      en: "Like a service entry in an Envoy or Istio config.",
      ja: "Envoy や Istio の設定にあるサービスのエントリーのようなものです。",
    },
    effects: {
      create: {
        en: "Envoy sidecars configured with this node start receiving its configuration.",
        ja: "この仮想ノードを使う Envoy サイドカーが設定を受け取り始めます。",
      },
      update: {
        en: "Listener, health check or backend changes reach the sidecars within seconds: a missing backend blocks calls to it.",
        ja: "リスナー、ヘルスチェック、バックエンドの変更は数秒でサイドカーに届きます。バックエンドが抜けていると、そこへの呼び出しが遮断されます。",
      },
      delete: {
        en: "Sidecars for this service lose their configuration; traffic through the mesh to and from it fails.",
        ja: "このサービスのサイドカーが設定を失い、メッシュ経由の送受信が失敗します。",
      },
      replace: {
        en: "Sidecars must reconnect to the new node; traffic may fail in between.",
        ja: "サイドカーを新しいノードにつなぎ直す必要があり、その間通信が失敗することがあります。",
      },
    },
    docs: "https://docs.aws.amazon.com/app-mesh/latest/userguide/virtual_nodes.html",
  },
  {
    types: ["aws_batch_job_definition"],
    title: { en: "AWS Batch job definition", ja: "AWS Batch ジョブ定義" },
    service: "AWS Batch",
    what: {
      en: "A template for batch jobs: container image, command, vCPU and memory, retries, timeout and IAM role; each change is a new revision.",
      ja: "バッチジョブのテンプレートで、コンテナイメージ、コマンド、vCPU とメモリ、リトライ、タイムアウト、IAM ロールを定義します。変更するたびに新しいリビジョンになります。",
    },
    analogy: {
      en: "Like an ECS task definition for jobs that run to completion, submitted to a queue.",
      ja: "キューに投入して最後まで実行するジョブ向けの、ECS タスク定義のようなものです。",
    },
    effects: {
      create: {
        en: "A revision is registered; jobs use it when submitted.",
        ja: "リビジョンが登録され、ジョブを投入したときに使われます。",
      },
      delete: {
        en: "The revision is deregistered: new jobs cannot be submitted with it; running jobs finish.",
        ja: "リビジョンが登録解除され、それを使った新しいジョブは投入できなくなります。実行中のジョブは最後まで動きます。",
      },
      replace: {
        en: "Any change registers a new revision; jobs submitted afterwards use it.",
        ja: "どんな変更でも新しいリビジョンが登録され、この後に投入したジョブがそれを使います。",
      },
    },
    docs: "https://docs.aws.amazon.com/batch/latest/userguide/job_definitions.html",
  },
];
