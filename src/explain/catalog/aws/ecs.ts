import type { CatalogEntry } from "../../types.js";

// ECS: cluster ↔ service ↔ task definition ↔ task. A running task is not a Terraform resource,
// so the entries explain it through the resources that create it.

export const ecsEntries: CatalogEntry[] = [
  {
    types: ["aws_ecs_cluster"],
    title: { en: "ECS cluster", ja: "ECS クラスター" },
    service: "ECS",
    what: {
      en: "A named grouping in which ECS services and tasks run, on Fargate (no servers to manage) or on EC2 instances you provide.",
      ja: "ECS のサービスやタスクが動く、名前の付いたまとまりで、Fargate（管理するサーバーなし）か、自分で用意した EC2 インスタンスの上で動かします。",
    },
    analogy: {
      en: "Like a Docker Compose project or a Kubernetes namespace: a place where your containers run together, with settings shared by all of them.",
      ja: "Docker Compose のプロジェクトや Kubernetes の namespace のようなものです。コンテナがまとまって動く場所で、全体で共有する設定を持ちます。",
    },
    effects: {
      create: {
        en: "An empty cluster appears; it costs nothing by itself and runs nothing until services or tasks are started in it.",
        ja: "空のクラスターが作成されます。それ自体に費用はかからず、サービスやタスクを起動するまで何も動きません。",
      },
      update: {
        en: "Usually settings such as Container Insights (extra CloudWatch metrics, billed) or execute-command logging; running tasks keep running.",
        ja: "多くは Container Insights（追加の CloudWatch メトリクス、課金あり）や ECS Exec のログ設定などの変更です。実行中のタスクはそのまま動き続けます。",
      },
      delete: {
        en: "AWS refuses while services are active or instances are registered, so in a plan it comes with deleting every service in it: the applications stop.",
        ja: "サービスが動いている間やインスタンスが登録されている間は AWS が削除を拒否するため、プランでは通常、中のすべてのサービスの削除と一緒に現れます。アプリケーションは停止します。",
      },
      replace: {
        en: "Caused by a name change: every service must be recreated in the new cluster, so all applications in it go down and come back.",
        ja: "名前の変更が原因です。すべてのサービスを新しいクラスターに作り直す必要があり、中のアプリケーションはすべて一度停止してから復帰します。",
      },
    },
    docs: "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/clusters.html",
    related: {
      en: "Cluster (where) → aws_ecs_service (keeps N copies running) → aws_ecs_task_definition (what to run: image, CPU, memory, env) → tasks (the running containers). Capacity comes from Fargate or from an aws_ecs_capacity_provider set with aws_ecs_cluster_capacity_providers.",
      ja: "クラスター（どこで）→ aws_ecs_service（N 個を動かし続ける）→ aws_ecs_task_definition（何を動かすか：イメージ、CPU、メモリ、環境変数）→ タスク（実際に動いているコンテナ）という関係です。実行基盤は Fargate か、aws_ecs_cluster_capacity_providers で設定した aws_ecs_capacity_provider から提供されます。",
    },
  },
  {
    types: ["aws_ecs_service"],
    title: { en: "ECS service", ja: "ECS サービス" },
    service: "ECS",
    what: {
      en: "Keeps a desired number of tasks from one task definition running in a cluster, replaces tasks that stop, registers them with a load balancer and performs rolling deploys.",
      ja: "1 つのタスク定義から作るタスクを、クラスター内で指定した数だけ動かし続け、止まったタスクを入れ替え、ロードバランサーに登録し、ローリングデプロイを行います。",
    },
    analogy: {
      en: "Like PM2 or a Kubernetes Deployment for your Fastify app: 'keep 3 copies of this image running, restart them if they die, and swap them gradually when I ship a new version'.",
      ja: "Fastify アプリ用の PM2 や Kubernetes の Deployment のようなものです。「このイメージを 3 つ動かし続け、落ちたら再起動し、新バージョンを出したら少しずつ入れ替える」を担当します。",
    },
    effects: {
      create: {
        en: "Tasks start and, once healthy, begin receiving traffic from the load balancer.",
        ja: "タスクが起動し、正常になるとロードバランサーからの通信を受け始めます。",
      },
      update: {
        en: "A new task definition starts a rolling deploy: new tasks start, must pass health checks, then old ones are drained and stopped (paced by minimum/maximum healthy percent). A desired_count change scales up or down. Network or load balancer changes also roll the tasks.",
        ja: "タスク定義が変わるとローリングデプロイが始まります。新しいタスクが起動してヘルスチェックに合格してから、古いタスクがドレインされて停止します（最小/最大ヘルス率で進み方が決まります）。desired_count の変更はスケールアウト/インです。ネットワークやロードバランサーの変更でもタスクが入れ替わります。",
      },
      delete: {
        en: "All its tasks are stopped and deregistered from the load balancer: the application is down.",
        ja: "すべてのタスクが停止し、ロードバランサーから登録解除されます。アプリケーションは停止します。",
      },
      replace: {
        en: "Caused by changes such as the name, cluster or launch type: the old service and all its tasks are deleted before the new one starts, so expect downtime unless create_before_destroy is set.",
        ja: "名前、クラスター、起動タイプなどの変更が原因です。新しいサービスが起動する前に古いサービスとすべてのタスクが削除されるため、create_before_destroy を設定していなければ停止時間が発生します。",
      },
    },
    docs: "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs_services.html",
    related: {
      en: "Runs in an aws_ecs_cluster, runs copies of an aws_ecs_task_definition, registers them in an aws_lb_target_group (load_balancer block), and places them in subnets with an aws_security_group (network_configuration). Scaling is often handled by aws_appautoscaling_target and aws_appautoscaling_policy; then desired_count is usually ignored by Terraform. If CI deploys new task definitions, Terraform may show the service 'reverting' to an older revision: check for lifecycle ignore_changes.",
      ja: "aws_ecs_cluster の中で aws_ecs_task_definition のコピーを動かし、aws_lb_target_group に登録し（load_balancer ブロック）、aws_security_group を付けてサブネットに配置します（network_configuration）。スケーリングは aws_appautoscaling_target と aws_appautoscaling_policy で行うことが多く、その場合 desired_count は Terraform で無視するのが普通です。CI で新しいタスク定義をデプロイしている場合、Terraform が古いリビジョンに「戻そう」とする差分が出ることがあるので、lifecycle の ignore_changes を確認してください。",
    },
  },
  {
    types: ["aws_ecs_task_definition"],
    title: { en: "ECS task definition", ja: "ECS タスク定義" },
    service: "ECS",
    what: {
      en: "The blueprint of a task: container images, CPU and memory, ports, environment variables and secrets, log settings, and the two IAM roles; each change registers a new numbered revision.",
      ja: "タスクの設計図で、コンテナイメージ、CPU とメモリ、ポート、環境変数とシークレット、ログ設定、2 つの IAM ロールを定義します。変更するたびに番号付きの新しいリビジョンが登録されます。",
    },
    analogy: {
      en: "Like a docker-compose.yml service entry (image, env, ports, resources), frozen as an immutable version every time you edit it.",
      ja: "docker-compose.yml のサービス定義（image、env、ports、リソース）を、編集するたびに変更不可のバージョンとして固定したようなものです。",
    },
    effects: {
      create: {
        en: "A new revision is registered; nothing runs until a service or a run-task uses it.",
        ja: "新しいリビジョンが登録されます。サービスや run-task が使うまで、何も動きません。",
      },
      delete: {
        en: "The revision is deregistered (marked INACTIVE). Tasks already running from it keep running and services using it can still scale, but new services cannot use it.",
        ja: "リビジョンが登録解除（INACTIVE）されます。既に動いているタスクはそのまま動き、使用中のサービスもスケールできますが、新しいサービスでは使えなくなります。",
      },
      replace: {
        en: "Any change (image tag, environment variable, CPU, memory, role) registers a new revision, which Terraform shows as a replacement. Running tasks change only when the service is updated to the new revision, usually in the same apply: that is the deploy.",
        ja: "イメージタグ、環境変数、CPU、メモリ、ロールなど、どんな変更でも新しいリビジョンが登録され、Terraform では置き換えとして表示されます。実行中のタスクが変わるのはサービスが新しいリビジョンに更新されたときで、通常は同じ apply の中で起こります。これがデプロイです。",
      },
    },
    docs: "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definitions.html",
    related: {
      en: "Used by an aws_ecs_service (or scheduled tasks via aws_cloudwatch_event_target). Images come from an aws_ecr_repository; logs go to an aws_cloudwatch_log_group; execution_role_arn (an aws_iam_role) lets ECS pull the image, write logs and read secrets from aws_ssm_parameter or aws_secretsmanager_secret; task_role_arn is what your application code may do. Put secrets in `secrets`, not `environment`, which is readable by anyone who can view the task definition.",
      ja: "aws_ecs_service（または aws_cloudwatch_event_target によるスケジュール実行）から使われます。イメージは aws_ecr_repository から取得し、ログは aws_cloudwatch_log_group に出力します。execution_role_arn（aws_iam_role）は ECS がイメージ取得・ログ出力・aws_ssm_parameter や aws_secretsmanager_secret からのシークレット読み取りに使うロール、task_role_arn はアプリのコードが使うロールです。シークレットは `environment` ではなく `secrets` に書いてください。`environment` はタスク定義を閲覧できる人なら誰でも読めます。",
    },
  },
  {
    types: ["aws_ecs_capacity_provider"],
    title: { en: "ECS capacity provider", ja: "ECS キャパシティプロバイダー" },
    service: "ECS",
    what: {
      en: "Connects an EC2 Auto Scaling group to ECS so the cluster can run tasks on those instances and scale the group to fit them.",
      ja: "EC2 Auto Scaling グループを ECS につなぎ、クラスターがそのインスタンス上でタスクを動かし、タスク量に合わせてグループをスケールできるようにします。",
    },
    analogy: {
      en: "Like a pool of worker machines that grows and shrinks with your job queue.",
      ja: "ジョブキューの量に合わせて増減するワーカーマシンのプールのようなものです。",
    },
    effects: {
      create: {
        en: "The Auto Scaling group becomes available as capacity once the cluster lists this provider.",
        ja: "クラスターがこのプロバイダーを登録すると、Auto Scaling グループが実行基盤として使えるようになります。",
      },
      update: {
        en: "Managed scaling changes alter how many instances are kept around for tasks.",
        ja: "マネージドスケーリングの設定を変えると、タスク用に確保されるインスタンス数が変わります。",
      },
      delete: {
        en: "Services that place tasks with it can no longer start new tasks.",
        ja: "これでタスクを配置しているサービスは、新しいタスクを起動できなくなります。",
      },
      replace: {
        en: "Services using its name must switch to the new provider; new task placement pauses meanwhile.",
        ja: "その名前を使うサービスを新しいプロバイダーに切り替える必要があり、その間は新しいタスクの配置が止まります。",
      },
    },
    docs: "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/asg-capacity-providers.html",
    related: {
      en: "Attached to an aws_ecs_cluster with aws_ecs_cluster_capacity_providers; wraps an aws_autoscaling_group. Fargate and Fargate Spot are built-in providers and need no resource of this type.",
      ja: "aws_ecs_cluster_capacity_providers で aws_ecs_cluster に紐づけ、aws_autoscaling_group を包みます。Fargate と Fargate Spot は組み込みのプロバイダーなので、このリソースは不要です。",
    },
  },
  {
    types: ["aws_ecs_cluster_capacity_providers"],
    title: { en: "ECS cluster capacity providers", ja: "ECS クラスターのキャパシティプロバイダー設定" },
    service: "ECS",
    what: {
      en: "Lists which capacity providers (FARGATE, FARGATE_SPOT or your own) a cluster may use, and the default strategy for services that do not choose.",
      ja: "クラスターが使えるキャパシティプロバイダー（FARGATE、FARGATE_SPOT、独自のもの）と、指定しないサービス向けのデフォルト戦略を設定します。",
    },
    analogy: {
      en: "Like choosing which machine pools a CI system may schedule jobs on, and the default one.",
      ja: "CI システムがジョブを割り当ててよいマシンプールと、そのデフォルトを選ぶようなものです。",
    },
    effects: {
      create: {
        en: "New tasks are placed according to the default strategy (for example a Fargate/Fargate Spot mix).",
        ja: "新しいタスクはデフォルト戦略（例：Fargate と Fargate Spot の混在）に従って配置されます。",
      },
      update: {
        en: "Affects where new tasks go; running tasks stay where they are.",
        ja: "新しいタスクの配置先が変わります。実行中のタスクはそのままです。",
      },
      delete: {
        en: "The cluster loses its provider list; services that rely on the default strategy cannot place new tasks.",
        ja: "クラスターのプロバイダー一覧が無くなり、デフォルト戦略に頼るサービスは新しいタスクを配置できなくなります。",
      },
    },
    docs: "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/cluster-capacity-providers.html",
  },
  {
    types: ["aws_appautoscaling_target"],
    title: { en: "Application Auto Scaling target", ja: "Application Auto Scaling のスケーリング対象" },
    service: "Application Auto Scaling",
    what: {
      en: "Registers something scalable (an ECS service's task count, DynamoDB capacity, Aurora replicas...) with its minimum and maximum size, so policies can scale it.",
      ja: "スケール可能なもの（ECS サービスのタスク数、DynamoDB のキャパシティ、Aurora のレプリカなど）を最小・最大値とともに登録し、ポリシーでスケールできるようにします。",
    },
    analogy: {
      en: "Like declaring `min: 2, max: 10` replicas for a Kubernetes HorizontalPodAutoscaler.",
      ja: "Kubernetes の HorizontalPodAutoscaler でレプリカ数を `min: 2, max: 10` と宣言するようなものです。",
    },
    effects: {
      create: {
        en: "If the current count is outside the new min/max, it is moved inside the range.",
        ja: "現在の数が新しい最小/最大の範囲外なら、範囲内に調整されます。",
      },
      update: {
        en: "Changing min or max immediately limits how far scaling can go; raising min starts more tasks now.",
        ja: "最小・最大を変えると、スケールできる範囲がすぐに変わります。最小を上げると今すぐタスクが増えます。",
      },
      delete: {
        en: "Scaling stops: the current count stays fixed and the attached policies are removed.",
        ja: "スケーリングが止まり、現在の数のまま固定されます。紐づくポリシーも削除されます。",
      },
      replace: {
        en: "Policies are recreated; there is a short window without automatic scaling.",
        ja: "ポリシーが作り直され、自動スケーリングが働かない短い時間帯があります。",
      },
    },
    docs: "https://docs.aws.amazon.com/autoscaling/application/userguide/what-is-application-auto-scaling.html",
    related: {
      en: "For ECS, resource_id is service/<cluster>/<service> of an aws_ecs_service; the rules live in aws_appautoscaling_policy.",
      ja: "ECS の場合、resource_id は aws_ecs_service の service/<クラスター名>/<サービス名> です。スケールのルールは aws_appautoscaling_policy に書きます。",
    },
  },
  {
    types: ["aws_appautoscaling_policy"],
    title: { en: "Application Auto Scaling policy", ja: "Application Auto Scaling のポリシー" },
    service: "Application Auto Scaling",
    what: {
      en: "The rule that scales a registered target, for example 'keep average CPU of the service at 50%' (target tracking) or step scaling on an alarm.",
      ja: "登録した対象をスケールさせるルールで、たとえば「サービスの平均 CPU を 50% に保つ」（ターゲット追跡）や、アラームに応じたステップスケーリングです。",
    },
    analogy: {
      en: "Like the target CPU utilisation in a Kubernetes HorizontalPodAutoscaler.",
      ja: "Kubernetes の HorizontalPodAutoscaler の目標 CPU 使用率のようなものです。",
    },
    effects: {
      create: {
        en: "Scaling starts reacting to the metric within minutes.",
        ja: "数分以内にメトリクスに応じたスケーリングが始まります。",
      },
      update: {
        en: "A different target or cooldown changes how aggressively the service scales (cost versus headroom).",
        ja: "目標値やクールダウンを変えると、スケールの積極度（コストと余裕のバランス）が変わります。",
      },
      delete: {
        en: "The service no longer scales on this metric; it stays at its current size.",
        ja: "このメトリクスではスケールしなくなり、現在の規模のまま留まります。",
      },
      replace: {
        en: "A short window without this scaling rule.",
        ja: "このスケーリングルールが無い短い時間帯があります。",
      },
    },
    docs: "https://docs.aws.amazon.com/autoscaling/application/userguide/application-auto-scaling-target-tracking.html",
  },
  {
    types: ["aws_appautoscaling_scheduled_action"],
    title: { en: "Application Auto Scaling scheduled action", ja: "Application Auto Scaling のスケジュールアクション" },
    service: "Application Auto Scaling",
    what: {
      en: "Changes a scalable target's minimum and maximum on a schedule, e.g. scale down at night.",
      ja: "スケール対象の最小・最大値をスケジュールで変更します。例：夜間に縮小する。",
    },
    analogy: {
      en: "Like a cron job that edits the replica limits.",
      ja: "レプリカ数の上限・下限を書き換える cron ジョブのようなものです。",
    },
    effects: {
      create: {
        en: "From the next scheduled time, capacity limits change automatically.",
        ja: "次の予定時刻から、キャパシティの上限・下限が自動で変わります。",
      },
      update: {
        en: "The schedule or limits change from the next run.",
        ja: "次回の実行からスケジュールや上限・下限が変わります。",
      },
      delete: {
        en: "The scheduled change no longer happens; the current limits stay.",
        ja: "予定していた変更が行われなくなり、現在の上限・下限のまま残ります。",
      },
    },
    docs: "https://docs.aws.amazon.com/autoscaling/application/userguide/application-auto-scaling-scheduled-scaling.html",
  },
  {
    types: [
      "aws_service_discovery_private_dns_namespace",
      "aws_service_discovery_public_dns_namespace",
      "aws_service_discovery_http_namespace",
    ],
    title: { en: "Cloud Map namespace", ja: "Cloud Map 名前空間" },
    service: "Cloud Map",
    what: {
      en: "A namespace (for example internal.local) in which services register their instances so other services can find them by name.",
      ja: "サービスがインスタンスを登録する名前空間（例：internal.local）で、他のサービスが名前で見つけられるようにします。",
    },
    analogy: {
      en: "Like the service names in Docker Compose (`http://api:3000`), for ECS.",
      ja: "Docker Compose のサービス名（`http://api:3000`）の ECS 版のようなものです。",
    },
    effects: {
      create: {
        en: "The namespace exists; DNS namespaces also create a Route 53 hosted zone.",
        ja: "名前空間が作成されます。DNS 型の名前空間は Route 53 ホストゾーンも作成します。",
      },
      update: {
        en: "Usually the description or tags.",
        ja: "多くは説明やタグの変更です。",
      },
      delete: {
        en: "Only possible once its services are gone; service-to-service calls by name stop working.",
        ja: "中のサービスが無くなってからでないと削除できず、名前によるサービス間呼び出しが使えなくなります。",
      },
      replace: {
        en: "Every service registered in it must be recreated and re-registered.",
        ja: "登録されているすべてのサービスを作り直して登録し直す必要があります。",
      },
    },
    docs: "https://docs.aws.amazon.com/cloud-map/latest/dg/working-with-namespaces.html",
  },
  {
    types: ["aws_service_discovery_service"],
    title: { en: "Cloud Map service", ja: "Cloud Map サービス" },
    service: "Cloud Map",
    what: {
      en: "A name in a Cloud Map namespace under which ECS registers the IP addresses of a service's running tasks.",
      ja: "Cloud Map の名前空間内の名前で、ECS がサービスの実行中タスクの IP アドレスをここに登録します。",
    },
    analogy: {
      en: "Like a DNS name that always lists the current containers of one service.",
      ja: "ある 1 つのサービスの現在のコンテナを常に列挙する DNS 名のようなものです。",
    },
    effects: {
      create: {
        en: "ECS services that reference it register their tasks; other services can resolve the name.",
        ja: "これを参照する ECS サービスがタスクを登録し、他のサービスがその名前を解決できるようになります。",
      },
      update: {
        en: "DNS TTL or health settings change for new lookups.",
        ja: "DNS の TTL やヘルスチェックの設定が、以降の名前解決に対して変わります。",
      },
      delete: {
        en: "Callers can no longer find the service by name.",
        ja: "呼び出し側がサービスを名前で見つけられなくなります。",
      },
      replace: {
        en: "The ECS service referencing it is usually replaced too (downtime).",
        ja: "これを参照する ECS サービスも通常は置き換えになります（停止時間が発生します）。",
      },
    },
    docs: "https://docs.aws.amazon.com/cloud-map/latest/dg/working-with-services.html",
  },
];
