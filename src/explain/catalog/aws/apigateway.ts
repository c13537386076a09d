import type { CatalogEntry } from "../../types.js";

// API Gateway REST APIs are built from many small resources, and nothing changes for clients
// until a deployment reaches a stage: effects keep repeating that because it surprises people.

export const apiGatewayEntries: CatalogEntry[] = [
  {
    types: ["aws_api_gateway_rest_api"],
    title: { en: "API Gateway REST API", ja: "API Gateway の REST API" },
    service: "API Gateway",
    what: {
      en: "A managed HTTP API front door (REST API flavour) whose routes forward requests to Lambda functions, HTTP backends or AWS services, with auth, throttling and API keys.",
      ja: "マネージドな HTTP API の入口（REST API 型）で、ルートごとにリクエストを Lambda 関数、HTTP バックエンド、AWS サービスに転送し、認証、スロットリング、API キーを扱えます。",
    },
    analogy: {
      en: "Like a Fastify app that only contains routes and middleware, with each handler living somewhere else (usually Lambda).",
      ja: "ルートとミドルウェアだけを持ち、ハンドラーは別の場所（多くは Lambda）にある Fastify アプリのようなものです。",
    },
    effects: {
      create: {
        en: "An empty API appears; it serves nothing until resources, methods, a deployment and a stage exist.",
        ja: "空の API が作成されます。リソース、メソッド、デプロイ、ステージが揃うまで何も提供しません。",
      },
      update: {
        en: "Definition changes (for example an OpenAPI body) are not live until a new deployment is made to a stage.",
        ja: "定義の変更（OpenAPI の body など）は、新しいデプロイをステージに反映するまで公開されません。",
      },
      delete: {
        en: "Every stage and URL of the API stops working; clients get errors.",
        ja: "API のすべてのステージと URL が使えなくなり、クライアントはエラーになります。",
      },
      replace: {
        en: "A new API ID means a new invoke URL: clients that call the execute-api URL directly break; custom domains must be remapped.",
        ja: "API ID が変わると呼び出し URL も変わります。execute-api の URL を直接呼んでいるクライアントは壊れ、カスタムドメインのマッピングもやり直しになります。",
      },
    },
    docs: "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-rest-api.html",
    related: {
      en: "Routes are aws_api_gateway_resource (paths) + aws_api_gateway_method / aws_api_gateway_integration (what runs). aws_api_gateway_deployment snapshots them and aws_api_gateway_stage publishes the snapshot at a URL.",
      ja: "ルートは aws_api_gateway_resource（パス）と aws_api_gateway_method / aws_api_gateway_integration（何を実行するか）で作ります。aws_api_gateway_deployment がそれらのスナップショットを取り、aws_api_gateway_stage がそれを URL で公開します。",
    },
  },
  {
    types: ["aws_api_gateway_resource"],
    title: { en: "API Gateway resource (path)", ja: "API Gateway リソース（パス）" },
    service: "API Gateway",
    what: {
      en: "One path segment of a REST API (for example /users or /users/{id}).",
      ja: "REST API のパスの 1 区切り（例：/users や /users/{id}）です。",
    },
    analogy: {
      en: "Like the path part of `app.get('/users/:id', ...)`.",
      ja: "`app.get('/users/:id', ...)` のパスの部分のようなものです。",
    },
    effects: {
      create: {
        en: "The path exists in the definition; it becomes reachable after the next deployment.",
        ja: "定義にパスが追加されます。次のデプロイの後に到達できるようになります。",
      },
      update: {
        en: "Changes become live at the next deployment.",
        ja: "変更は次のデプロイで公開されます。",
      },
      delete: {
        en: "After the next deployment, requests to this path (and its methods) get 403/404 errors.",
        ja: "次のデプロイの後、このパス（とそのメソッド）へのリクエストは 403/404 エラーになります。",
      },
      replace: {
        en: "Caused by a path change: after deployment the old path stops working.",
        ja: "パスの変更が原因です。デプロイ後は古いパスが使えなくなります。",
      },
    },
    docs: "https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-method-settings.html",
  },
  {
    types: [
      "aws_api_gateway_method",
      "aws_api_gateway_method_response",
      "aws_api_gateway_integration",
      "aws_api_gateway_integration_response",
    ],
    title: { en: "API Gateway method, integration and responses", ja: "API Gateway のメソッド・統合・レスポンス" },
    service: "API Gateway",
    what: {
      en: "The pieces that define one route of a REST API: the HTTP method and its authorisation (method), the backend it calls (integration), and how backend answers are mapped to client responses (integration response, method response).",
      ja: "REST API の 1 つのルートを定義する部品です。HTTP メソッドと認可（メソッド）、呼び出すバックエンド（統合）、バックエンドの応答をクライアントへのレスポンスに変換する方法（統合レスポンス、メソッドレスポンス）です。",
    },
    analogy: {
      en: "Like the verb, auth hook, handler and reply serialisation of one Fastify route, declared separately.",
      ja: "Fastify の 1 つのルートの HTTP メソッド、認証フック、ハンドラー、レスポンスのシリアライズを、別々に宣言するようなものです。",
    },
    effects: {
      create: {
        en: "The route is added to the definition; clients see it only after the next deployment. Check authorization: NONE means the route is public.",
        ja: "ルートが定義に追加されます。クライアントから見えるのは次のデプロイの後です。authorization が NONE だとルートは公開されることを確認してください。",
      },
      update: {
        en: "Changes to auth, backend or mappings go live at the next deployment; a wrong integration makes the route return 5xx.",
        ja: "認証、バックエンド、マッピングの変更は次のデプロイで公開されます。統合を間違えるとルートが 5xx を返します。",
      },
      delete: {
        en: "After the next deployment the route (or that response mapping) no longer exists.",
        ja: "次のデプロイの後、そのルート（またはそのレスポンスのマッピング）は無くなります。",
      },
      replace: {
        en: "The piece is recreated; the live API changes at the next deployment.",
        ja: "部品が作り直されます。公開中の API が変わるのは次のデプロイです。",
      },
    },
    docs: "https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-method-settings.html",
    related: {
      en: "Lambda integrations also need an aws_lambda_permission allowing API Gateway to invoke the function.",
      ja: "Lambda の統合には、API Gateway が関数を呼び出せるようにする aws_lambda_permission も必要です。",
    },
  },
  {
    types: ["aws_api_gateway_authorizer"],
    title: { en: "API Gateway authorizer", ja: "API Gateway オーソライザー" },
    service: "API Gateway",
    what: {
      en: "Checks a request's token (with a Lambda function or a Cognito user pool) before the route runs.",
      ja: "ルートを実行する前に、リクエストのトークンを（Lambda 関数や Cognito ユーザープールで）検証します。",
    },
    analogy: {
      en: "Like a Fastify `onRequest` auth hook shared by several routes.",
      ja: "複数のルートで共有する Fastify の `onRequest` 認証フックのようなものです。",
    },
    effects: {
      create: {
        en: "Routes that reference it start requiring valid tokens after the next deployment.",
        ja: "これを参照するルートは、次のデプロイの後から有効なトークンを要求するようになります。",
      },
      update: {
        en: "Changes to the token source or cache TTL change who gets in.",
        ja: "トークンの取得元やキャッシュ TTL を変えると、通過できるリクエストが変わります。",
      },
      delete: {
        en: "Fails while methods use it; removing it from methods makes those routes unauthenticated or broken.",
        ja: "メソッドが使用中の間は失敗します。メソッドから外すと、そのルートは認証なしになるか壊れます。",
      },
      replace: {
        en: "Methods must point at the new authorizer and be redeployed.",
        ja: "メソッドを新しいオーソライザーに向け直して、再デプロイする必要があります。",
      },
    },
    docs: "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-use-lambda-authorizer.html",
  },
  {
    types: ["aws_api_gateway_deployment"],
    title: { en: "API Gateway deployment", ja: "API Gateway デプロイ" },
    service: "API Gateway",
    what: {
      en: "An immutable snapshot of a REST API's routes and settings that a stage can serve.",
      ja: "ステージが提供できる、REST API のルートと設定の変更不可のスナップショットです。",
    },
    analogy: {
      en: "Like a build artifact of your API: nothing you edit reaches users until a new build is released.",
      ja: "API のビルド成果物のようなものです。編集した内容は、新しいビルドがリリースされるまで利用者に届きません。",
    },
    effects: {
      create: {
        en: "A new snapshot exists; it goes live when a stage points to it.",
        ja: "新しいスナップショットができ、ステージがそれを指したときに公開されます。",
      },
      update: {
        en: "Usually only the description; route changes require a NEW deployment.",
        ja: "多くは説明の変更だけです。ルートの変更には新しいデプロイが必要です。",
      },
      delete: {
        en: "Fails while a stage serves it.",
        ja: "ステージが提供中の間は失敗します。",
      },
      replace: {
        en: "This is how new API changes are released: a new snapshot is taken and the stage switches to it (use create_before_destroy so the stage never points at nothing).",
        ja: "API の変更はこうしてリリースされます。新しいスナップショットが取られ、ステージがそれに切り替わります（ステージが何も指さない瞬間を作らないよう create_before_destroy を使ってください）。",
      },
    },
    docs: "https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-deploy-api.html",
  },
  {
    types: ["aws_api_gateway_stage"],
    title: { en: "API Gateway stage", ja: "API Gateway ステージ" },
    service: "API Gateway",
    what: {
      en: "A named, live environment of a REST API (for example prod) with its own URL, pointing at one deployment, with logging, throttling and stage variables.",
      ja: "REST API の名前付きの公開環境（例：prod）で、独自の URL を持ち、1 つのデプロイを指し、ログ、スロットリング、ステージ変数を設定します。",
    },
    analogy: {
      en: "Like a release channel (staging, production) that points at one build.",
      ja: "1 つのビルドを指すリリースチャネル（staging、production）のようなものです。",
    },
    effects: {
      create: {
        en: "The API becomes reachable at the stage URL.",
        ja: "ステージの URL で API に到達できるようになります。",
      },
      update: {
        en: "Pointing at another deployment releases (or rolls back) the API at once; throttling or logging changes apply immediately.",
        ja: "別のデプロイを指すと、API が即座にリリース（またはロールバック）されます。スロットリングやログの変更もすぐに反映されます。",
      },
      delete: {
        en: "The stage URL stops working for every client.",
        ja: "すべてのクライアントで、ステージの URL が使えなくなります。",
      },
      replace: {
        en: "Caused by a name change: the URL path changes and clients using the old stage name break.",
        ja: "名前の変更が原因です。URL のパスが変わり、古いステージ名を使っているクライアントは壊れます。",
      },
    },
    docs: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-stages.html",
  },
  {
    types: ["aws_api_gateway_method_settings"],
    title: { en: "API Gateway method settings", ja: "API Gateway メソッド設定" },
    service: "API Gateway",
    what: {
      en: "Per-stage settings for all or some methods: throttling limits, logging level, metrics and caching.",
      ja: "ステージごとの、全部または一部のメソッドに対する設定で、スロットリング上限、ログレベル、メトリクス、キャッシュを決めます。",
    },
    analogy: {
      en: "Like rate-limit and logging middleware options applied per route.",
      ja: "ルートごとに適用するレート制限やログのミドルウェア設定のようなものです。",
    },
    effects: {
      create: {
        en: "Limits and logging apply to live traffic immediately; too low a throttle returns 429 errors to real users.",
        ja: "上限やログの設定が公開中の通信にすぐ適用されます。スロットリングが低すぎると実際の利用者に 429 エラーが返ります。",
      },
      update: {
        en: "Changes apply immediately without a new deployment.",
        ja: "新しいデプロイなしで、変更がすぐに反映されます。",
      },
      delete: {
        en: "The methods fall back to the stage defaults.",
        ja: "メソッドはステージのデフォルト設定に戻ります。",
      },
    },
    docs: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-stages.html",
  },
  {
    types: ["aws_api_gateway_account"],
    title: { en: "API Gateway account settings", ja: "API Gateway のアカウント設定" },
    service: "API Gateway",
    what: {
      en: "Region-wide API Gateway settings, mainly the IAM role API Gateway uses to write logs to CloudWatch.",
      ja: "リージョン全体の API Gateway 設定で、主に API Gateway が CloudWatch にログを書くための IAM ロールです。",
    },
    analogy: {
      en: "Like a global config for the logging plugin shared by every API in the region.",
      ja: "リージョン内のすべての API で共有する、ログ用プラグインのグローバル設定のようなものです。",
    },
    effects: {
      create: {
        en: "Stages with logging enabled can write logs to CloudWatch.",
        ja: "ログを有効にしたステージが CloudWatch にログを書けるようになります。",
      },
      update: {
        en: "A wrong role breaks API logging in the whole region.",
        ja: "ロールを間違えると、リージョン全体で API のログ出力が壊れます。",
      },
      delete: {
        en: "Terraform usually only stops managing it; the current settings remain.",
        ja: "Terraform は通常、管理をやめるだけで、現在の設定は残ります。",
      },
    },
    docs: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html",
  },
  {
    types: ["aws_api_gateway_domain_name"],
    title: { en: "API Gateway custom domain", ja: "API Gateway カスタムドメイン" },
    service: "API Gateway",
    what: {
      en: "A custom domain name (api.example.com) with its certificate for API Gateway, replacing the generated execute-api URL.",
      ja: "自動生成される execute-api の URL の代わりに使う、証明書付きの API Gateway 用カスタムドメイン名（api.example.com）です。",
    },
    analogy: {
      en: "Like pointing your own domain at a hosted service instead of its default subdomain.",
      ja: "ホスティングサービスのデフォルトのサブドメインの代わりに、自分のドメインを向けるようなものです。",
    },
    effects: {
      create: {
        en: "The domain is ready once a DNS record points to its target and a base path mapping exists.",
        ja: "DNS レコードがそのターゲットを指し、ベースパスマッピングができると使えるようになります。",
      },
      update: {
        en: "Certificate or TLS policy changes apply to clients within minutes.",
        ja: "証明書や TLS ポリシーの変更は数分でクライアントに反映されます。",
      },
      delete: {
        en: "Clients using the custom domain get connection or certificate errors.",
        ja: "カスタムドメインを使うクライアントは接続エラーや証明書エラーになります。",
      },
      replace: {
        en: "The DNS target of the domain changes; the Route 53 record must follow, with downtime in between.",
        ja: "ドメインの DNS ターゲットが変わるため Route 53 のレコードも追従する必要があり、その間は停止します。",
      },
    },
    docs: "https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-custom-domains.html",
  },
  {
    types: ["aws_api_gateway_base_path_mapping"],
    title: { en: "API Gateway base path mapping", ja: "API Gateway ベースパスマッピング" },
    service: "API Gateway",
    what: {
      en: "Connects a path on a custom domain (for example api.example.com/v1) to an API stage.",
      ja: "カスタムドメイン上のパス（例：api.example.com/v1）を API のステージに結び付けます。",
    },
    analogy: {
      en: "Like mounting a sub-app under a prefix with `app.register(plugin, { prefix: '/v1' })`.",
      ja: "`app.register(plugin, { prefix: '/v1' })` でサブアプリをプレフィックスの下にマウントするようなものです。",
    },
    effects: {
      create: {
        en: "Requests to the domain path reach the stage.",
        ja: "ドメインのそのパスへのリクエストがステージに届くようになります。",
      },
      update: {
        en: "Pointing at another stage switches traffic immediately.",
        ja: "別のステージを指すと、すぐに通信が切り替わります。",
      },
      delete: {
        en: "Requests to that domain path fail.",
        ja: "そのドメインのパスへのリクエストが失敗します。",
      },
      replace: {
        en: "A short window where the path is unmapped.",
        ja: "パスがどこにも結び付いていない短い時間帯があります。",
      },
    },
    docs: "https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-custom-domains.html",
  },
  {
    types: ["aws_api_gateway_documentation_part", "aws_api_gateway_documentation_version"],
    title: { en: "API Gateway documentation", ja: "API Gateway ドキュメント" },
    service: "API Gateway",
    what: {
      en: "Documentation attached to parts of a REST API (documentation parts) and frozen snapshots of it tied to a stage (documentation versions), exportable as OpenAPI.",
      ja: "REST API の各部分に付けるドキュメント（ドキュメントパーツ）と、それをステージに結び付けて固定したスナップショット（ドキュメントバージョン）で、OpenAPI としてエクスポートできます。",
    },
    analogy: {
      en: "Like JSDoc comments on your routes and a tagged release of the generated API docs.",
      ja: "ルートに付けた JSDoc コメントと、生成した API ドキュメントのタグ付きリリースのようなものです。",
    },
    effects: {
      create: {
        en: "Documentation is added; live traffic is not affected.",
        ja: "ドキュメントが追加されます。公開中の通信には影響しません。",
      },
      update: {
        en: "Only the documentation text changes.",
        ja: "ドキュメントの文面だけが変わります。",
      },
      delete: {
        en: "The documentation (or snapshot) disappears from exports; the API keeps working.",
        ja: "ドキュメント（またはスナップショット）がエクスポートから消えます。API は動き続けます。",
      },
    },
    docs: "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-documenting-api.html",
  },
  {
    types: ["aws_apigatewayv2_api"],
    title: { en: "API Gateway HTTP / WebSocket API", ja: "API Gateway の HTTP / WebSocket API" },
    service: "API Gateway",
    what: {
      en: "The newer, simpler and cheaper API Gateway flavour (HTTP APIs) or a WebSocket API, with routes, integrations and stages.",
      ja: "より新しくシンプルで安価な API Gateway（HTTP API）または WebSocket API で、ルート、統合、ステージを持ちます。",
    },
    analogy: {
      en: "Like a lightweight reverse proxy with JWT auth built in.",
      ja: "JWT 認証を組み込んだ軽量なリバースプロキシのようなものです。",
    },
    effects: {
      create: {
        en: "A new API with its own endpoint appears.",
        ja: "独自のエンドポイントを持つ新しい API が作成されます。",
      },
      update: {
        en: "CORS or other settings change; with auto-deploy stages they go live right away.",
        ja: "CORS などの設定が変わります。自動デプロイのステージではすぐに公開されます。",
      },
      delete: {
        en: "The endpoint and all routes stop working.",
        ja: "エンドポイントとすべてのルートが使えなくなります。",
      },
      replace: {
        en: "A new API ID and endpoint URL; clients and DNS must follow.",
        ja: "API ID とエンドポイントの URL が新しくなり、クライアントや DNS も追従する必要があります。",
      },
    },
    docs: "https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api.html",
  },
  {
    types: ["aws_apigatewayv2_stage", "aws_apigatewayv2_route", "aws_apigatewayv2_integration"],
    title: { en: "HTTP API stage, route and integration", ja: "HTTP API のステージ・ルート・統合" },
    service: "API Gateway",
    what: {
      en: "The parts of an HTTP/WebSocket API: routes (`GET /users`) that call integrations (Lambda, HTTP backend, private ALB via VPC link), published through stages.",
      ja: "HTTP/WebSocket API の部品で、ルート（`GET /users`）が統合（Lambda、HTTP バックエンド、VPC リンク経由のプライベート ALB）を呼び出し、ステージを通して公開されます。",
    },
    analogy: {
      en: "Like route declarations and their handlers in Fastify, plus the environment they are published to.",
      ja: "Fastify のルート宣言とそのハンドラー、そしてそれらを公開する環境のようなものです。",
    },
    effects: {
      create: {
        en: "New routes or stages become reachable (immediately with an auto-deploy stage).",
        ja: "新しいルートやステージに到達できるようになります（自動デプロイのステージならすぐに）。",
      },
      update: {
        en: "Auth, backend or throttling changes affect live traffic once deployed.",
        ja: "認証、バックエンド、スロットリングの変更が、デプロイされると公開中の通信に影響します。",
      },
      delete: {
        en: "The route or stage stops answering; clients get 404 or errors.",
        ja: "そのルートやステージが応答しなくなり、クライアントは 404 やエラーになります。",
      },
      replace: {
        en: "A short window where the route or stage is missing.",
        ja: "ルートやステージが無い短い時間帯があります。",
      },
    },
    docs: "https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api.html",
  },
];
