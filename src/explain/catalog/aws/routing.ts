import type { CatalogEntry } from "../../types.js";

// Routing: which path packets take out of a subnet (route tables, gateways, NAT, endpoints).
// Most outages from these types are "something can no longer reach something", so effects name
// who loses which path.

export const routingEntries: CatalogEntry[] = [
  {
    types: ["aws_route_table"],
    title: { en: "Route table", ja: "ルートテーブル" },
    service: "VPC",
    what: {
      en: "A list of routes (destination range → gateway) that decides where traffic leaving the associated subnets goes.",
      ja: "関連付けたサブネットから出ていく通信の行き先を決める、ルート（宛先の範囲 → ゲートウェイ）の一覧です。",
    },
    analogy: {
      en: "Like a Fastify route table, but for packets: each destination pattern points to a handler (internet gateway, NAT gateway, peering connection), and the most specific match wins.",
      ja: "パケット版の Fastify のルートテーブルのようなものです。宛先パターンごとに処理先（インターネットゲートウェイ、NAT ゲートウェイ、ピアリング接続など）を指し、最も具体的に一致したものが使われます。",
    },
    effects: {
      create: {
        en: "Has no effect until subnets are associated with it.",
        ja: "サブネットを関連付けるまで効果はありません。",
      },
      update: {
        en: "Routes change at once for every associated subnet: removing 0.0.0.0/0 cuts internet access for all of them.",
        ja: "関連付けたすべてのサブネットでルートがすぐに変わります。0.0.0.0/0 を消すと、それらすべてのインターネット接続が切れます。",
      },
      delete: {
        en: "Associations are removed first; those subnets fall back to the VPC's main route table, which may route very differently.",
        ja: "先に関連付けが外され、それらのサブネットは VPC のメインルートテーブルに戻ります。メインルートテーブルのルートは大きく異なる場合があります。",
      },
      replace: {
        en: "Subnets are re-associated with the new table; during the switch they briefly use the main route table.",
        ja: "サブネットが新しいテーブルに関連付け直されます。切り替えの間、一時的にメインルートテーブルが使われます。",
      },
    },
    docs: "https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html",
    related: {
      en: "Routes come inline or from aws_route; subnets join through aws_route_table_association. Mixing inline routes with aws_route for the same table makes Terraform fight itself.",
      ja: "ルートはインラインで書くか aws_route で追加し、サブネットは aws_route_table_association で関連付けます。同じテーブルでインラインのルートと aws_route を混在させると、Terraform 同士で設定を奪い合います。",
    },
  },
  {
    types: ["aws_default_route_table"],
    title: { en: "Default (main) route table (adopted)", ja: "デフォルト（メイン）ルートテーブル（取り込み）" },
    service: "VPC",
    what: {
      en: "Brings the main route table that AWS created with the VPC under Terraform management; every subnet without an explicit association uses it.",
      ja: "VPC と一緒に AWS が作成したメインルートテーブルを Terraform の管理下に取り込みます。明示的な関連付けのないサブネットはすべてこれを使います。",
    },
    analogy: {
      en: "Like the catch-all route of your router: anything not matched elsewhere lands here.",
      ja: "ルーターのキャッチオールルートのようなものです。他で一致しなかったものはすべてここに来ます。",
    },
    effects: {
      create: {
        en: "Terraform adopts the table and replaces its routes with the ones declared; routes added by hand are removed.",
        ja: "Terraform がテーブルを取り込み、ルートを宣言した内容に置き換えます。手作業で追加したルートは削除されます。",
      },
      update: {
        en: "Routing changes at once for every subnet without its own association.",
        ja: "独自の関連付けを持たないすべてのサブネットで、ルーティングがすぐに変わります。",
      },
      delete: {
        en: "Terraform only stops managing it; the table and its routes stay.",
        ja: "Terraform が管理をやめるだけで、テーブルとルートは残ります。",
      },
    },
    docs: "https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html",
  },
  {
    types: ["aws_route"],
    title: { en: "Route", ja: "ルート" },
    service: "VPC",
    what: {
      en: "One entry in a route table: traffic for a destination range goes to a target such as an internet gateway, NAT gateway, VPC peering or transit gateway.",
      ja: "ルートテーブルの 1 行で、ある宛先範囲への通信をインターネットゲートウェイ、NAT ゲートウェイ、VPC ピアリング、Transit Gateway などのターゲットに送ります。",
    },
    analogy: {
      en: "Like one line in a routes file: `0.0.0.0/0 → nat-gateway` is the 'everything else' route.",
      ja: "ルート定義ファイルの 1 行のようなものです。`0.0.0.0/0 → nat-gateway` は「それ以外すべて」のルートです。",
    },
    effects: {
      create: {
        en: "Subnets using the table can reach the destination through the target immediately.",
        ja: "このテーブルを使うサブネットから、ターゲット経由で宛先にすぐ到達できるようになります。",
      },
      update: {
        en: "Traffic switches to the new target at once; existing connections through the old path may break.",
        ja: "通信がすぐに新しいターゲットに切り替わります。古い経路を通っていた既存の接続は切れることがあります。",
      },
      delete: {
        en: "Subnets using the table lose the path: removing the 0.0.0.0/0 route to a NAT gateway, for example, stops private ECS tasks from pulling images or calling external APIs.",
        ja: "このテーブルを使うサブネットはその経路を失います。たとえば NAT ゲートウェイへの 0.0.0.0/0 のルートを消すと、プライベートサブネットの ECS タスクがイメージを取得したり外部 API を呼んだりできなくなります。",
      },
      replace: {
        en: "Delete then create: a short gap in connectivity for that destination.",
        ja: "削除してから作成するため、その宛先への通信が短時間途切れます。",
      },
    },
    docs: "https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html",
  },
  {
    types: ["aws_route_table_association"],
    title: { en: "Route table association", ja: "ルートテーブルの関連付け" },
    service: "VPC",
    what: {
      en: "Connects one subnet (or gateway) to one route table, deciding which routes that subnet uses.",
      ja: "1 つのサブネット（またはゲートウェイ）を 1 つのルートテーブルに結び付け、そのサブネットが使うルートを決めます。",
    },
    analogy: {
      en: "Like mounting a router on a path prefix: the subnet now follows this table's rules.",
      ja: "パスのプレフィックスにルーターをマウントするようなものです。サブネットはこのテーブルのルールに従うようになります。",
    },
    effects: {
      create: {
        en: "The subnet starts using this table's routes immediately (this is what makes a subnet public or private).",
        ja: "サブネットがすぐにこのテーブルのルートを使い始めます（これがサブネットをパブリックやプライベートにします）。",
      },
      update: {
        en: "The subnet switches to another route table at once.",
        ja: "サブネットがすぐに別のルートテーブルに切り替わります。",
      },
      delete: {
        en: "The subnet falls back to the VPC's main route table, which may have no internet route.",
        ja: "サブネットは VPC のメインルートテーブルに戻ります。メインルートテーブルにはインターネットへのルートが無い場合があります。",
      },
      replace: {
        en: "For a moment the subnet uses the main route table.",
        ja: "一瞬だけサブネットがメインルートテーブルを使う状態になります。",
      },
    },
    docs: "https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html",
  },
  {
    types: ["aws_main_route_table_association"],
    title: { en: "Main route table association", ja: "メインルートテーブルの関連付け" },
    service: "VPC",
    what: {
      en: "Chooses which route table is the VPC's main one, used by every subnet that has no explicit association.",
      ja: "どのルートテーブルを VPC のメインにするかを決めます。明示的な関連付けのないサブネットはすべてメインを使います。",
    },
    analogy: {
      en: "Like changing the default export that every unconfigured module falls back to.",
      ja: "設定のないモジュールがすべてフォールバックする default export を差し替えるようなものです。",
    },
    effects: {
      create: {
        en: "Every subnet without its own association switches to this table immediately.",
        ja: "独自の関連付けのないサブネットがすべて、すぐにこのテーブルに切り替わります。",
      },
      update: {
        en: "The main table changes for all unassociated subnets at once.",
        ja: "関連付けのないすべてのサブネットで、メインのテーブルがすぐに変わります。",
      },
      delete: {
        en: "The VPC's original main route table becomes the main one again.",
        ja: "VPC の元のメインルートテーブルが再びメインになります。",
      },
    },
    docs: "https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html",
  },
  {
    types: ["aws_internet_gateway"],
    title: { en: "Internet gateway", ja: "インターネットゲートウェイ" },
    service: "VPC",
    what: {
      en: "The VPC's door to the internet, used by subnets whose route table sends 0.0.0.0/0 to it (public subnets).",
      ja: "VPC からインターネットへの出入口で、ルートテーブルで 0.0.0.0/0 をここに向けているサブネット（パブリックサブネット）が使います。",
    },
    analogy: {
      en: "Like the building's front entrance: without it, nobody outside can reach the reception (the public ALB).",
      ja: "ビルの正面玄関のようなものです。これが無いと、外の人は受付（パブリックな ALB）にたどり着けません。",
    },
    effects: {
      create: {
        en: "Public subnets can reach and be reached from the internet once a route points here.",
        ja: "ルートをここに向けると、パブリックサブネットがインターネットと通信できるようになります。",
      },
      update: {
        en: "Usually tags; moving it to another VPC cuts this VPC off the internet.",
        ja: "多くはタグの変更です。別の VPC に付け替えると、この VPC はインターネットから切り離されます。",
      },
      delete: {
        en: "Everything public in the VPC goes dark: internet-facing ALBs, public IPs and NAT gateways stop working. The site is unreachable.",
        ja: "VPC 内の公開されているものがすべて止まります。インターネット向け ALB、パブリック IP、NAT ゲートウェイが機能しなくなり、サイトに到達できなくなります。",
      },
      replace: {
        en: "A full internet outage for the VPC until the new gateway is attached and routes point to it.",
        ja: "新しいゲートウェイがアタッチされてルートが向き直るまで、VPC 全体でインターネット接続が停止します。",
      },
    },
    docs: "https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html",
  },
  {
    types: ["aws_egress_only_internet_gateway"],
    title: { en: "Egress-only internet gateway (IPv6)", ja: "Egress-only インターネットゲートウェイ（IPv6）" },
    service: "VPC",
    what: {
      en: "Lets resources with IPv6 addresses call out to the internet while blocking connections started from the internet.",
      ja: "IPv6 アドレスを持つリソースがインターネットへ通信できるようにしつつ、インターネット側から開始される接続は遮断します。",
    },
    analogy: {
      en: "Like a NAT gateway for IPv6: outbound calls allowed, inbound calls refused.",
      ja: "IPv6 版の NAT ゲートウェイのようなものです。外向きは許可し、内向きは拒否します。",
    },
    effects: {
      create: {
        en: "IPv6 outbound traffic works once a ::/0 route points here.",
        ja: "::/0 のルートをここに向けると、IPv6 の外向き通信が使えるようになります。",
      },
      delete: {
        en: "Private IPv6 resources lose outbound internet access.",
        ja: "プライベートな IPv6 リソースが外向きのインターネット接続を失います。",
      },
      replace: {
        en: "IPv6 outbound traffic stops until the new gateway is routed.",
        ja: "新しいゲートウェイへのルートができるまで、IPv6 の外向き通信が止まります。",
      },
    },
    docs: "https://docs.aws.amazon.com/vpc/latest/userguide/egress-only-internet-gateway.html",
  },
  {
    types: ["aws_nat_gateway"],
    title: { en: "NAT gateway", ja: "NAT ゲートウェイ" },
    service: "VPC",
    what: {
      en: "Lets resources in private subnets make outbound connections to the internet (pulling images, calling external APIs) without being reachable from it.",
      ja: "プライベートサブネットのリソースが、外部から到達されることなく、インターネットへの外向き接続（イメージの取得、外部 API 呼び出しなど）を行えるようにします。",
    },
    analogy: {
      en: "Like an office's outbound proxy: employees can browse out, but nobody outside can connect in, and the outside world sees one shared address.",
      ja: "会社の外向きプロキシのようなものです。社員は外のサイトを見られますが、外から中には接続できず、外からは 1 つの共有アドレスに見えます。",
    },
    effects: {
      create: {
        en: "Private subnets whose route points here gain outbound internet access. It is billed per hour and per GB processed, so it is a visible cost.",
        ja: "ここにルートを向けたプライベートサブネットが外向きのインターネット接続を得ます。時間単位と処理データ量（GB）単位で課金されるため、目に見えるコストになります。",
      },
      update: {
        en: "Usually tags; most other settings force a replacement.",
        ja: "多くはタグの変更です。それ以外の設定の多くは置き換えになります。",
      },
      delete: {
        en: "Private ECS tasks, Lambdas and servers lose internet access: image pulls from registries, external API calls and package downloads fail (unless VPC endpoints cover them).",
        ja: "プライベートな ECS タスク、Lambda、サーバーがインターネット接続を失い、レジストリからのイメージ取得、外部 API 呼び出し、パッケージのダウンロードが失敗します（VPC エンドポイントで代替していない場合）。",
      },
      replace: {
        en: "Outbound traffic stops until the new gateway is up and routed; if its Elastic IP changes, partners who allowlisted your outgoing IP will block you.",
        ja: "新しいゲートウェイが起動してルートが向くまで外向き通信が止まります。Elastic IP が変わると、送信元 IP を許可リストに登録している取引先からブロックされます。",
      },
    },
    docs: "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html",
    related: {
      en: "Lives in a public subnet, uses an aws_eip as its public address, and is used by private subnets through an aws_route (0.0.0.0/0 → NAT gateway).",
      ja: "パブリックサブネットに置かれ、aws_eip をパブリックアドレスとして使い、プライベートサブネットからは aws_route（0.0.0.0/0 → NAT ゲートウェイ）を通して使われます。",
    },
  },
  {
    types: ["aws_eip"],
    title: { en: "Elastic IP address", ja: "Elastic IP アドレス" },
    service: "EC2",
    what: {
      en: "A static public IPv4 address owned by your account, which you attach to an instance, network interface or NAT gateway.",
      ja: "アカウントが所有する固定のパブリック IPv4 アドレスで、インスタンス、ネットワークインターフェイス、NAT ゲートウェイに割り当てて使います。",
    },
    analogy: {
      en: "Like reserving a fixed phone number: you can move it between phones, but once you give it up you will not get the same number back.",
      ja: "固定の電話番号を確保するようなものです。電話機の間で付け替えられますが、一度手放すと同じ番号は二度と戻ってきません。",
    },
    effects: {
      create: {
        en: "A new public address is allocated; AWS charges for public IPv4 addresses by the hour.",
        ja: "新しいパブリックアドレスが割り当てられます。パブリック IPv4 アドレスには時間単位の料金がかかります。",
      },
      update: {
        en: "Moving it to another instance or interface moves the traffic for that address at once.",
        ja: "別のインスタンスやインターフェイスに付け替えると、そのアドレス宛ての通信がすぐに移ります。",
      },
      delete: {
        en: "The address is released for good: DNS records, partner allowlists and firewall rules that use it stop matching.",
        ja: "アドレスが完全に解放されます。それを使っている DNS レコード、取引先の許可リスト、ファイアウォールのルールが一致しなくなります。",
      },
      replace: {
        en: "You get a different IP address; update DNS and ask partners to change allowlists before applying.",
        ja: "別の IP アドレスになります。apply の前に DNS を更新し、取引先に許可リストの変更を依頼してください。",
      },
    },
    docs: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/elastic-ip-addresses-eip.html",
  },
  {
    types: ["aws_eip_association"],
    title: { en: "Elastic IP association", ja: "Elastic IP の関連付け" },
    service: "EC2",
    what: {
      en: "Attaches an Elastic IP address to one instance or network interface.",
      ja: "Elastic IP アドレスを 1 つのインスタンスまたはネットワークインターフェイスに関連付けます。",
    },
    analogy: {
      en: "Like pointing a phone number at a particular handset.",
      ja: "電話番号を特定の電話機に転送するようなものです。",
    },
    effects: {
      create: {
        en: "Traffic to the address now reaches this instance; it replaces any automatically assigned public IP.",
        ja: "このアドレス宛ての通信がこのインスタンスに届くようになります。自動で割り当てられていたパブリック IP は置き換えられます。",
      },
      delete: {
        en: "The instance loses this public address; the address stays allocated to your account.",
        ja: "インスタンスはこのパブリックアドレスを失います。アドレス自体はアカウントに割り当てられたまま残ります。",
      },
      replace: {
        en: "A short window where the address reaches nothing.",
        ja: "アドレスがどこにも届かない短い時間帯があります。",
      },
    },
    docs: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/elastic-ip-addresses-eip.html",
  },
  {
    types: ["aws_vpc_endpoint"],
    title: { en: "VPC endpoint", ja: "VPC エンドポイント" },
    service: "VPC",
    what: {
      en: "A private path from the VPC to an AWS service (S3, ECR, Secrets Manager...) or a partner service, so traffic does not go through the internet or a NAT gateway.",
      ja: "VPC から AWS サービス（S3、ECR、Secrets Manager など）やパートナーのサービスへの専用経路で、通信がインターネットや NAT ゲートウェイを通らないようにします。",
    },
    analogy: {
      en: "Like a private internal line to a supplier instead of calling them over the public phone network.",
      ja: "公衆電話網で電話する代わりに、取引先と直通の内線を引くようなものです。",
    },
    effects: {
      create: {
        en: "Calls to the service from the VPC take the private path (interface endpoints add network interfaces and private DNS; gateway endpoints add routes). Interface endpoints are billed per hour.",
        ja: "VPC からサービスへの呼び出しが専用経路を通るようになります（インターフェイス型はネットワークインターフェイスとプライベート DNS を、ゲートウェイ型はルートを追加します）。インターフェイス型は時間単位で課金されます。",
      },
      update: {
        en: "Changing its policy, subnets or security groups changes who can reach the service through it, immediately.",
        ja: "ポリシー、サブネット、セキュリティグループを変えると、これを通してサービスに到達できる範囲がすぐに変わります。",
      },
      delete: {
        en: "Traffic falls back to the NAT gateway or internet; in a private subnet without NAT, calls fail (e.g. ECS tasks cannot pull images from ECR).",
        ja: "通信は NAT ゲートウェイやインターネット経由に戻ります。NAT の無いプライベートサブネットでは呼び出しが失敗します（例：ECS タスクが ECR からイメージを取得できない）。",
      },
      replace: {
        en: "A gap while the new endpoint is created; private DNS names briefly resolve differently.",
        ja: "新しいエンドポイントが作られるまで途切れ、プライベート DNS 名の解決結果も一時的に変わります。",
      },
    },
    docs: "https://docs.aws.amazon.com/vpc/latest/privatelink/what-is-privatelink.html",
  },
  {
    types: ["aws_vpc_endpoint_service"],
    title: { en: "VPC endpoint service (PrivateLink)", ja: "VPC エンドポイントサービス（PrivateLink）" },
    service: "VPC",
    what: {
      en: "As a resource, publishes your own service behind a Network Load Balancer so other VPCs can reach it privately; as a data source, looks up the name of an AWS service to create an endpoint for.",
      ja: "リソースとしては、Network Load Balancer の背後にある自分のサービスを公開し、他の VPC から専用経路で到達できるようにします。データソースとしては、エンドポイントを作るための AWS サービス名を検索します。",
    },
    analogy: {
      en: "Like publishing a private npm package that only the organisations you approve can install.",
      ja: "承認した組織だけがインストールできるプライベート npm パッケージを公開するようなものです。",
    },
    effects: {
      create: {
        en: "Other accounts or VPCs you allow can create endpoints to your service.",
        ja: "許可した他のアカウントや VPC が、あなたのサービスへのエンドポイントを作れるようになります。",
      },
      update: {
        en: "Changing allowed principals or acceptance settings changes who can connect from now on.",
        ja: "許可するプリンシパルや承認設定を変えると、これ以降に接続できる相手が変わります。",
      },
      delete: {
        en: "Every consumer's endpoint to your service stops working.",
        ja: "あなたのサービスへの利用者側のエンドポイントがすべて使えなくなります。",
      },
      replace: {
        en: "The service name changes; every consumer must recreate its endpoint.",
        ja: "サービス名が変わるため、利用者全員がエンドポイントを作り直す必要があります。",
      },
    },
    docs: "https://docs.aws.amazon.com/vpc/latest/privatelink/create-endpoint-service.html",
  },
];
