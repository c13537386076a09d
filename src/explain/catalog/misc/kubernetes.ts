import type { CatalogEntry } from "../../types.js";

export const kubernetesEntries: CatalogEntry[] = [
  {
    types: ["kubernetes_namespace", "kubernetes_namespace_v1"],
    title: { en: "Kubernetes namespace", ja: "Kubernetes の Namespace" },
    service: "Kubernetes",
    what: {
      en: "A named partition of a Kubernetes cluster that holds Deployments, Services, Secrets and volume claims, with its own quotas and RBAC.",
      ja: "Kubernetes クラスタを名前で区切った領域で、Deployment、Service、Secret、ボリューム要求（PVC）を入れ、独自のクォータや RBAC を持ちます。",
    },
    analogy: {
      en: "A folder per app or team inside the cluster; deleting the folder deletes everything in it.",
      ja: "クラスタ内のアプリやチームごとのフォルダのようなものです。フォルダを消すと中身もすべて消えます。",
    },
    effects: {
      create: {
        en: "An empty namespace appears; nothing runs in it yet.",
        ja: "空の Namespace ができ、まだ何も動いていません。",
      },
      update: {
        en: "Labels and annotations change; some tools (service mesh injection, policies) react to labels.",
        ja: "ラベルやアノテーションが変わります。サービスメッシュの注入やポリシーなど、ラベルに反応するツールがあります。",
      },
      delete: {
        en: "Everything inside is deleted too: workloads, Services, Secrets, ConfigMaps and PersistentVolumeClaims (whose volumes may be deleted with them).",
        ja: "中のもの（ワークロード、Service、Secret、ConfigMap、PersistentVolumeClaim）もすべて削除され、ボリュームも一緒に消えることがあります。",
      },
      replace: {
        en: "A rename deletes the old namespace with all its contents and creates an empty one.",
        ja: "名前を変えると、古い Namespace が中身ごと削除され、空の Namespace が作られます。",
      },
    },
    docs: "https://registry.terraform.io/providers/hashicorp/kubernetes/latest/docs/resources/namespace",
    stateful: true,
  },
  {
    types: ["kubernetes_deployment", "kubernetes_deployment_v1"],
    title: { en: "Kubernetes Deployment", ja: "Kubernetes の Deployment" },
    service: "Kubernetes",
    what: {
      en: "Runs a set number of identical Pods from a container image and replaces them gradually (rolling update) when the Pod template changes.",
      ja: "コンテナイメージから同じ Pod を指定数動かし、Pod テンプレートが変わると少しずつ入れ替えます（ローリングアップデート）。",
    },
    analogy: {
      en: "pm2 or a process manager keeping N copies of your server running and restarting them on deploy.",
      ja: "pm2 のようなプロセスマネージャーが、サーバーを N 個動かし続け、デプロイ時に再起動するようなものです。",
    },
    effects: {
      create: {
        en: "Pods are scheduled and start; the app is live once they pass readiness probes (and a Service routes to them).",
        ja: "Pod が配置されて起動し、readiness probe に通れば（Service が振り分ければ）アプリが公開されます。",
      },
      update: {
        en: "A new image, env var or resource change triggers a rolling update; replicas changes scale in place. A bad image leaves the rollout stuck with old Pods still serving.",
        ja: "イメージ、環境変数、リソースの変更でローリングアップデートが起き、replicas の変更はその場でスケールします。イメージが壊れていると、古い Pod が動いたままロールアウトが止まります。",
      },
      delete: {
        en: "All its Pods are terminated: the app is down.",
        ja: "すべての Pod が終了し、アプリが停止します。",
      },
      replace: {
        en: "The Deployment is deleted and recreated, so every Pod stops before new ones start: downtime, unlike a rolling update.",
        ja: "Deployment が削除されてから作り直されるため、新しい Pod が起動する前にすべての Pod が止まります。ローリングアップデートと違いダウンタイムが生じます。",
      },
    },
    docs: "https://registry.terraform.io/providers/hashicorp/kubernetes/latest/docs/resources/deployment",
  },
  {
    types: ["kubernetes_secret", "kubernetes_secret_v1"],
    title: { en: "Kubernetes Secret", ja: "Kubernetes の Secret" },
    service: "Kubernetes",
    what: {
      en: "Key/value data (passwords, tokens, TLS certificates) that Pods read as env vars or files; Terraform stores the values in its state, and Kubernetes only base64-encodes them.",
      ja: "Pod が環境変数やファイルとして読むキーと値（パスワード、トークン、TLS 証明書）です。Terraform は値を state に保存し、Kubernetes は base64 エンコードするだけです。",
    },
    analogy: {
      en: "The .env file mounted into your container.",
      ja: "コンテナにマウントする .env ファイルのようなものです。",
    },
    effects: {
      create: {
        en: "Pods referencing it can start; Pods already waiting for it come up.",
        ja: "参照する Pod が起動できるようになり、待っていた Pod も立ち上がります。",
      },
      update: {
        en: "Mounted files update after a short delay, but env vars only change when Pods restart.",
        ja: "マウントしたファイルは少し遅れて更新されますが、環境変数は Pod を再起動するまで変わりません。",
      },
      delete: {
        en: "Running Pods keep the values they loaded; new or restarted Pods that need it fail to start.",
        ja: "稼働中の Pod は読み込み済みの値を使い続けますが、新しく起動・再起動する Pod は起動に失敗します。",
      },
      replace: {
        en: "Briefly missing: Pods starting in between fail, then pick up the new values.",
        ja: "一瞬存在しなくなり、その間に起動する Pod は失敗し、その後は新しい値を使います。",
      },
    },
    docs: "https://registry.terraform.io/providers/hashicorp/kubernetes/latest/docs/resources/secret",
  },
  {
    types: ["helm_release"],
    title: { en: "Helm release", ja: "Helm リリース" },
    service: "Kubernetes",
    what: {
      en: "Installs a Helm chart (a packaged set of Kubernetes manifests, e.g. ingress-nginx, cert-manager) into a cluster with the given values, like `helm upgrade --install`.",
      ja: "Helm チャート（ingress-nginx や cert-manager など、Kubernetes マニフェストをまとめたパッケージ）を、指定した values でクラスタにインストールします。`helm upgrade --install` と同じです。",
    },
    analogy: {
      en: "npm install of a whole app into your cluster, with a version pin and a config file.",
      ja: "バージョン固定と設定ファイル付きで、アプリ一式をクラスタに npm install するようなものです。",
    },
    effects: {
      create: {
        en: "Every resource in the chart is created; the apply waits until they are ready (or times out).",
        ja: "チャート内のすべてのリソースが作られ、apply は準備完了（またはタイムアウト）まで待ちます。",
      },
      update: {
        en: "A new chart version or values runs `helm upgrade`: Pods roll, CRDs may change; read the chart's upgrade notes for breaking changes.",
        ja: "チャートのバージョンや values の変更で `helm upgrade` が走り、Pod が入れ替わり、CRD が変わることもあります。破壊的変更がないかチャートのアップグレードノートを確認しましょう。",
      },
      delete: {
        en: "`helm uninstall`: everything the chart created is removed (volumes may be kept depending on the chart). Removing an ingress controller or cert-manager affects every app using it.",
        ja: "`helm uninstall` と同じで、チャートが作ったものはすべて削除されます（ボリュームはチャート次第で残ることがあります）。Ingress コントローラーや cert-manager を消すと、それを使う全アプリに影響します。",
      },
      replace: {
        en: "Uninstall then install (a rename or namespace change): everything from the chart is down in between.",
        ja: "アンインストールしてからインストールし直します（名前や Namespace の変更）。その間、チャートのものはすべて停止します。",
      },
    },
    docs: "https://registry.terraform.io/providers/hashicorp/helm/latest/docs/resources/release",
  },
];
