import type { CatalogEntry } from "../../types.js";

export const azureWanEntries: CatalogEntry[] = [
  {
    types: ["azurerm_virtual_wan"],
    title: { en: "Virtual WAN", ja: "Virtual WAN（仮想 WAN）" },
    service: "Azure Virtual WAN",
    what: {
      en: "A Microsoft-managed global backbone that ties together regional hubs, VNets, branch offices (VPN) and data centres (ExpressRoute).",
      ja: "リージョンごとのハブ、VNet、拠点（VPN）、データセンター（ExpressRoute）を束ねる、Microsoft 管理のグローバルなバックボーンです。",
    },
    analogy: {
      en: "The company's private courier network between offices, run by someone else.",
      ja: "拠点間を結ぶ社内専用の配送網を、他社に運営してもらうようなものです。",
    },
    effects: {
      create: {
        en: "An empty WAN is created; nothing is connected until virtual hubs are added.",
        ja: "空の WAN が作られ、仮想ハブを追加するまでは何もつながりません。",
      },
      update: {
        en: "Settings such as branch-to-branch traffic change routing for every hub in it.",
        ja: "拠点間通信などの設定変更は、中のすべてのハブのルーティングに影響します。",
      },
      delete: {
        en: "Only possible after all hubs are gone; it ends the whole connected topology.",
        ja: "すべてのハブを削除した後でのみ可能で、接続していたネットワーク構成全体がなくなります。",
      },
      replace: {
        en: "Every hub and connection must be rebuilt: a major network outage.",
        ja: "すべてのハブと接続を作り直すことになり、大規模なネットワーク障害になります。",
      },
    },
    docs: "https://learn.microsoft.com/en-us/azure/virtual-wan/virtual-wan-about",
    related: {
      en: "Contains azurerm_virtual_hub; hubs hold VPN and ExpressRoute gateways (azurerm_express_route_gateway).",
      ja: "azurerm_virtual_hub を含み、ハブは VPN や ExpressRoute のゲートウェイ（azurerm_express_route_gateway）を持ちます。",
    },
  },
  {
    types: ["azurerm_virtual_hub"],
    title: { en: "Virtual WAN hub", ja: "Virtual WAN の仮想ハブ" },
    service: "Azure Virtual WAN",
    what: {
      en: "A Microsoft-managed hub network in one region of a Virtual WAN, routing between connected VNets, VPN sites and ExpressRoute circuits.",
      ja: "Virtual WAN の1リージョンにある Microsoft 管理のハブネットワークで、接続した VNet・VPN 拠点・ExpressRoute 回線の間をルーティングします。",
    },
    analogy: {
      en: "The regional sorting centre of the courier network: every parcel in the region passes through it.",
      ja: "配送網の地域の仕分けセンターのようなもので、地域のすべての荷物がここを通ります。",
    },
    effects: {
      create: {
        en: "Deploying a hub takes around half an hour and is billed by the hour.",
        ja: "ハブのデプロイには30分ほどかかり、時間単位で課金されます。",
      },
      update: {
        en: "Routing or capacity changes affect every VNet and site connected to the hub.",
        ja: "ルーティングや容量の変更は、ハブに接続したすべての VNet と拠点に影響します。",
      },
      delete: {
        en: "All VNet connections and gateways in it must go first; afterwards the region's networks are disconnected from each other and from on-premises.",
        ja: "先に中の VNet 接続とゲートウェイをすべて削除する必要があり、その後はリージョン内のネットワーク同士やオンプレミスとの接続が切れます。",
      },
      replace: {
        en: "A long outage: gateways and connections are rebuilt and routes re-learned.",
        ja: "ゲートウェイや接続の作り直しと経路の再学習が必要で、長時間の障害になります。",
      },
    },
    docs: "https://learn.microsoft.com/en-us/azure/virtual-wan/about-virtual-hub-routing",
  },
  {
    types: ["azurerm_express_route_circuit"],
    title: { en: "ExpressRoute circuit", ja: "ExpressRoute 回線" },
    service: "Azure ExpressRoute",
    what: {
      en: "A dedicated private connection between your data centre and Microsoft, provisioned together with a connectivity provider at a given bandwidth; it is billed from the moment it exists.",
      ja: "自社データセンターと Microsoft を結ぶ専用のプライベート接続で、接続プロバイダーと一緒に指定帯域で開通させます。作成した時点から課金されます。",
    },
    analogy: {
      en: "A leased line from your office to the cloud instead of going over the public internet.",
      ja: "パブリックなインターネットを通らず、オフィスからクラウドまで専用線を引くようなものです。",
    },
    effects: {
      create: {
        en: "Azure issues a service key; the provider must then provision its side before any traffic flows. Billing starts now.",
        ja: "Azure がサービスキーを発行し、プロバイダー側の開通作業が終わるまで通信は流れません。課金はすぐに始まります。",
      },
      update: {
        en: "Bandwidth increases can be done in place (decreases cannot); SKU changes alter cost and reach.",
        ja: "帯域の増加はその場でできます（減らすことはできません）。SKU の変更でコストと到達範囲が変わります。",
      },
      delete: {
        en: "Private connectivity between on-premises and Azure over this circuit ends; the provider side should be deprovisioned first.",
        ja: "この回線によるオンプレミスと Azure のプライベート接続が終わります。先にプロバイダー側の解約処理が必要です。",
      },
      replace: {
        en: "A new circuit needs a new provisioning with the provider: expect days or weeks without this link.",
        ja: "新しい回線はプロバイダーでの開通作業をやり直す必要があり、数日から数週間この接続が使えません。",
      },
    },
    docs: "https://learn.microsoft.com/en-us/azure/expressroute/expressroute-introduction",
    related: {
      en: "Routing is configured with azurerm_express_route_circuit_peering; it can run over azurerm_express_route_port (ExpressRoute Direct).",
      ja: "ルーティングは azurerm_express_route_circuit_peering で設定し、azurerm_express_route_port（ExpressRoute Direct）上で動かすこともできます。",
    },
  },
  {
    types: ["azurerm_express_route_circuit_peering"],
    title: { en: "ExpressRoute circuit peering", ja: "ExpressRoute 回線のピアリング" },
    service: "Azure ExpressRoute",
    what: {
      en: "The BGP session on an ExpressRoute circuit: private peering reaches your VNets, Microsoft peering reaches Microsoft's public services; it sets VLAN, ASNs and address prefixes.",
      ja: "ExpressRoute 回線上の BGP セッションです。プライベートピアリングは VNet へ、Microsoft ピアリングは Microsoft の公開サービスへ届きます。VLAN、ASN、アドレスプレフィックスを設定します。",
    },
    analogy: {
      en: "The routing agreement on the leased line: which networks each side announces to the other.",
      ja: "専用線の上での経路の取り決めで、お互いにどのネットワークを広報するかを決めます。",
    },
    effects: {
      create: {
        en: "Once the on-premises router is configured to match, routes are exchanged and traffic can flow.",
        ja: "オンプレミス側のルーターを合わせて設定すると経路が交換され、通信できるようになります。",
      },
      update: {
        en: "Prefix or ASN changes make BGP re-converge: a short interruption, or a full one if the other side does not match.",
        ja: "プレフィックスや ASN を変えると BGP が再収束し、短時間途切れます。相手側と合っていなければ完全に切れます。",
      },
      delete: {
        en: "Routes are withdrawn: traffic between on-premises and Azure over this circuit stops.",
        ja: "経路が取り消され、この回線でのオンプレミスと Azure の通信が止まります。",
      },
      replace: {
        en: "The BGP session drops and comes back with new settings: an outage for everything that crosses it.",
        ja: "BGP セッションがいったん切れて新しい設定で戻るため、そこを通る通信はすべて停止します。",
      },
    },
    docs: "https://learn.microsoft.com/en-us/azure/expressroute/expressroute-circuit-peerings",
  },
  {
    types: ["azurerm_express_route_port"],
    title: { en: "ExpressRoute Direct port", ja: "ExpressRoute Direct ポート" },
    service: "Azure ExpressRoute",
    what: {
      en: "A pair of physical 10 or 100 Gbps ports at a Microsoft peering location that you connect to directly (ExpressRoute Direct), on which circuits are then created.",
      ja: "Microsoft のピアリング拠点にある 10 Gbps または 100 Gbps の物理ポートのペアで、直接接続して（ExpressRoute Direct）その上に回線を作ります。",
    },
    analogy: {
      en: "Renting your own rack port in the provider's building instead of buying a line from a reseller.",
      ja: "代理店から回線を買う代わりに、事業者のビルに自前のポートを借りるようなものです。",
    },
    effects: {
      create: {
        en: "Ports are reserved and billed; a Letter of Authorization is used to have the cross-connect installed.",
        ja: "ポートが予約され課金が始まります。LOA（接続承諾書）を使って構内配線を依頼します。",
      },
      update: {
        en: "Enabling or disabling links or MACsec changes whether the physical links carry traffic.",
        ja: "リンクや MACsec の有効/無効の切り替えで、物理リンクが通信するかどうかが変わります。",
      },
      delete: {
        en: "Only after circuits on it are removed; all dedicated bandwidth through it is gone.",
        ja: "上の回線を削除した後でのみ可能で、このポートを通る専用帯域はすべてなくなります。",
      },
      replace: {
        en: "Physical cross-connects must be redone: a long outage.",
        ja: "物理的な構内配線のやり直しが必要で、長時間の停止になります。",
      },
    },
    docs: "https://learn.microsoft.com/en-us/azure/expressroute/expressroute-erdirect-about",
  },
  {
    types: ["azurerm_express_route_gateway"],
    title: { en: "ExpressRoute gateway (Virtual WAN hub)", ja: "ExpressRoute ゲートウェイ（Virtual WAN ハブ）" },
    service: "Azure ExpressRoute",
    what: {
      en: "The gateway inside a Virtual WAN hub that terminates ExpressRoute circuits, sized in scale units (throughput).",
      ja: "Virtual WAN ハブの中で ExpressRoute 回線を終端するゲートウェイで、スケールユニット（スループット）でサイズを決めます。",
    },
    analogy: {
      en: "The loading dock where the leased line arrives at the regional sorting centre.",
      ja: "専用線が地域の仕分けセンターに入ってくる荷受け場のようなものです。",
    },
    effects: {
      create: {
        en: "The gateway is deployed in the hub (this can take a long time) and billed per scale unit.",
        ja: "ハブにゲートウェイがデプロイされ（時間がかかることがあります）、スケールユニット単位で課金されます。",
      },
      update: {
        en: "Changing scale units changes throughput and cost.",
        ja: "スケールユニットを変えるとスループットとコストが変わります。",
      },
      delete: {
        en: "Every ExpressRoute connection through this hub goes down.",
        ja: "このハブを通るすべての ExpressRoute 接続が切れます。",
      },
      replace: {
        en: "On-premises connectivity through this hub is down until the new gateway and its connections are rebuilt.",
        ja: "新しいゲートウェイと接続が作り直されるまで、このハブを通るオンプレミスとの接続は停止します。",
      },
    },
    docs: "https://learn.microsoft.com/en-us/azure/virtual-wan/virtual-wan-expressroute-portal",
  },
  {
    types: ["azurerm_express_route_connection"],
    title: { en: "ExpressRoute connection (Virtual WAN)", ja: "ExpressRoute 接続（Virtual WAN）" },
    service: "Azure ExpressRoute",
    what: {
      en: "Connects an ExpressRoute circuit's private peering to the ExpressRoute gateway of a Virtual WAN hub, with its routing settings.",
      ja: "ExpressRoute 回線のプライベートピアリングを、Virtual WAN ハブの ExpressRoute ゲートウェイにルーティング設定とともに接続します。",
    },
    analogy: {
      en: "Plugging the leased line into the sorting centre's dock.",
      ja: "専用線を仕分けセンターの荷受け場に差し込むようなものです。",
    },
    effects: {
      create: {
        en: "Routes start flowing between on-premises and the hub's VNets.",
        ja: "オンプレミスとハブ配下の VNet の間で経路が流れ始めます。",
      },
      update: {
        en: "Routing weight or propagated route tables change which paths traffic takes.",
        ja: "ルーティングの重みや伝播するルートテーブルの変更で、通信の経路が変わります。",
      },
      delete: {
        en: "On-premises loses its private path to the VNets behind this hub.",
        ja: "オンプレミスから、このハブの背後にある VNet へのプライベートな経路がなくなります。",
      },
      replace: {
        en: "A short outage while the connection is re-established.",
        ja: "接続を張り直す間、短時間停止します。",
      },
    },
    docs: "https://learn.microsoft.com/en-us/azure/virtual-wan/virtual-wan-expressroute-portal",
  },
];
