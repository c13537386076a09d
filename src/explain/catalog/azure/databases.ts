import type { CatalogEntry } from "../../types.js";

export const azureDatabaseEntries: CatalogEntry[] = [
  {
    types: ["azurerm_postgresql_server", "azurerm_postgresql_flexible_server"],
    title: { en: "Azure Database for PostgreSQL server", ja: "Azure Database for PostgreSQL サーバー" },
    service: "Azure Database for PostgreSQL",
    what: {
      en: "A managed PostgreSQL server with its SKU, storage, backups and admin login. azurerm_postgresql_server is Single Server, retired by Microsoft in 2025; azurerm_postgresql_flexible_server is its successor.",
      ja: "SKU、ストレージ、バックアップ、管理者ログインを持つマネージドな PostgreSQL サーバーです。azurerm_postgresql_server は2025年に Microsoft が提供を終了した Single Server で、後継は azurerm_postgresql_flexible_server です。",
    },
    analogy: {
      en: "The Postgres server behind your DATABASE_URL, with backups and patching done for you.",
      ja: "DATABASE_URL の先にある Postgres サーバーで、バックアップやパッチ適用はお任せです。",
    },
    effects: {
      create: {
        en: "A new, empty server is provisioned (minutes) at <name>.postgres.database.azure.com and billed per hour.",
        ja: "<name>.postgres.database.azure.com に新しい空のサーバーが用意され（数分）、時間単位で課金されます。",
      },
      update: {
        en: "Scaling compute usually restarts the server (a short outage); storage can only grow; the admin password changes at once.",
        ja: "コンピュートのスケールは通常サーバーの再起動を伴い、短時間停止します。ストレージは増やすことしかできず、管理者パスワードは即座に変わります。",
      },
      delete: {
        en: "The server, every database on it and its backups are deleted; recovery, if possible at all, needs a support request within a few days.",
        ja: "サーバーと中のすべてのデータベース、バックアップが削除されます。復旧できるとしても、数日以内のサポート依頼が必要です。",
      },
      replace: {
        en: "A new, empty server with the old one deleted: total data loss unless you restore from a dump. Version, region and network changes can cause this.",
        ja: "新しい空のサーバーが作られ、古いサーバーは削除されます。ダンプから戻さない限りデータはすべて失われます。バージョン、リージョン、ネットワークの変更で起こりえます。",
      },
    },
    docs: "https://learn.microsoft.com/en-us/azure/postgresql/flexible-server/overview",
    stateful: true,
    related: {
      en: "Server parameters are set with azurerm_postgresql_configuration (or azurerm_postgresql_flexible_server_configuration).",
      ja: "サーバーパラメーターは azurerm_postgresql_configuration（または azurerm_postgresql_flexible_server_configuration）で設定します。",
    },
  },
  {
    types: ["azurerm_postgresql_configuration", "azurerm_postgresql_flexible_server_configuration"],
    title: { en: "PostgreSQL server parameter", ja: "PostgreSQL サーバーパラメーター" },
    service: "Azure Database for PostgreSQL",
    what: {
      en: "Sets one PostgreSQL server parameter (log_connections, max_connections, timezone...) on an Azure PostgreSQL server.",
      ja: "Azure の PostgreSQL サーバーに、1つのサーバーパラメーター（log_connections、max_connections、timezone など）を設定します。",
    },
    analogy: {
      en: "One line of postgresql.conf.",
      ja: "postgresql.conf の1行に当たります。",
    },
    effects: {
      create: {
        en: "The value is set; dynamic parameters apply to new connections, static ones only after a server restart.",
        ja: "値が設定されます。動的なパラメーターは新しい接続から、静的なものはサーバー再起動後に反映されます。",
      },
      update: {
        en: "The new value applies the same way; a static parameter means planning a restart.",
        ja: "新しい値も同じように反映されます。静的パラメーターなら再起動の計画が必要です。",
      },
      delete: {
        en: "The parameter goes back to the server's default value.",
        ja: "パラメーターはサーバーの既定値に戻ります。",
      },
      replace: {
        en: "The parameter is reset and set again; the final value is what matters.",
        ja: "パラメーターがいったん既定値に戻ってから再設定されます。重要なのは最終的な値です。",
      },
    },
    docs: "https://learn.microsoft.com/en-us/azure/postgresql/flexible-server/concepts-server-parameters",
  },
  {
    types: ["azurerm_sql_server", "azurerm_mssql_server"],
    title: { en: "Azure SQL logical server", ja: "Azure SQL 論理サーバー" },
    service: "Azure SQL Database",
    what: {
      en: "The logical server that groups Azure SQL databases under one hostname (<name>.database.windows.net), admin login, firewall and Entra ID admin. azurerm_sql_server is the deprecated name of azurerm_mssql_server.",
      ja: "Azure SQL データベースを1つのホスト名（<name>.database.windows.net）、管理者ログイン、ファイアウォール、Entra ID 管理者の下にまとめる論理サーバーです。azurerm_sql_server は azurerm_mssql_server の非推奨の旧名です。",
    },
    analogy: {
      en: "The database host in your connection string, with its admin account and allow-list.",
      ja: "接続文字列のホスト部分と、その管理者アカウント・許可リストに当たります。",
    },
    effects: {
      create: {
        en: "An empty server endpoint is created; databases are added on it separately.",
        ja: "空のサーバーのエンドポイントが作られ、データベースは別途その上に作ります。",
      },
      update: {
        en: "Admin password, Entra ID admin, TLS version or public network access change immediately for every database on it.",
        ja: "管理者パスワード、Entra ID 管理者、TLS バージョン、パブリックネットワークアクセスの変更は、上のすべてのデータベースに即座に効きます。",
      },
      delete: {
        en: "Deletes every database on the server with it.",
        ja: "サーバー上のすべてのデータベースも一緒に削除されます。",
      },
      replace: {
        en: "A new server with the old one (and all its databases) deleted: total data loss unless restored elsewhere.",
        ja: "新しいサーバーが作られ、古いサーバーとすべてのデータベースは削除されます。別の場所に復元しない限りデータはすべて失われます。",
      },
    },
    docs: "https://learn.microsoft.com/en-us/azure/azure-sql/database/logical-servers",
    stateful: true,
  },
  {
    types: ["azurerm_sql_firewall_rule", "azurerm_mssql_firewall_rule"],
    title: { en: "Azure SQL server firewall rule", ja: "Azure SQL サーバーのファイアウォール規則" },
    service: "Azure SQL Database",
    what: {
      en: "Allows a range of public IP addresses to connect to an Azure SQL server. The special range 0.0.0.0–0.0.0.0 means \"allow Azure services\", which includes other customers' Azure resources.",
      ja: "Azure SQL サーバーへの接続を、パブリック IP アドレスの範囲単位で許可します。特別な範囲 0.0.0.0〜0.0.0.0 は「Azure サービスを許可」を意味し、他の顧客の Azure リソースも含みます。",
    },
    analogy: {
      en: "One line in the database's IP allow-list.",
      ja: "データベースの IP 許可リストの1行です。",
    },
    effects: {
      create: {
        en: "Clients from that range can reach the login prompt within minutes; a very wide range (or 0.0.0.0–255.255.255.255) exposes the server to the internet.",
        ja: "数分以内に、その範囲のクライアントがログイン画面まで到達できるようになります。非常に広い範囲（や 0.0.0.0〜255.255.255.255）はサーバーをインターネットに公開します。",
      },
      update: {
        en: "The allowed range changes immediately; clients outside it are refused at their next connection.",
        ja: "許可範囲は即座に変わり、範囲外のクライアントは次の接続から拒否されます。",
      },
      delete: {
        en: "Clients from that range (an office, a CI runner, an app's outbound IP) can no longer connect.",
        ja: "その範囲のクライアント（オフィス、CI ランナー、アプリの送信元 IP など）が接続できなくなります。",
      },
      replace: {
        en: "A short window in which those clients cannot connect.",
        ja: "短い間、それらのクライアントが接続できなくなります。",
      },
    },
    docs: "https://learn.microsoft.com/en-us/azure/azure-sql/database/firewall-configure",
  },
  {
    types: ["azurerm_mssql_database", "azurerm_sql_database"],
    title: { en: "Azure SQL database", ja: "Azure SQL データベース" },
    service: "Azure SQL Database",
    what: {
      en: "One SQL database on a logical server, with its own size (DTU or vCore), backups and retention.",
      ja: "論理サーバー上の1つの SQL データベースで、独自のサイズ（DTU または仮想コア）、バックアップ、保持期間を持ちます。",
    },
    analogy: {
      en: "The database name in your connection string, with its own price tier.",
      ja: "接続文字列のデータベース名に当たり、それぞれ料金ティアを持ちます。",
    },
    effects: {
      create: {
        en: "An empty database is created and billed by its tier.",
        ja: "空のデータベースが作られ、ティアに応じて課金されます。",
      },
      update: {
        en: "Scaling the tier happens online but drops connections briefly at the switch-over.",
        ja: "ティアの変更はオンラインで行われますが、切り替えの瞬間に接続が切れます。",
      },
      delete: {
        en: "The database is deleted; point-in-time restore of a deleted database is possible only within its retention period while the server exists.",
        ja: "データベースが削除されます。削除されたデータベースのポイントインタイム復元は、サーバーが存在し、保持期間内の場合に限り可能です。",
      },
      replace: {
        en: "A new, empty database: all data is lost unless restored from a backup.",
        ja: "新しい空のデータベースになり、バックアップから戻さない限りデータはすべて失われます。",
      },
    },
    docs: "https://learn.microsoft.com/en-us/azure/azure-sql/database/sql-database-paas-overview",
    stateful: true,
  },
];
