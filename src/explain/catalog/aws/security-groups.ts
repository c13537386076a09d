import type { CatalogEntry } from "../../types.js";

// Security groups are the firewall application engineers meet first ("why can't my task reach
// the database?"). Effects stress what becomes reachable or unreachable, and the Terraform
// quirks that cause surprise outages (default egress removal, replace-on-change rules).

export const securityGroupEntries: CatalogEntry[] = [
  {
    types: ["aws_security_group"],
    title: { en: "Security group", ja: "セキュリティグループ" },
    service: "VPC",
    what: {
      en: "A stateful virtual firewall attached to network interfaces (ALBs, ECS tasks, RDS, instances) that lists which traffic may come in and go out.",
      ja: "ネットワークインターフェイス（ALB、ECS タスク、RDS、インスタンスなど）に付けるステートフルな仮想ファイアウォールで、どの通信の受信・送信を許可するかを列挙します。",
    },
    analogy: {
      en: "Like a CORS allowlist combined with a firewall: only listed sources may connect, and replies to allowed connections are let back automatically.",
      ja: "CORS の許可リストとファイアウォールを合わせたようなものです。リストにある送信元だけが接続でき、許可した接続への応答は自動で通されます。",
    },
    effects: {
      create: {
        en: "A new, empty firewall. Careful: Terraform removes AWS's default 'allow all outbound' rule, so unless egress is declared, whatever uses this group cannot call out (image pulls, database, external APIs).",
        ja: "空のファイアウォールが作成されます。注意点として、Terraform は AWS がデフォルトで付ける「送信はすべて許可」のルールを削除します。送信（egress）ルールを宣言しないと、このグループを使うものは外へ通信できません（イメージ取得、データベース、外部 API など）。",
      },
      update: {
        en: "Rule changes apply within seconds to everything using the group: an added ingress rule opens a door (check for 0.0.0.0/0), a removed one can cut off the ALB, the app or the database.",
        ja: "ルールの変更は、このグループを使うすべてのものに数秒で反映されます。受信ルールの追加は扉を開けること（0.0.0.0/0 が無いか確認してください）、削除は ALB・アプリ・データベースへの経路を断つことにつながります。",
      },
      delete: {
        en: "AWS refuses while any network interface still uses the group, so Terraform may wait a long time (DependencyViolation). Once gone, rules in other groups that referenced it stop matching.",
        ja: "ネットワークインターフェイスが使用中の間は AWS が削除を拒否するため、Terraform が長時間待つことがあります（DependencyViolation）。削除後は、このグループを参照していた他のグループのルールが一致しなくなります。",
      },
      replace: {
        en: "Caused by a name, description or VPC change. By default Terraform deletes the old group first, which blocks while tasks and load balancers still use it; name_prefix with create_before_destroy avoids this.",
        ja: "名前・説明（description）・VPC の変更が原因です。既定では Terraform が古いグループを先に削除しようとするため、タスクやロードバランサーが使っている間は止まってしまいます。name_prefix と create_before_destroy を使うと回避できます。",
      },
    },
    docs: "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html",
    related: {
      en: "Rules can be inline (ingress/egress blocks) or separate resources: aws_vpc_security_group_ingress_rule and aws_vpc_security_group_egress_rule (recommended) or the older aws_security_group_rule. Do not mix inline rules with separate rule resources on the same group. A typical chain: the ALB's group allows 443 from the internet, the ECS service's group allows the app port only from the ALB's group, the RDS group allows 5432 only from the ECS group.",
      ja: "ルールはインライン（ingress/egress ブロック）でも別リソースでも書けます。別リソースなら aws_vpc_security_group_ingress_rule と aws_vpc_security_group_egress_rule（推奨）、または古い aws_security_group_rule です。同じグループでインラインのルールと別リソースのルールを混在させないでください。典型的な構成は、ALB のグループがインターネットからの 443 を許可し、ECS サービスのグループは ALB のグループからのアプリのポートだけを、RDS のグループは ECS のグループからの 5432 だけを許可する、というつながりです。",
    },
  },
  {
    types: ["aws_security_group_rule"],
    title: { en: "Security group rule (legacy resource)", ja: "セキュリティグループルール（旧来のリソース）" },
    service: "VPC",
    what: {
      en: "One ingress or egress rule added to a security group as its own resource; it can hold several CIDR ranges.",
      ja: "セキュリティグループに別リソースとして追加する受信または送信ルール 1 つで、複数の CIDR 範囲を持てます。",
    },
    analogy: {
      en: "Like one line in a firewall allowlist, kept in its own file.",
      ja: "ファイアウォールの許可リストの 1 行を、別ファイルで管理するようなものです。",
    },
    effects: {
      create: {
        en: "The traffic it describes is allowed within seconds; check the source (0.0.0.0/0 means the whole internet).",
        ja: "記述した通信が数秒で許可されます。送信元を確認してください（0.0.0.0/0 はインターネット全体です）。",
      },
      update: {
        en: "Only the description can change in place; anything else is a replacement.",
        ja: "その場で変更できるのは説明（description）だけで、それ以外はすべて置き換えになります。",
      },
      delete: {
        en: "The traffic it allowed is blocked within seconds (connections already open may survive for a while).",
        ja: "このルールで許可していた通信が数秒で遮断されます（既に確立している接続はしばらく残ることがあります）。",
      },
      replace: {
        en: "Almost any change (port, protocol, source) deletes the rule and creates a new one: a short window where the traffic is blocked.",
        ja: "ポート・プロトコル・送信元など、ほとんどの変更でルールが削除されてから作り直されるため、通信が遮断される短い時間帯があります。",
      },
    },
    docs: "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html",
    related: {
      en: "Belongs to an aws_security_group. AWS's provider now recommends aws_vpc_security_group_ingress_rule / aws_vpc_security_group_egress_rule, which have their own IDs and handle multiple ranges more predictably.",
      ja: "aws_security_group に属します。現在の AWS プロバイダーは、独自の ID を持ち複数範囲の扱いも分かりやすい aws_vpc_security_group_ingress_rule / aws_vpc_security_group_egress_rule を推奨しています。",
    },
  },
  {
    types: ["aws_vpc_security_group_ingress_rule"],
    title: { en: "Security group ingress rule", ja: "セキュリティグループの受信（インバウンド）ルール" },
    service: "VPC",
    what: {
      en: "One inbound rule of a security group: traffic on a port range from one source (a CIDR range, a prefix list or another security group) is allowed in.",
      ja: "セキュリティグループの受信ルール 1 つで、1 つの送信元（CIDR 範囲、プレフィックスリスト、別のセキュリティグループ）からのポート範囲への通信を許可します。",
    },
    analogy: {
      en: "Like one allowed origin in a CORS config: only requests from this source, to this port, get in.",
      ja: "CORS 設定の許可オリジン 1 つのようなものです。この送信元から、このポートへのリクエストだけが入れます。",
    },
    effects: {
      create: {
        en: "The traffic is allowed in within seconds. A source of 0.0.0.0/0 or ::/0 opens the port to the whole internet; only ports 80/443 on a public load balancer should normally be that open.",
        ja: "数秒で受信が許可されます。送信元が 0.0.0.0/0 や ::/0 だとインターネット全体にポートを開くことになります。通常そこまで開いてよいのは、公開ロードバランサーの 80/443 番ポートだけです。",
      },
      update: {
        en: "Most fields change in place: the new port or source applies within seconds and the old one stops matching.",
        ja: "ほとんどの項目はその場で変更され、新しいポートや送信元が数秒で適用され、古いものは一致しなくなります。",
      },
      delete: {
        en: "That inbound traffic is blocked: if this was the ALB → app or app → database rule, requests start failing.",
        ja: "その受信通信が遮断されます。これが ALB → アプリ、アプリ → データベースのルールだった場合、リクエストが失敗し始めます。",
      },
      replace: {
        en: "Changing the security group it belongs to recreates it: a short window without the rule.",
        ja: "所属するセキュリティグループを変えると作り直しになり、ルールが無い短い時間帯があります。",
      },
    },
    docs: "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html",
    related: {
      en: "Belongs to an aws_security_group; its outbound counterpart is aws_vpc_security_group_egress_rule. Referencing another group (referenced_security_group_id) instead of an IP range is how 'only the ALB may reach the app' is expressed.",
      ja: "aws_security_group に属し、送信側に対応するのは aws_vpc_security_group_egress_rule です。IP 範囲ではなく別のグループを参照する（referenced_security_group_id）ことで、「アプリには ALB からだけ到達できる」を表現します。",
    },
  },
  {
    types: ["aws_vpc_security_group_egress_rule"],
    title: { en: "Security group egress rule", ja: "セキュリティグループの送信（アウトバウンド）ルール" },
    service: "VPC",
    what: {
      en: "One outbound rule of a security group: traffic to one destination on a port range is allowed out.",
      ja: "セキュリティグループの送信ルール 1 つで、1 つの宛先・ポート範囲への送信を許可します。",
    },
    analogy: {
      en: "Like an allowlist of hosts your server-side fetch() may call.",
      ja: "サーバー側の fetch() が呼び出してよいホストの許可リストのようなものです。",
    },
    effects: {
      create: {
        en: "Things using the group may open connections to that destination within seconds.",
        ja: "このグループを使うものが、数秒でその宛先へ接続できるようになります。",
      },
      update: {
        en: "Most fields change in place: the new destination applies within seconds.",
        ja: "ほとんどの項目はその場で変更され、新しい宛先が数秒で適用されます。",
      },
      delete: {
        en: "Outbound calls to that destination are blocked: tasks may fail to pull images, reach the database or call external APIs.",
        ja: "その宛先への送信が遮断され、タスクがイメージを取得できない、データベースや外部 API に接続できない、といった障害になることがあります。",
      },
      replace: {
        en: "A short window without the rule.",
        ja: "ルールが無い短い時間帯があります。",
      },
    },
    docs: "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html",
    related: {
      en: "The outbound counterpart of aws_vpc_security_group_ingress_rule, on an aws_security_group.",
      ja: "aws_security_group 上で、aws_vpc_security_group_ingress_rule に対応する送信側のルールです。",
    },
  },
  {
    types: ["aws_default_security_group"],
    title: { en: "Default security group (adopted)", ja: "デフォルトのセキュリティグループ（取り込み）" },
    service: "VPC",
    what: {
      en: "Brings the security group that AWS creates in every VPC under Terraform management; anything launched without a group gets this one.",
      ja: "AWS がすべての VPC に作成するセキュリティグループを Terraform の管理下に取り込みます。グループを指定せずに起動したものはこれを使います。",
    },
    analogy: {
      en: "Like the default export every module falls back to: adopting it lets you lock it down.",
      ja: "すべてのモジュールがフォールバックする default export のようなものです。取り込むことで、これを締め付けられます。",
    },
    effects: {
      create: {
        en: "Terraform adopts the group and removes every rule not declared in code. Declaring none (a common hardening practice) blocks all traffic for anything still using it.",
        ja: "Terraform がグループを取り込み、コードに宣言されていないルールをすべて削除します。何も宣言しない（よくあるセキュリティ強化策）と、まだこれを使っているものの通信がすべて遮断されます。",
      },
      update: {
        en: "Rules change within seconds for everything using the default group.",
        ja: "デフォルトグループを使うすべてのもので、ルールが数秒で変わります。",
      },
      delete: {
        en: "Terraform only stops managing it; the group cannot be deleted and keeps its current rules.",
        ja: "Terraform が管理をやめるだけです。このグループは削除できず、現在のルールのまま残ります。",
      },
    },
    docs: "https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html",
  },
  {
    types: ["aws_db_security_group", "aws_elasticache_security_group", "aws_redshift_security_group"],
    title: { en: "EC2-Classic database/cache security group (legacy)", ja: "EC2-Classic 用のデータベース/キャッシュのセキュリティグループ（旧来）" },
    service: "EC2-Classic",
    what: {
      en: "A firewall for RDS, ElastiCache or Redshift from the EC2-Classic era, before VPCs; AWS retired EC2-Classic and newer AWS providers no longer have these resources.",
      ja: "VPC 以前の EC2-Classic 時代に使われていた RDS・ElastiCache・Redshift 用のファイアウォールです。EC2-Classic は AWS が廃止しており、新しい AWS プロバイダーにはこれらのリソースがありません。",
    },
    analogy: {
      en: "Like a deprecated API still called by old code: it explains old plans, but new code should use VPC security groups instead.",
      ja: "古いコードから呼ばれている非推奨 API のようなものです。古いプランの理解には役立ちますが、新しいコードでは VPC のセキュリティグループを使ってください。",
    },
    effects: {
      create: {
        en: "Fails in current AWS accounts, which no longer support EC2-Classic; migrate to aws_security_group in a VPC.",
        ja: "EC2-Classic をサポートしていない現在の AWS アカウントでは失敗します。VPC 内の aws_security_group に移行してください。",
      },
      update: {
        en: "Changes which addresses or groups may reach the database or cache.",
        ja: "データベースやキャッシュに到達できるアドレスやグループが変わります。",
      },
      delete: {
        en: "Clients allowed only by this group lose access to the database or cache.",
        ja: "このグループだけで許可されていたクライアントは、データベースやキャッシュにアクセスできなくなります。",
      },
    },
    docs: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.RDSSecurityGroups.html",
  },
];
