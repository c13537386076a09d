import type { CatalogEntry } from "../../types.js";

// Logs, metrics, alarms, events and audit trails: losing them rarely breaks the app, but it
// blinds the team during the next incident. Log groups themselves hold data.

export const observabilityEntries: CatalogEntry[] = [
  {
    types: ["aws_cloudwatch_log_group"],
    title: { en: "CloudWatch Logs log group", ja: "CloudWatch Logs ロググループ" },
    service: "CloudWatch",
    what: {
      en: "A named store for log lines (for example /ecs/api, where ECS tasks send stdout), with a retention period and optional KMS encryption.",
      ja: "ログを保存する名前付きの入れ物（例：ECS タスクが標準出力を送る /ecs/api）で、保持期間と任意の KMS 暗号化を設定します。",
    },
    analogy: {
      en: "Like the folder where `docker logs` output is kept for you, searchable and with an automatic clean-up date.",
      ja: "`docker logs` の出力を保管してくれるフォルダーのようなもので、検索でき、自動で削除される期限も付けられます。",
    },
    effects: {
      create: {
        en: "Logs can be written to it; billed for ingestion and storage. Without retention_in_days, logs are kept forever.",
        ja: "ログを書き込めるようになります。取り込み量と保存量で課金されます。retention_in_days が無いとログは無期限に保持されます。",
      },
      update: {
        en: "Shortening retention deletes older logs permanently; adding a KMS key means writers and readers need permission on it.",
        ja: "保持期間を短くすると、それより古いログが完全に削除されます。KMS キーを追加すると、書き込み側と読み取り側にそのキーの権限が必要になります。",
      },
      delete: {
        en: "Every log line in it is deleted; ECS tasks or Lambdas configured to write here may fail to start or lose their logs.",
        ja: "中のログがすべて削除されます。ここに書き込むよう設定された ECS タスクや Lambda は、起動に失敗したりログを失ったりすることがあります。",
      },
      replace: {
        en: "Caused by a name change: the old group and all its logs are deleted; writers must point to the new name.",
        ja: "名前の変更が原因です。古いグループとそのログがすべて削除され、書き込み側は新しい名前を使う必要があります。",
      },
    },
    docs: "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html",
    stateful: true,
    related: {
      en: "aws_ecs_task_definition sends container logs here (awslogs driver). Logs can be turned into metrics with aws_cloudwatch_log_metric_filter or streamed elsewhere with aws_cloudwatch_log_subscription_filter.",
      ja: "aws_ecs_task_definition はコンテナのログをここに送ります（awslogs ドライバー）。ログは aws_cloudwatch_log_metric_filter でメトリクスにしたり、aws_cloudwatch_log_subscription_filter で他に流したりできます。",
    },
  },
  {
    types: ["aws_cloudwatch_log_stream"],
    title: { en: "CloudWatch Logs log stream", ja: "CloudWatch Logs ログストリーム" },
    service: "CloudWatch",
    what: {
      en: "One sequence of log events inside a log group, usually one per container or instance.",
      ja: "ロググループ内のログイベントの並び 1 つで、通常はコンテナやインスタンスごとに 1 つです。",
    },
    analogy: {
      en: "Like one file in a log folder.",
      ja: "ログフォルダー内のファイル 1 つのようなものです。",
    },
    effects: {
      create: {
        en: "An empty stream appears; most streams are created automatically by the writers.",
        ja: "空のストリームが作成されます。ほとんどのストリームは書き込み側が自動で作成します。",
      },
      delete: {
        en: "The log events in the stream are deleted.",
        ja: "ストリーム内のログイベントが削除されます。",
      },
      replace: {
        en: "The old stream and its events are deleted.",
        ja: "古いストリームとそのイベントが削除されます。",
      },
    },
    docs: "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html",
    stateful: true,
  },
  {
    types: ["aws_cloudwatch_log_groups"],
    title: { en: "Log groups lookup (data source)", ja: "ロググループの検索（データソース）" },
    service: "CloudWatch",
    what: {
      en: "A read-only lookup of the names and ARNs of existing log groups matching a prefix.",
      ja: "プレフィックスに一致する既存ロググループの名前と ARN を返す読み取り専用の検索です。",
    },
    analogy: {
      en: "Like `ls /var/log/myapp*`: it lists, it never changes anything.",
      ja: "`ls /var/log/myapp*` のようなものです。一覧を返すだけで、何も変更しません。",
    },
    effects: {},
    docs: "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html",
  },
  {
    types: ["aws_cloudwatch_log_resource_policy"],
    title: { en: "CloudWatch Logs resource policy", ja: "CloudWatch Logs リソースポリシー" },
    service: "CloudWatch",
    what: {
      en: "An account-level policy that lets AWS services (Route 53 query logging, EventBridge, OpenSearch...) write into your log groups.",
      ja: "AWS のサービス（Route 53 のクエリログ、EventBridge、OpenSearch など）がロググループに書き込めるようにする、アカウント単位のポリシーです。",
    },
    analogy: {
      en: "Like giving a third-party service a write-only token to your logging system.",
      ja: "外部サービスにログ基盤への書き込み専用トークンを渡すようなものです。",
    },
    effects: {
      create: {
        en: "The named services can start delivering logs.",
        ja: "指定したサービスがログを配信できるようになります。",
      },
      update: {
        en: "Services or log groups dropped from the policy stop delivering logs.",
        ja: "ポリシーから外したサービスやロググループへのログ配信が止まります。",
      },
      delete: {
        en: "Log delivery from those services fails silently: query logs or event logs stop arriving.",
        ja: "それらのサービスからのログ配信が気付かないうちに失敗し、クエリログやイベントログが届かなくなります。",
      },
    },
    docs: "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/AWS-logs-and-resource-policy.html",
    related: {
      en: "Needed by aws_route53_query_log, among others.",
      ja: "aws_route53_query_log などで必要になります。",
    },
  },
  {
    types: ["aws_cloudwatch_log_metric_filter"],
    title: { en: "Log metric filter", ja: "ログのメトリクスフィルター" },
    service: "CloudWatch",
    what: {
      en: "Counts log lines matching a pattern (for example \"ERROR\") and publishes the count as a CloudWatch metric that alarms can watch.",
      ja: "パターン（例：\"ERROR\"）に一致するログ行を数え、その数を CloudWatch メトリクスとして発行し、アラームで監視できるようにします。",
    },
    analogy: {
      en: "Like `grep -c ERROR` running continuously and feeding a dashboard.",
      ja: "`grep -c ERROR` を常時実行してダッシュボードに流すようなものです。",
    },
    effects: {
      create: {
        en: "New log lines start being counted (past lines are not).",
        ja: "新しいログ行が数えられ始めます（過去の行は対象外です）。",
      },
      update: {
        en: "A changed pattern can silently stop matching, leaving alarms that never fire.",
        ja: "パターンを変えると気付かないうちに一致しなくなり、アラームが鳴らなくなることがあります。",
      },
      delete: {
        en: "The metric stops receiving data; alarms on it go to INSUFFICIENT_DATA.",
        ja: "メトリクスにデータが届かなくなり、それを監視するアラームは INSUFFICIENT_DATA になります。",
      },
    },
    docs: "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/MonitoringLogData.html",
  },
  {
    types: ["aws_cloudwatch_log_subscription_filter"],
    title: { en: "Log subscription filter", ja: "ログのサブスクリプションフィルター" },
    service: "CloudWatch",
    what: {
      en: "Streams matching log events from a log group to Lambda, Kinesis or Firehose in near real time, for example to ship logs to an external tool.",
      ja: "ロググループの一致するログイベントを、ほぼリアルタイムで Lambda、Kinesis、Firehose に流します。例：外部ツールへのログ転送。",
    },
    analogy: {
      en: "Like `tail -f | grep` piped into another service.",
      ja: "`tail -f | grep` を別のサービスにパイプするようなものです。",
    },
    effects: {
      create: {
        en: "Matching events start flowing to the destination.",
        ja: "一致するイベントが宛先に流れ始めます。",
      },
      update: {
        en: "The pattern or destination changes for new events.",
        ja: "新しいイベントに対するパターンや宛先が変わります。",
      },
      delete: {
        en: "Log shipping stops; the external tool stops receiving these logs.",
        ja: "ログの転送が止まり、外部ツールにこれらのログが届かなくなります。",
      },
    },
    docs: "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Subscriptions.html",
  },
  {
    types: ["aws_cloudwatch_metric_alarm"],
    title: { en: "CloudWatch alarm", ja: "CloudWatch アラーム" },
    service: "CloudWatch",
    what: {
      en: "Watches one metric (or a metric expression) against a threshold and, when it is breached, notifies SNS or triggers scaling or other actions.",
      ja: "1 つのメトリクス（またはメトリクスの式）を閾値と比較して監視し、超えたときに SNS へ通知したり、スケーリングなどのアクションを起動したりします。",
    },
    analogy: {
      en: "Like an alert rule in Datadog or Grafana: 'if 5xx > 10 for 5 minutes, page someone'.",
      ja: "Datadog や Grafana のアラートルールのようなものです。「5xx が 5 分間 10 件を超えたら担当者を呼ぶ」などを表します。",
    },
    effects: {
      create: {
        en: "The alarm starts evaluating; it may fire right away if the metric is already past the threshold.",
        ja: "アラームの評価が始まります。メトリクスが既に閾値を超えていれば、すぐに発報することがあります。",
      },
      update: {
        en: "A higher threshold, longer period or removed action can hide real incidents; a lower one can cause noisy alerts.",
        ja: "閾値を上げる、期間を延ばす、アクションを外すと、本当の障害に気付けなくなることがあります。閾値を下げると誤報が増えることがあります。",
      },
      delete: {
        en: "Nobody is notified for this condition any more, and scaling actions driven by it stop.",
        ja: "この条件で誰にも通知されなくなり、これをきっかけにしたスケーリングも止まります。",
      },
      replace: {
        en: "Caused by a name change: the alarm history restarts and it re-evaluates from scratch.",
        ja: "名前の変更が原因です。アラームの履歴がリセットされ、最初から評価し直します。",
      },
    },
    docs: "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html",
    related: {
      en: "Actions usually point to an aws_sns_topic (notifications) or an aws_appautoscaling_policy (step scaling).",
      ja: "アクションは通常 aws_sns_topic（通知）か aws_appautoscaling_policy（ステップスケーリング）を指します。",
    },
  },
  {
    types: ["aws_cloudwatch_dashboard"],
    title: { en: "CloudWatch dashboard", ja: "CloudWatch ダッシュボード" },
    service: "CloudWatch",
    what: {
      en: "A saved page of graphs and numbers over CloudWatch metrics and logs.",
      ja: "CloudWatch のメトリクスやログのグラフ・数値をまとめて保存したページです。",
    },
    analogy: {
      en: "Like a Grafana dashboard stored as JSON in the repository.",
      ja: "リポジトリに JSON で保存した Grafana のダッシュボードのようなものです。",
    },
    effects: {
      create: {
        en: "The dashboard appears in the console.",
        ja: "コンソールにダッシュボードが表示されるようになります。",
      },
      update: {
        en: "Widgets change; edits made by hand in the console are overwritten.",
        ja: "ウィジェットが変わります。コンソールで手作業した編集は上書きされます。",
      },
      delete: {
        en: "The dashboard disappears; the metrics themselves are untouched.",
        ja: "ダッシュボードが消えます。メトリクス自体には影響しません。",
      },
    },
    docs: "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Dashboards.html",
  },
  {
    types: ["aws_cloudwatch_event_rule"],
    title: { en: "EventBridge rule", ja: "EventBridge ルール" },
    service: "EventBridge",
    what: {
      en: "Matches events (an ECS task stopped, an object uploaded...) or fires on a schedule (cron or rate), and sends them to targets.",
      ja: "イベント（ECS タスクの停止、オブジェクトのアップロードなど）に一致したとき、またはスケジュール（cron や rate）で発火し、ターゲットに送ります。",
    },
    analogy: {
      en: "Like a cron entry or an event listener (`emitter.on('task-stopped', ...)`) for your AWS account.",
      ja: "AWS アカウント用の cron の設定や、イベントリスナー（`emitter.on('task-stopped', ...)`）のようなものです。",
    },
    effects: {
      create: {
        en: "Matching events or schedule ticks start invoking the targets.",
        ja: "一致するイベントやスケジュールの時刻に、ターゲットが呼び出され始めます。",
      },
      update: {
        en: "A changed pattern or schedule changes what runs and when; disabling it stops all its targets from being called.",
        ja: "パターンやスケジュールを変えると、何がいつ動くかが変わります。無効にすると、すべてのターゲットが呼ばれなくなります。",
      },
      delete: {
        en: "Scheduled jobs and event-driven automations behind it stop running; its targets are removed too.",
        ja: "その背後にあるスケジュールジョブやイベント駆動の自動処理が止まり、ターゲットも削除されます。",
      },
      replace: {
        en: "Caused by a name or event bus change: a short gap in which events are missed.",
        ja: "名前やイベントバスの変更が原因です。短い間イベントを取りこぼします。",
      },
    },
    docs: "https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-rules.html",
    related: {
      en: "What happens is defined by aws_cloudwatch_event_target entries (an ECS task, a Lambda function, an SQS queue...).",
      ja: "実際に何が起こるかは aws_cloudwatch_event_target（ECS タスク、Lambda 関数、SQS キューなど）で定義します。",
    },
  },
  {
    types: ["aws_cloudwatch_event_target"],
    title: { en: "EventBridge target", ja: "EventBridge ターゲット" },
    service: "EventBridge",
    what: {
      en: "What an EventBridge rule invokes: a Lambda function, an ECS task (scheduled batch jobs), an SQS queue, an SNS topic and so on.",
      ja: "EventBridge ルールが呼び出すもので、Lambda 関数、ECS タスク（スケジュール実行のバッチ）、SQS キュー、SNS トピックなどです。",
    },
    analogy: {
      en: "Like the handler function attached to an event listener or cron entry.",
      ja: "イベントリスナーや cron の設定に結び付けたハンドラー関数のようなものです。",
    },
    effects: {
      create: {
        en: "The next matching event or schedule tick invokes this target.",
        ja: "次に一致したイベントやスケジュールの時刻に、このターゲットが呼び出されます。",
      },
      update: {
        en: "The input, role or task definition used changes for the next invocation (e.g. a scheduled ECS task runs a new revision).",
        ja: "次の呼び出しから入力、ロール、使うタスク定義が変わります（例：スケジュール実行の ECS タスクが新しいリビジョンで動く）。",
      },
      delete: {
        en: "The rule no longer calls this target: the scheduled job or automation silently stops.",
        ja: "ルールがこのターゲットを呼ばなくなり、スケジュールジョブや自動処理が気付かないうちに止まります。",
      },
      replace: {
        en: "A short gap in which invocations are missed.",
        ja: "短い間、呼び出しを取りこぼします。",
      },
    },
    docs: "https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-targets.html",
    related: {
      en: "Belongs to an aws_cloudwatch_event_rule; Lambda targets also need an aws_lambda_permission, ECS targets a role allowed to run the aws_ecs_task_definition.",
      ja: "aws_cloudwatch_event_rule に属します。Lambda のターゲットには aws_lambda_permission が、ECS のターゲットには aws_ecs_task_definition を実行できるロールが必要です。",
    },
  },
  {
    types: ["aws_cloudtrail"],
    title: { en: "CloudTrail trail", ja: "CloudTrail 証跡" },
    service: "CloudTrail",
    what: {
      en: "Records every AWS API call in the account (who did what, when, from where) and delivers the records to S3 and optionally CloudWatch Logs.",
      ja: "アカウント内のすべての AWS API 呼び出し（誰が、何を、いつ、どこから）を記録し、S3 と（任意で）CloudWatch Logs に届けます。",
    },
    analogy: {
      en: "Like an audit log table that records every admin action in your app, for the whole AWS account.",
      ja: "アプリの管理操作をすべて記録する監査ログテーブルの、AWS アカウント全体版のようなものです。",
    },
    effects: {
      create: {
        en: "API activity starts being delivered to the bucket (and log group); storage and extra trails are billed.",
        ja: "API の操作記録がバケット（とロググループ）に届き始めます。保存量や追加の証跡は課金されます。",
      },
      update: {
        en: "Turning off logging, multi-region or log file validation weakens the audit trail; check it is intended.",
        ja: "ログ記録、マルチリージョン、ログファイルの検証を無効にすると監査証跡が弱くなります。意図したものか確認してください。",
      },
      delete: {
        en: "Recording stops (files already delivered stay in S3): actions from now on leave no trail for security investigations.",
        ja: "記録が止まります（既に届いたファイルは S3 に残ります）。これ以降の操作はセキュリティ調査用の記録が残りません。",
      },
      replace: {
        en: "A gap in the audit trail while the new trail is created.",
        ja: "新しい証跡が作られるまでの間、監査記録に空白ができます。",
      },
    },
    docs: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-user-guide.html",
  },
];
