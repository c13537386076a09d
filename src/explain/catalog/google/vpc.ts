import type { CatalogEntry } from "../../types.js";

export const googleVpcEntries: CatalogEntry[] = [
  {
    types: ["google_compute_network"],
    title: { en: "VPC network", ja: "VPC ネットワーク" },
    service: "VPC",
    what: {
      en: "A private, global network for your project's VMs, GKE clusters and private services; its subnets live in individual regions.",
      ja: "プロジェクトの VM、GKE クラスタ、プライベートなサービスが使う、グローバルなプライベートネットワークです。サブネットはリージョンごとに作られます。",
    },
    analogy: {
      en: "The private network of a docker-compose file: services on it reach each other, the outside world only through what you expose.",
      ja: "docker-compose のプライベートネットワークのようなものです。中のサービス同士は通信でき、外からは公開したものにしか届きません。",
    },
    effects: {
      create: {
        en: "A new network is created. With auto_create_subnetworks (the default) Google also creates a subnet in every region; most teams turn it off and define subnets themselves.",
        ja: "新しいネットワークが作られます。auto_create_subnetworks（既定で有効）の場合は全リージョンにサブネットも自動作成されるため、多くのチームは無効にして自分でサブネットを定義します。",
      },
      update: {
        en: "Routing mode or MTU changes apply to the whole network and every VM attached to it.",
        ja: "ルーティングモードや MTU の変更は、ネットワーク全体とそこに接続したすべての VM に影響します。",
      },
      delete: {
        en: "Only succeeds when nothing uses it any more; everything inside (subnets, firewall rules, VMs, peerings) must go first.",
        ja: "何も使っていない状態でないと削除できません。中のもの（サブネット、ファイアウォールルール、VM、ピアリング）を先に消す必要があります。",
      },
      replace: {
        en: "Everything attached to the network must be recreated too: VMs, GKE clusters, Cloud SQL private IPs. Treat it as rebuilding the environment.",
        ja: "ネットワークに接続しているもの（VM、GKE クラスタ、Cloud SQL のプライベート IP など）も作り直しになります。環境の作り直しと考えてください。",
      },
    },
    docs: "https://cloud.google.com/vpc/docs/vpc",
    related: {
      en: "Holds google_compute_subnetwork and google_compute_firewall rules; google_compute_network_peering and google_service_networking_connection connect it to other networks.",
      ja: "google_compute_subnetwork と google_compute_firewall ルールを持ち、google_compute_network_peering や google_service_networking_connection で他のネットワークとつながります。",
    },
  },
  {
    types: ["google_compute_subnetwork"],
    title: { en: "VPC subnet", ja: "サブネット（VPC）" },
    service: "VPC",
    what: {
      en: "A regional IP range inside a VPC network from which VMs, GKE nodes and internal load balancers get their private addresses; secondary ranges often hold GKE Pod and Service IPs.",
      ja: "VPC ネットワーク内のリージョン単位の IP 範囲で、VM・GKE ノード・内部ロードバランサーのプライベート IP はここから割り当てられます。セカンダリ範囲は GKE の Pod や Service の IP によく使われます。",
    },
    analogy: {
      en: "A block of house numbers on one street of the town: every house built on that street gets a number from the block.",
      ja: "町の一本の通りに割り当てた番地の範囲のようなものです。その通りに建つ家は、その範囲から番地をもらいます。",
    },
    effects: {
      create: {
        en: "A new address range becomes usable in that region. It must not overlap other subnets or peered networks.",
        ja: "そのリージョンで新しいアドレス範囲が使えるようになります。他のサブネットやピアリング先と重なってはいけません。",
      },
      update: {
        en: "Expanding the primary range, adding secondary ranges or toggling Private Google Access and flow logs happen in place without touching running VMs.",
        ja: "プライマリ範囲の拡張、セカンダリ範囲の追加、限定公開の Google アクセスやフローログの切り替えは、稼働中の VM に影響せずその場で反映されます。",
      },
      delete: {
        en: "Fails while VMs, GKE nodes or other resources still use addresses in it.",
        ja: "VM や GKE ノードなどがまだアドレスを使っている間は削除できません。",
      },
      replace: {
        en: "Shrinking or moving the range forces a new subnet: everything using it (VMs, GKE clusters) must be recreated, which usually means downtime.",
        ja: "範囲を縮小・変更すると新しいサブネットになり、それを使っているもの（VM、GKE クラスタ）も作り直しになります。通常はダウンタイムを伴います。",
      },
    },
    docs: "https://cloud.google.com/vpc/docs/subnets",
    related: {
      en: "Belongs to a google_compute_network; google_container_cluster uses its secondary ranges for Pods and Services.",
      ja: "google_compute_network に属し、google_container_cluster はそのセカンダリ範囲を Pod や Service に使います。",
    },
  },
  {
    types: ["google_compute_firewall"],
    title: { en: "VPC firewall rule", ja: "VPC ファイアウォールルール" },
    service: "VPC",
    what: {
      en: "Allows or denies traffic to or from VMs in a VPC network by source/destination range, protocol, port and target tag or service account; lower priority numbers win.",
      ja: "VPC ネットワーク内の VM への（または VM からの）通信を、送信元/宛先の範囲・プロトコル・ポート・ターゲットのタグやサービスアカウントで許可または拒否します。priority の数値が小さいほど優先されます。",
    },
    analogy: {
      en: "The allow-list in front of your API: which callers may reach which port. 0.0.0.0/0 means \"anyone on the internet\".",
      ja: "API の前に置く許可リストのようなものです。誰がどのポートに届くかを決めます。0.0.0.0/0 は「インターネット上の誰でも」という意味です。",
    },
    effects: {
      create: {
        en: "Takes effect within seconds for every matching VM. An allow rule with source_ranges 0.0.0.0/0 on SSH (22), RDP (3389) or a database port exposes it to the whole internet.",
        ja: "数秒で該当するすべての VM に適用されます。SSH（22）、RDP（3389）、DB のポートで source_ranges が 0.0.0.0/0 の許可ルールは、インターネット全体に公開することになります。",
      },
      update: {
        en: "Changed ranges, ports or targets apply immediately; narrowing them can cut off health checks or clients that relied on the old rule.",
        ja: "範囲・ポート・ターゲットの変更は即座に反映されます。狭めると、古いルールに頼っていたヘルスチェックやクライアントが遮断されることがあります。",
      },
      delete: {
        en: "Traffic this rule allowed is blocked (ingress is denied by default), or traffic it denied is let through.",
        ja: "このルールで許可していた通信は遮断され（ingress は既定で拒否）、拒否していた通信は通るようになります。",
      },
      replace: {
        en: "Renaming or changing direction recreates the rule: connections it allows can fail briefly between delete and create.",
        ja: "名前や方向を変えるとルールが作り直されます。削除から作成までの間、許可していた通信が一時的に失敗することがあります。",
      },
    },
    docs: "https://cloud.google.com/firewall/docs/firewalls",
    related: {
      en: "Applies within one google_compute_network to VMs (and GKE nodes) selected by target_tags or target_service_accounts.",
      ja: "1つの google_compute_network の中で、target_tags や target_service_accounts で選ばれた VM（や GKE ノード）に適用されます。",
    },
  },
  {
    types: ["google_compute_network_peering"],
    title: { en: "VPC network peering", ja: "VPC ネットワークピアリング" },
    service: "VPC",
    what: {
      en: "Connects two VPC networks privately so they can reach each other's internal IPs; each side is its own resource and the link becomes ACTIVE only when both exist.",
      ja: "2つの VPC ネットワークをプライベートに接続し、互いの内部 IP に届くようにします。両側それぞれが別のリソースで、両方そろって初めて ACTIVE になります。",
    },
    analogy: {
      en: "A private door between two office floors: both sides must unlock it, and it does not lead on to the floors behind them (peering is not transitive).",
      ja: "2つのフロアの間にある専用のドアのようなものです。両側で鍵を開ける必要があり、その先の別のフロアにはつながりません（ピアリングは推移的ではありません）。",
    },
    effects: {
      create: {
        en: "Once both sides exist, routes are exchanged and traffic can flow. Overlapping IP ranges make it fail.",
        ja: "両側がそろうと経路が交換され、通信できるようになります。IP 範囲が重なっていると失敗します。",
      },
      update: {
        en: "Route import/export settings change which subnets each side can reach.",
        ja: "経路のインポート/エクスポート設定を変えると、互いに届くサブネットが変わります。",
      },
      delete: {
        en: "Private traffic between the two networks stops immediately, in both directions.",
        ja: "2つのネットワーク間のプライベート通信が、双方向とも即座に止まります。",
      },
      replace: {
        en: "The link is torn down and rebuilt: connections across it fail until both sides are active again.",
        ja: "接続がいったん切れてから作り直されるため、両側が再び ACTIVE になるまで通信は失敗します。",
      },
    },
    docs: "https://cloud.google.com/vpc/docs/vpc-peering",
  },
  {
    types: ["google_compute_address", "google_compute_global_address"],
    title: { en: "Reserved IP address", ja: "予約済み IP アドレス" },
    service: "VPC",
    what: {
      en: "Reserves a static IP: google_compute_address is regional (a VM, NAT or regional load balancer), google_compute_global_address is global (a global load balancer, or with purpose VPC_PEERING an internal range for private services such as Cloud SQL).",
      ja: "固定 IP を予約します。google_compute_address はリージョン単位（VM、NAT、リージョンのロードバランサー用）、google_compute_global_address はグローバル（グローバルなロードバランサー用、または purpose が VPC_PEERING なら Cloud SQL などのプライベートサービス用の内部範囲）です。",
    },
    analogy: {
      en: "Keeping your phone number when you change phones: DNS records and partners' allow-lists keep pointing at the same address.",
      ja: "機種変更しても電話番号を持ち続けるようなものです。DNS レコードや取引先の許可リストが同じアドレスを指し続けます。",
    },
    effects: {
      create: {
        en: "A fixed address is reserved (external addresses are billed, and more while unused).",
        ja: "固定アドレスが予約されます（外部アドレスは課金対象で、未使用のままだと割高になります）。",
      },
      update: {
        en: "Labels only; the address itself does not change.",
        ja: "ラベルの変更のみで、アドレス自体は変わりません。",
      },
      delete: {
        en: "The address is released and cannot be reclaimed: DNS records, partner allow-lists and clients pinned to it break.",
        ja: "アドレスは解放され、取り戻せません。それを指す DNS レコード、取引先の許可リスト、固定で接続しているクライアントが壊れます。",
      },
      replace: {
        en: "You get a different IP address: update DNS and allow-lists, or expect outages.",
        ja: "別の IP アドレスになります。DNS や許可リストを更新しないと障害になります。",
      },
    },
    docs: "https://cloud.google.com/compute/docs/ip-addresses",
    stateful: true,
    related: {
      en: "Used by google_compute_instance, google_compute_global_forwarding_rule, or (purpose VPC_PEERING) by google_service_networking_connection.",
      ja: "google_compute_instance、google_compute_global_forwarding_rule、または（purpose が VPC_PEERING の場合）google_service_networking_connection から使われます。",
    },
  },
  {
    types: ["google_compute_router"],
    title: { en: "Cloud Router", ja: "Cloud Router（動的ルーティング）" },
    service: "VPC",
    what: {
      en: "A regional router that exchanges routes dynamically (BGP) for VPN and Interconnect, and hosts Cloud NAT.",
      ja: "VPN や Interconnect のために経路を動的に交換（BGP）するリージョン単位のルーターで、Cloud NAT の土台にもなります。",
    },
    analogy: {
      en: "The box in the server room that tells the office network how to reach the other offices, updating itself when links change.",
      ja: "サーバールームにある「他拠点への道順」を社内ネットワークに教える機器のようなものです。回線が変わると自動で更新します。",
    },
    effects: {
      create: {
        en: "A router exists in the region; by itself it routes nothing until VPN tunnels, Interconnect attachments or NAT use it.",
        ja: "リージョンにルーターができますが、VPN トンネルや Interconnect、NAT が使うまでは何もルーティングしません。",
      },
      update: {
        en: "BGP settings or advertised ranges change which networks on-premises sites can reach.",
        ja: "BGP 設定や広報する範囲を変えると、オンプレミス拠点から届くネットワークが変わります。",
      },
      delete: {
        en: "Cloud NAT and dynamic VPN/Interconnect routes on it disappear: private VMs lose internet egress and on-prem links lose routes.",
        ja: "このルーター上の Cloud NAT と VPN/Interconnect の動的経路が消え、プライベート VM はインターネットへ出られなくなり、オンプレミスとの経路も失われます。",
      },
      replace: {
        en: "NAT and BGP sessions on it go down until the new router is configured.",
        ja: "新しいルーターが設定されるまで、その上の NAT と BGP セッションが停止します。",
      },
    },
    docs: "https://cloud.google.com/network-connectivity/docs/router/concepts/overview",
  },
  {
    types: ["google_compute_router_nat"],
    title: { en: "Cloud NAT", ja: "Cloud NAT（送信用の NAT）" },
    service: "VPC",
    what: {
      en: "Lets VMs and GKE nodes without public IPs reach the internet (package registries, third-party APIs) through shared outbound addresses.",
      ja: "パブリック IP を持たない VM や GKE ノードが、共有の送信元アドレスを通してインターネット（パッケージレジストリや外部 API など）へ出られるようにします。",
    },
    analogy: {
      en: "The office's shared internet connection: everyone browses out through one public address, nobody outside can call in.",
      ja: "オフィスの共有インターネット回線のようなものです。全員が1つのパブリックアドレスから外へ出られますが、外からは入ってこられません。",
    },
    effects: {
      create: {
        en: "Private instances in the selected subnets gain outbound internet access.",
        ja: "選んだサブネットのプライベートなインスタンスが、インターネットへ出られるようになります。",
      },
      update: {
        en: "Changing NAT IPs changes the source address partners see (update their allow-lists); port allocation changes can cause connection errors under load.",
        ja: "NAT の IP を変えると取引先から見える送信元アドレスが変わります（許可リストの更新が必要です）。ポート割り当ての変更は高負荷時の接続エラーにつながることがあります。",
      },
      delete: {
        en: "Private instances can no longer reach the internet: image pulls, webhooks and external API calls start failing.",
        ja: "プライベートなインスタンスがインターネットに出られなくなり、イメージの pull、Webhook、外部 API 呼び出しが失敗し始めます。",
      },
      replace: {
        en: "Outbound internet access is interrupted until the new NAT is ready.",
        ja: "新しい NAT の準備ができるまで、インターネットへの送信が途切れます。",
      },
    },
    docs: "https://cloud.google.com/nat/docs/overview",
    related: {
      en: "Runs on a google_compute_router in the same region.",
      ja: "同じリージョンの google_compute_router の上で動きます。",
    },
  },
  {
    types: ["google_service_networking_connection"],
    title: { en: "Private services access connection", ja: "プライベートサービスアクセス接続" },
    service: "VPC",
    what: {
      en: "Peers your VPC with Google's service network so that managed services (Cloud SQL, Memorystore, Filestore) get private IPs reachable from your network, using ranges you reserved.",
      ja: "VPC を Google のサービス用ネットワークとピアリングし、マネージドサービス（Cloud SQL、Memorystore、Filestore など）が自分のネットワークから届くプライベート IP を持てるようにします。IP は予約した範囲から割り当てられます。",
    },
    analogy: {
      en: "A private tunnel from your office network to the data centre hosting your managed database, so it never needs a public address.",
      ja: "マネージド DB をホストするデータセンターとオフィスのネットワークを専用トンネルでつなぐようなものです。DB にパブリックアドレスは不要になります。",
    },
    effects: {
      create: {
        en: "Managed services can now be created with private IPs from the reserved ranges (google_compute_global_address with purpose VPC_PEERING).",
        ja: "予約範囲（purpose が VPC_PEERING の google_compute_global_address）からプライベート IP を持つマネージドサービスを作れるようになります。",
      },
      update: {
        en: "Adding reserved ranges gives services more room; removing a range still in use fails or breaks those instances.",
        ja: "予約範囲を追加するとサービスが使える余地が増えます。使用中の範囲を外すと失敗するか、そのインスタンスが壊れます。",
      },
      delete: {
        en: "Private connectivity to Cloud SQL, Memorystore and the like is cut; Google refuses while instances still use it.",
        ja: "Cloud SQL や Memorystore などへのプライベート接続が切れます。まだ使っているインスタンスがあると Google 側で拒否されます。",
      },
      replace: {
        en: "Apps lose their private connection to managed databases and caches until the peering is rebuilt.",
        ja: "ピアリングが作り直されるまで、アプリからマネージド DB やキャッシュへのプライベート接続が失われます。",
      },
    },
    docs: "https://cloud.google.com/vpc/docs/private-services-access",
    related: {
      en: "Needs google_compute_global_address ranges with purpose VPC_PEERING; google_sql_database_instance with a private IP depends on it.",
      ja: "purpose が VPC_PEERING の google_compute_global_address の範囲が必要で、プライベート IP の google_sql_database_instance はこれに依存します。",
    },
  },
  {
    types: ["google_vpc_access_connector"],
    title: { en: "Serverless VPC Access connector", ja: "サーバーレス VPC アクセスコネクタ" },
    service: "VPC",
    what: {
      en: "A small pool of managed VMs that lets Cloud Run, Cloud Functions and App Engine reach private IPs in your VPC (a Cloud SQL private IP, Memorystore, internal APIs).",
      ja: "Cloud Run・Cloud Functions・App Engine から VPC 内のプライベート IP（Cloud SQL のプライベート IP、Memorystore、社内 API など）へ届くようにする、マネージド VM の小さなプールです。",
    },
    analogy: {
      en: "A VPN client for your serverless app: without it, the app only sees the public internet.",
      ja: "サーバーレスアプリ用の VPN クライアントのようなものです。これがないと、アプリからはパブリックなインターネットしか見えません。",
    },
    effects: {
      create: {
        en: "A connector with its own /28 range (or subnet) is created and billed per instance; services must reference it to use it.",
        ja: "専用の /28 範囲（またはサブネット）を持つコネクタが作られ、インスタンス単位で課金されます。サービス側で参照して初めて使われます。",
      },
      update: {
        en: "Few settings change in place; most changes recreate the connector.",
        ja: "その場で変えられる設定は少なく、ほとんどの変更はコネクタの作り直しになります。",
      },
      delete: {
        en: "Services using it lose private egress: connections to the database or cache fail (deletion is refused while services still reference it).",
        ja: "使っているサービスがプライベートな送信経路を失い、DB やキャッシュへの接続が失敗します（参照しているサービスがあると削除は拒否されます）。",
      },
      replace: {
        en: "While the connector is rebuilt, serverless apps cannot reach private IPs: expect database connection errors.",
        ja: "コネクタの作り直し中は、サーバーレスアプリがプライベート IP に届かず、DB 接続エラーが起きます。",
      },
    },
    docs: "https://cloud.google.com/vpc/docs/serverless-vpc-access",
    related: {
      en: "Referenced by google_cloud_run_service (vpc-access annotations) and google_cloudfunctions_function (vpc_connector).",
      ja: "google_cloud_run_service（vpc-access のアノテーション）や google_cloudfunctions_function（vpc_connector）から参照されます。",
    },
  },
];
