import type { CatalogEntry } from "../../types.js";

export const azureManagementEntries: CatalogEntry[] = [
  {
    types: ["azurerm_resource_group"],
    title: { en: "Resource group", ja: "リソースグループ" },
    service: "Azure Resource Manager",
    what: {
      en: "The folder every Azure resource must live in; deleting it deletes everything inside, including resources Terraform does not manage.",
      ja: "Azure のすべてのリソースが属するフォルダです。削除すると、Terraform が管理していないものも含めて中身がすべて削除されます。",
    },
    analogy: {
      en: "A project folder on disk: `rm -rf` on it takes every file with it, whoever created them.",
      ja: "ディスク上のプロジェクトフォルダのようなものです。`rm -rf` すると、誰が作ったかに関係なく中のファイルがすべて消えます。",
    },
    effects: {
      create: {
        en: "An empty group is created in the chosen region (the region only stores its metadata).",
        ja: "指定したリージョンに空のグループが作られます（リージョンはメタデータの保存場所です）。",
      },
      update: {
        en: "Tags only; the resources inside are untouched.",
        ja: "タグの変更のみで、中のリソースには影響しません。",
      },
      delete: {
        en: "Every resource in the group is deleted: VMs, databases, storage accounts, key vaults. Recent azurerm providers refuse while it still contains resources unknown to Terraform, unless that safety is turned off.",
        ja: "グループ内のリソース（VM、データベース、ストレージアカウント、Key Vault など）がすべて削除されます。最近の azurerm プロバイダーは、Terraform が知らないリソースが残っていると削除を拒否しますが、この安全装置は無効化できます。",
      },
      replace: {
        en: "Changing the name or location deletes the group with everything in it and creates an empty one: a full environment rebuild with data loss.",
        ja: "名前やロケーションを変えると、グループが中身ごと削除されて空のグループが作られます。データ消失を伴う環境の作り直しです。",
      },
    },
    docs: "https://learn.microsoft.com/en-us/azure/azure-resource-manager/management/manage-resource-groups-portal",
    stateful: true,
    related: {
      en: "Nearly every azurerm_* resource names its resource_group_name; as a data source it only looks up an existing group.",
      ja: "ほぼすべての azurerm_* リソースが resource_group_name でこれを指定します。データソースとして使う場合は既存のグループを参照するだけです。",
    },
  },
  {
    types: ["azurerm_role_assignment"],
    title: { en: "Azure role assignment (RBAC)", ja: "Azure ロール割り当て（RBAC）" },
    service: "Azure RBAC",
    what: {
      en: "Grants one role (Reader, Contributor, Storage Blob Data Reader...) to one principal (user, group, managed identity) at a scope: subscription, resource group or a single resource.",
      ja: "1つのロール（閲覧者、共同作成者、ストレージ BLOB データ閲覧者など）を、1つのプリンシパル（ユーザー、グループ、マネージド ID）にスコープ（サブスクリプション、リソースグループ、単一リソース）単位で付与します。",
    },
    analogy: {
      en: "Adding a collaborator to a GitHub repository with a given permission level.",
      ja: "GitHub リポジトリに、権限レベルを決めてコラボレーターを追加するようなものです。",
    },
    effects: {
      create: {
        en: "The principal can act with that role at that scope within a few minutes. Owner or Contributor at subscription scope reaches everything.",
        ja: "数分以内に、プリンシパルがそのスコープでそのロールとして操作できるようになります。サブスクリプション単位の所有者や共同作成者はすべてに届きます。",
      },
      delete: {
        en: "The principal loses that access: an app using this managed identity gets 403 errors.",
        ja: "プリンシパルはそのアクセス権を失い、このマネージド ID を使うアプリは 403 エラーになります。",
      },
      replace: {
        en: "Assignments cannot be edited, so any change removes and re-adds it: a short window without access.",
        ja: "割り当ては編集できないため、変更は削除と再追加になり、短い間アクセスできなくなります。",
      },
    },
    docs: "https://learn.microsoft.com/en-us/azure/role-based-access-control/overview",
  },
  {
    types: ["azurerm_user_assigned_identity"],
    title: { en: "User-assigned managed identity", ja: "ユーザー割り当てマネージド ID" },
    service: "Managed identities",
    what: {
      en: "An identity for your app that Azure manages for you (no password or key to store); roles are granted to it and workloads run as it.",
      ja: "Azure が管理するアプリ用の ID です（保存するパスワードや鍵がありません）。ロールを付与し、ワークロードをこの ID で動かします。",
    },
    analogy: {
      en: "A CI bot account whose credentials are issued automatically every time the job runs.",
      ja: "ジョブが動くたびに自動で認証情報が発行される CI 用のボットアカウントのようなものです。",
    },
    effects: {
      create: {
        en: "A new identity exists; it can do nothing until roles are assigned and a workload uses it.",
        ja: "新しい ID ができますが、ロールを割り当てて、ワークロードが使うまでは何もできません。",
      },
      update: {
        en: "Tags only.",
        ja: "タグの変更のみです。",
      },
      delete: {
        en: "Workloads using it lose their identity, and its role assignments become orphaned.",
        ja: "使っているワークロードは ID を失い、ロール割り当ては宙に浮きます。",
      },
      replace: {
        en: "The new identity has a new principal ID: every role assignment and federated credential must be created again.",
        ja: "新しい ID はプリンシパル ID が変わるため、ロール割り当てやフェデレーション資格情報をすべて作り直す必要があります。",
      },
    },
    docs: "https://learn.microsoft.com/en-us/entra/identity/managed-identities-azure-resources/overview",
  },
  {
    types: ["azurerm_monitor_log_profile"],
    title: { en: "Activity log profile (legacy export)", ja: "アクティビティログのログプロファイル（旧方式のエクスポート）" },
    service: "Azure Monitor",
    what: {
      en: "The legacy way to export a subscription's Activity Log (who changed what) to a storage account or Event Hub; only one per subscription, retired on 30 September 2026 in favour of diagnostic settings.",
      ja: "サブスクリプションのアクティビティログ（誰が何を変更したか）をストレージアカウントや Event Hub へエクスポートする旧方式です。サブスクリプションに1つだけ作れ、2026年9月30日に廃止され、診断設定に置き換わります。",
    },
    analogy: {
      en: "Shipping your audit log to long-term storage so it survives beyond the default retention.",
      ja: "監査ログを長期保存先に送り、既定の保持期間を過ぎても残るようにするようなものです。",
    },
    effects: {
      create: {
        en: "Activity Log events start being copied to the target from now on.",
        ja: "以降のアクティビティログが送り先にコピーされ始めます。",
      },
      update: {
        en: "Categories, locations or retention change what is kept and for how long.",
        ja: "カテゴリ、ロケーション、保持期間の変更で、何をどれだけ保存するかが変わります。",
      },
      delete: {
        en: "Export stops: a gap in your audit trail from now on (already exported logs stay).",
        ja: "エクスポートが止まり、以降の監査証跡に空白ができます（エクスポート済みのログは残ります）。",
      },
      replace: {
        en: "Events during the switch-over may not be exported.",
        ja: "切り替えの間のイベントはエクスポートされないことがあります。",
      },
    },
    docs: "https://learn.microsoft.com/en-us/azure/azure-monitor/essentials/activity-log",
  },
  {
    types: ["azurerm_log_analytics_workspace"],
    title: { en: "Log Analytics workspace", ja: "Log Analytics ワークスペース" },
    service: "Azure Monitor",
    what: {
      en: "The store where Azure Monitor keeps logs (app, container, activity) for querying with KQL, with its own retention and pricing.",
      ja: "Azure Monitor がログ（アプリ、コンテナ、アクティビティなど）を保存し、KQL で検索するための保存先で、独自の保持期間と料金体系を持ちます。",
    },
    analogy: {
      en: "Your Datadog or Elasticsearch log index, inside Azure.",
      ja: "Azure の中にある Datadog や Elasticsearch のログインデックスのようなものです。",
    },
    effects: {
      create: {
        en: "An empty workspace is created; it fills as diagnostic settings and agents send logs (billed per GB ingested).",
        ja: "空のワークスペースが作られ、診断設定やエージェントがログを送ると溜まっていきます（取り込んだ GB 単位で課金）。",
      },
      update: {
        en: "Retention or daily cap changes: a lower retention deletes older logs, a daily cap stops ingestion when reached.",
        ja: "保持期間や1日の上限の変更です。保持期間を短くすると古いログが削除され、上限に達すると取り込みが止まります。",
      },
      delete: {
        en: "The workspace is soft-deleted for 14 days, then all its logs are gone; queries, dashboards and alerts using it break.",
        ja: "ワークスペースは14日間論理削除された後、ログはすべて失われます。それを使うクエリ、ダッシュボード、アラートが壊れます。",
      },
      replace: {
        en: "A new, empty workspace with a new ID: agents and diagnostic settings must point to it, and history stays in the old one.",
        ja: "新しい ID の空のワークスペースになります。エージェントや診断設定を向け直す必要があり、履歴は古い方に残ります。",
      },
    },
    docs: "https://learn.microsoft.com/en-us/azure/azure-monitor/logs/log-analytics-workspace-overview",
    stateful: true,
  },
];
