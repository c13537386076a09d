import type { CatalogEntry } from "../../types.js";

export const googleLoadBalancingEntries: CatalogEntry[] = [
  {
    types: ["google_compute_global_forwarding_rule", "google_compute_forwarding_rule"],
    title: { en: "Load balancer forwarding rule (frontend)", ja: "ロードバランサーの転送ルール（フロントエンド）" },
    service: "Cloud Load Balancing",
    what: {
      en: "The front door of a load balancer: an IP address, protocol and port that receive traffic and hand it to a target proxy (global) or backend (regional).",
      ja: "ロードバランサーの入り口です。トラフィックを受ける IP アドレス・プロトコル・ポートを定義し、ターゲットプロキシ（グローバル）やバックエンド（リージョン）に渡します。",
    },
    analogy: {
      en: "The public address and port your users type in; behind it, nginx decides where each request goes.",
      ja: "ユーザーが入力する公開アドレスとポートです。その裏で nginx が各リクエストの行き先を決めるイメージです。",
    },
    effects: {
      create: {
        en: "The load balancer starts accepting traffic on this IP and port (global rules take a few minutes to propagate).",
        ja: "ロードバランサーがこの IP とポートでトラフィックを受け始めます（グローバルなルールは反映に数分かかります）。",
      },
      update: {
        en: "Only labels and a few settings change in place; target changes may recreate it.",
        ja: "その場で変わるのはラベルなど一部の設定だけで、ターゲットの変更は作り直しになることがあります。",
      },
      delete: {
        en: "The site or API behind it becomes unreachable on this address.",
        ja: "この裏にあるサイトや API に、このアドレスで届かなくなります。",
      },
      replace: {
        en: "Traffic stops until the new rule is live, and without a reserved address (google_compute_global_address) the IP changes, breaking DNS.",
        ja: "新しいルールが有効になるまでトラフィックが止まり、予約アドレス（google_compute_global_address）を使っていなければ IP が変わって DNS が壊れます。",
      },
    },
    docs: "https://cloud.google.com/load-balancing/docs/forwarding-rule-concepts",
    related: {
      en: "Chain of a global HTTPS load balancer: forwarding rule → target HTTPS proxy → URL map → backend service → instance groups or serverless NEGs.",
      ja: "グローバル HTTPS ロードバランサーのつながり：転送ルール → ターゲット HTTPS プロキシ → URL マップ → バックエンドサービス → インスタンスグループやサーバーレス NEG。",
    },
  },
  {
    types: ["google_compute_target_https_proxy", "google_compute_target_http_proxy"],
    title: { en: "Target HTTP(S) proxy", ja: "ターゲット HTTP(S) プロキシ" },
    service: "Cloud Load Balancing",
    what: {
      en: "The part of an HTTP(S) load balancer that terminates connections (TLS with the attached certificates and SSL policy, for HTTPS) and routes requests through a URL map.",
      ja: "HTTP(S) ロードバランサーで接続を終端する部分です（HTTPS の場合は、付けた証明書と SSL ポリシーで TLS を終端します）。URL マップに従ってリクエストを振り分けます。",
    },
    analogy: {
      en: "The nginx server block that holds the certificate and hands each request to the right upstream.",
      ja: "証明書を持ち、各リクエストを適切な upstream に渡す nginx の server ブロックのようなものです。",
    },
    effects: {
      create: {
        en: "The proxy exists; it receives traffic once a forwarding rule points at it.",
        ja: "プロキシが作られます。転送ルールがここを指したときにトラフィックを受けます。",
      },
      update: {
        en: "Swapping certificates, the SSL policy or the URL map applies to live traffic: a certificate that does not cover the domain causes browser errors.",
        ja: "証明書・SSL ポリシー・URL マップの差し替えは稼働中のトラフィックに反映されます。ドメインをカバーしない証明書だとブラウザでエラーになります。",
      },
      delete: {
        en: "Fails while a forwarding rule still uses it; once gone, HTTP(S) traffic for the load balancer stops.",
        ja: "転送ルールが使っている間は削除できません。削除されると、そのロードバランサーへの HTTP(S) トラフィックが止まります。",
      },
      replace: {
        en: "The forwarding rule is re-pointed as well; expect a short outage of the site.",
        ja: "転送ルールも付け替えになるため、サイトが短時間停止します。",
      },
    },
    docs: "https://cloud.google.com/load-balancing/docs/target-proxies",
  },
  {
    types: ["google_compute_target_ssl_proxy"],
    title: { en: "Target SSL proxy", ja: "ターゲット SSL プロキシ" },
    service: "Cloud Load Balancing",
    what: {
      en: "Terminates TLS for non-HTTP TCP traffic (a proxy network load balancer) and forwards it to a backend service.",
      ja: "HTTP 以外の TCP トラフィックの TLS を終端し（プロキシ型ネットワークロードバランサー）、バックエンドサービスへ転送します。",
    },
    analogy: {
      en: "stunnel in front of a plain TCP service: clients speak TLS to it, it talks to your server behind.",
      ja: "素の TCP サービスの前に置く stunnel のようなものです。クライアントとは TLS で話し、裏のサーバーへ中継します。",
    },
    effects: {
      create: {
        en: "The proxy exists and serves traffic once a forwarding rule uses it.",
        ja: "プロキシが作られ、転送ルールが使い始めるとトラフィックを処理します。",
      },
      update: {
        en: "Certificate, SSL policy or backend changes apply to new connections immediately.",
        ja: "証明書・SSL ポリシー・バックエンドの変更は、新しい接続に即座に反映されます。",
      },
      delete: {
        en: "TLS traffic through this load balancer stops.",
        ja: "このロードバランサー経由の TLS 通信が止まります。",
      },
      replace: {
        en: "Clients are disconnected until the new proxy and forwarding rule are live.",
        ja: "新しいプロキシと転送ルールが有効になるまで、クライアントは接続できません。",
      },
    },
    docs: "https://cloud.google.com/load-balancing/docs/ssl",
  },
  {
    types: ["google_compute_ssl_policy"],
    title: { en: "SSL policy", ja: "SSL ポリシー" },
    service: "Cloud Load Balancing",
    what: {
      en: "Sets the minimum TLS version and cipher profile (COMPATIBLE, MODERN, RESTRICTED or CUSTOM) that HTTPS and SSL proxy load balancers accept.",
      ja: "HTTPS や SSL プロキシのロードバランサーが受け付ける TLS の最低バージョンと暗号プロファイル（COMPATIBLE、MODERN、RESTRICTED、CUSTOM）を決めます。",
    },
    analogy: {
      en: "The ssl_protocols and ssl_ciphers lines of an nginx config.",
      ja: "nginx 設定の ssl_protocols と ssl_ciphers の行に当たります。",
    },
    effects: {
      create: {
        en: "Nothing changes until a target proxy references the policy.",
        ja: "ターゲットプロキシが参照するまで何も変わりません。",
      },
      update: {
        en: "Raising min_tls_version or tightening the profile drops old clients (old Android, IoT devices, legacy integrations) immediately.",
        ja: "min_tls_version を上げたりプロファイルを厳しくしたりすると、古いクライアント（古い Android、IoT 機器、レガシーな連携先）が即座に接続できなくなります。",
      },
      delete: {
        en: "Refused while a proxy uses it; once detached, the proxy falls back to Google's default policy.",
        ja: "プロキシが使っている間は削除できません。外れるとプロキシは Google の既定ポリシーに戻ります。",
      },
      replace: {
        en: "Proxies must be re-pointed to the new policy; in between they use the default policy.",
        ja: "プロキシを新しいポリシーに付け替える必要があり、その間は既定ポリシーが使われます。",
      },
    },
    docs: "https://cloud.google.com/load-balancing/docs/ssl-policies-concepts",
  },
];
