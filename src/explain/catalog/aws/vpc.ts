import type { CatalogEntry } from "../../types.js";

// The VPC itself, its subnets, and the lookups and settings that describe them.

export const vpcEntries: CatalogEntry[] = [
  {
    types: ["aws_vpc"],
    title: { en: "VPC (virtual private cloud)", ja: "VPC（仮想プライベートクラウド）" },
    service: "VPC",
    what: {
      en: "Your own isolated private network in one AWS region, defined by an IP address range (CIDR block), inside which subnets, load balancers, containers and databases live.",
      ja: "1 つのリージョン内にある自分専用の隔離されたプライベートネットワークで、IP アドレス範囲（CIDR ブロック）で定義され、その中にサブネット・ロードバランサー・コンテナ・データベースが置かれます。",
    },
    analogy: {
      en: "Like the private network Docker Compose creates for your services, but for a whole production system: things inside can talk to each other, and nothing outside gets in unless you open a door.",
      ja: "Docker Compose がサービス用に作るプライベートネットワークを、本番システム全体に広げたようなものです。中のもの同士は通信でき、扉を開けない限り外からは入れません。",
    },
    effects: {
      create: {
        en: "An empty network appears; nothing can use it until subnets, route tables and gateways are added.",
        ja: "空のネットワークが作成されます。サブネット、ルートテーブル、ゲートウェイを追加するまで何も使えません。",
      },
      update: {
        en: "Usually DNS settings or tags. Turning off DNS support or DNS hostnames breaks private hosted zones and VPC endpoint DNS names for everything inside.",
        ja: "多くは DNS 設定やタグの変更です。DNS サポートや DNS ホスト名を無効にすると、中にあるすべてのものでプライベートホストゾーンや VPC エンドポイントの名前解決が壊れます。",
      },
      delete: {
        en: "Only possible once everything inside is gone, so in a plan it comes with the deletion of every subnet, gateway and usually every server, container and database in it.",
        ja: "中のものがすべて無くなってからでないと削除できないため、プランでは通常、中にあるすべてのサブネット・ゲートウェイ、そしてサーバー・コンテナ・データベースの削除と一緒に現れます。",
      },
      replace: {
        en: "Usually caused by a CIDR change: the whole network and everything inside it is rebuilt. Treat it as a full outage and a data-migration project, not a routine change.",
        ja: "主に CIDR の変更が原因で、ネットワークと中のすべてが作り直されます。通常の変更ではなく、全面停止とデータ移行を伴う作業として扱ってください。",
      },
    },
    docs: "https://docs.aws.amazon.com/vpc/latest/userguide/what-is-amazon-vpc.html",
    related: {
      en: "VPC → subnets (aws_subnet) → route tables (aws_route_table) decide where traffic goes; an internet gateway (aws_internet_gateway) connects public subnets to the internet and a NAT gateway (aws_nat_gateway) lets private subnets call out. As a data source, data.aws_vpc only looks up an existing VPC.",
      ja: "VPC → サブネット（aws_subnet）→ ルートテーブル（aws_route_table）が通信の行き先を決めます。インターネットゲートウェイ（aws_internet_gateway）がパブリックサブネットをインターネットにつなぎ、NAT ゲートウェイ（aws_nat_gateway）がプライベートサブネットからの外向き通信を可能にします。データソースの data.aws_vpc は既存の VPC を参照するだけです。",
    },
  },
  {
    types: ["aws_default_vpc"],
    title: { en: "Default VPC (adopted)", ja: "デフォルト VPC（取り込み）" },
    service: "VPC",
    what: {
      en: "Brings the VPC that AWS creates automatically in every region under Terraform management, without creating a new one.",
      ja: "AWS が各リージョンに自動で作成している VPC を、新しく作らずに Terraform の管理下に取り込みます。",
    },
    analogy: {
      en: "Like running an ORM migration against a table that already exists: Terraform takes over what is there instead of creating it.",
      ja: "既に存在するテーブルに対して ORM のマイグレーションを当てるようなものです。Terraform は新しく作らず、今あるものを引き継ぎます。",
    },
    effects: {
      create: {
        en: "Terraform adopts the existing default VPC (and may change its tags or DNS settings); nothing is built.",
        ja: "Terraform が既存のデフォルト VPC を取り込みます（タグや DNS 設定を変えることがあります）。新しく作られるものはありません。",
      },
      update: {
        en: "Changes DNS settings or tags of the default VPC that anything launched without an explicit VPC uses.",
        ja: "VPC を指定せずに起動したものが使うデフォルト VPC の DNS 設定やタグが変わります。",
      },
      delete: {
        en: "By default Terraform only stops managing it and the VPC stays; with force_destroy set, the default VPC is really deleted.",
        ja: "既定では Terraform が管理をやめるだけで VPC は残ります。force_destroy を設定している場合は、デフォルト VPC が実際に削除されます。",
      },
    },
    docs: "https://docs.aws.amazon.com/vpc/latest/userguide/default-vpc.html",
  },
  {
    types: ["aws_subnet"],
    title: { en: "Subnet", ja: "サブネット" },
    service: "VPC",
    what: {
      en: "A slice of the VPC's address range in one availability zone; whether it is 'public' or 'private' depends only on the route table it uses.",
      ja: "VPC のアドレス範囲を 1 つのアベイラビリティーゾーン内で切り出したもので、パブリックかプライベートかは使っているルートテーブルだけで決まります。",
    },
    analogy: {
      en: "Like floors in an office building: each floor (subnet) is in one wing (availability zone), and the lobby rules (route tables) decide whether a floor has a door to the street.",
      ja: "オフィスビルのフロアのようなものです。各フロア（サブネット）は 1 つの棟（アベイラビリティーゾーン）にあり、ロビーのルール（ルートテーブル）で外の道路への出入口があるかが決まります。",
    },
    effects: {
      create: {
        en: "New addresses become available for servers, containers, load balancers and databases placed in this subnet.",
        ja: "このサブネットに置くサーバー・コンテナ・ロードバランサー・データベース用の新しいアドレスが使えるようになります。",
      },
      update: {
        en: "Usually tags or 'assign public IP on launch': that setting only affects what is launched afterwards.",
        ja: "多くはタグや「起動時にパブリック IP を割り当てる」設定の変更です。この設定はこれ以降に起動するものにだけ影響します。",
      },
      delete: {
        en: "Only possible once nothing uses an address in it; ALBs, ECS services and RDS subnet groups that list it must be changed first.",
        ja: "中のアドレスを使っているものが無くなってからでないと削除できません。これを含む ALB、ECS サービス、RDS サブネットグループを先に変更する必要があります。",
      },
      replace: {
        en: "Caused by a CIDR, availability-zone or VPC change: everything with an address in the subnet must move out first, which usually means replacing servers and interrupting traffic.",
        ja: "CIDR、アベイラビリティーゾーン、VPC の変更が原因です。サブネット内にアドレスを持つものをすべて先に移す必要があり、通常はサーバーの作り直しと通信断を伴います。",
      },
    },
    docs: "https://docs.aws.amazon.com/vpc/latest/userguide/configure-subnets.html",
    related: {
      en: "A subnet uses the route table given by aws_route_table_association (or the VPC's main route table). 'Public' means that table has a route to an aws_internet_gateway. ALBs need subnets in at least two availability zones. As a data source, data.aws_subnet only looks up an existing subnet.",
      ja: "サブネットは aws_route_table_association で指定したルートテーブル（無ければ VPC のメインルートテーブル）を使います。「パブリック」とは、そのテーブルに aws_internet_gateway へのルートがあるという意味です。ALB には少なくとも 2 つのアベイラビリティーゾーンのサブネットが必要です。データソースの data.aws_subnet は既存のサブネットを参照するだけです。",
    },
  },
  {
    types: ["aws_default_subnet"],
    title: { en: "Default subnet (adopted)", ja: "デフォルトサブネット（取り込み）" },
    service: "VPC",
    what: {
      en: "Brings one of the public subnets that AWS creates in the default VPC under Terraform management.",
      ja: "AWS がデフォルト VPC 内に作成しているパブリックサブネットの 1 つを、Terraform の管理下に取り込みます。",
    },
    analogy: {
      en: "Like importing an existing record into your ORM instead of inserting a new one.",
      ja: "新しいレコードを INSERT するのではなく、既存のレコードを ORM に取り込むようなものです。",
    },
    effects: {
      create: {
        en: "Terraform adopts the existing default subnet of that availability zone (creating it only if it is missing); nothing moves.",
        ja: "Terraform がそのアベイラビリティーゾーンの既存のデフォルトサブネットを取り込みます（無い場合だけ作成します）。何も移動しません。",
      },
      update: {
        en: "Changes settings such as 'assign public IP on launch' for things launched later.",
        ja: "「起動時にパブリック IP を割り当てる」などの設定が、この後に起動するものに対して変わります。",
      },
      delete: {
        en: "By default Terraform only stops managing it; with force_destroy set, the subnet is really deleted.",
        ja: "既定では Terraform が管理をやめるだけです。force_destroy を設定している場合は、サブネットが実際に削除されます。",
      },
    },
    docs: "https://docs.aws.amazon.com/vpc/latest/userguide/default-vpc.html",
  },
  {
    types: ["aws_subnet_ids", "aws_subnets"],
    title: { en: "Subnet ID lookup (data source)", ja: "サブネット ID の検索（データソース）" },
    service: "VPC",
    what: {
      en: "A read-only lookup that returns the IDs of existing subnets matching a VPC and filters (aws_subnet_ids is the older, removed form of aws_subnets).",
      ja: "VPC やフィルター条件に一致する既存サブネットの ID 一覧を返す読み取り専用の検索です（aws_subnet_ids は aws_subnets の古い形式で、現在は削除されています）。",
    },
    analogy: {
      en: "Like a SELECT id FROM subnets WHERE ... query: it reads, it never writes.",
      ja: "SELECT id FROM subnets WHERE ... というクエリのようなものです。読むだけで、書き込みはしません。",
    },
    effects: {},
    docs: "https://docs.aws.amazon.com/vpc/latest/userguide/configure-subnets.html",
    related: {
      en: "If someone adds a subnet that matches the filter, the result changes and resources using it (ALBs, ECS services, subnet groups) show an update on the next plan.",
      ja: "フィルターに一致するサブネットを誰かが追加すると結果が変わり、それを使うリソース（ALB、ECS サービス、サブネットグループなど）が次のプランで更新として現れます。",
    },
  },
  {
    types: ["aws_availability_zones"],
    title: { en: "Availability zones lookup (data source)", ja: "アベイラビリティーゾーンの検索（データソース）" },
    service: "EC2",
    what: {
      en: "A read-only lookup of the availability zones (separate data centres) that the current region offers to this account.",
      ja: "現在のリージョンでこのアカウントが使えるアベイラビリティーゾーン（互いに独立したデータセンター）を返す読み取り専用の検索です。",
    },
    analogy: {
      en: "Like reading a config endpoint that lists the regions your SaaS provider runs in.",
      ja: "SaaS の提供元が稼働しているリージョンの一覧を返す設定 API を読むようなものです。",
    },
    effects: {},
    docs: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-regions-availability-zones.html",
    related: {
      en: "Usually feeds aws_subnet so that subnets spread across zones. Zone names map to different physical zones in different accounts.",
      ja: "通常は aws_subnet に渡して、サブネットを複数のゾーンに分散させます。ゾーン名と物理的なゾーンの対応はアカウントごとに異なります。",
    },
  },
  {
    types: ["aws_ec2_subnet_cidr_reservation"],
    title: { en: "Subnet CIDR reservation", ja: "サブネット CIDR 予約" },
    service: "VPC",
    what: {
      en: "Reserves a range of addresses inside a subnet so AWS does not hand them out automatically, keeping them for explicit or prefix-delegation use.",
      ja: "サブネット内のアドレス範囲を予約して AWS が自動で割り当てないようにし、明示的な割り当てやプレフィックス委任用に取っておきます。",
    },
    analogy: {
      en: "Like reserving a block of seat numbers in a venue for guests you will seat yourself.",
      ja: "会場で自分が案内するゲスト用に座席番号をまとめて確保しておくようなものです。",
    },
    effects: {
      create: {
        en: "Fewer addresses remain for automatic assignment in the subnet.",
        ja: "サブネット内で自動割り当てに使えるアドレスが減ります。",
      },
      delete: {
        en: "The range returns to the subnet's normal pool.",
        ja: "その範囲はサブネットの通常の割り当て対象に戻ります。",
      },
      replace: {
        en: "The reservation is recreated; addresses already in use are not affected.",
        ja: "予約が作り直されます。既に使用中のアドレスには影響しません。",
      },
    },
    docs: "https://docs.aws.amazon.com/vpc/latest/userguide/subnet-cidr-reservation.html",
  },
  {
    types: ["aws_vpc_dhcp_options", "aws_vpc_dhcp_options_association"],
    title: { en: "VPC DHCP options", ja: "VPC の DHCP オプション" },
    service: "VPC",
    what: {
      en: "The DNS servers, domain name and NTP servers that instances in a VPC receive automatically, and which VPC uses them.",
      ja: "VPC 内のインスタンスが自動的に受け取る DNS サーバー・ドメイン名・NTP サーバーの設定と、それをどの VPC で使うかの指定です。",
    },
    analogy: {
      en: "Like the network settings your laptop gets from the office Wi-Fi router.",
      ja: "オフィスの Wi-Fi ルーターからノート PC が受け取るネットワーク設定のようなものです。",
    },
    effects: {
      create: {
        en: "Instances pick up the settings when they renew their DHCP lease.",
        ja: "インスタンスは DHCP リースを更新するときに設定を受け取ります。",
      },
      delete: {
        en: "The VPC returns to AWS's default DNS settings; instances pointed at custom DNS servers switch back over time.",
        ja: "VPC は AWS のデフォルトの DNS 設定に戻り、独自の DNS サーバーを使っていたインスタンスも順次戻ります。",
      },
      replace: {
        en: "Instances get the new settings at their next lease renewal; wrong DNS servers break name resolution for the whole VPC.",
        ja: "インスタンスは次のリース更新時に新しい設定を受け取ります。DNS サーバーを間違えると VPC 全体で名前解決が壊れます。",
      },
    },
    docs: "https://docs.aws.amazon.com/vpc/latest/userguide/VPC_DHCP_Options.html",
  },
  {
    types: ["aws_network_interface"],
    title: { en: "Elastic network interface (ENI)", ja: "ネットワークインターフェイス（ENI）" },
    service: "EC2",
    what: {
      en: "A virtual network card with private IP addresses and security groups, attached to an instance, task, Lambda or load balancer in a subnet.",
      ja: "プライベート IP アドレスとセキュリティグループを持つ仮想ネットワークカードで、サブネット内のインスタンス、タスク、Lambda、ロードバランサーに付けられます。",
    },
    analogy: {
      en: "Like the network card of a server: it carries the IP address and the firewall rules, and can sometimes be moved to another machine.",
      ja: "サーバーのネットワークカードのようなものです。IP アドレスとファイアウォールのルールを持ち、別のマシンに付け替えられることもあります。",
    },
    effects: {
      create: {
        en: "A new private address is taken from the subnet.",
        ja: "サブネットから新しいプライベートアドレスが確保されます。",
      },
      update: {
        en: "Changing its security groups changes what may reach it immediately; moving it moves its IP address with it.",
        ja: "セキュリティグループを変えると、到達できる通信がすぐに変わります。付け替えると IP アドレスも一緒に移ります。",
      },
      delete: {
        en: "The attached machine loses that address and its connections.",
        ja: "付いていたマシンはそのアドレスと接続を失います。",
      },
      replace: {
        en: "A new interface with a new private IP: anything that uses the old IP must be updated.",
        ja: "新しいプライベート IP を持つ新しいインターフェイスになるため、古い IP を使っているものは更新が必要です。",
      },
    },
    docs: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-eni.html",
  },
  {
    types: ["aws_flow_log"],
    title: { en: "VPC flow log", ja: "VPC フローログ" },
    service: "VPC",
    what: {
      en: "Records metadata of the IP traffic (who talked to whom, on which port, accepted or rejected) of a VPC, subnet or network interface, into CloudWatch Logs or S3.",
      ja: "VPC、サブネット、ネットワークインターフェイスの IP 通信のメタデータ（誰が誰と、どのポートで、許可か拒否か）を CloudWatch Logs や S3 に記録します。",
    },
    analogy: {
      en: "Like an access log for the network: no request bodies, just who connected where and whether it was let in.",
      ja: "ネットワーク版のアクセスログのようなものです。中身は記録せず、誰がどこに接続し、通したかどうかだけを残します。",
    },
    effects: {
      create: {
        en: "Traffic records start flowing to the destination; storage and ingestion are billed.",
        ja: "通信の記録が出力先に送られ始めます。保存量と取り込み量に応じて課金されます。",
      },
      update: {
        en: "Usually tags; most settings force a replacement.",
        ja: "多くはタグの変更です。それ以外の設定の多くは置き換えになります。",
      },
      delete: {
        en: "Recording stops; logs already written stay in the log group or bucket. You lose visibility for security investigations from now on.",
        ja: "記録が止まります。既に書き込まれたログはロググループやバケットに残りますが、これ以降のセキュリティ調査に使える情報が無くなります。",
      },
      replace: {
        en: "A short gap in the traffic records.",
        ja: "通信記録に短い空白ができます。",
      },
    },
    docs: "https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html",
  },
];
