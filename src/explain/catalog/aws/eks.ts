import type { CatalogEntry } from "../../types.js";

// EKS: managed Kubernetes. The control plane holds every Kubernetes object, so the cluster is
// treated as stateful.

export const eksEntries: CatalogEntry[] = [
  {
    types: ["aws_eks_cluster"],
    title: { en: "EKS cluster", ja: "EKS クラスター" },
    service: "EKS",
    what: {
      en: "A managed Kubernetes control plane (API server and etcd) that stores every Kubernetes object — deployments, services, secrets, config maps — of your workloads.",
      ja: "マネージドな Kubernetes のコントロールプレーン（API サーバーと etcd）で、ワークロードのすべての Kubernetes オブジェクト（Deployment、Service、Secret、ConfigMap など）を保持します。",
    },
    analogy: {
      en: "Like the brain of a Kubernetes cluster run by AWS; your containers run on worker nodes that join it.",
      ja: "AWS が運用する Kubernetes クラスターの頭脳のようなものです。コンテナは、ここに参加するワーカーノードの上で動きます。",
    },
    effects: {
      create: {
        en: "A control plane comes up in 10-15 minutes and is billed per hour; workloads need node groups or Fargate profiles to run.",
        ja: "コントロールプレーンが 10〜15 分で起動し、時間単位で課金されます。ワークロードを動かすにはノードグループか Fargate プロファイルが必要です。",
      },
      update: {
        en: "A Kubernetes version upgrade is one-way (no downgrade) and takes a while; API access, logging or endpoint changes can lock out kubectl and CI if done wrong.",
        ja: "Kubernetes のバージョンアップは一方向（ダウングレード不可）で時間がかかります。API アクセス、ログ、エンドポイントの変更を間違えると、kubectl や CI から操作できなくなります。",
      },
      delete: {
        en: "The cluster and every Kubernetes object in it are deleted: all workloads stop, and in-cluster secrets and config are lost.",
        ja: "クラスターと中のすべての Kubernetes オブジェクトが削除されます。すべてのワークロードが止まり、クラスター内のシークレットや設定も失われます。",
      },
      replace: {
        en: "Caused by a name, role or subnet change: a brand-new empty cluster; every workload must be redeployed and DNS/load balancers recreated.",
        ja: "名前、ロール、サブネットの変更が原因です。まったく新しい空のクラスターになり、すべてのワークロードの再デプロイとロードバランサーや DNS の作り直しが必要です。",
      },
    },
    docs: "https://docs.aws.amazon.com/eks/latest/userguide/clusters.html",
    stateful: true,
    related: {
      en: "Workers come from aws_eks_node_group (or Fargate profiles); cluster software from aws_eks_addon. data.aws_eks_cluster_auth gives Terraform a short-lived token to talk to it.",
      ja: "ワーカーは aws_eks_node_group（または Fargate プロファイル）、クラスターのソフトウェアは aws_eks_addon で用意します。data.aws_eks_cluster_auth は Terraform がクラスターと通信するための短期トークンを取得します。",
    },
  },
  {
    types: ["aws_eks_node_group"],
    title: { en: "EKS managed node group", ja: "EKS マネージドノードグループ" },
    service: "EKS",
    what: {
      en: "A group of EC2 worker nodes that AWS creates, joins to an EKS cluster, and updates for you.",
      ja: "AWS が作成して EKS クラスターに参加させ、更新も行ってくれる EC2 ワーカーノードのグループです。",
    },
    analogy: {
      en: "Like a pool of machines your pods are scheduled onto, with AWS doing the OS upgrades.",
      ja: "Pod が割り当てられるマシンのプールのようなもので、OS のアップグレードは AWS が行います。",
    },
    effects: {
      create: {
        en: "Nodes launch and join the cluster; pending pods can be scheduled.",
        ja: "ノードが起動してクラスターに参加し、待機中の Pod が割り当てられるようになります。",
      },
      update: {
        en: "Size changes add or remove nodes; version or launch template changes roll nodes one batch at a time, evicting and rescheduling pods.",
        ja: "台数の変更でノードが増減します。バージョンや起動テンプレートの変更ではノードが少しずつ入れ替わり、Pod は退避・再配置されます。",
      },
      delete: {
        en: "All nodes are drained and terminated: pods on them stop and stay pending if no other capacity exists.",
        ja: "すべてのノードがドレインされて終了し、その上の Pod は止まります。他に容量が無ければ Pod は待機状態のままになります。",
      },
      replace: {
        en: "Caused by a name, subnet or instance-type change: the whole group is recreated, so capacity drops unless another group takes the load.",
        ja: "名前、サブネット、インスタンスタイプの変更が原因です。グループ全体が作り直されるため、他のグループが負荷を受けない限り処理能力が下がります。",
      },
    },
    docs: "https://docs.aws.amazon.com/eks/latest/userguide/managed-node-groups.html",
  },
  {
    types: ["aws_eks_addon"],
    title: { en: "EKS add-on", ja: "EKS アドオン" },
    service: "EKS",
    what: {
      en: "A piece of cluster software managed by EKS, such as the VPC CNI (pod networking), CoreDNS, kube-proxy or the EBS CSI driver.",
      ja: "EKS が管理するクラスターのソフトウェアで、VPC CNI（Pod のネットワーク）、CoreDNS、kube-proxy、EBS CSI ドライバーなどです。",
    },
    analogy: {
      en: "Like a system package the whole cluster depends on, installed and upgraded through AWS.",
      ja: "クラスター全体が依存するシステムパッケージを、AWS 経由でインストール・アップグレードするようなものです。",
    },
    effects: {
      create: {
        en: "The component is installed or taken over by EKS (conflicting manual settings may be overwritten).",
        ja: "コンポーネントがインストールされるか、EKS の管理下に入ります（競合する手動設定は上書きされることがあります）。",
      },
      update: {
        en: "A version or configuration change rolls the component's pods; a bad CoreDNS or CNI update can break DNS or networking for every workload.",
        ja: "バージョンや設定の変更でコンポーネントの Pod が入れ替わります。CoreDNS や CNI の更新に失敗すると、すべてのワークロードで DNS やネットワークが壊れることがあります。",
      },
      delete: {
        en: "The component is removed (or left unmanaged, depending on settings); removing CoreDNS or the CNI breaks the cluster.",
        ja: "コンポーネントが削除されます（設定によっては管理対象外として残ります）。CoreDNS や CNI を削除するとクラスターが壊れます。",
      },
      replace: {
        en: "The component is reinstalled; expect a short disruption of what it provides.",
        ja: "コンポーネントが再インストールされ、それが提供する機能が一時的に途切れます。",
      },
    },
    docs: "https://docs.aws.amazon.com/eks/latest/userguide/eks-add-ons.html",
  },
  {
    types: ["aws_eks_fargate_profile"],
    title: { en: "EKS Fargate profile", ja: "EKS Fargate プロファイル" },
    service: "EKS",
    what: {
      en: "Selects which pods (by namespace and labels) run on Fargate instead of on nodes.",
      ja: "どの Pod を（namespace とラベルで）ノードではなく Fargate 上で動かすかを選びます。",
    },
    analogy: {
      en: "Like a routing rule that sends certain jobs to a serverless runner.",
      ja: "特定のジョブをサーバーレスのランナーに回すルールのようなものです。",
    },
    effects: {
      create: {
        en: "New matching pods run on Fargate.",
        ja: "一致する新しい Pod が Fargate 上で動くようになります。",
      },
      delete: {
        en: "Pods running through it are stopped and matching pods can no longer be scheduled on Fargate.",
        ja: "これで動いている Pod は停止し、一致する Pod は Fargate に割り当てられなくなります。",
      },
      replace: {
        en: "Profiles cannot be edited: any change deletes and recreates it, restarting its pods.",
        ja: "プロファイルは編集できず、どんな変更でも削除・再作成になり、その Pod は再起動します。",
      },
    },
    docs: "https://docs.aws.amazon.com/eks/latest/userguide/fargate-profile.html",
  },
  {
    types: ["aws_eks_cluster_auth"],
    title: { en: "EKS cluster auth token (data source)", ja: "EKS クラスター認証トークン（データソース）" },
    service: "EKS",
    what: {
      en: "A read-only lookup that produces a short-lived token Terraform's Kubernetes and Helm providers use to talk to an EKS cluster.",
      ja: "Terraform の Kubernetes プロバイダーや Helm プロバイダーが EKS クラスターと通信するために使う、短期トークンを生成する読み取り専用の検索です。",
    },
    analogy: {
      en: "Like `aws eks get-token`: a temporary bearer token, not something that is created or stored.",
      ja: "`aws eks get-token` のようなものです。作成・保存されるものではなく、一時的なベアラートークンです。",
    },
    effects: {},
    docs: "https://docs.aws.amazon.com/eks/latest/userguide/cluster-auth.html",
  },
];
