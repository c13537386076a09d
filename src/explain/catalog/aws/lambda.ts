import type { CatalogEntry } from "../../types.js";

// Lambda: functions and the permissions and triggers around them.

export const lambdaEntries: CatalogEntry[] = [
  {
    types: ["aws_lambda_function"],
    title: { en: "Lambda function", ja: "Lambda 関数" },
    service: "Lambda",
    what: {
      en: "Code (a zip or a container image) that AWS runs on demand in response to events or requests, billed per invocation and duration, with no server to manage.",
      ja: "イベントやリクエストに応じて AWS が必要なときに実行するコード（zip またはコンテナイメージ）で、管理するサーバーは無く、呼び出し回数と実行時間で課金されます。",
    },
    analogy: {
      en: "Like a single exported handler `(event) => result` deployed as its own tiny service, like a Next.js API route or a Vercel function.",
      ja: "`(event) => result` というハンドラー 1 つを小さな独立サービスとしてデプロイしたもので、Next.js の API ルートや Vercel Functions のようなものです。",
    },
    effects: {
      create: {
        en: "The function exists but runs only when something invokes it (a trigger, an API, a schedule).",
        ja: "関数が作成されますが、何か（トリガー、API、スケジュール）が呼び出したときだけ実行されます。",
      },
      update: {
        en: "New code or configuration (environment variables, memory, timeout, role, VPC) applies to new invocations within seconds; a bad deploy fails every request, as there is no gradual rollout unless you use aliases.",
        ja: "新しいコードや設定（環境変数、メモリ、タイムアウト、ロール、VPC）が数秒で新しい呼び出しに適用されます。エイリアスを使わない限り段階的な切り替えは無いため、不具合のあるデプロイはすべてのリクエストを失敗させます。",
      },
      delete: {
        en: "Every trigger, API route or schedule that calls it starts failing.",
        ja: "これを呼び出すトリガー、API ルート、スケジュールがすべて失敗し始めます。",
      },
      replace: {
        en: "Caused by a name or package-type change: triggers and permissions that reference the old function must be recreated; invocations fail in between.",
        ja: "名前やパッケージタイプの変更が原因です。古い関数を参照しているトリガーや権限を作り直す必要があり、その間の呼び出しは失敗します。",
      },
    },
    docs: "https://docs.aws.amazon.com/lambda/latest/dg/welcome.html",
    related: {
      en: "Runs as an aws_iam_role (its execution role), logs to an aws_cloudwatch_log_group, and is invoked by services allowed through aws_lambda_permission (API Gateway, EventBridge, S3, SNS) or by an aws_lambda_event_source_mapping (SQS, DynamoDB streams, Kinesis).",
      ja: "aws_iam_role（実行ロール）の権限で動き、aws_cloudwatch_log_group にログを出します。aws_lambda_permission で許可したサービス（API Gateway、EventBridge、S3、SNS）や、aws_lambda_event_source_mapping（SQS、DynamoDB ストリーム、Kinesis）から呼び出されます。",
    },
  },
  {
    types: ["aws_lambda_permission"],
    title: { en: "Lambda invoke permission", ja: "Lambda の呼び出し権限" },
    service: "Lambda",
    what: {
      en: "A statement in a function's resource policy that allows a service or account (API Gateway, EventBridge, S3, SNS, an ALB...) to invoke it.",
      ja: "関数のリソースポリシーに追加する 1 文で、サービスやアカウント（API Gateway、EventBridge、S3、SNS、ALB など）がその関数を呼び出すことを許可します。",
    },
    analogy: {
      en: "Like adding a caller to the allowlist of an internal endpoint.",
      ja: "社内向けエンドポイントの許可リストに呼び出し元を追加するようなものです。",
    },
    effects: {
      create: {
        en: "The named service can invoke the function immediately; without source_arn, any resource of that service in any account might be able to.",
        ja: "指定したサービスがすぐに関数を呼び出せるようになります。source_arn を指定しないと、そのサービスのどのリソース（他アカウントのものも含む）からでも呼べてしまうことがあります。",
      },
      delete: {
        en: "That trigger stops working: API Gateway returns 5xx errors, schedules and S3 events no longer run the function.",
        ja: "そのトリガーが機能しなくなります。API Gateway は 5xx エラーを返し、スケジュールや S3 イベントで関数が動かなくなります。",
      },
      replace: {
        en: "Most changes replace the statement: a brief window in which invocations from that service are denied.",
        ja: "ほとんどの変更で文が置き換えられるため、そのサービスからの呼び出しが拒否される短い時間帯があります。",
      },
    },
    docs: "https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html",
  },
  {
    types: ["aws_lambda_event_source_mapping"],
    title: { en: "Lambda event source mapping", ja: "Lambda イベントソースマッピング" },
    service: "Lambda",
    what: {
      en: "Makes Lambda poll a queue or stream (SQS, DynamoDB Streams, Kinesis, Kafka) and invoke the function with batches of records.",
      ja: "Lambda がキューやストリーム（SQS、DynamoDB Streams、Kinesis、Kafka）をポーリングし、レコードのまとまりで関数を呼び出すようにします。",
    },
    analogy: {
      en: "Like a queue worker process (`queue.process(handler)`) that AWS runs for you.",
      ja: "AWS が代わりに動かしてくれるキューワーカー（`queue.process(handler)`）のようなものです。",
    },
    effects: {
      create: {
        en: "The function starts consuming messages right away, including any backlog already waiting.",
        ja: "関数がすぐにメッセージの処理を始めます。既に溜まっているメッセージも対象です。",
      },
      update: {
        en: "Batch size, concurrency or filters change how fast and what is consumed; disabling it pauses processing.",
        ja: "バッチサイズ、同時実行数、フィルターの変更で処理速度や対象が変わります。無効にすると処理が一時停止します。",
      },
      delete: {
        en: "Messages stop being processed and pile up in the queue or stream (and may expire).",
        ja: "メッセージが処理されなくなり、キューやストリームに溜まっていきます（期限切れで消えることもあります）。",
      },
      replace: {
        en: "Processing pauses while the mapping is recreated; stream positions may restart from the configured starting point.",
        ja: "マッピングが作り直される間は処理が止まり、ストリームの読み取り位置が設定した開始位置からやり直しになることがあります。",
      },
    },
    docs: "https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventsourcemapping.html",
  },
  {
    types: ["aws_lambda_alias"],
    title: { en: "Lambda alias", ja: "Lambda エイリアス" },
    service: "Lambda",
    what: {
      en: "A named pointer (such as `live`) to a published function version, optionally splitting traffic between two versions.",
      ja: "公開済みの関数バージョンを指す名前付きのポインター（`live` など）で、2 つのバージョン間でトラフィックを分けることもできます。",
    },
    analogy: {
      en: "Like a git tag or an npm dist-tag (`latest`) that you move to a new release.",
      ja: "新しいリリースに付け替える git のタグや npm の dist-tag（`latest`）のようなものです。",
    },
    effects: {
      create: {
        en: "Callers can invoke the function through the alias name.",
        ja: "呼び出し側がエイリアス名で関数を呼び出せるようになります。",
      },
      update: {
        en: "Moving the alias deploys (or rolls back) instantly for every caller using it.",
        ja: "エイリアスを付け替えると、それを使うすべての呼び出し側に対して即座にデプロイ（またはロールバック）されます。",
      },
      delete: {
        en: "Callers and triggers that use the alias ARN start failing.",
        ja: "エイリアスの ARN を使う呼び出し側やトリガーが失敗し始めます。",
      },
      replace: {
        en: "Triggers pointing to the alias must be re-attached; calls fail in between.",
        ja: "エイリアスを指すトリガーを付け直す必要があり、その間の呼び出しは失敗します。",
      },
    },
    docs: "https://docs.aws.amazon.com/lambda/latest/dg/configuration-aliases.html",
  },
  {
    types: ["aws_lambda_layer_version"],
    title: { en: "Lambda layer version", ja: "Lambda レイヤーのバージョン" },
    service: "Lambda",
    what: {
      en: "An immutable, versioned bundle of libraries or files that functions can include.",
      ja: "関数から取り込める、ライブラリやファイルをまとめた変更不可のバージョン付きパッケージです。",
    },
    analogy: {
      en: "Like a published npm package version shared by several functions.",
      ja: "複数の関数で共有する、公開済みの npm パッケージのバージョンのようなものです。",
    },
    effects: {
      create: {
        en: "A new version number is published; functions use it only when updated to reference it.",
        ja: "新しいバージョン番号が公開されます。関数が参照するよう更新されて初めて使われます。",
      },
      delete: {
        en: "The version can no longer be added to functions; functions already using it keep working.",
        ja: "そのバージョンは関数に追加できなくなります。既に使っている関数は動き続けます。",
      },
      replace: {
        en: "Any content change publishes a new version, and functions that reference it are updated (a deploy).",
        ja: "中身を変えると新しいバージョンが公開され、それを参照する関数が更新されます（デプロイになります）。",
      },
    },
    docs: "https://docs.aws.amazon.com/lambda/latest/dg/chapter-layers.html",
  },
  {
    types: ["aws_lambda_function_url"],
    title: { en: "Lambda function URL", ja: "Lambda 関数 URL" },
    service: "Lambda",
    what: {
      en: "A dedicated HTTPS endpoint for a function, with either IAM authentication or none (public).",
      ja: "関数専用の HTTPS エンドポイントで、IAM 認証付きか認証なし（公開）を選べます。",
    },
    analogy: {
      en: "Like deploying a single API route and getting a public URL for it.",
      ja: "API ルートを 1 つデプロイして、その公開 URL を得るようなものです。",
    },
    effects: {
      create: {
        en: "The function becomes reachable over HTTPS; with auth type NONE, anyone on the internet can call it.",
        ja: "関数に HTTPS で到達できるようになります。認証タイプが NONE だと、インターネット上の誰でも呼び出せます。",
      },
      update: {
        en: "Auth or CORS changes apply at once to all callers.",
        ja: "認証や CORS の変更が、すべての呼び出し側にすぐ適用されます。",
      },
      delete: {
        en: "The URL stops working for every client using it.",
        ja: "その URL を使うすべてのクライアントで使えなくなります。",
      },
      replace: {
        en: "The URL may change; clients must be updated.",
        ja: "URL が変わることがあり、クライアントの更新が必要です。",
      },
    },
    docs: "https://docs.aws.amazon.com/lambda/latest/dg/lambda-urls.html",
  },
];
