import type { CatalogEntry } from "../../types.js";

export const azureStorageEntries: CatalogEntry[] = [
  {
    types: ["azurerm_storage_account"],
    title: { en: "Storage account", ja: "ストレージアカウント" },
    service: "Azure Storage",
    what: {
      en: "The top-level Azure Storage resource holding blob containers, file shares, queues and tables, with one globally unique name, a replication level and network/access settings.",
      ja: "BLOB コンテナ、ファイル共有、キュー、テーブルを持つ Azure Storage の最上位リソースで、グローバルに一意な名前、レプリケーションのレベル、ネットワーク/アクセス設定を持ちます。",
    },
    analogy: {
      en: "A whole storage service for your app (files, queues, key-value tables) behind one hostname and one set of keys.",
      ja: "1つのホスト名と1組のキーの裏にある、アプリ用のストレージサービス一式（ファイル、キュー、キーバリューのテーブル）のようなものです。",
    },
    effects: {
      create: {
        en: "A new account is created at <name>.blob.core.windows.net; check public network access, allow_nested_items_to_be_public and minimum TLS version.",
        ja: "<name>.blob.core.windows.net に新しいアカウントが作られます。パブリックネットワークアクセス、allow_nested_items_to_be_public、TLS の最低バージョンを確認しましょう。",
      },
      update: {
        en: "Network rules, TLS version or key access apply immediately: clients outside allowed networks or using shared keys can start getting 403s.",
        ja: "ネットワークルール、TLS バージョン、キーによるアクセスの変更は即座に反映され、許可外のネットワークや共有キーを使うクライアントが 403 になり始めることがあります。",
      },
      delete: {
        en: "Every blob, file share, queue message and table in the account is deleted. A deleted account can sometimes be recovered within 14 days if the name is still free; do not count on it.",
        ja: "アカウント内のすべての BLOB、ファイル共有、キューのメッセージ、テーブルが削除されます。名前が空いていれば14日以内に復元できる場合もありますが、当てにしないでください。",
      },
      replace: {
        en: "Renaming, changing account kind or location creates a new, empty account and deletes the old one with all its data; connection strings change too.",
        ja: "名前、アカウントの種類、リージョンを変えると新しい空のアカウントが作られ、古いアカウントはデータごと削除されます。接続文字列も変わります。",
      },
    },
    docs: "https://learn.microsoft.com/en-us/azure/storage/common/storage-account-overview",
    stateful: true,
    related: {
      en: "Holds azurerm_storage_container (blobs); private access via azurerm_private_endpoint.",
      ja: "azurerm_storage_container（BLOB）を持ち、azurerm_private_endpoint でプライベートにアクセスできます。",
    },
  },
  {
    types: ["azurerm_storage_container"],
    title: { en: "Blob container", ja: "BLOB コンテナ" },
    service: "Azure Storage",
    what: {
      en: "A folder-like container of blobs (files) inside a storage account, with an access level: private, blob (public read of files) or container (public listing too).",
      ja: "ストレージアカウント内で BLOB（ファイル）を入れるフォルダのような入れ物で、アクセスレベル（private、blob＝ファイルの公開読み取り、container＝一覧も公開）を持ちます。",
    },
    analogy: {
      en: "An S3 bucket, or the uploads folder of your app.",
      ja: "S3 バケットや、アプリのアップロード用フォルダのようなものです。",
    },
    effects: {
      create: {
        en: "An empty container is created. Access type blob or container makes files readable by anyone on the internet.",
        ja: "空のコンテナが作られます。アクセス種別が blob や container だと、インターネット上の誰でもファイルを読めます。",
      },
      update: {
        en: "Changing the access level makes existing files public or private at once.",
        ja: "アクセスレベルを変えると、既存のファイルが即座に公開または非公開になります。",
      },
      delete: {
        en: "Every blob in the container is deleted (recoverable only if container soft delete is enabled on the account).",
        ja: "コンテナ内のすべての BLOB が削除されます（アカウントでコンテナの論理削除が有効な場合のみ復元できます）。",
      },
      replace: {
        en: "A new, empty container replaces the old one and its files are deleted.",
        ja: "新しい空のコンテナに置き換わり、古いコンテナのファイルは削除されます。",
      },
    },
    docs: "https://learn.microsoft.com/en-us/azure/storage/blobs/storage-blobs-introduction",
    stateful: true,
  },
];
