import type { CatalogEntry } from "../../types.js";

export const googleDnsEntries: CatalogEntry[] = [
  {
    types: ["google_dns_managed_zone"],
    title: { en: "Cloud DNS managed zone", ja: "Cloud DNS マネージドゾーン" },
    service: "Cloud DNS",
    what: {
      en: "Hosts the DNS records of one domain: a public zone answers the internet through Google's name servers, a private zone answers only inside chosen VPC networks.",
      ja: "1つのドメインの DNS レコードを管理します。公開ゾーンは Google のネームサーバーを通してインターネットに応答し、非公開ゾーンは指定した VPC ネットワークの中だけで応答します。",
    },
    analogy: {
      en: "The DNS settings page of your domain registrar, moved into code.",
      ja: "ドメインレジストラの DNS 設定画面を、コードに移したようなものです。",
    },
    effects: {
      create: {
        en: "The zone gets a set of name servers; a public zone only takes effect once the registrar's NS records point at them.",
        ja: "ゾーンにネームサーバーが割り当てられます。公開ゾーンはレジストラの NS レコードをそこへ向けて初めて有効になります。",
      },
      update: {
        en: "Description, labels, DNSSEC or the networks a private zone is visible from change in place.",
        ja: "説明、ラベル、DNSSEC、非公開ゾーンを見せるネットワークがその場で変わります。",
      },
      delete: {
        en: "Fails while it still has records (unless force_destroy); once gone, the domain stops resolving wherever the zone was used.",
        ja: "レコードが残っていると失敗します（force_destroy を除く）。削除されると、そのゾーンを使っていた場所でドメインが名前解決できなくなります。",
      },
      replace: {
        en: "A public zone comes back with different name servers: until the registrar is updated the domain does not resolve, i.e. the site is down.",
        ja: "公開ゾーンは別のネームサーバーで作り直されるため、レジストラを更新するまでドメインが解決できず、サイトが落ちます。",
      },
    },
    docs: "https://cloud.google.com/dns/docs/zones",
  },
  {
    types: ["google_dns_policy"],
    title: { en: "Cloud DNS server policy", ja: "Cloud DNS サーバーポリシー" },
    service: "Cloud DNS",
    what: {
      en: "Changes how VMs in the attached VPC networks resolve names: inbound forwarding from on-premises, alternative name servers, and query logging.",
      ja: "接続した VPC ネットワーク内の VM の名前解決方法を変えます。オンプレミスからのインバウンド転送、代替ネームサーバー、クエリログの設定です。",
    },
    analogy: {
      en: "Editing /etc/resolv.conf for every machine in the network at once.",
      ja: "ネットワーク内の全マシンの /etc/resolv.conf を一度に書き換えるようなものです。",
    },
    effects: {
      create: {
        en: "Name resolution for every VM in the attached networks follows the policy from now on.",
        ja: "接続したネットワーク内のすべての VM の名前解決が、以降このポリシーに従います。",
      },
      update: {
        en: "Switching name servers or forwarding affects every lookup in those networks immediately; a mistake looks like a network-wide outage.",
        ja: "ネームサーバーや転送の変更は、それらのネットワークのすべての名前解決に即座に効きます。誤るとネットワーク全体の障害のように見えます。",
      },
      delete: {
        en: "Resolution falls back to Google's default; on-premises forwarding and query logging stop.",
        ja: "名前解決は Google の既定に戻り、オンプレミスからの転送とクエリログが止まります。",
      },
      replace: {
        en: "For a moment the networks use default resolution, then the new policy.",
        ja: "一時的に既定の名前解決になり、その後新しいポリシーが適用されます。",
      },
    },
    docs: "https://cloud.google.com/dns/docs/policies",
  },
];
