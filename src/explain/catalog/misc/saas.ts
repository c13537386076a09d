import type { CatalogEntry } from "../../types.js";

/** Third-party SaaS providers seen in real plans: Datadog, Google Workspace (gsuite), Databricks. */
export const saasEntries: CatalogEntry[] = [
  {
    types: ["datadog_monitor"],
    title: { en: "Datadog monitor", ja: "Datadog モニター" },
    service: "Datadog",
    what: {
      en: "An alert definition in Datadog: a query (metric, log, APM, synthetic), thresholds, and a message whose @-mentions decide who is notified.",
      ja: "Datadog のアラート定義です。クエリ（メトリクス、ログ、APM、Synthetics）、しきい値、通知先を @ メンションで決めるメッセージを持ちます。",
    },
    analogy: {
      en: "An on-call rule: \"if p95 latency > 1 s for 5 minutes, page #team-api\".",
      ja: "「p95 レイテンシが5分間1秒を超えたら #team-api を呼ぶ」のようなオンコールのルールです。",
    },
    effects: {
      create: {
        en: "Evaluation starts at once; if the condition is already true, it alerts right after apply.",
        ja: "すぐに評価が始まり、条件がすでに成立していれば apply 直後に通知されます。",
      },
      update: {
        en: "New thresholds or @-mentions change when and whom it pages from now on.",
        ja: "しきい値や @ メンションの変更で、今後いつ誰を呼び出すかが変わります。",
      },
      delete: {
        en: "The problem it watched will no longer alert anyone.",
        ja: "監視していた問題が起きても、誰にも通知されなくなります。",
      },
      replace: {
        en: "A new monitor ID: links in runbooks, dashboards and SLOs that point at the old ID break, and its history stays with the old one.",
        ja: "モニター ID が変わり、古い ID を指す Runbook・ダッシュボード・SLO のリンクが壊れます。履歴は古いモニターに残ります。",
      },
    },
    docs: "https://registry.terraform.io/providers/DataDog/datadog/latest/docs/resources/monitor",
  },
  {
    types: ["gsuite_group"],
    title: { en: "Google Workspace group (gsuite provider)", ja: "Google Workspace グループ（gsuite プロバイダー）" },
    service: "Google Workspace",
    what: {
      en: "A Google Workspace (formerly G Suite) group with its email address, used as a mailing list and as a principal in Google Cloud IAM. The community gsuite provider is superseded by hashicorp/googleworkspace.",
      ja: "メールアドレスを持つ Google Workspace（旧 G Suite）のグループで、メーリングリストとしても、Google Cloud IAM のプリンシパルとしても使われます。コミュニティ製の gsuite プロバイダーは hashicorp/googleworkspace に引き継がれています。",
    },
    analogy: {
      en: "A team mailing list that also works as a permission group.",
      ja: "権限グループとしても使える、チームのメーリングリストのようなものです。",
    },
    effects: {
      create: {
        en: "The group address starts existing; IAM grants to group:<email> now have someone to apply to.",
        ja: "グループのアドレスが使えるようになり、group:<email> への IAM の付与に対象ができます。",
      },
      update: {
        en: "Name or description changes; the email address is the identity, so changing it affects every grant that names it.",
        ja: "名前や説明の変更です。メールアドレスが ID なので、アドレスを変えるとそれを指すすべての付与に影響します。",
      },
      delete: {
        en: "Mail to the group bounces, and every permission granted to the group (Google Cloud IAM, Drive shares) stops reaching its members.",
        ja: "グループ宛のメールは届かなくなり、グループに与えた権限（Google Cloud IAM、ドライブの共有など）がメンバーに届かなくなります。",
      },
      replace: {
        en: "A new group with the same address has a different ID: IAM grants made to the old group do not apply to it.",
        ja: "同じアドレスでも新しいグループは ID が異なり、古いグループへの IAM の付与は適用されません。",
      },
    },
    docs: "https://registry.terraform.io/providers/DeviaVir/gsuite/latest/docs/resources/group",
  },
  {
    types: ["gsuite_group_members"],
    title: { en: "Google Workspace group members (gsuite provider)", ja: "Google Workspace グループのメンバー（gsuite プロバイダー）" },
    service: "Google Workspace",
    what: {
      en: "Manages the member list of a Google Workspace group as a whole: members not in the list are removed.",
      ja: "Google Workspace グループのメンバー一覧を丸ごと管理します。一覧にないメンバーは外されます。",
    },
    analogy: {
      en: "Replacing a mailing list's subscribers with a list from a file.",
      ja: "メーリングリストの購読者を、ファイルの名簿で丸ごと置き換えるようなものです。",
    },
    effects: {
      create: {
        en: "The group's membership is set to this list; people added by hand in the admin console are removed.",
        ja: "グループのメンバーがこの一覧に設定され、管理コンソールから手で追加した人は外されます。",
      },
      update: {
        en: "Added people gain everything granted to the group; removed people lose it, including Google Cloud access through the group.",
        ja: "追加された人はグループに与えられたものすべてを得て、外された人はグループ経由の Google Cloud のアクセスも含めて失います。",
      },
      delete: {
        en: "The listed members are removed from the group.",
        ja: "一覧のメンバーがグループから外されます。",
      },
      replace: {
        en: "Members are removed and added back: a short loss of access.",
        ja: "メンバーがいったん外されてから戻されるため、短時間アクセスを失います。",
      },
    },
    docs: "https://registry.terraform.io/providers/DeviaVir/gsuite/latest/docs/resources/group_members",
  },
  {
    types: ["databricks_cluster"],
    title: { en: "Databricks cluster", ja: "Databricks クラスタ" },
    service: "Databricks",
    what: {
      en: "A Spark compute cluster in a Databricks workspace: runtime version, node types, autoscaling and auto-termination.",
      ja: "Databricks ワークスペース内の Spark の計算クラスタで、ランタイムのバージョン、ノードタイプ、オートスケール、自動停止の設定を持ちます。",
    },
    analogy: {
      en: "A pool of worker machines your data jobs run on, started and stopped on demand.",
      ja: "データ処理ジョブが動くワーカーマシンのプールで、必要に応じて起動・停止します。",
    },
    effects: {
      create: {
        en: "The cluster is created and started; it costs cloud VMs plus Databricks units while running.",
        ja: "クラスタが作られて起動し、動いている間はクラウドの VM 代と Databricks の利用料がかかります。",
      },
      update: {
        en: "Editing a running cluster restarts it: notebooks and jobs attached to it are interrupted.",
        ja: "稼働中のクラスタを編集すると再起動し、接続しているノートブックやジョブが中断されます。",
      },
      delete: {
        en: "The cluster is permanently deleted; jobs and notebooks pointing at it fail until re-pointed. Data on its local disks is lost.",
        ja: "クラスタは完全に削除され、それを指すジョブやノートブックは向け直すまで失敗します。ローカルディスク上のデータは失われます。",
      },
      replace: {
        en: "A new cluster ID: jobs and notebooks referencing the old ID must be updated.",
        ja: "クラスタ ID が変わり、古い ID を参照するジョブやノートブックの更新が必要です。",
      },
    },
    docs: "https://registry.terraform.io/providers/databricks/databricks/latest/docs/resources/cluster",
  },
  {
    types: ["databricks_current_user", "databricks_node_type", "databricks_spark_version"],
    title: { en: "Databricks lookups (data sources)", ja: "Databricks の参照（データソース）" },
    service: "Databricks",
    what: {
      en: "Read-only lookups in a Databricks workspace: the user Terraform runs as, the smallest node type matching some criteria, and a Spark runtime version. They change nothing.",
      ja: "Databricks ワークスペースでの読み取り専用の参照です。Terraform を実行しているユーザー、条件に合う最小のノードタイプ、Spark ランタイムのバージョンを調べます。何も変更しません。",
    },
    analogy: {
      en: "GET requests your script makes before deciding what to create.",
      ja: "何を作るか決める前にスクリプトが送る GET リクエストのようなものです。",
    },
    effects: {},
    docs: "https://registry.terraform.io/providers/databricks/databricks/latest/docs/data-sources/spark_version",
    related: {
      en: "Their results feed databricks_cluster: when Databricks publishes a newer \"latest\" runtime, the cluster shows an update that restarts it.",
      ja: "結果は databricks_cluster に渡されます。Databricks が新しい「最新」ランタイムを公開すると、クラスタに再起動を伴う更新が出ます。",
    },
  },
];
