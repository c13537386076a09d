import type { CatalogEntry } from "../../types.js";

export const googleDatabaseEntries: CatalogEntry[] = [
  {
    types: ["google_sql_database_instance"],
    title: { en: "Cloud SQL instance", ja: "Cloud SQL インスタンス" },
    service: "Cloud SQL",
    what: {
      en: "A managed PostgreSQL, MySQL or SQL Server server: machine tier, storage, backups, high availability and public or private IP.",
      ja: "マネージドな PostgreSQL・MySQL・SQL Server のサーバーです。マシンティア、ストレージ、バックアップ、高可用性、パブリック/プライベート IP を持ちます。",
    },
    analogy: {
      en: "The database server behind your DATABASE_URL, with backups and failover run for you.",
      ja: "DATABASE_URL の先にある DB サーバーです。バックアップやフェイルオーバーはお任せで動きます。",
    },
    effects: {
      create: {
        en: "A new, empty database server is provisioned (several minutes) and billed per hour.",
        ja: "新しい空の DB サーバーが用意され（数分かかります）、時間単位で課金されます。",
      },
      update: {
        en: "Many settings apply in place, but a tier change or some database flags restart the server: a few minutes of connection errors unless clients retry.",
        ja: "多くの設定はその場で反映されますが、ティアの変更や一部のデータベースフラグはサーバーの再起動を伴います。クライアントがリトライしなければ数分間接続エラーになります。",
      },
      delete: {
        en: "The server, all its databases and its automated backups are deleted. deletion_protection exists to stop exactly this; the instance name cannot be reused for about a week.",
        ja: "サーバーと中のすべてのデータベース、自動バックアップが削除されます。deletion_protection はまさにこれを防ぐための設定です。同じインスタンス名は約1週間再利用できません。",
      },
      replace: {
        en: "A new, empty server with a new IP and the old one deleted: total data loss unless you restore from an export. Check which argument forces it (region, database_version, private network).",
        ja: "新しい IP の空のサーバーが作られ、古いサーバーは削除されます。エクスポートから戻さない限りデータはすべて失われます。何が置き換えの原因か（リージョン、database_version、プライベートネットワークなど）を確認してください。",
      },
    },
    docs: "https://cloud.google.com/sql/docs/introduction",
    stateful: true,
    related: {
      en: "Holds google_sql_database and google_sql_user; a private IP needs google_service_networking_connection in the VPC.",
      ja: "google_sql_database や google_sql_user を持ちます。プライベート IP を使うには VPC に google_service_networking_connection が必要です。",
    },
  },
  {
    types: ["google_sql_database"],
    title: { en: "Cloud SQL database", ja: "Cloud SQL データベース" },
    service: "Cloud SQL",
    what: {
      en: "One logical database (as in CREATE DATABASE) inside a Cloud SQL instance, with its charset and collation.",
      ja: "Cloud SQL インスタンス内の1つの論理データベース（CREATE DATABASE で作るもの）で、文字セットと照合順序を持ちます。",
    },
    analogy: {
      en: "The database name at the end of your connection string.",
      ja: "接続文字列の末尾にあるデータベース名に当たります。",
    },
    effects: {
      create: {
        en: "An empty database appears on the instance; your migrations create the tables.",
        ja: "インスタンス上に空のデータベースができます。テーブルはマイグレーションで作ります。",
      },
      update: {
        en: "Charset or collation changes are rare and may not apply to existing data.",
        ja: "文字セットや照合順序の変更はまれで、既存データには反映されないことがあります。",
      },
      delete: {
        en: "DROP DATABASE: every table and row in it is gone (unless deletion_policy is ABANDON, which only forgets it).",
        ja: "DROP DATABASE と同じで、中のテーブルと行がすべて失われます（deletion_policy が ABANDON なら Terraform の管理から外すだけです）。",
      },
      replace: {
        en: "The database is dropped and created empty: all its data is lost.",
        ja: "データベースが削除されて空で作り直され、データはすべて失われます。",
      },
    },
    docs: "https://cloud.google.com/sql/docs/postgres/create-manage-databases",
    stateful: true,
  },
  {
    types: ["google_sql_user"],
    title: { en: "Cloud SQL user", ja: "Cloud SQL ユーザー" },
    service: "Cloud SQL",
    what: {
      en: "A database login on a Cloud SQL instance (built-in password user or IAM user); a password set here is stored in Terraform state.",
      ja: "Cloud SQL インスタンスの DB ログイン（組み込みのパスワードユーザーまたは IAM ユーザー）です。ここで設定したパスワードは Terraform の state に保存されます。",
    },
    analogy: {
      en: "The user and password in your DATABASE_URL.",
      ja: "DATABASE_URL に書くユーザー名とパスワードです。",
    },
    effects: {
      create: {
        en: "A new login can connect with the given password or IAM identity.",
        ja: "指定したパスワードまたは IAM の ID で接続できる新しいログインができます。",
      },
      update: {
        en: "A password change takes effect at once: apps still using the old one fail to connect until their secret is updated.",
        ja: "パスワードの変更は即座に有効になり、古いパスワードを使うアプリはシークレットを更新するまで接続に失敗します。",
      },
      delete: {
        en: "The login is removed and apps using it can no longer connect.",
        ja: "ログインが削除され、それを使うアプリは接続できなくなります。",
      },
      replace: {
        en: "The user is dropped and re-created: connections fail in between.",
        ja: "ユーザーが削除されてから作り直されるため、その間は接続に失敗します。",
      },
    },
    docs: "https://cloud.google.com/sql/docs/postgres/users",
  },
  {
    types: ["google_spanner_instance"],
    title: { en: "Spanner instance", ja: "Spanner インスタンス" },
    service: "Spanner",
    what: {
      en: "The compute capacity (nodes or processing units) and location configuration (regional or multi-region) that Spanner databases run on.",
      ja: "Spanner データベースが動く計算容量（ノード数または処理ユニット）とロケーション構成（リージョンまたはマルチリージョン）です。",
    },
    analogy: {
      en: "A managed database cluster you size by nodes, like choosing how many Postgres servers share the load.",
      ja: "ノード数でサイズを決めるマネージド DB クラスタです。負荷を分け合う Postgres サーバーを何台にするか決めるイメージです。",
    },
    effects: {
      create: {
        en: "Capacity is provisioned and billed per hour even before any database exists.",
        ja: "容量が確保され、データベースがなくても時間単位で課金されます。",
      },
      update: {
        en: "Changing num_nodes or processing_units scales online: it changes cost and throughput, not data.",
        ja: "num_nodes や processing_units の変更はオンラインでスケールし、コストと処理性能が変わります。データは変わりません。",
      },
      delete: {
        en: "Every database in the instance is deleted with it, and backups stored in it too.",
        ja: "インスタンス内のすべてのデータベースが、中に保存されたバックアップも含めて削除されます。",
      },
      replace: {
        en: "Changing config (location) or name creates a new, empty instance: all databases in the old one are lost.",
        ja: "config（ロケーション）や名前を変えると新しい空のインスタンスになり、古いインスタンスのデータベースはすべて失われます。",
      },
    },
    docs: "https://cloud.google.com/spanner/docs/instances",
    stateful: true,
    related: {
      en: "Contains google_spanner_database; access via google_spanner_instance_iam_* or google_spanner_database_iam_*.",
      ja: "google_spanner_database を含み、アクセス権は google_spanner_instance_iam_* や google_spanner_database_iam_* で与えます。",
    },
  },
  {
    types: ["google_spanner_database"],
    title: { en: "Spanner database", ja: "Spanner データベース" },
    service: "Spanner",
    what: {
      en: "A database inside a Spanner instance; its schema is applied from the ddl list.",
      ja: "Spanner インスタンス内のデータベースで、スキーマは ddl のリストから適用されます。",
    },
    analogy: {
      en: "A database plus the migration files that define its tables.",
      ja: "データベースと、そのテーブルを定義するマイグレーションファイルをまとめたようなものです。",
    },
    effects: {
      create: {
        en: "A new database is created and the DDL statements run.",
        ja: "新しいデータベースが作られ、DDL 文が実行されます。",
      },
      update: {
        en: "Appending DDL statements runs them as a schema change (can take a long time on big tables); editing existing statements cannot be applied in place.",
        ja: "DDL 文を末尾に追加するとスキーマ変更として実行されます（大きなテーブルでは時間がかかります）。既存の文の書き換えはその場では適用できません。",
      },
      delete: {
        en: "All data in the database is deleted (Terraform blocks this while deletion_protection is true).",
        ja: "データベースのデータがすべて削除されます（deletion_protection が true の間は Terraform が止めます）。",
      },
      replace: {
        en: "The database is dropped and re-created empty: all data is lost.",
        ja: "データベースが削除されて空で作り直され、データはすべて失われます。",
      },
    },
    docs: "https://cloud.google.com/spanner/docs/create-manage-databases",
    stateful: true,
  },
  {
    types: ["google_bigtable_instance"],
    title: { en: "Bigtable instance", ja: "Bigtable インスタンス" },
    service: "Bigtable",
    what: {
      en: "A wide-column NoSQL database for very large, high-throughput data (time series, events), made of one or more clusters of nodes.",
      ja: "時系列データやイベントなど、大量・高スループットのデータ向けのワイドカラム型 NoSQL データベースで、1つ以上のノードのクラスタで構成されます。",
    },
    analogy: {
      en: "A huge, sorted key-value store, like Redis that never runs out of disk.",
      ja: "巨大なソート済みキーバリューストアです。ディスクが尽きない Redis のようなイメージです。",
    },
    effects: {
      create: {
        en: "Clusters are provisioned and billed per node-hour plus storage.",
        ja: "クラスタが用意され、ノード時間とストレージで課金されます。",
      },
      update: {
        en: "Node counts and autoscaling change online; adding a cluster enables replication.",
        ja: "ノード数やオートスケーリングはオンラインで変更でき、クラスタを追加するとレプリケーションが有効になります。",
      },
      delete: {
        en: "Every table and row is permanently deleted (blocked while deletion_protection is PROTECTED).",
        ja: "すべてのテーブルと行が完全に削除されます（deletion_protection が PROTECTED の間は止められます）。",
      },
      replace: {
        en: "Changing a cluster's zone or the instance name creates a new, empty instance: all data is lost.",
        ja: "クラスタのゾーンやインスタンス名を変えると新しい空のインスタンスになり、データはすべて失われます。",
      },
    },
    docs: "https://cloud.google.com/bigtable/docs/instances-clusters-nodes",
    stateful: true,
  },
  {
    types: ["google_bigquery_dataset"],
    title: { en: "BigQuery dataset", ja: "BigQuery データセット" },
    service: "BigQuery",
    what: {
      en: "A container of BigQuery tables and views with a location, default table expiration and access list.",
      ja: "BigQuery のテーブルやビューを入れる入れ物で、ロケーション、テーブルの既定の有効期限、アクセスリストを持ちます。",
    },
    analogy: {
      en: "A schema (namespace) in your data warehouse, like a Postgres schema holding analytics tables.",
      ja: "データウェアハウスのスキーマ（名前空間）で、分析用テーブルを入れる Postgres のスキーマのようなものです。",
    },
    effects: {
      create: {
        en: "An empty dataset is created in the chosen location (which cannot be changed later).",
        ja: "選んだロケーションに空のデータセットが作られます（ロケーションは後から変えられません）。",
      },
      update: {
        en: "A new default_table_expiration_ms makes newly created tables expire automatically; changing the access blocks replaces the dataset's whole access list.",
        ja: "default_table_expiration_ms を設定すると、新しく作るテーブルが自動で期限切れ（削除）になります。access ブロックを変えるとデータセットのアクセスリスト全体が置き換わります。",
      },
      delete: {
        en: "Fails if the dataset has tables, unless delete_contents_on_destroy is true, in which case every table is deleted with it.",
        ja: "テーブルが残っていると失敗しますが、delete_contents_on_destroy が true ならすべてのテーブルも一緒に削除されます。",
      },
      replace: {
        en: "Changing location or dataset_id means a new, empty dataset; tables must be copied over.",
        ja: "ロケーションや dataset_id を変えると新しい空のデータセットになり、テーブルは別途コピーが必要です。",
      },
    },
    docs: "https://cloud.google.com/bigquery/docs/datasets-intro",
    stateful: true,
    related: {
      en: "Holds google_bigquery_table; access through its access blocks or google_bigquery_dataset_iam_* (do not mix them).",
      ja: "google_bigquery_table を持ちます。アクセス権は access ブロックか google_bigquery_dataset_iam_* で与えます（混在させないでください）。",
    },
  },
  {
    types: ["google_bigquery_table"],
    title: { en: "BigQuery table or view", ja: "BigQuery テーブル／ビュー" },
    service: "BigQuery",
    what: {
      en: "A table (schema, partitioning, clustering, expiration) or a view (a saved query) in a BigQuery dataset.",
      ja: "BigQuery データセット内のテーブル（スキーマ、パーティション、クラスタリング、有効期限）またはビュー（保存したクエリ）です。",
    },
    analogy: {
      en: "A table in your analytics database, defined by its migration.",
      ja: "マイグレーションで定義する、分析用 DB のテーブルです。",
    },
    effects: {
      create: {
        en: "An empty table (or a view) is created.",
        ja: "空のテーブル（またはビュー）が作られます。",
      },
      update: {
        en: "Adding nullable columns, changing descriptions or the view query apply in place.",
        ja: "NULL 可能な列の追加、説明やビューのクエリの変更はその場で反映されます。",
      },
      delete: {
        en: "The table and its data are deleted (Terraform blocks it while deletion_protection is true). BigQuery time travel can restore it only for a few days.",
        ja: "テーブルとデータが削除されます（deletion_protection が true の間は Terraform が止めます）。BigQuery のタイムトラベルで戻せるのは数日間だけです。",
      },
      replace: {
        en: "Removing or retyping a column, or changing partitioning, recreates the table: all rows are lost.",
        ja: "列の削除や型の変更、パーティション設定の変更ではテーブルが作り直され、すべての行が失われます。",
      },
    },
    docs: "https://cloud.google.com/bigquery/docs/tables-intro",
    stateful: true,
  },
  {
    types: ["google_bigquery_data_transfer_config"],
    title: { en: "BigQuery Data Transfer / scheduled query", ja: "BigQuery Data Transfer（スケジュールクエリ）" },
    service: "BigQuery",
    what: {
      en: "A recurring job that loads data into BigQuery on a schedule: a scheduled query, or an import from Cloud Storage, Amazon S3, Google Ads and other sources.",
      ja: "定期的に BigQuery へデータを取り込むジョブです。スケジュールクエリや、Cloud Storage・Amazon S3・Google 広告などからのインポートがあります。",
    },
    analogy: {
      en: "A cron job that runs an ETL script every night.",
      ja: "毎晩 ETL スクリプトを実行する cron ジョブのようなものです。",
    },
    effects: {
      create: {
        en: "The job runs on its schedule from now on, as the configured service account, and costs query or transfer fees each run.",
        ja: "以降、設定したサービスアカウントとしてスケジュールどおりに実行され、実行ごとにクエリや転送の料金がかかります。",
      },
      update: {
        en: "The next run uses the new query, schedule or destination; a query change can overwrite or append to the destination table differently.",
        ja: "次回の実行から新しいクエリ・スケジュール・宛先が使われます。クエリを変えると、宛先テーブルへの上書きや追記のされ方が変わることがあります。",
      },
      delete: {
        en: "Future runs stop; data already loaded stays.",
        ja: "今後の実行が止まります。取り込み済みのデータは残ります。",
      },
      replace: {
        en: "The old job is deleted and a new one scheduled; run history is lost and a run may be skipped or duplicated.",
        ja: "古いジョブが削除され新しいジョブが登録されます。実行履歴は失われ、実行が1回抜けたり重複したりすることがあります。",
      },
    },
    docs: "https://cloud.google.com/bigquery/docs/dts-introduction",
  },
];
