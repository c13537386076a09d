import type { CatalogEntry } from "../../types.js";

export const azureNetworkEntries: CatalogEntry[] = [
  {
    types: ["azurerm_virtual_network"],
    title: { en: "Virtual network (VNet)", ja: "仮想ネットワーク（VNet）" },
    service: "Azure Virtual Network",
    what: {
      en: "A private network in one Azure region with one or more address spaces, divided into subnets where VMs, AKS nodes and private endpoints live.",
      ja: "1つの Azure リージョンにあるプライベートネットワークで、1つ以上のアドレス空間を持ち、サブネットに分けて VM・AKS ノード・プライベートエンドポイントを置きます。",
    },
    analogy: {
      en: "The private network of a docker-compose file: services inside reach each other, outsiders only reach what you expose.",
      ja: "docker-compose のプライベートネットワークのようなものです。中のサービス同士は通信でき、外からは公開したものにしか届きません。",
    },
    effects: {
      create: {
        en: "An empty network is created; it must not overlap networks you will peer or connect via VPN/ExpressRoute.",
        ja: "空のネットワークが作られます。ピアリングや VPN/ExpressRoute で接続する予定のネットワークとアドレスが重ならないようにします。",
      },
      update: {
        en: "Adding address space or DNS servers applies in place (VMs pick up DNS changes after a restart or lease renewal); peered networks may need a sync.",
        ja: "アドレス空間や DNS サーバーの追加はその場で反映されます（VM は再起動や DHCP 更新後に DNS の変更を反映します）。ピアリング先で同期が必要な場合があります。",
      },
      delete: {
        en: "Fails while subnets still hold NICs, gateways or endpoints; once gone, everything inside has lost its network.",
        ja: "サブネットに NIC、ゲートウェイ、エンドポイントが残っていると失敗します。削除されると中のものはすべてネットワークを失います。",
      },
      replace: {
        en: "Renaming or moving it forces every subnet, NIC, VM and endpoint in it to be recreated: an environment rebuild.",
        ja: "名前やリージョンを変えると、中のサブネット・NIC・VM・エンドポイントがすべて作り直しになります。環境の作り直しです。",
      },
    },
    docs: "https://learn.microsoft.com/en-us/azure/virtual-network/virtual-networks-overview",
    related: {
      en: "Split into azurerm_subnet; traffic filtered by azurerm_network_security_group; names resolved by azurerm_private_dns_zone through virtual network links.",
      ja: "azurerm_subnet に分割し、azurerm_network_security_group で通信を制御し、仮想ネットワークリンク経由で azurerm_private_dns_zone が名前解決します。",
    },
  },
  {
    types: ["azurerm_subnet"],
    title: { en: "Subnet", ja: "サブネット" },
    service: "Azure Virtual Network",
    what: {
      en: "An address range inside a VNet where NICs, AKS nodes, private endpoints or delegated services (App Service, PostgreSQL flexible server) get their IPs.",
      ja: "VNet 内のアドレス範囲で、NIC、AKS ノード、プライベートエンドポイント、委任されたサービス（App Service、PostgreSQL フレキシブルサーバーなど）がここから IP を受け取ります。",
    },
    analogy: {
      en: "A block of house numbers on one street: every house on it gets a number from that block.",
      ja: "一本の通りに割り当てた番地の範囲のようなものです。その通りの家は範囲内から番地をもらいます。",
    },
    effects: {
      create: {
        en: "A new range becomes usable; Azure reserves five addresses in every subnet.",
        ja: "新しい範囲が使えるようになります。Azure は各サブネットで5つのアドレスを予約します。",
      },
      update: {
        en: "Service endpoints, delegations and policies change in place; changing the address prefix fails while addresses are in use.",
        ja: "サービスエンドポイント、委任、ポリシーはその場で変わります。使用中のアドレスがあるとアドレスプレフィックスは変更できません。",
      },
      delete: {
        en: "Fails while anything is still attached; after that, nothing can be placed in this range.",
        ja: "何かが接続されている間は削除できません。削除後はこの範囲に何も置けなくなります。",
      },
      replace: {
        en: "Everything in the subnet (VMs, AKS node pools, endpoints) has to be recreated with new IPs.",
        ja: "サブネット内のもの（VM、AKS ノードプール、エンドポイント）は新しい IP で作り直しになります。",
      },
    },
    docs: "https://learn.microsoft.com/en-us/azure/virtual-network/virtual-network-manage-subnet",
  },
  {
    types: ["azurerm_network_security_group"],
    title: { en: "Network security group (NSG)", ja: "ネットワークセキュリティグループ（NSG）" },
    service: "Azure Virtual Network",
    what: {
      en: "A list of allow/deny rules for traffic by source, destination, port and protocol, applied wherever it is associated: a subnet or a network interface.",
      ja: "送信元・宛先・ポート・プロトコルで通信を許可/拒否するルールの一覧で、関連付けた場所（サブネットやネットワークインターフェース）に適用されます。",
    },
    analogy: {
      en: "The allow-list in front of your API, written once and attached to several doors.",
      ja: "API の前に置く許可リストを一度書いて、複数の入り口に取り付けるようなものです。",
    },
    effects: {
      create: {
        en: "The NSG exists with Azure's default rules; it filters nothing until it is associated with a subnet or NIC.",
        ja: "Azure の既定ルールを持つ NSG ができますが、サブネットや NIC に関連付けるまでは何も制御しません。",
      },
      update: {
        en: "Rule changes apply within seconds to every subnet and NIC it is attached to. Inline security_rule blocks replace the whole rule list, removing rules added elsewhere.",
        ja: "ルールの変更は、関連付けたすべてのサブネットと NIC に数秒で反映されます。インラインの security_rule ブロックはルール一覧全体を置き換えるため、他で追加したルールは消えます。",
      },
      delete: {
        en: "Refused while still associated; once detached and deleted, its rules no longer protect anything.",
        ja: "関連付けが残っていると削除できません。外して削除すると、そのルールは何も守らなくなります。",
      },
      replace: {
        en: "Associations must be recreated too; in between, the subnets and NICs are not filtered by these rules.",
        ja: "関連付けも作り直しになり、その間サブネットや NIC はこのルールで制御されません。",
      },
    },
    docs: "https://learn.microsoft.com/en-us/azure/virtual-network/network-security-groups-overview",
    related: {
      en: "Rules are inline or separate azurerm_network_security_rule resources (do not mix both); attached with azurerm_subnet_network_security_group_association or azurerm_network_interface_security_group_association.",
      ja: "ルールはインラインか、別リソースの azurerm_network_security_rule で書きます（混在させないでください）。関連付けは azurerm_subnet_network_security_group_association や azurerm_network_interface_security_group_association で行います。",
    },
  },
  {
    types: ["azurerm_network_security_rule"],
    title: { en: "NSG security rule", ja: "NSG のセキュリティ規則" },
    service: "Azure Virtual Network",
    what: {
      en: "One allow or deny rule in a network security group; rules are evaluated by priority (100–4096, lowest first) and the first match wins.",
      ja: "ネットワークセキュリティグループ内の1つの許可/拒否ルールです。優先度（100〜4096、小さい順）で評価され、最初に一致したものが適用されます。",
    },
    analogy: {
      en: "One line in a firewall allow-list. A source of \"*\" or \"Internet\" means anyone on the internet.",
      ja: "ファイアウォールの許可リストの1行です。送信元が「*」や「Internet」なら、インターネット上の誰でもという意味です。",
    },
    effects: {
      create: {
        en: "Takes effect within seconds. An inbound allow from * or Internet to 22 (SSH), 3389 (RDP) or a database port exposes it to the whole internet.",
        ja: "数秒で有効になります。* や Internet から 22（SSH）、3389（RDP）、DB のポートへの受信を許可すると、インターネット全体に公開されます。",
      },
      update: {
        en: "New ports, sources or priorities apply immediately; a priority change can make another rule win.",
        ja: "ポート、送信元、優先度の変更は即座に反映されます。優先度を変えると別のルールが優先されることがあります。",
      },
      delete: {
        en: "Traffic this rule allowed is now blocked by a lower rule or the default deny, or traffic it denied now gets through.",
        ja: "このルールで許可していた通信は下位のルールや既定の拒否で遮断され、拒否していた通信は通るようになります。",
      },
      replace: {
        en: "A short gap while the rule is removed and re-added.",
        ja: "ルールの削除と再追加の間、短い空白が生じます。",
      },
    },
    docs: "https://learn.microsoft.com/en-us/azure/virtual-network/network-security-groups-overview",
  },
  {
    types: [
      "azurerm_subnet_network_security_group_association",
      "azurerm_network_interface_security_group_association",
    ],
    title: { en: "NSG association (subnet or NIC)", ja: "NSG の関連付け（サブネット／NIC）" },
    service: "Azure Virtual Network",
    what: {
      en: "Attaches a network security group to a subnet or to a single network interface, so that its rules filter that traffic.",
      ja: "ネットワークセキュリティグループをサブネットや個別のネットワークインターフェースに取り付け、そのルールで通信を制御させます。",
    },
    analogy: {
      en: "Plugging a middleware into a route: the rules exist anyway, this decides where they run.",
      ja: "ルートにミドルウェアを差し込むようなものです。ルール自体は別にあり、これがどこで効くかを決めます。",
    },
    effects: {
      create: {
        en: "The NSG's rules apply at once to everything in the subnet or on the NIC; connections not allowed by them are dropped.",
        ja: "サブネット内や NIC 上のすべてに NSG のルールが即座に適用され、許可されていない接続は遮断されます。",
      },
      delete: {
        en: "Those rules stop applying there. Depending on other NSGs and the public IP SKU, traffic is then either unfiltered or blocked (Standard public IPs are closed by default).",
        ja: "そこでルールが効かなくなります。他の NSG やパブリック IP の SKU によって、通信は無制限になるか、遮断されます（Standard のパブリック IP は既定で閉じています）。",
      },
      replace: {
        en: "Moving it to another NSG swaps the whole rule set at once.",
        ja: "別の NSG に付け替えると、ルール一式がまとめて入れ替わります。",
      },
    },
    docs: "https://learn.microsoft.com/en-us/azure/virtual-network/network-security-group-how-it-works",
  },
  {
    types: ["azurerm_public_ip"],
    title: { en: "Public IP address", ja: "パブリック IP アドレス" },
    service: "Azure Virtual Network",
    what: {
      en: "An internet-facing IP address (static or dynamic, Standard SKU) for a VM, load balancer, firewall or gateway.",
      ja: "VM、ロードバランサー、ファイアウォール、ゲートウェイに付けるインターネット向けの IP アドレス（静的/動的、Standard SKU）です。",
    },
    analogy: {
      en: "Your phone number: DNS records and partners' allow-lists point at it.",
      ja: "電話番号のようなもので、DNS レコードや取引先の許可リストがこれを指します。",
    },
    effects: {
      create: {
        en: "An address is allocated (static ones right away) and billed; nothing is reachable until it is attached.",
        ja: "アドレスが割り当てられ（静的なものは即座に）課金されます。何かに付けるまでは何にも届きません。",
      },
      update: {
        en: "Tags, idle timeout or DNS label change in place.",
        ja: "タグ、アイドルタイムアウト、DNS ラベルはその場で変わります。",
      },
      delete: {
        en: "The address is released and cannot be reclaimed: DNS records and allow-lists pointing to it break.",
        ja: "アドレスは解放され、取り戻せません。それを指す DNS レコードや許可リストが壊れます。",
      },
      replace: {
        en: "You get a different IP: update DNS and partners, or expect an outage.",
        ja: "別の IP になります。DNS や取引先を更新しないと障害になります。",
      },
    },
    docs: "https://learn.microsoft.com/en-us/azure/virtual-network/ip-services/public-ip-addresses",
    stateful: true,
  },
  {
    types: ["azurerm_network_interface"],
    title: { en: "Network interface (NIC)", ja: "ネットワークインターフェース（NIC）" },
    service: "Azure Virtual Network",
    what: {
      en: "The virtual network card of a VM: it sits in a subnet, has a private IP and optionally a public IP and an NSG.",
      ja: "VM の仮想ネットワークカードです。サブネットに属し、プライベート IP と、必要に応じてパブリック IP や NSG を持ちます。",
    },
    analogy: {
      en: "The network port of a server and the IP address configured on it.",
      ja: "サーバーのネットワークポートと、そこに設定した IP アドレスのようなものです。",
    },
    effects: {
      create: {
        en: "A NIC with a private IP is created; it carries traffic once a VM uses it.",
        ja: "プライベート IP を持つ NIC が作られ、VM が使い始めると通信を担います。",
      },
      update: {
        en: "IP configuration changes apply in place; changing a private IP can briefly interrupt the VM's connections.",
        ja: "IP 構成の変更はその場で反映されます。プライベート IP を変えると VM の接続が一瞬途切れることがあります。",
      },
      delete: {
        en: "Refused while attached to a VM; the VM must go first.",
        ja: "VM に接続されている間は削除できず、先に VM を削除する必要があります。",
      },
      replace: {
        en: "The VM using it usually has to be recreated too, and a dynamic private IP may change.",
        ja: "使っている VM も通常は作り直しになり、動的なプライベート IP は変わることがあります。",
      },
    },
    docs: "https://learn.microsoft.com/en-us/azure/virtual-network/virtual-network-network-interface",
  },
  {
    types: ["azurerm_firewall"],
    title: { en: "Azure Firewall", ja: "Azure Firewall（マネージドファイアウォール）" },
    service: "Azure Firewall",
    what: {
      en: "A managed, stateful network firewall usually placed in a hub network so that all outbound (and some inbound) traffic of your VNets is routed through it and filtered.",
      ja: "マネージドでステートフルなネットワークファイアウォールです。通常はハブネットワークに置き、各 VNet の送信（と一部の受信）通信をすべて経由させて制御します。",
    },
    analogy: {
      en: "The company proxy every request must go through: if it is down, nobody gets out.",
      ja: "すべてのリクエストが通る社内プロキシのようなものです。止まると誰も外に出られません。",
    },
    effects: {
      create: {
        en: "The firewall is deployed (it takes a while and is billed by the hour, plus data processed); traffic only flows through it once route tables point at its private IP.",
        ja: "ファイアウォールがデプロイされます（時間がかかり、時間単位と処理データ量で課金されます）。ルートテーブルがプライベート IP を指して初めて通信が経由します。",
      },
      update: {
        en: "Rule or policy changes apply to all routed traffic: a missing rule blocks outbound calls (package installs, third-party APIs) for every workload behind it.",
        ja: "ルールやポリシーの変更は経由するすべての通信に効きます。ルールが抜けると、背後の全ワークロードで外向きの通信（パッケージのインストールや外部 API）が遮断されます。",
      },
      delete: {
        en: "Routes still pointing at it black-hole traffic: everything behind it loses internet and cross-network access.",
        ja: "まだここを指すルートの通信は行き場を失い、背後のすべてがインターネットや他ネットワークへ出られなくなります。",
      },
      replace: {
        en: "An outage for all routed traffic until the new firewall is up, possibly with new IPs for routes and partners' allow-lists.",
        ja: "新しいファイアウォールが動くまで経由する通信はすべて止まり、ルートや取引先の許可リストで使う IP が変わることもあります。",
      },
    },
    docs: "https://learn.microsoft.com/en-us/azure/firewall/overview",
  },
  {
    types: ["azurerm_private_endpoint"],
    title: { en: "Private endpoint", ja: "プライベートエンドポイント" },
    service: "Azure Private Link",
    what: {
      en: "A network interface with a private IP in your subnet that connects privately to one Azure service (storage account, SQL server, Key Vault) over Private Link.",
      ja: "自分のサブネット内にプライベート IP を持つネットワークインターフェースで、Private Link を通じて1つの Azure サービス（ストレージアカウント、SQL サーバー、Key Vault など）にプライベートに接続します。",
    },
    analogy: {
      en: "An internal extension number for an outside service: your apps call it without going through the public internet.",
      ja: "外部サービスに社内の内線番号を割り当てるようなものです。アプリはパブリックなインターネットを通らずに呼び出せます。",
    },
    effects: {
      create: {
        en: "The service gets a private IP in your network; apps use it once the matching private DNS zone resolves the service name to that IP.",
        ja: "サービスが自分のネットワーク内のプライベート IP を持ちます。対応するプライベート DNS ゾーンがサービス名をその IP に解決して初めてアプリが使います。",
      },
      update: {
        en: "Tags or DNS zone group changes; the connection itself usually stays.",
        ja: "タグや DNS ゾーングループの変更で、接続自体は通常そのままです。",
      },
      delete: {
        en: "Apps lose their private path to the service; if public access is disabled on the service, it becomes unreachable for them.",
        ja: "アプリはサービスへのプライベートな経路を失います。サービス側でパブリックアクセスを無効にしていれば、到達できなくなります。",
      },
      replace: {
        en: "The private IP changes and DNS must follow: connections fail until the zone record is updated.",
        ja: "プライベート IP が変わり DNS も追従が必要です。ゾーンのレコードが更新されるまで接続は失敗します。",
      },
    },
    docs: "https://learn.microsoft.com/en-us/azure/private-link/private-endpoint-overview",
    related: {
      en: "Paired with an azurerm_private_dns_zone (e.g. privatelink.blob.core.windows.net) linked to the VNet.",
      ja: "VNet にリンクした azurerm_private_dns_zone（privatelink.blob.core.windows.net など）と組み合わせて使います。",
    },
  },
  {
    types: ["azurerm_private_dns_zone"],
    title: { en: "Private DNS zone", ja: "プライベート DNS ゾーン" },
    service: "Azure DNS",
    what: {
      en: "A DNS zone that only answers inside the virtual networks linked to it, often used to resolve Azure services to their private endpoints (privatelink.* zones).",
      ja: "リンクした仮想ネットワークの中だけで応答する DNS ゾーンで、Azure サービスをプライベートエンドポイントへ解決する用途（privatelink.* ゾーン）によく使われます。",
    },
    analogy: {
      en: "An /etc/hosts file shared by every machine in your private network.",
      ja: "プライベートネットワーク内の全マシンで共有する /etc/hosts ファイルのようなものです。",
    },
    effects: {
      create: {
        en: "The zone exists but answers nowhere until a virtual network link is added.",
        ja: "ゾーンはできますが、仮想ネットワークリンクを追加するまでどこからも応答しません。",
      },
      update: {
        en: "Tags or SOA settings only.",
        ja: "タグや SOA 設定の変更のみです。",
      },
      delete: {
        en: "Names in it stop resolving inside the linked networks: apps fall back to public IPs of the services, or fail to connect.",
        ja: "リンクしたネットワーク内でゾーンの名前が解決できなくなり、アプリはサービスのパブリック IP に向かうか、接続に失敗します。",
      },
      replace: {
        en: "Records and links are recreated; lookups fail in between.",
        ja: "レコードやリンクが作り直され、その間は名前解決に失敗します。",
      },
    },
    docs: "https://learn.microsoft.com/en-us/azure/dns/private-dns-overview",
  },
  {
    types: ["azurerm_private_dns_zone_virtual_network_link"],
    title: { en: "Private DNS zone virtual network link", ja: "プライベート DNS ゾーンの仮想ネットワークリンク" },
    service: "Azure DNS",
    what: {
      en: "Makes a private DNS zone resolvable from one virtual network, optionally auto-registering the VMs of that network in the zone.",
      ja: "プライベート DNS ゾーンを1つの仮想ネットワークから解決できるようにします。そのネットワークの VM をゾーンへ自動登録することもできます。",
    },
    analogy: {
      en: "Mounting the shared hosts file on one more machine.",
      ja: "共有の hosts ファイルを、もう1台のマシンにマウントするようなものです。",
    },
    effects: {
      create: {
        en: "Machines in the VNet start resolving names from the zone within minutes.",
        ja: "数分以内に、VNet 内のマシンがゾーンの名前を解決し始めます。",
      },
      update: {
        en: "Turning registration on or off adds or removes VM records automatically.",
        ja: "自動登録のオン/オフで、VM のレコードが自動的に追加・削除されます。",
      },
      delete: {
        en: "The VNet can no longer resolve the zone: connections by name to private endpoints fail or go to public addresses.",
        ja: "VNet からゾーンを解決できなくなり、名前でのプライベートエンドポイント接続が失敗するか、パブリックアドレスに向かいます。",
      },
      replace: {
        en: "Name resolution in that VNet breaks until the link is back.",
        ja: "リンクが戻るまで、その VNet での名前解決が壊れます。",
      },
    },
    docs: "https://learn.microsoft.com/en-us/azure/dns/private-dns-virtual-network-links",
  },
];
