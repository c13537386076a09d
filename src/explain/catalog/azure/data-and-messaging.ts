import type { CatalogEntry } from "../../types.js";

export const azureDataAndMessagingEntries: CatalogEntry[] = [
  {
    types: ["azurerm_databricks_workspace"],
    title: { en: "Azure Databricks workspace", ja: "Azure Databricks ワークスペース" },
    service: "Azure Databricks",
    what: {
      en: "A Databricks environment (notebooks, jobs, clusters, its own DBFS storage) deployed into your subscription, with a managed resource group Databricks controls.",
      ja: "サブスクリプション内にデプロイされる Databricks 環境（ノートブック、ジョブ、クラスタ、専用の DBFS ストレージ）で、Databricks が管理するマネージドリソースグループを持ちます。",
    },
    analogy: {
      en: "A hosted Jupyter + Spark platform for the data team, with its own storage.",
      ja: "データチーム向けの、専用ストレージ付きのホスト型 Jupyter + Spark 基盤のようなものです。",
    },
    effects: {
      create: {
        en: "The workspace and its managed resource group are created; clusters cost money only when running.",
        ja: "ワークスペースとマネージドリソースグループが作られます。クラスタは動いている間だけ費用がかかります。",
      },
      update: {
        en: "Upgrading the SKU (standard → premium) happens in place; network settings usually cannot change.",
        ja: "SKU のアップグレード（standard → premium）はその場で行われ、ネットワーク設定は通常変更できません。",
      },
      delete: {
        en: "Notebooks, jobs, cluster definitions and the workspace's DBFS root storage are deleted with it.",
        ja: "ノートブック、ジョブ、クラスタ定義、ワークスペースの DBFS ルートストレージが一緒に削除されます。",
      },
      replace: {
        en: "A new, empty workspace with a new URL: notebooks and jobs are lost unless kept in Git, and users must be added again.",
        ja: "新しい URL の空のワークスペースになります。Git に置いていないノートブックやジョブは失われ、ユーザーも追加し直しです。",
      },
    },
    docs: "https://learn.microsoft.com/en-us/azure/databricks/introduction/",
    stateful: true,
    related: {
      en: "Inside it, the databricks provider manages clusters, jobs and users (databricks_cluster and friends).",
      ja: "ワークスペースの中は databricks プロバイダー（databricks_cluster など）でクラスタ、ジョブ、ユーザーを管理します。",
    },
  },
  {
    types: ["azurerm_servicebus_namespace"],
    title: { en: "Service Bus namespace", ja: "Service Bus 名前空間" },
    service: "Azure Service Bus",
    what: {
      en: "The container (and endpoint <name>.servicebus.windows.net) for Service Bus queues and topics, with its tier (Basic, Standard, Premium) and access keys.",
      ja: "Service Bus のキューとトピックを入れる入れ物（とエンドポイント <name>.servicebus.windows.net）で、ティア（Basic、Standard、Premium）とアクセスキーを持ちます。",
    },
    analogy: {
      en: "Your message broker server, like a managed RabbitMQ instance.",
      ja: "マネージドな RabbitMQ のような、メッセージブローカーのサーバーです。",
    },
    effects: {
      create: {
        en: "An empty namespace is created and billed by tier.",
        ja: "空の名前空間が作られ、ティアに応じて課金されます。",
      },
      update: {
        en: "Capacity or network rules change for every queue and topic inside.",
        ja: "容量やネットワークルールの変更は、中のすべてのキューとトピックに効きます。",
      },
      delete: {
        en: "Every queue, topic, subscription and waiting message in it is deleted.",
        ja: "中のすべてのキュー、トピック、サブスクリプション、待機中のメッセージが削除されます。",
      },
      replace: {
        en: "A new, empty namespace with new connection strings: messages in flight are lost.",
        ja: "新しい接続文字列の空の名前空間になり、処理中のメッセージは失われます。",
      },
    },
    docs: "https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-messaging-overview",
    stateful: true,
  },
  {
    types: ["azurerm_servicebus_queue"],
    title: { en: "Service Bus queue", ja: "Service Bus キュー" },
    service: "Azure Service Bus",
    what: {
      en: "A durable message queue in a Service Bus namespace, with settings for lock duration, max delivery count, dead-lettering, sessions and duplicate detection.",
      ja: "Service Bus 名前空間内の永続的なメッセージキューで、ロック時間、最大配信回数、デッドレター、セッション、重複検出などの設定を持ちます。",
    },
    analogy: {
      en: "A job queue (like BullMQ or SQS) that your workers drain; unfinished jobs wait in it.",
      ja: "ワーカーが処理していくジョブキュー（BullMQ や SQS のようなもの）で、未処理のジョブはそこで待ちます。",
    },
    effects: {
      create: {
        en: "Producers can send and consumers receive from now on.",
        ja: "これ以降、送信側が送り、受信側が受け取れるようになります。",
      },
      update: {
        en: "Lock duration, TTL or max delivery count change how messages are retried and when they go to the dead-letter queue.",
        ja: "ロック時間、TTL、最大配信回数の変更で、メッセージのリトライのされ方やデッドレターに送られるタイミングが変わります。",
      },
      delete: {
        en: "The queue and every message waiting in it, including the dead-letter queue, are lost.",
        ja: "キューと、デッドレターキューを含む中で待機中のメッセージがすべて失われます。",
      },
      replace: {
        en: "Sessions, partitioning and similar settings cannot change in place: the queue is recreated empty and pending messages are lost.",
        ja: "セッションやパーティション分割などはその場で変えられず、キューが空で作り直され、未処理のメッセージは失われます。",
      },
    },
    docs: "https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-queues-topics-subscriptions",
    stateful: true,
  },
];
