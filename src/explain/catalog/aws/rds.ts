import type { CatalogEntry } from "../../types.js";

// RDS and Aurora: where the application's data lives. A replacement here is the single most
// expensive mistake a plan can contain, so effects are explicit about snapshots and downtime.

export const rdsEntries: CatalogEntry[] = [
  {
    types: ["aws_db_instance"],
    title: { en: "RDS database instance", ja: "RDS データベースインスタンス" },
    service: "RDS",
    what: {
      en: "A managed database server (PostgreSQL, MySQL, MariaDB, Oracle, SQL Server) with its storage, backups, patching and optional standby in another availability zone.",
      ja: "マネージドなデータベースサーバー（PostgreSQL、MySQL、MariaDB、Oracle、SQL Server）で、ストレージ、バックアップ、パッチ適用、別のアベイラビリティーゾーンのスタンバイ（任意）を備えます。",
    },
    analogy: {
      en: "Like the Postgres container in your docker-compose.yml, except AWS runs it, backs it up and patches it, and its volume is your production data.",
      ja: "docker-compose.yml の Postgres コンテナのようなものですが、運用・バックアップ・パッチ適用は AWS が行い、ボリュームの中身は本番データです。",
    },
    effects: {
      create: {
        en: "A new, empty database server starts (it takes several minutes) and is billed per hour plus storage.",
        ja: "新しい空のデータベースサーバーが起動します（数分かかります）。時間単位とストレージ容量で課金されます。",
      },
      update: {
        en: "Some changes restart or fail over the database: instance class, storage type, some engine upgrades and static parameters. Without apply_immediately they wait for the maintenance window. Check for downtime before applying.",
        ja: "インスタンスクラス、ストレージタイプ、一部のエンジンアップグレード、静的パラメータなど、再起動やフェイルオーバーを伴う変更があります。apply_immediately が無ければメンテナンスウィンドウまで待ちます。apply の前に停止時間を確認してください。",
      },
      delete: {
        en: "The database and its automated backups are deleted. Only a final snapshot (if skip_final_snapshot is false) keeps the data; deletion_protection blocks this on purpose.",
        ja: "データベースと自動バックアップが削除されます。データが残るのは最終スナップショット（skip_final_snapshot が false の場合）だけです。deletion_protection はこれを意図的に防ぐ設定です。",
      },
      replace: {
        en: "Caused by changes such as the identifier, engine, username, database name, encryption or availability zone: the database is DESTROYED and a new EMPTY one is created. Without a snapshot and restore, all data is lost. Stop and rethink.",
        ja: "識別子、エンジン、ユーザー名、データベース名、暗号化、アベイラビリティーゾーンなどの変更が原因です。データベースが削除され、空の新しいデータベースが作られます。スナップショットからの復元をしなければ、データはすべて失われます。いったん手を止めて見直してください。",
      },
    },
    docs: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.DBInstance.html",
    stateful: true,
    related: {
      en: "Placed in subnets by an aws_db_subnet_group, protected by an aws_security_group (allow the DB port only from the app's group), configured by an aws_db_parameter_group. The password often comes from aws_secretsmanager_secret; never put it in plain variables.",
      ja: "aws_db_subnet_group でサブネットに配置し、aws_security_group で守り（DB のポートはアプリのグループからだけ許可）、aws_db_parameter_group で設定します。パスワードは aws_secretsmanager_secret から取ることが多く、平文の変数に書かないでください。",
    },
  },
  {
    types: ["aws_rds_cluster"],
    title: { en: "Aurora / RDS DB cluster", ja: "Aurora / RDS DB クラスター" },
    service: "RDS",
    what: {
      en: "A database cluster (Aurora MySQL/PostgreSQL, or a Multi-AZ DB cluster) whose storage is shared by a writer and reader instances.",
      ja: "ライターとリーダーのインスタンスがストレージを共有するデータベースクラスター（Aurora MySQL/PostgreSQL、またはマルチ AZ DB クラスター）です。",
    },
    analogy: {
      en: "Like a primary database with read replicas, where the data lives in one shared, replicated volume instead of in each server.",
      ja: "リードレプリカ付きのプライマリデータベースのようなものですが、データは各サーバーではなく、共有され複製された 1 つのボリュームに置かれます。",
    },
    effects: {
      create: {
        en: "An empty cluster is created; it serves queries once instances are added (Aurora) and is billed for storage and I/O.",
        ja: "空のクラスターが作成されます。（Aurora では）インスタンスを追加すると応答できるようになり、ストレージと I/O に課金されます。",
      },
      update: {
        en: "Engine upgrades, parameter group or backup changes; some cause restarts, and without apply_immediately they wait for the maintenance window.",
        ja: "エンジンのアップグレード、パラメータグループ、バックアップ設定の変更などで、再起動を伴うものもあります。apply_immediately が無ければメンテナンスウィンドウまで待ちます。",
      },
      delete: {
        en: "All data in the cluster is deleted; only a final snapshot (if not skipped) keeps it.",
        ja: "クラスター内のデータがすべて削除されます。データが残るのは最終スナップショット（スキップしていない場合）だけです。",
      },
      replace: {
        en: "Caused by identifier, engine, encryption or similar changes: the cluster and its data are DESTROYED and a new empty one is created. Data is lost unless restored from a snapshot.",
        ja: "識別子、エンジン、暗号化などの変更が原因です。クラスターとデータが削除され、空の新しいクラスターが作られます。スナップショットから復元しない限りデータは失われます。",
      },
    },
    docs: "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Overview.html",
    stateful: true,
    related: {
      en: "Instances are aws_rds_cluster_instance; cluster-wide settings come from aws_rds_cluster_parameter_group; placement from an aws_db_subnet_group.",
      ja: "インスタンスは aws_rds_cluster_instance、クラスター全体の設定は aws_rds_cluster_parameter_group、配置は aws_db_subnet_group で決まります。",
    },
  },
  {
    types: ["aws_rds_cluster_instance"],
    title: { en: "Aurora cluster instance", ja: "Aurora クラスターインスタンス" },
    service: "RDS",
    what: {
      en: "One database server (writer or reader) in an Aurora cluster; the data itself lives in the cluster's shared storage.",
      ja: "Aurora クラスター内のデータベースサーバー 1 台（ライターまたはリーダー）です。データ自体はクラスターの共有ストレージにあります。",
    },
    analogy: {
      en: "Like one app server process attached to a shared database volume: you can add or remove them without losing data.",
      ja: "共有データベースボリュームにつながるサーバープロセス 1 つのようなものです。データを失わずに追加・削除できます。",
    },
    effects: {
      create: {
        en: "Adds read capacity (or the writer, for the first instance); billed per hour.",
        ja: "読み取り能力が増えます（最初のインスタンスならライターになります）。時間単位で課金されます。",
      },
      update: {
        en: "An instance class change restarts that instance; changing the writer triggers a failover of a few seconds to a minute or so.",
        ja: "インスタンスクラスの変更でそのインスタンスが再起動します。ライターの変更は数秒から 1 分程度のフェイルオーバーを伴います。",
      },
      delete: {
        en: "Capacity drops; deleting the writer makes Aurora promote a reader (brief write outage). Deleting the last instance leaves the cluster unreachable.",
        ja: "処理能力が下がります。ライターを削除するとリーダーが昇格し、短時間書き込みができなくなります。最後のインスタンスを削除するとクラスターに接続できなくなります。",
      },
      replace: {
        en: "The instance is recreated; connections to it drop and, if it was the writer, a failover happens. Data in cluster storage is kept.",
        ja: "インスタンスが作り直され、そこへの接続は切れます。ライターだった場合はフェイルオーバーが起こります。クラスターストレージのデータは残ります。",
      },
    },
    docs: "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Overview.html",
  },
  {
    types: ["aws_db_subnet_group"],
    title: { en: "DB subnet group", ja: "DB サブネットグループ" },
    service: "RDS",
    what: {
      en: "The list of subnets (in at least two availability zones) in which RDS may place a database.",
      ja: "RDS がデータベースを配置してよいサブネットの一覧（少なくとも 2 つのアベイラビリティーゾーン）です。",
    },
    analogy: {
      en: "Like telling a scheduler which rooms a meeting may be booked in.",
      ja: "スケジューラーに、会議を予約してよい部屋を伝えておくようなものです。",
    },
    effects: {
      create: {
        en: "Nothing moves until a database uses it.",
        ja: "データベースが使うまで、何も変わりません。",
      },
      update: {
        en: "Adding subnets is safe; removing a subnet that currently hosts a database fails.",
        ja: "サブネットの追加は安全ですが、現在データベースが置かれているサブネットの削除は失敗します。",
      },
      delete: {
        en: "Fails while a database uses it.",
        ja: "データベースが使用中の間は失敗します。",
      },
      replace: {
        en: "Caused by a name change; databases using it must move to the new group, which for RDS can mean a REPLACEMENT of the database itself. Check the database in the same plan.",
        ja: "名前の変更が原因です。使用中のデータベースを新しいグループに移す必要があり、RDS ではデータベース自体の置き換えになることがあります。同じプラン内のデータベースを確認してください。",
      },
    },
    docs: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html",
  },
  {
    types: ["aws_db_parameter_group"],
    title: { en: "DB parameter group", ja: "DB パラメータグループ" },
    service: "RDS",
    what: {
      en: "Database engine settings (the postgresql.conf or my.cnf of an RDS instance) for one engine family.",
      ja: "1 つのエンジンファミリー向けのデータベースエンジンの設定（RDS インスタンスにとっての postgresql.conf や my.cnf）です。",
    },
    analogy: {
      en: "Like postgresql.conf, but managed by AWS and shared by every database that uses the group.",
      ja: "postgresql.conf のようなものですが、AWS が管理し、このグループを使うすべてのデータベースで共有されます。",
    },
    effects: {
      create: {
        en: "Nothing changes until a database uses it; switching a database to it requires a reboot.",
        ja: "データベースが使うまで何も変わりません。データベースをこのグループに切り替えると再起動が必要です。",
      },
      update: {
        en: "Dynamic parameters apply within minutes to every database using the group; static ones wait until each database reboots ('pending-reboot').",
        ja: "動的パラメータは、このグループを使うすべてのデータベースに数分で反映されます。静的パラメータは各データベースを再起動するまで反映されません（pending-reboot）。",
      },
      delete: {
        en: "Fails while a database uses it.",
        ja: "データベースが使用中の間は失敗します。",
      },
      replace: {
        en: "Caused by a name or family change (for example during a major version upgrade): databases switch to the new group and need a reboot.",
        ja: "名前やファミリーの変更（メジャーバージョンアップ時など）が原因です。データベースは新しいグループに切り替わり、再起動が必要になります。",
      },
    },
    docs: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithParamGroups.html",
  },
  {
    types: ["aws_rds_cluster_parameter_group"],
    title: { en: "DB cluster parameter group", ja: "DB クラスターパラメータグループ" },
    service: "RDS",
    what: {
      en: "Engine settings that apply to a whole Aurora or Multi-AZ DB cluster.",
      ja: "Aurora やマルチ AZ DB クラスター全体に適用されるエンジン設定です。",
    },
    analogy: {
      en: "Like a shared config file read by every server of the cluster.",
      ja: "クラスターのすべてのサーバーが読む共有設定ファイルのようなものです。",
    },
    effects: {
      create: {
        en: "Nothing changes until a cluster uses it.",
        ja: "クラスターが使うまで何も変わりません。",
      },
      update: {
        en: "Dynamic parameters apply quickly; static ones need the cluster's instances to reboot.",
        ja: "動的パラメータはすぐに反映され、静的パラメータはクラスターのインスタンスの再起動が必要です。",
      },
      delete: {
        en: "Fails while a cluster uses it.",
        ja: "クラスターが使用中の間は失敗します。",
      },
      replace: {
        en: "The cluster switches to the new group; static parameters need a reboot.",
        ja: "クラスターが新しいグループに切り替わり、静的パラメータには再起動が必要です。",
      },
    },
    docs: "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_WorkingWithParamGroups.html",
  },
  {
    types: ["aws_db_option_group"],
    title: { en: "DB option group", ja: "DB オプショングループ" },
    service: "RDS",
    what: {
      en: "Extra engine features for MySQL, MariaDB, Oracle or SQL Server instances, such as audit plugins, native backup or time-zone options.",
      ja: "MySQL、MariaDB、Oracle、SQL Server のインスタンスに追加するエンジン機能（監査プラグイン、ネイティブバックアップ、タイムゾーンなど）です。",
    },
    analogy: {
      en: "Like the list of extensions or plugins enabled on a database server.",
      ja: "データベースサーバーで有効にする拡張機能やプラグインの一覧のようなものです。",
    },
    effects: {
      create: {
        en: "Nothing changes until a database uses it.",
        ja: "データベースが使うまで何も変わりません。",
      },
      update: {
        en: "Adding or removing options can restart the databases using it; some options are permanent and cannot be removed.",
        ja: "オプションの追加・削除で、使用中のデータベースが再起動することがあります。一部のオプションは永続的で削除できません。",
      },
      delete: {
        en: "Fails while a database uses it.",
        ja: "データベースが使用中の間は失敗します。",
      },
      replace: {
        en: "Databases must switch to the new group, which may restart them.",
        ja: "データベースを新しいグループに切り替える必要があり、再起動することがあります。",
      },
    },
    docs: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithOptionGroups.html",
  },
  {
    types: ["aws_db_snapshot"],
    title: { en: "RDS manual snapshot", ja: "RDS 手動スナップショット" },
    service: "RDS",
    what: {
      en: "A point-in-time backup of an RDS instance that is kept until deleted, independent of the instance's automated backups.",
      ja: "RDS インスタンスのある時点のバックアップで、インスタンスの自動バックアップとは別に、削除するまで保持されます。",
    },
    analogy: {
      en: "Like a pg_dump file you keep on the side before a risky migration.",
      ja: "危険なマイグレーションの前に取っておく pg_dump のファイルのようなものです。",
    },
    effects: {
      create: {
        en: "A backup is taken now (storage is billed); I/O may be briefly affected on single-AZ instances.",
        ja: "今この時点のバックアップが取られます（ストレージは課金されます）。シングル AZ のインスタンスでは I/O に一時的な影響が出ることがあります。",
      },
      delete: {
        en: "The backup is gone for good: you can no longer restore to that point in time.",
        ja: "バックアップが完全に削除され、その時点には復元できなくなります。",
      },
      replace: {
        en: "The old snapshot is deleted and a new one taken of the CURRENT data; the old point in time is lost.",
        ja: "古いスナップショットが削除され、現在のデータで新しく取り直されます。古い時点のデータは失われます。",
      },
    },
    docs: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_CreateSnapshot.html",
    stateful: true,
  },
];
