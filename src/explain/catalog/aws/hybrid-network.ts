import type { CatalogEntry } from "../../types.js";

// Connecting the VPC to other networks: peering, transit gateways and site-to-site VPN.

export const hybridNetworkEntries: CatalogEntry[] = [
  {
    types: ["aws_vpc_peering_connection", "aws_vpc_peering_connection_accepter"],
    title: { en: "VPC peering connection", ja: "VPC ピアリング接続" },
    service: "VPC",
    what: {
      en: "A private link between two VPCs (possibly in other accounts or regions) so they can talk using private IP addresses; the other side must accept it.",
      ja: "2 つの VPC（別アカウントや別リージョンでも可）を結ぶ専用リンクで、プライベート IP アドレスで通信できるようにします。相手側の承認が必要です。",
    },
    analogy: {
      en: "Like a private corridor between two office buildings: both owners must agree, and each must put up signs (routes) pointing to it.",
      ja: "2 つのオフィスビルをつなぐ専用の渡り廊下のようなものです。両方の持ち主の合意が必要で、それぞれが案内表示（ルート）を出す必要があります。",
    },
    effects: {
      create: {
        en: "Once accepted and routed, the two networks can reach each other (within what security groups allow).",
        ja: "承認されてルートが設定されると、2 つのネットワークが（セキュリティグループの許す範囲で）相互に通信できるようになります。",
      },
      update: {
        en: "Usually DNS-resolution options or tags.",
        ja: "多くは DNS 解決のオプションやタグの変更です。",
      },
      delete: {
        en: "All traffic between the two VPCs stops; routes pointing to the peering become blackholes.",
        ja: "2 つの VPC 間の通信がすべて止まり、ピアリングを指すルートはブラックホールになります。",
      },
      replace: {
        en: "The link must be accepted again and routes updated; traffic stops in between.",
        ja: "リンクの再承認とルートの更新が必要で、その間は通信が止まります。",
      },
    },
    docs: "https://docs.aws.amazon.com/vpc/latest/peering/what-is-vpc-peering.html",
  },
  {
    types: ["aws_ec2_transit_gateway", "aws_ec2_transit_gateway_vpc_attachment"],
    title: { en: "Transit gateway and VPC attachment", ja: "Transit Gateway と VPC アタッチメント" },
    service: "VPC",
    what: {
      en: "A regional hub router that connects many VPCs and VPNs, and the attachments that plug each VPC into it.",
      ja: "多数の VPC や VPN をつなぐリージョン単位のハブルーターと、各 VPC をそれに接続するアタッチメントです。",
    },
    analogy: {
      en: "Like a central train station: every line (VPC) connects once to the station instead of to every other line.",
      ja: "中央の駅のようなものです。各路線（VPC）は他の全路線とではなく、駅と 1 回つながるだけで済みます。",
    },
    effects: {
      create: {
        en: "VPCs attached and routed through it can reach each other; attachments and data processed are billed.",
        ja: "アタッチしてルートを設定した VPC 同士が通信できるようになります。アタッチメントと処理データ量に課金されます。",
      },
      update: {
        en: "Changes to routing options affect traffic between every attached network.",
        ja: "ルーティングのオプションを変えると、アタッチされたすべてのネットワーク間の通信に影響します。",
      },
      delete: {
        en: "Networks that talk through the hub are cut off from each other.",
        ja: "ハブを経由して通信していたネットワーク同士が切り離されます。",
      },
      replace: {
        en: "Cross-VPC traffic stops until everything is re-attached and routes point to the new hub.",
        ja: "すべてが再アタッチされてルートが新しいハブを向くまで、VPC 間の通信が止まります。",
      },
    },
    docs: "https://docs.aws.amazon.com/vpc/latest/tgw/what-is-transit-gateway.html",
  },
  {
    types: ["aws_vpn_gateway"],
    title: { en: "Virtual private gateway", ja: "仮想プライベートゲートウェイ" },
    service: "Site-to-Site VPN",
    what: {
      en: "The AWS-side end of a site-to-site VPN (or Direct Connect), attached to one VPC.",
      ja: "サイト間 VPN（または Direct Connect）の AWS 側の終端で、1 つの VPC にアタッチします。",
    },
    analogy: {
      en: "Like the VPN server in your office network that remote sites dial into, but for the VPC.",
      ja: "拠点がダイヤルインしてくるオフィスネットワークの VPN サーバーの、VPC 版のようなものです。",
    },
    effects: {
      create: {
        en: "Prepares the VPC to accept VPN connections; no traffic flows until a VPN connection and routes exist.",
        ja: "VPC が VPN 接続を受けられるようになります。VPN 接続とルートができるまで通信は流れません。",
      },
      update: {
        en: "Usually tags or route propagation settings.",
        ja: "多くはタグやルート伝播の設定変更です。",
      },
      delete: {
        en: "Every VPN connection through it drops: the office or data centre loses access to the VPC.",
        ja: "これを経由する VPN 接続がすべて切れ、オフィスやデータセンターから VPC に到達できなくなります。",
      },
      replace: {
        en: "VPN tunnels must be rebuilt, often with new tunnel addresses configured on the on-premises device.",
        ja: "VPN トンネルの作り直しが必要で、多くの場合オンプレミス側の機器に新しいトンネルアドレスを設定し直します。",
      },
    },
    docs: "https://docs.aws.amazon.com/vpn/latest/s2svpn/how_it_works.html",
    related: {
      en: "A site-to-site VPN is three pieces: this gateway (AWS side), aws_customer_gateway (your side) and aws_vpn_connection (the tunnels between them).",
      ja: "サイト間 VPN は 3 つの部品でできています。このゲートウェイ（AWS 側）、aws_customer_gateway（自分側）、そして両者をつなぐトンネルの aws_vpn_connection です。",
    },
  },
  {
    types: ["aws_customer_gateway"],
    title: { en: "Customer gateway", ja: "カスタマーゲートウェイ" },
    service: "Site-to-Site VPN",
    what: {
      en: "AWS's record of your on-premises VPN device: its public IP address and BGP settings.",
      ja: "オンプレミス側の VPN 機器に関する AWS 上の登録情報で、パブリック IP アドレスと BGP 設定を持ちます。",
    },
    analogy: {
      en: "Like a contact card for the other end of the tunnel.",
      ja: "トンネルの向こう側の連絡先カードのようなものです。",
    },
    effects: {
      create: {
        en: "Registers the device; nothing connects until a VPN connection uses it.",
        ja: "機器が登録されます。VPN 接続がこれを使うまで、何も接続されません。",
      },
      delete: {
        en: "VPN connections that use it must be deleted first, which cuts the site off.",
        ja: "これを使う VPN 接続を先に削除する必要があり、拠点との接続が切れます。",
      },
      replace: {
        en: "Caused by an IP or BGP change: the VPN connection is rebuilt and tunnels go down meanwhile.",
        ja: "IP や BGP 設定の変更が原因です。VPN 接続が作り直され、その間トンネルは切断されます。",
      },
    },
    docs: "https://docs.aws.amazon.com/vpn/latest/s2svpn/cgw-options.html",
  },
  {
    types: ["aws_vpn_connection"],
    title: { en: "Site-to-site VPN connection", ja: "サイト間 VPN 接続" },
    service: "Site-to-Site VPN",
    what: {
      en: "The pair of encrypted tunnels between a virtual private gateway (or transit gateway) and a customer gateway.",
      ja: "仮想プライベートゲートウェイ（または Transit Gateway）とカスタマーゲートウェイの間をつなぐ、2 本の暗号化トンネルです。",
    },
    analogy: {
      en: "Like a permanent encrypted tunnel between the office network and the VPC.",
      ja: "オフィスのネットワークと VPC の間に張った、常時接続の暗号化トンネルのようなものです。",
    },
    effects: {
      create: {
        en: "Tunnels come up once the on-premises device is configured with the generated settings; billed per hour.",
        ja: "生成された設定をオンプレミス側の機器に入れるとトンネルが確立します。時間単位で課金されます。",
      },
      update: {
        en: "Tunnel option changes can restart the tunnels.",
        ja: "トンネルオプションを変えると、トンネルが再起動することがあります。",
      },
      delete: {
        en: "The site loses its private connection to AWS.",
        ja: "拠点と AWS の専用接続が失われます。",
      },
      replace: {
        en: "New tunnel addresses and keys: the on-premises device must be reconfigured before traffic flows again.",
        ja: "トンネルのアドレスと鍵が新しくなるため、通信を再開するにはオンプレミス側の機器の再設定が必要です。",
      },
    },
    docs: "https://docs.aws.amazon.com/vpn/latest/s2svpn/VPC_VPN.html",
  },
];
