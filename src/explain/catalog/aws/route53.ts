import type { CatalogEntry } from "../../types.js";

// DNS: the first hop of every request. Mistakes here are slow to undo because resolvers cache
// answers for the record's TTL, so effects mention caching and delegation.

export const route53Entries: CatalogEntry[] = [
  {
    types: ["aws_route53_zone"],
    title: { en: "Route 53 hosted zone", ja: "Route 53 ホストゾーン" },
    service: "Route 53",
    what: {
      en: "The container of all DNS records for one domain (public, answered on the internet, or private, answered only inside chosen VPCs), served by four Route 53 name servers.",
      ja: "1 つのドメインのすべての DNS レコードを入れる器で、パブリック（インターネットで応答）またはプライベート（指定した VPC 内だけで応答）があり、4 台の Route 53 ネームサーバーが応答します。",
    },
    analogy: {
      en: "Like the DNS settings page of your domain registrar, moved into AWS: the zone is the page, records are its rows.",
      ja: "ドメインレジストラーの DNS 設定画面を AWS に移したようなものです。ゾーンが画面、レコードがその行です。",
    },
    effects: {
      create: {
        en: "A zone with four new name servers (NS) appears. A public zone answers nothing on the internet until the registrar delegates the domain to exactly those name servers. Billed monthly.",
        ja: "4 台の新しいネームサーバー（NS）を持つゾーンができます。パブリックゾーンは、レジストラーでドメインをちょうどそのネームサーバーに委任するまで、インターネット上では応答しません。月額で課金されます。",
      },
      update: {
        en: "Usually comments, tags or (for private zones) the VPCs that can see it.",
        ja: "多くはコメント、タグ、（プライベートゾーンの場合）参照できる VPC の変更です。",
      },
      delete: {
        en: "Fails while records other than NS/SOA remain, unless force_destroy is set. Once gone, every name in the domain stops resolving as caches expire: website, API, mail and certificate validation all break.",
        ja: "NS/SOA 以外のレコードが残っていると、force_destroy が無い限り削除は失敗します。削除されるとキャッシュが切れた時点でドメイン内のすべての名前が解決できなくなり、Web サイト、API、メール、証明書の検証がすべて壊れます。",
      },
      replace: {
        en: "The new zone gets DIFFERENT name servers: until the registrar's NS delegation is updated, the whole domain stops resolving. Records not managed by Terraform are lost.",
        ja: "新しいゾーンには別のネームサーバーが割り当てられます。レジストラーの NS 委任を更新するまで、ドメイン全体が名前解決できなくなります。Terraform で管理していないレコードは失われます。",
      },
    },
    docs: "https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/hosted-zones-working-with.html",
    related: {
      en: "Holds aws_route53_record entries. As a data source, data.aws_route53_zone looks up an existing zone's ID by name, which is the usual way to add records to a zone managed elsewhere.",
      ja: "aws_route53_record を格納します。データソースの data.aws_route53_zone は名前から既存ゾーンの ID を検索するもので、他で管理しているゾーンにレコードを追加するときによく使います。",
    },
  },
  {
    types: ["aws_route53_record"],
    title: { en: "DNS record", ja: "DNS レコード" },
    service: "Route 53",
    what: {
      en: "One DNS name and type in a hosted zone (A, AAAA, CNAME, MX, TXT...), pointing either to values or, as an alias, to an AWS resource such as a load balancer or CloudFront distribution.",
      ja: "ホストゾーン内の 1 つの DNS 名と種類（A、AAAA、CNAME、MX、TXT など）で、値を指すか、エイリアスとしてロードバランサーや CloudFront ディストリビューションなどの AWS リソースを指します。",
    },
    analogy: {
      en: "Like one entry in a phone book (or /etc/hosts for the whole internet): api.example.com → the load balancer.",
      ja: "電話帳の 1 行（インターネット全体の /etc/hosts）のようなものです。api.example.com → ロードバランサー、という対応を表します。",
    },
    effects: {
      create: {
        en: "The name starts resolving within a minute or so; resolvers that cached a 'does not exist' answer may wait a little longer.",
        ja: "1 分程度で名前が解決できるようになります。「存在しない」という応答をキャッシュしたリゾルバーでは、もう少しかかることがあります。",
      },
      update: {
        en: "Clients switch to the new value as their cached answers expire (up to the TTL): a wrong value means an outage that lasts at least one TTL even after you fix it.",
        ja: "クライアントはキャッシュが切れた時点（最大で TTL）で新しい値に切り替わります。値を間違えると、直した後も少なくとも TTL の間は障害が続きます。",
      },
      delete: {
        en: "The name stops resolving once caches expire: users and services using it get 'host not found'.",
        ja: "キャッシュが切れると名前が解決できなくなり、それを使うユーザーやサービスは「ホストが見つからない」エラーになります。",
      },
      replace: {
        en: "Caused by a name or type change: the old record is deleted and a new one created, so the old name disappears (check nothing still uses it).",
        ja: "名前や種類の変更が原因です。古いレコードが削除されて新しいものが作られるため、古い名前は無くなります（まだ使っているものが無いか確認してください）。",
      },
    },
    docs: "https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/rrsets-working-with.html",
    related: {
      en: "Lives in an aws_route53_zone. An alias record usually points to an aws_lb (then listener → rule → target group → ECS service) or an aws_cloudfront_distribution. ACM DNS validation also creates records here for aws_acm_certificate_validation.",
      ja: "aws_route53_zone に属します。エイリアスレコードは通常 aws_lb（その先はリスナー → ルール → ターゲットグループ → ECS サービス）か aws_cloudfront_distribution を指します。ACM の DNS 検証でも aws_acm_certificate_validation のためにここにレコードを作ります。",
    },
  },
  {
    types: ["aws_route53_health_check"],
    title: { en: "Route 53 health check", ja: "Route 53 ヘルスチェック" },
    service: "Route 53",
    what: {
      en: "Probes an endpoint from several places on the internet (or watches an alarm) and reports it healthy or unhealthy, for DNS failover and alerting.",
      ja: "インターネット上の複数の地点からエンドポイントを監視して（またはアラームを監視して）正常か異常かを判定し、DNS フェイルオーバーや通知に使います。",
    },
    analogy: {
      en: "Like an uptime monitor (Pingdom, UptimeRobot) that DNS itself can act on.",
      ja: "Pingdom や UptimeRobot などの死活監視サービスに、DNS 自身が反応できるようにしたものです。",
    },
    effects: {
      create: {
        en: "Probes start hitting the endpoint; if records use it for failover, an unhealthy result shifts traffic.",
        ja: "エンドポイントへの監視が始まります。フェイルオーバーに使っているレコードがあれば、異常と判定されたときに通信が切り替わります。",
      },
      update: {
        en: "A wrong path or threshold can mark a healthy service unhealthy and trigger a failover or alarm.",
        ja: "パスや閾値を間違えると、正常なサービスを異常と判定してフェイルオーバーやアラームを起こすことがあります。",
      },
      delete: {
        en: "Failover records that depend on it stop failing over, and alarms based on it stop.",
        ja: "これに依存するフェイルオーバーレコードは切り替わらなくなり、これに基づくアラームも止まります。",
      },
      replace: {
        en: "Records and alarms must point to the new health check ID.",
        ja: "レコードやアラームを新しいヘルスチェック ID に向け直す必要があります。",
      },
    },
    docs: "https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover.html",
  },
  {
    types: ["aws_route53_query_log"],
    title: { en: "Route 53 query logging", ja: "Route 53 クエリログ" },
    service: "Route 53",
    what: {
      en: "Sends a log of the DNS queries a public hosted zone answers to a CloudWatch Logs log group (which must be in us-east-1).",
      ja: "パブリックホストゾーンが応答した DNS クエリのログを、CloudWatch Logs のロググループ（us-east-1 にある必要があります）に送ります。",
    },
    analogy: {
      en: "Like an access log for your domain's phone book: who looked up which name, when.",
      ja: "ドメインの電話帳へのアクセスログのようなものです。誰がいつどの名前を引いたかを記録します。",
    },
    effects: {
      create: {
        en: "Query logs start flowing; the log group needs a resource policy allowing Route 53 to write.",
        ja: "クエリログの出力が始まります。ロググループには Route 53 が書き込めるリソースポリシーが必要です。",
      },
      delete: {
        en: "Logging stops; logs already written stay in the log group.",
        ja: "ログの出力が止まります。既に書き込まれたログはロググループに残ります。",
      },
      replace: {
        en: "A short gap in the query logs.",
        ja: "クエリログに短い空白ができます。",
      },
    },
    docs: "https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/query-logs.html",
    related: {
      en: "Writes to an aws_cloudwatch_log_group whose aws_cloudwatch_log_resource_policy allows route53.amazonaws.com.",
      ja: "route53.amazonaws.com を許可する aws_cloudwatch_log_resource_policy を持つ aws_cloudwatch_log_group に書き込みます。",
    },
  },
  {
    types: ["aws_route53_zone_association"],
    title: { en: "Private hosted zone VPC association", ja: "プライベートホストゾーンと VPC の関連付け" },
    service: "Route 53",
    what: {
      en: "Lets one more VPC resolve the names of a private hosted zone.",
      ja: "プライベートホストゾーンの名前を、別の VPC からも解決できるようにします。",
    },
    analogy: {
      en: "Like adding another office to the internal phone directory's distribution list.",
      ja: "社内電話帳の配布先に別のオフィスを追加するようなものです。",
    },
    effects: {
      create: {
        en: "Resources in that VPC can resolve the zone's private names.",
        ja: "その VPC 内のリソースが、ゾーンのプライベートな名前を解決できるようになります。",
      },
      delete: {
        en: "Resources in that VPC can no longer resolve the zone's names; connections by name fail.",
        ja: "その VPC 内のリソースがゾーンの名前を解決できなくなり、名前による接続が失敗します。",
      },
      replace: {
        en: "A short window where names do not resolve in that VPC.",
        ja: "その VPC で名前が解決できない短い時間帯があります。",
      },
    },
    docs: "https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/hosted-zone-private-associate-vpcs.html",
  },
];
