import type { CatalogEntry } from "../../types.js";

export const googleGkeEntries: CatalogEntry[] = [
  {
    types: ["google_container_cluster"],
    title: { en: "GKE cluster", ja: "GKE クラスタ" },
    service: "GKE",
    what: {
      en: "A managed Kubernetes control plane (API server, etcd) with its networking and security settings; the worker machines come from node pools (or Autopilot).",
      ja: "マネージドな Kubernetes のコントロールプレーン（API サーバー、etcd）と、そのネットワーク・セキュリティ設定です。ワーカーマシンはノードプール（または Autopilot）から提供されます。",
    },
    analogy: {
      en: "The platform your containers are deployed to, like a self-hosted Heroku: the cluster is the platform, node pools are the machines.",
      ja: "コンテナをデプロイする先のプラットフォームで、自前の Heroku のようなものです。クラスタがプラットフォーム、ノードプールがマシンです。",
    },
    effects: {
      create: {
        en: "A new cluster takes 5–15 minutes to come up; it is billed per cluster-hour plus nodes.",
        ja: "新しいクラスタの起動には5〜15分かかり、クラスタ時間とノード分が課金されます。",
      },
      update: {
        en: "Version upgrades, maintenance windows and add-on changes roll through the control plane (and possibly nodes); workloads usually keep running but API access can blip.",
        ja: "バージョンアップグレード、メンテナンス時間帯、アドオンの変更がコントロールプレーン（場合によってはノード）に順次適用されます。ワークロードは通常動き続けますが、API へのアクセスが一瞬途切れることがあります。",
      },
      delete: {
        en: "The cluster and every workload, Service, Secret and ConfigMap in it are destroyed; dynamically created volumes may be deleted too. deletion_protection exists to stop this.",
        ja: "クラスタと中のすべてのワークロード、Service、Secret、ConfigMap が破棄され、動的に作られたボリュームも削除されることがあります。deletion_protection はこれを防ぐための設定です。",
      },
      replace: {
        en: "Network, private-cluster and many security settings force a brand-new cluster: every app on it goes down and must be redeployed, with new endpoints and credentials.",
        ja: "ネットワーク、プライベートクラスタ、多くのセキュリティ設定の変更ではまったく新しいクラスタになります。上のアプリはすべて停止し、新しいエンドポイントと認証情報で再デプロイが必要です。",
      },
    },
    docs: "https://cloud.google.com/kubernetes-engine/docs/concepts/cluster-architecture",
    stateful: true,
    related: {
      en: "Workers come from google_container_node_pool; Pods and Services take IPs from secondary ranges of a google_compute_subnetwork.",
      ja: "ワーカーは google_container_node_pool から提供され、Pod と Service は google_compute_subnetwork のセカンダリ範囲から IP を取ります。",
    },
  },
  {
    types: ["google_container_node_pool"],
    title: { en: "GKE node pool", ja: "GKE ノードプール" },
    service: "GKE",
    what: {
      en: "A group of identical VMs (machine type, disk, labels, taints, service account) that run a GKE cluster's Pods, with autoscaling and auto-upgrade settings.",
      ja: "GKE クラスタの Pod を動かす同一構成の VM 群（マシンタイプ、ディスク、ラベル、taint、サービスアカウント）で、オートスケールや自動アップグレードの設定を持ちます。",
    },
    analogy: {
      en: "The fleet of servers behind your app, all built from the same template.",
      ja: "同じテンプレートから作られた、アプリの裏で動くサーバー群のようなものです。",
    },
    effects: {
      create: {
        en: "New nodes join the cluster and Pods can be scheduled on them; billed per VM.",
        ja: "新しいノードがクラスタに参加し、Pod を配置できるようになります。VM 単位で課金されます。",
      },
      update: {
        en: "Node count and autoscaling change live; version upgrades drain and recreate nodes one by one (surge upgrade), restarting the Pods on them.",
        ja: "ノード数やオートスケールはその場で変わります。バージョンアップグレードではノードを1台ずつ drain して作り直す（サージアップグレード）ため、上の Pod は再起動します。",
      },
      delete: {
        en: "Pods on these nodes are evicted; if no other pool has room they stay Pending and the app is down. Data in emptyDir and on node disks is lost.",
        ja: "このノード上の Pod は退避させられ、他のプールに空きがなければ Pending のままアプリが停止します。emptyDir やノードのディスク上のデータは失われます。",
      },
      replace: {
        en: "Changing machine type, disk, OAuth scopes or similar node settings recreates the whole pool: without another pool or create_before_destroy, all its Pods go down together.",
        ja: "マシンタイプ、ディスク、OAuth スコープなどノード設定の変更ではプール全体が作り直されます。別のプールか create_before_destroy がなければ、その上の Pod がすべて同時に停止します。",
      },
    },
    docs: "https://cloud.google.com/kubernetes-engine/docs/concepts/node-pools",
  },
];
