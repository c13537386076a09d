import type { Text } from "../types.js";

/** Kinds of data a resource holds, each lost in its own way. */
export type DataKind = "database" | "bucket" | "volume" | "key" | "registry" | "logs" | "secret" | "queue" | "cache" | "search" | "filesystem" | "backup" | "data";

const KIND_BY_TYPE: Readonly<Record<string, DataKind>> = {
  aws_db_instance: "database",
  aws_rds_cluster: "database",
  aws_dynamodb_table: "database",
  aws_docdb_cluster: "database",
  aws_neptune_cluster: "database",
  aws_redshift_cluster: "database",
  aws_timestreamwrite_table: "database",
  aws_s3_bucket: "bucket",
  aws_ebs_volume: "volume",
  aws_ebs_snapshot: "backup",
  aws_kms_key: "key",
  aws_ecr_repository: "registry",
  aws_cloudwatch_log_group: "logs",
  aws_secretsmanager_secret: "secret",
  aws_ssm_parameter: "secret",
  aws_sqs_queue: "queue",
  aws_kinesis_stream: "queue",
  aws_msk_cluster: "queue",
  aws_elasticache_cluster: "cache",
  aws_elasticache_replication_group: "cache",
  aws_memorydb_cluster: "cache",
  aws_elasticsearch_domain: "search",
  aws_opensearch_domain: "search",
  aws_efs_file_system: "filesystem",
  aws_fsx_lustre_file_system: "filesystem",
  aws_fsx_windows_file_system: "filesystem",
  aws_backup_vault: "backup",
  aws_glacier_vault: "backup",
  google_sql_database_instance: "database",
  google_sql_database: "database",
  google_spanner_instance: "database",
  google_spanner_database: "database",
  google_bigtable_instance: "database",
  google_bigtable_table: "database",
  google_firestore_database: "database",
  google_bigquery_dataset: "database",
  google_bigquery_table: "database",
  google_storage_bucket: "bucket",
  google_compute_disk: "volume",
  google_kms_crypto_key: "key",
  google_kms_key_ring: "key",
  google_secret_manager_secret: "secret",
  google_redis_instance: "cache",
  google_filestore_instance: "filesystem",
  google_artifact_registry_repository: "registry",
  azurerm_storage_account: "bucket",
  azurerm_storage_container: "bucket",
  azurerm_storage_blob: "bucket",
  azurerm_storage_share: "filesystem",
  azurerm_managed_disk: "volume",
  azurerm_key_vault: "secret",
  azurerm_key_vault_key: "key",
  azurerm_key_vault_secret: "secret",
  azurerm_mssql_server: "database",
  azurerm_mssql_database: "database",
  azurerm_sql_database: "database",
  azurerm_postgresql_server: "database",
  azurerm_postgresql_flexible_server: "database",
  azurerm_postgresql_database: "database",
  azurerm_mysql_server: "database",
  azurerm_mysql_flexible_server: "database",
  azurerm_cosmosdb_account: "database",
  azurerm_redis_cache: "cache",
  azurerm_log_analytics_workspace: "logs",
  azurerm_container_registry: "registry",
  kubernetes_persistent_volume: "volume",
  kubernetes_persistent_volume_claim: "volume",
};

/** The data kind of a type this module knows, or undefined. The catalog's `stateful` adds more. */
export function dataKindOf(type: string): DataKind | undefined {
  return KIND_BY_TYPE[type];
}

export interface DataKindWords {
  word: Text;
  why: Text;
}

export const DATA_KIND_WORDS: Readonly<Record<DataKind, DataKindWords>> = {
  database: {
    word: { en: "database", ja: "データベース" },
    why: {
      en: "The rows live only in this database. Unless a final snapshot or a backup exists and you have practised restoring it, the data is gone for good.",
      ja: "データはこのデータベースの中にしかありません。最終スナップショットやバックアップがあり、復元手順を確認済みでない限り、データは永久に失われます。",
    },
  },
  bucket: {
    word: { en: "storage bucket", ja: "ストレージバケット" },
    why: {
      en: "Every file stored in it is deleted with it, and deleted objects cannot be brought back unless they were copied elsewhere.",
      ja: "中に保存されたファイルはすべて一緒に削除され、別の場所にコピーしていない限り元に戻せません。",
    },
  },
  volume: {
    word: { en: "disk", ja: "ディスク" },
    why: { en: "Everything written to the disk is lost unless a snapshot was taken first.", ja: "スナップショットを先に取っていない限り、ディスクに書かれた内容はすべて失われます。" },
  },
  key: {
    word: { en: "encryption key", ja: "暗号鍵" },
    why: {
      en: "Anything encrypted with this key becomes unreadable once the key is gone. Clouds usually keep a deleted key for a waiting period in which the deletion can still be cancelled.",
      ja: "この鍵で暗号化されたものは、鍵がなくなると読めなくなります。多くのクラウドでは削除後に猶予期間があり、その間なら削除を取り消せます。",
    },
  },
  registry: {
    word: { en: "image repository", ja: "イメージリポジトリ" },
    why: { en: "The container images in it are deleted, and deployments that pull them start failing.", ja: "中のコンテナイメージが削除され、それを取得するデプロイが失敗するようになります。" },
  },
  logs: {
    word: { en: "log store", ja: "ログの保存先" },
    why: { en: "The stored logs are deleted: the history you need for debugging and audits is lost.", ja: "保存済みのログが削除され、調査や監査に必要な履歴が失われます。" },
  },
  secret: {
    word: { en: "secret store", ja: "シークレットの保存先" },
    why: { en: "The secret values are deleted, and applications that read them at start-up fail.", ja: "シークレットの値が削除され、起動時にそれを読むアプリケーションが失敗します。" },
  },
  queue: {
    word: { en: "queue or stream", ja: "キューまたはストリーム" },
    why: { en: "Messages waiting in it are lost, and producers and consumers using it start failing.", ja: "中で待っているメッセージは失われ、送信側・受信側の処理が失敗するようになります。" },
  },
  cache: {
    word: { en: "cache", ja: "キャッシュ" },
    why: { en: "The cached data is lost; the application may be slow or overload its database while the cache refills.", ja: "キャッシュの内容が失われ、再びたまるまでアプリが遅くなったりデータベースに負荷が集中したりします。" },
  },
  search: {
    word: { en: "search cluster", ja: "検索クラスター" },
    why: { en: "The indexed documents are deleted and must be re-indexed from their source.", ja: "インデックス済みのドキュメントが削除され、元データから再投入が必要になります。" },
  },
  filesystem: {
    word: { en: "file system", ja: "ファイルシステム" },
    why: { en: "The files stored on it are deleted unless a backup exists.", ja: "バックアップがない限り、保存されたファイルは削除されます。" },
  },
  backup: {
    word: { en: "backup store", ja: "バックアップの保存先" },
    why: { en: "The backups themselves are deleted, and with them the ability to restore from them.", ja: "バックアップそのものが削除され、そこから復元する手段がなくなります。" },
  },
  data: {
    word: { en: "resource that holds data", ja: "データを保持するリソース" },
    why: { en: "It holds data that is deleted along with it and cannot be recovered from Terraform.", ja: "一緒に削除されるデータを保持しており、Terraform から復元することはできません。" },
  },
};
