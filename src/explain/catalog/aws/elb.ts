import type { CatalogEntry } from "../../types.js";

// Load balancing: the request path Route 53 record → load balancer → listener → rule →
// target group → ECS tasks. `related` walks that path in both directions.

export const elbEntries: CatalogEntry[] = [
  {
    types: ["aws_lb", "aws_alb"],
    title: { en: "Load balancer (ALB / NLB)", ja: "ロードバランサー（ALB / NLB）" },
    service: "Elastic Load Balancing",
    what: {
      en: "A managed load balancer with its own DNS name that receives client traffic and spreads it over healthy targets; an Application Load Balancer works at HTTP level, a Network Load Balancer at TCP/UDP level.",
      ja: "独自の DNS 名を持つマネージドなロードバランサーで、クライアントからの通信を受けて正常なターゲットに振り分けます。Application Load Balancer は HTTP レベル、Network Load Balancer は TCP/UDP レベルで動作します。",
    },
    analogy: {
      en: "Like nginx in front of several Next.js or Fastify processes, run for you by AWS: one public entry point, many app copies behind it.",
      ja: "複数の Next.js や Fastify のプロセスの前に置く nginx を、AWS が運用してくれるようなものです。公開の入口は 1 つで、その後ろにアプリのコピーが複数並びます。",
    },
    effects: {
      create: {
        en: "A new entry point with a new DNS name appears; it receives nothing until a listener exists and DNS points to it. Billed per hour and per capacity unit.",
        ja: "新しい DNS 名を持つ新しい入口ができます。リスナーを作り DNS を向けるまでは何も受けません。時間単位とキャパシティユニット単位で課金されます。",
      },
      update: {
        en: "Usually subnets, security groups, idle timeout, access logs or deletion protection; these apply without changing the DNS name, but a wrong security group can block all clients.",
        ja: "多くはサブネット、セキュリティグループ、アイドルタイムアウト、アクセスログ、削除保護の変更です。DNS 名は変わりませんが、セキュリティグループを間違えるとすべてのクライアントが遮断されます。",
      },
      delete: {
        en: "The site or API behind it goes down: its DNS name stops resolving and all listeners and rules go with it.",
        ja: "背後にあるサイトや API が停止します。DNS 名が解決できなくなり、リスナーとルールもすべて一緒に消えます。",
      },
      replace: {
        en: "Caused by a name, scheme (internal/internet-facing) or type change: the new load balancer gets a NEW DNS name. Terraform-managed alias records follow, but anything that hard-coded the old name (CNAMEs elsewhere, partners, CDN origins) breaks, and there is downtime in between.",
        ja: "名前、スキーム（internal / internet-facing）、タイプの変更が原因です。新しいロードバランサーには新しい DNS 名が付きます。Terraform 管理のエイリアスレコードは追従しますが、古い名前を直接書いているもの（他所の CNAME、取引先、CDN のオリジンなど）は壊れ、切り替えの間は停止します。",
      },
    },
    docs: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/introduction.html",
    related: {
      en: "Request path: aws_route53_record (alias) → this load balancer → aws_lb_listener (port 443) → aws_lb_listener_rule (host/path match) → aws_lb_target_group → the tasks of an aws_ecs_service. Its aws_security_group decides who may connect.",
      ja: "リクエストの流れは、aws_route53_record（エイリアス）→ このロードバランサー → aws_lb_listener（443 番ポート）→ aws_lb_listener_rule（ホスト名/パスで判定）→ aws_lb_target_group → aws_ecs_service のタスク、です。誰が接続できるかは aws_security_group で決まります。",
    },
  },
  {
    types: ["aws_lb_listener", "aws_alb_listener"],
    title: { en: "Load balancer listener", ja: "ロードバランサーのリスナー" },
    service: "Elastic Load Balancing",
    what: {
      en: "A port and protocol (e.g. HTTPS:443 with a certificate) on which the load balancer accepts connections, with a default action for requests no rule matches.",
      ja: "ロードバランサーが接続を受け付けるポートとプロトコル（例：証明書付きの HTTPS:443）で、どのルールにも一致しないリクエスト用のデフォルトアクションを持ちます。",
    },
    analogy: {
      en: "Like `app.listen({ port: 443 })` in Fastify plus a catch-all handler: it opens the port, and the rules decide where each request goes.",
      ja: "Fastify の `app.listen({ port: 443 })` とキャッチオールのハンドラーを合わせたようなものです。ポートを開け、各リクエストの行き先はルールが決めます。",
    },
    effects: {
      create: {
        en: "The load balancer starts accepting connections on this port (if its security group allows them).",
        ja: "ロードバランサーがこのポートで接続を受け付け始めます（セキュリティグループが許可していれば）。",
      },
      update: {
        en: "Changes to the certificate, TLS policy or default action apply to new requests within seconds: a wrong certificate shows browser errors; a wrong default action sends traffic to the wrong place.",
        ja: "証明書、TLS ポリシー、デフォルトアクションの変更は数秒で新しいリクエストに反映されます。証明書を間違えるとブラウザーでエラーになり、デフォルトアクションを間違えると通信が違う場所に流れます。",
      },
      delete: {
        en: "Connections to this port are refused, and every listener rule under it is deleted too.",
        ja: "このポートへの接続が拒否され、配下のリスナールールもすべて削除されます。",
      },
      replace: {
        en: "Caused by a load balancer change: the port is closed until the new listener and its rules are created.",
        ja: "ロードバランサーの変更が原因です。新しいリスナーとルールが作られるまで、このポートは閉じた状態になります。",
      },
    },
    docs: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html",
    related: {
      en: "Belongs to an aws_lb; holds aws_lb_listener_rule entries and a default action that usually forwards to an aws_lb_target_group or redirects HTTP to HTTPS. HTTPS listeners use an aws_acm_certificate.",
      ja: "aws_lb に属し、aws_lb_listener_rule と、通常は aws_lb_target_group への転送か HTTP から HTTPS へのリダイレクトを行うデフォルトアクションを持ちます。HTTPS リスナーは aws_acm_certificate を使います。",
    },
  },
  {
    types: ["aws_lb_listener_rule", "aws_alb_listener_rule"],
    title: { en: "Listener rule", ja: "リスナールール" },
    service: "Elastic Load Balancing",
    what: {
      en: "A prioritised condition (host name, path, header, source IP...) on a listener and the action to take when it matches: forward to a target group, redirect or return a fixed response.",
      ja: "リスナーに付ける優先順位付きの条件（ホスト名、パス、ヘッダー、送信元 IP など）と、一致したときのアクション（ターゲットグループへの転送、リダイレクト、固定レスポンス）です。",
    },
    analogy: {
      en: "Like one route in Fastify or a Next.js rewrite: `/api/*` goes to the API service, everything else to the web front end.",
      ja: "Fastify のルート 1 つ、または Next.js の rewrite のようなものです。`/api/*` は API サービスへ、それ以外は Web フロントエンドへ送ります。",
    },
    effects: {
      create: {
        en: "Matching requests start going to the new destination immediately; a broad condition at a low priority number can capture traffic meant for other rules.",
        ja: "一致するリクエストがすぐに新しい行き先に流れ始めます。広い条件を小さい優先度番号で作ると、他のルール向けの通信を横取りすることがあります。",
      },
      update: {
        en: "Routing changes for new requests within seconds; check the condition and the target group together.",
        ja: "新しいリクエストのルーティングが数秒で変わります。条件とターゲットグループを合わせて確認してください。",
      },
      delete: {
        en: "Matching requests fall through to later rules or to the listener's default action (often a 404 or the wrong service).",
        ja: "一致していたリクエストは後続のルールかリスナーのデフォルトアクション（404 や別のサービスであることが多い）に流れます。",
      },
      replace: {
        en: "A short window where the rule is missing and requests fall through to the default action.",
        ja: "ルールが無い短い時間帯があり、その間のリクエストはデフォルトアクションに流れます。",
      },
    },
    docs: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/listener-rules.html",
    related: {
      en: "Sits on an aws_lb_listener and usually forwards to an aws_lb_target_group; one load balancer can serve several ECS services this way (host- or path-based routing).",
      ja: "aws_lb_listener に付き、通常は aws_lb_target_group に転送します。こうして 1 つのロードバランサーで複数の ECS サービスを提供できます（ホストベース/パスベースのルーティング）。",
    },
  },
  {
    types: ["aws_lb_target_group", "aws_alb_target_group"],
    title: { en: "Target group", ja: "ターゲットグループ" },
    service: "Elastic Load Balancing",
    what: {
      en: "A set of targets (ECS task IPs, instances or Lambda functions) that receive traffic from a listener, plus the health check that decides which targets are healthy.",
      ja: "リスナーから通信を受けるターゲット（ECS タスクの IP、インスタンス、Lambda 関数）の集まりと、どのターゲットが正常かを判定するヘルスチェックの設定です。",
    },
    analogy: {
      en: "Like an upstream block in nginx with a health endpoint: the pool of app copies, and the /health URL that decides who gets requests.",
      ja: "ヘルスチェック付きの nginx の upstream ブロックのようなものです。アプリのコピーの集まりと、誰にリクエストを送るかを決める /health の URL です。",
    },
    effects: {
      create: {
        en: "An empty pool appears; it receives traffic once a listener or rule forwards to it and targets register.",
        ja: "空のプールが作成されます。リスナーやルールが転送先にし、ターゲットが登録されてから通信を受けます。",
      },
      update: {
        en: "Health check changes apply at once: a wrong path, port or expected status code marks every target unhealthy and the load balancer answers 502/503.",
        ja: "ヘルスチェックの変更はすぐに反映されます。パス、ポート、期待するステータスコードを間違えると全ターゲットが異常と判定され、ロードバランサーは 502/503 を返します。",
      },
      delete: {
        en: "Only possible after listeners and rules stop forwarding to it; the ECS service attached to it must be changed first.",
        ja: "リスナーやルールがここへの転送をやめた後でないと削除できません。これに紐づく ECS サービスを先に変更する必要があります。",
      },
      replace: {
        en: "Caused by a name, port, protocol, target type or VPC change. The old group cannot be deleted while a listener uses it ('ResourceInUse'); use name_prefix with create_before_destroy, and expect the ECS service to re-register its tasks.",
        ja: "名前、ポート、プロトコル、ターゲットタイプ、VPC の変更が原因です。リスナーが使用中の古いグループは削除できない（ResourceInUse）ため、name_prefix と create_before_destroy を使ってください。ECS サービスはタスクを登録し直します。",
      },
    },
    docs: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-target-groups.html",
    related: {
      en: "Receives traffic from an aws_lb_listener or aws_lb_listener_rule. An aws_ecs_service with a load_balancer block registers and deregisters its tasks here automatically on every deploy; instances can also be registered with aws_lb_target_group_attachment.",
      ja: "aws_lb_listener や aws_lb_listener_rule から通信を受けます。load_balancer ブロックを持つ aws_ecs_service は、デプロイのたびにタスクを自動でここに登録・登録解除します。インスタンスは aws_lb_target_group_attachment で登録することもできます。",
    },
  },
  {
    types: ["aws_lb_target_group_attachment", "aws_alb_target_group_attachment"],
    title: { en: "Target group attachment", ja: "ターゲットグループへのターゲット登録" },
    service: "Elastic Load Balancing",
    what: {
      en: "Registers one target (an instance ID, an IP address or a Lambda function) in a target group.",
      ja: "1 つのターゲット（インスタンス ID、IP アドレス、Lambda 関数）をターゲットグループに登録します。",
    },
    analogy: {
      en: "Like adding one server line to an nginx upstream block.",
      ja: "nginx の upstream ブロックにサーバーの行を 1 つ追加するようなものです。",
    },
    effects: {
      create: {
        en: "The target starts receiving traffic once it passes the health check.",
        ja: "ターゲットはヘルスチェックに合格すると通信を受け始めます。",
      },
      delete: {
        en: "The target is deregistered: it stops receiving new requests after the deregistration delay (connection draining).",
        ja: "ターゲットの登録が解除され、登録解除の遅延時間（接続のドレイン）の後は新しいリクエストを受けなくなります。",
      },
      replace: {
        en: "The target is drained and registered again: capacity drops briefly.",
        ja: "ターゲットがドレインされてから再登録されるため、処理能力が一時的に下がります。",
      },
    },
    docs: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-register-targets.html",
    related: {
      en: "Not needed for ECS services: an aws_ecs_service registers its tasks in the aws_lb_target_group by itself.",
      ja: "ECS サービスでは不要です。aws_ecs_service が自分のタスクを aws_lb_target_group に自動で登録します。",
    },
  },
  {
    types: ["aws_lb_listener_certificate"],
    title: { en: "Additional listener certificate", ja: "リスナーの追加証明書" },
    service: "Elastic Load Balancing",
    what: {
      en: "An extra TLS certificate on an HTTPS listener, chosen by the host name the client asks for (SNI), so one listener can serve several domains.",
      ja: "HTTPS リスナーに追加する TLS 証明書で、クライアントが要求するホスト名（SNI）によって選ばれ、1 つのリスナーで複数のドメインを提供できます。",
    },
    analogy: {
      en: "Like adding another domain's certificate to nginx with a second server_name block.",
      ja: "nginx に server_name ブロックをもう 1 つ追加して、別ドメインの証明書を載せるようなものです。",
    },
    effects: {
      create: {
        en: "HTTPS requests for that domain get a valid certificate.",
        ja: "そのドメインへの HTTPS リクエストに有効な証明書が返るようになります。",
      },
      delete: {
        en: "Clients of that domain get the default certificate and a browser name-mismatch error.",
        ja: "そのドメインのクライアントにはデフォルトの証明書が返り、ブラウザーで名前不一致のエラーになります。",
      },
      replace: {
        en: "A short window with certificate errors for that domain.",
        ja: "そのドメインで証明書エラーが出る短い時間帯があります。",
      },
    },
    docs: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/https-listener-certificates.html",
  },
  {
    types: ["aws_elb"],
    title: { en: "Classic Load Balancer", ja: "Classic Load Balancer（旧世代の ELB）" },
    service: "Elastic Load Balancing",
    what: {
      en: "The previous-generation load balancer, with listeners and registered instances in one resource and no host- or path-based routing.",
      ja: "前世代のロードバランサーで、リスナーと登録インスタンスを 1 つのリソースに持ち、ホストやパスによるルーティングはできません。",
    },
    analogy: {
      en: "Like an old reverse proxy config with a single upstream: it works, but newer setups use an ALB.",
      ja: "upstream が 1 つだけの古いリバースプロキシ設定のようなものです。動きますが、新しい構成では ALB を使います。",
    },
    effects: {
      create: {
        en: "A new entry point with its own DNS name; billed per hour.",
        ja: "独自の DNS 名を持つ新しい入口ができます。時間単位で課金されます。",
      },
      update: {
        en: "Listener, health check or instance list changes apply within seconds.",
        ja: "リスナー、ヘルスチェック、インスタンス一覧の変更が数秒で反映されます。",
      },
      delete: {
        en: "The site behind it goes down and its DNS name stops resolving.",
        ja: "背後のサイトが停止し、DNS 名が解決できなくなります。",
      },
      replace: {
        en: "A new DNS name and downtime while it is rebuilt; anything that hard-coded the old name breaks.",
        ja: "新しい DNS 名になり、作り直しの間は停止します。古い名前を直接書いているものは壊れます。",
      },
    },
    docs: "https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/introduction.html",
  },
  {
    types: ["aws_elb_service_account"],
    title: { en: "ELB service account lookup (data source)", ja: "ELB サービスアカウントの検索（データソース）" },
    service: "Elastic Load Balancing",
    what: {
      en: "A read-only lookup of the AWS account that Elastic Load Balancing uses in a region, needed to let load balancers write access logs to an S3 bucket.",
      ja: "リージョンで Elastic Load Balancing が使う AWS アカウントを返す読み取り専用の検索で、ロードバランサーが S3 バケットにアクセスログを書き込めるようにするために使います。",
    },
    analogy: {
      en: "Like looking up the bot user of a SaaS integration so you can grant it write access.",
      ja: "SaaS 連携のボットユーザーを調べて、書き込み権限を与えるようなものです。",
    },
    effects: {},
    docs: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html",
    related: {
      en: "Its ARN is used as the principal in an aws_s3_bucket_policy on the access-log bucket.",
      ja: "その ARN は、アクセスログ用バケットの aws_s3_bucket_policy でプリンシパルとして使います。",
    },
  },
];
