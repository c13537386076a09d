import type { CatalogEntry } from "../../types.js";

// Data stores other than RDS: DynamoDB, OpenSearch, Neptune, ElastiCache. All of them hold data
// that a replacement would wipe.

export const databaseEntries: CatalogEntry[] = [
  {
    types: ["aws_dynamodb_table"],
    title: { en: "DynamoDB table", ja: "DynamoDB テーブル" },
    service: "DynamoDB",
    what: {
      en: "A serverless key-value and document table, addressed by a partition key (and optional sort key), that scales without servers to manage.",
      ja: "パーティションキー（と任意のソートキー）でアクセスする、サーバーレスなキーバリュー/ドキュメント型のテーブルで、管理するサーバーなしにスケールします。",
    },
    analogy: {
      en: "Like a huge, managed Redis hash or MongoDB collection where you must choose the lookup key up front.",
      ja: "巨大なマネージドの Redis ハッシュや MongoDB のコレクションのようなもので、検索に使うキーを最初に決めておく必要があります。",
    },
    effects: {
      create: {
        en: "An empty table appears; on-demand tables bill per request, provisioned ones per hour of capacity.",
        ja: "空のテーブルが作成されます。オンデマンドはリクエスト単位、プロビジョンドはキャパシティの時間単位で課金されます。",
      },
      update: {
        en: "Capacity, billing mode, streams, TTL or indexes change in place; a new global secondary index is backfilled in the background, and a new TTL setting starts deleting expired items.",
        ja: "キャパシティ、課金モード、ストリーム、TTL、インデックスはその場で変更されます。新しいグローバルセカンダリインデックスはバックグラウンドで作成され、TTL を設定すると期限切れの項目の削除が始まります。",
      },
      delete: {
        en: "Every item in the table is deleted; only if point-in-time recovery was on does AWS keep a system backup (for 35 days). deletion_protection_enabled blocks this.",
        ja: "テーブル内のすべての項目が削除されます。ポイントインタイムリカバリを有効にしていた場合に限り、AWS がシステムバックアップを（35 日間）残します。deletion_protection_enabled でこれを防げます。",
      },
      replace: {
        en: "Caused by a name or key schema change: the table and ALL its data are destroyed and an empty one is created. Migrate the data first.",
        ja: "名前やキースキーマの変更が原因です。テーブルとすべてのデータが削除され、空のテーブルが作られます。先にデータを移行してください。",
      },
    },
    docs: "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Introduction.html",
    stateful: true,
  },
  {
    types: ["aws_elasticsearch_domain", "aws_opensearch_domain"],
    title: { en: "OpenSearch / Elasticsearch domain", ja: "OpenSearch / Elasticsearch ドメイン" },
    service: "OpenSearch Service",
    what: {
      en: "A managed search and analytics cluster (OpenSearch, or Elasticsearch in older versions) with its nodes, storage and indices (aws_elasticsearch_domain is the older resource name).",
      ja: "ノード、ストレージ、インデックスを持つマネージドな検索・分析クラスター（OpenSearch、古いバージョンでは Elasticsearch）です（aws_elasticsearch_domain は古いリソース名です）。",
    },
    analogy: {
      en: "Like running your own Elasticsearch container for full-text search, with AWS handling nodes and upgrades.",
      ja: "全文検索用に Elasticsearch のコンテナを自分で動かすようなものですが、ノードやアップグレードは AWS が扱います。",
    },
    effects: {
      create: {
        en: "A new cluster takes 10-30 minutes to come up and is billed per node-hour and storage.",
        ja: "新しいクラスターの起動には 10〜30 分かかり、ノード時間とストレージで課金されます。",
      },
      update: {
        en: "Many changes (instance type, node count, version, storage) run a blue/green deployment that can take a long time and adds load while data is copied.",
        ja: "インスタンスタイプ、ノード数、バージョン、ストレージなど多くの変更はブルー/グリーンデプロイで行われ、時間がかかり、データコピー中は負荷が増えます。",
      },
      delete: {
        en: "Every index and document is deleted; only snapshots you stored elsewhere survive. Search features stop working.",
        ja: "すべてのインデックスとドキュメントが削除され、別の場所に保存したスナップショットだけが残ります。検索機能は停止します。",
      },
      replace: {
        en: "Caused by a domain name change or similar: the cluster and its indices are destroyed and rebuilt empty; the data must be re-indexed.",
        ja: "ドメイン名の変更などが原因です。クラスターとインデックスが削除され空の状態で作り直されるため、データの再インデックスが必要です。",
      },
    },
    docs: "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/what-is.html",
    stateful: true,
  },
  {
    types: ["aws_elasticsearch_domain_policy", "aws_opensearch_domain_policy"],
    title: { en: "OpenSearch / Elasticsearch access policy", ja: "OpenSearch / Elasticsearch のアクセスポリシー" },
    service: "OpenSearch Service",
    what: {
      en: "The resource policy that says which principals or IP addresses may call a search domain's API.",
      ja: "検索ドメインの API を呼び出せるプリンシパルや IP アドレスを決めるリソースポリシーです。",
    },
    analogy: {
      en: "Like the auth middleware in front of a search API.",
      ja: "検索 API の前に置く認証ミドルウェアのようなものです。",
    },
    effects: {
      create: {
        en: "Access changes within minutes; a policy allowing \"*\" without conditions exposes the data to anyone who can reach the endpoint.",
        ja: "数分でアクセス権が変わります。条件なしで \"*\" を許可するポリシーは、エンドポイントに到達できる誰にでもデータを公開してしまいます。",
      },
      update: {
        en: "Who can read and write the indices changes within minutes.",
        ja: "インデックスを読み書きできる主体が数分で変わります。",
      },
      delete: {
        en: "Access granted only by this policy stops; applications using it get 403 errors.",
        ja: "このポリシーだけで許可していたアクセスが止まり、それを使うアプリケーションは 403 エラーになります。",
      },
    },
    docs: "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ac.html",
  },
  {
    types: ["aws_neptune_cluster"],
    title: { en: "Neptune cluster", ja: "Neptune クラスター" },
    service: "Neptune",
    what: {
      en: "A managed graph database cluster (Gremlin, openCypher, SPARQL) whose storage is shared by its instances.",
      ja: "インスタンス間でストレージを共有する、マネージドなグラフデータベースのクラスター（Gremlin、openCypher、SPARQL）です。",
    },
    analogy: {
      en: "Like a managed Neo4j: nodes and relationships instead of rows, with AWS running the servers.",
      ja: "マネージドな Neo4j のようなものです。行の代わりにノードとリレーションを扱い、サーバーは AWS が運用します。",
    },
    effects: {
      create: {
        en: "An empty graph cluster is created; it serves queries once instances are added.",
        ja: "空のグラフクラスターが作成され、インスタンスを追加すると問い合わせに応答できるようになります。",
      },
      update: {
        en: "Parameter, backup or engine changes; some restart instances or wait for the maintenance window.",
        ja: "パラメータ、バックアップ、エンジンの変更で、インスタンスの再起動を伴うものやメンテナンスウィンドウを待つものがあります。",
      },
      delete: {
        en: "All graph data is deleted; only a final snapshot (if not skipped) keeps it.",
        ja: "グラフデータがすべて削除されます。データが残るのは最終スナップショット（スキップしていない場合）だけです。",
      },
      replace: {
        en: "The cluster and its data are destroyed and recreated empty unless restored from a snapshot.",
        ja: "スナップショットから復元しない限り、クラスターとデータは削除されて空の状態で作り直されます。",
      },
    },
    docs: "https://docs.aws.amazon.com/neptune/latest/userguide/intro.html",
    stateful: true,
    related: {
      en: "Its servers are aws_neptune_cluster_instance; manual backups are aws_neptune_cluster_snapshot.",
      ja: "サーバーは aws_neptune_cluster_instance、手動バックアップは aws_neptune_cluster_snapshot です。",
    },
  },
  {
    types: ["aws_neptune_cluster_instance"],
    title: { en: "Neptune instance", ja: "Neptune インスタンス" },
    service: "Neptune",
    what: {
      en: "One server (writer or read replica) of a Neptune cluster; the data lives in the cluster's storage.",
      ja: "Neptune クラスターのサーバー 1 台（ライターまたはリードレプリカ）で、データはクラスターのストレージにあります。",
    },
    analogy: {
      en: "Like one database server process attached to shared storage.",
      ja: "共有ストレージにつながるデータベースサーバーのプロセス 1 つのようなものです。",
    },
    effects: {
      create: {
        en: "Adds query capacity; billed per hour.",
        ja: "問い合わせの処理能力が増えます。時間単位で課金されます。",
      },
      update: {
        en: "An instance class change restarts the instance.",
        ja: "インスタンスクラスの変更でインスタンスが再起動します。",
      },
      delete: {
        en: "Capacity drops; deleting the writer causes a failover, and deleting the last instance makes the cluster unreachable.",
        ja: "処理能力が下がります。ライターの削除はフェイルオーバーを起こし、最後のインスタンスを削除するとクラスターに接続できなくなります。",
      },
      replace: {
        en: "The instance is recreated and its connections drop; cluster data is kept.",
        ja: "インスタンスが作り直されて接続が切れます。クラスターのデータは残ります。",
      },
    },
    docs: "https://docs.aws.amazon.com/neptune/latest/userguide/feature-overview-db-clusters.html",
  },
  {
    types: ["aws_neptune_cluster_snapshot"],
    title: { en: "Neptune cluster snapshot", ja: "Neptune クラスタースナップショット" },
    service: "Neptune",
    what: {
      en: "A manual point-in-time backup of a Neptune cluster, kept until deleted.",
      ja: "Neptune クラスターのある時点の手動バックアップで、削除するまで保持されます。",
    },
    analogy: {
      en: "Like a database dump you keep before a risky change.",
      ja: "危険な変更の前に取っておくデータベースのダンプのようなものです。",
    },
    effects: {
      create: {
        en: "A backup of the current data is taken (storage is billed).",
        ja: "現在のデータのバックアップが取られます（ストレージは課金されます）。",
      },
      delete: {
        en: "The backup is permanently deleted.",
        ja: "バックアップが完全に削除されます。",
      },
      replace: {
        en: "The old snapshot is deleted and a new one taken of the current data; the old point in time is lost.",
        ja: "古いスナップショットが削除され、現在のデータで取り直されます。古い時点のデータは失われます。",
      },
    },
    docs: "https://docs.aws.amazon.com/neptune/latest/userguide/backup-restore.html",
    stateful: true,
  },
  {
    types: ["aws_elasticache_replication_group", "aws_elasticache_cluster"],
    title: { en: "ElastiCache cluster (Redis / Valkey / Memcached)", ja: "ElastiCache クラスター（Redis / Valkey / Memcached）" },
    service: "ElastiCache",
    what: {
      en: "A managed in-memory data store used for caches, sessions, rate limits and queues.",
      ja: "キャッシュ、セッション、レート制限、キューなどに使う、マネージドなインメモリデータストアです。",
    },
    analogy: {
      en: "Like the Redis container next to your Fastify app, run by AWS with replicas and failover.",
      ja: "Fastify アプリの隣に置く Redis コンテナを、レプリカとフェイルオーバー付きで AWS が運用するようなものです。",
    },
    effects: {
      create: {
        en: "A new, empty cache comes up after several minutes; billed per node-hour.",
        ja: "数分後に新しい空のキャッシュが起動します。ノード時間で課金されます。",
      },
      update: {
        en: "Node type or engine version changes are applied node by node (or at the maintenance window without apply_immediately); connections may drop during failovers.",
        ja: "ノードタイプやエンジンバージョンの変更はノードごとに適用されます（apply_immediately が無ければメンテナンスウィンドウで）。フェイルオーバーの間、接続が切れることがあります。",
      },
      delete: {
        en: "All data in memory is lost (sessions log out, queues are emptied) unless a final snapshot is taken; apps that depend on it fail to connect.",
        ja: "最終スナップショットを取らない限り、メモリ上のデータはすべて失われます（セッションはログアウトされ、キューは空になります）。依存するアプリは接続に失敗します。",
      },
      replace: {
        en: "A new, empty cluster with a new endpoint: cached data, sessions and queued jobs are lost, and apps must use the new address.",
        ja: "新しいエンドポイントを持つ空のクラスターになります。キャッシュ、セッション、キューのジョブは失われ、アプリは新しいアドレスを使う必要があります。",
      },
    },
    docs: "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/WhatIs.html",
    stateful: true,
  },
  {
    types: ["aws_elasticache_subnet_group"],
    title: { en: "ElastiCache subnet group", ja: "ElastiCache サブネットグループ" },
    service: "ElastiCache",
    what: {
      en: "The subnets in which ElastiCache may place cache nodes.",
      ja: "ElastiCache がキャッシュノードを配置してよいサブネットの一覧です。",
    },
    analogy: {
      en: "Like the list of rooms a meeting may be booked in.",
      ja: "会議を予約してよい部屋の一覧のようなものです。",
    },
    effects: {
      create: {
        en: "Nothing moves until a cache cluster uses it.",
        ja: "キャッシュクラスターが使うまで何も変わりません。",
      },
      update: {
        en: "Adding subnets is safe; removing one in use fails.",
        ja: "サブネットの追加は安全ですが、使用中のものの削除は失敗します。",
      },
      delete: {
        en: "Fails while a cache cluster uses it.",
        ja: "キャッシュクラスターが使用中の間は失敗します。",
      },
    },
    docs: "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/SubnetGroups.html",
  },
];
