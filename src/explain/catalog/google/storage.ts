import type { CatalogEntry } from "../../types.js";

export const googleStorageEntries: CatalogEntry[] = [
  {
    types: ["google_storage_bucket"],
    title: { en: "Cloud Storage bucket", ja: "Cloud Storage バケット" },
    service: "Cloud Storage",
    what: {
      en: "A named container for files (objects) in Cloud Storage, with a location, storage class, access settings, versioning and lifecycle rules.",
      ja: "Cloud Storage のファイル（オブジェクト）を入れる名前付きの入れ物です。ロケーション、ストレージクラス、アクセス設定、バージョニング、ライフサイクルルールを持ちます。",
    },
    analogy: {
      en: "The uploads folder of your app moved to the cloud, like an S3 bucket: user avatars, exports, static assets.",
      ja: "アプリのアップロード用フォルダをクラウドに置いたもので、S3 バケットと同じです。ユーザーのアバター、エクスポートファイル、静的アセットなどを置きます。",
    },
    effects: {
      create: {
        en: "A new bucket is created; its name is global across all of Google Cloud. Check public_access_prevention and uniform_bucket_level_access.",
        ja: "新しいバケットが作られます。名前は Google Cloud 全体で一意です。public_access_prevention と uniform_bucket_level_access を確認しましょう。",
      },
      update: {
        en: "Settings apply to existing objects: a new lifecycle rule can delete or move old files on its next run, and turning versioning off stops keeping overwritten versions.",
        ja: "設定は既存のオブジェクトにも効きます。新しいライフサイクルルールは次回の実行で古いファイルを削除・移動することがあり、バージョニングを無効にすると上書き前のバージョンが残らなくなります。",
      },
      delete: {
        en: "Fails if the bucket still has objects, unless force_destroy is true, in which case every file is deleted permanently. The name may then be taken by someone else.",
        ja: "オブジェクトが残っていると失敗しますが、force_destroy が true ならすべてのファイルが完全に削除されます。その後、同じ名前を他人に取られる可能性もあります。",
      },
      replace: {
        en: "Changing the name or location means a new, empty bucket and deleting the old one with its files; the data must be copied over separately.",
        ja: "名前やロケーションを変えると、新しい空のバケットが作られ、古いバケットはファイルごと削除されます。データは別途コピーする必要があります。",
      },
    },
    docs: "https://cloud.google.com/storage/docs/buckets",
    stateful: true,
    related: {
      en: "Access is granted with google_storage_bucket_iam_member/_binding/_policy; files can be managed with google_storage_bucket_object.",
      ja: "アクセス権は google_storage_bucket_iam_member/_binding/_policy で与え、ファイルは google_storage_bucket_object で管理できます。",
    },
  },
  {
    types: ["google_storage_bucket_object"],
    title: { en: "Cloud Storage object", ja: "Cloud Storage オブジェクト" },
    service: "Cloud Storage",
    what: {
      en: "One file in a bucket, uploaded by Terraform from a local path or inline content (often a function's zip or a config file).",
      ja: "バケット内の1つのファイルで、Terraform がローカルのパスやインラインの内容からアップロードします（関数の zip や設定ファイルが多いです）。",
    },
    analogy: {
      en: "A file your deploy script uploads as part of the release.",
      ja: "デプロイスクリプトがリリースの一部としてアップロードするファイルのようなものです。",
    },
    effects: {
      create: {
        en: "The file is uploaded; anything that reads this path sees it at once.",
        ja: "ファイルがアップロードされ、このパスを読むものからすぐに見えるようになります。",
      },
      update: {
        en: "Metadata such as content type or cache control changes in place.",
        ja: "content type や cache control などのメタデータがその場で変わります。",
      },
      delete: {
        en: "The file is deleted (kept as a noncurrent version only if the bucket has versioning).",
        ja: "ファイルが削除されます（バケットでバージョニングが有効な場合のみ、旧バージョンとして残ります）。",
      },
      replace: {
        en: "New content is uploaded over the same name; readers see the new file right away.",
        ja: "同じ名前で新しい内容がアップロードされ、読む側にはすぐ新しいファイルが見えます。",
      },
    },
    docs: "https://cloud.google.com/storage/docs/objects",
  },
  {
    types: ["google_filestore_instance"],
    title: { en: "Filestore instance (managed NFS)", ja: "Filestore インスタンス（マネージド NFS）" },
    service: "Filestore",
    what: {
      en: "A managed NFS file server with a fixed capacity that VMs and GKE pods mount as a shared filesystem.",
      ja: "容量を決めて使うマネージドな NFS ファイルサーバーで、VM や GKE の Pod が共有ファイルシステムとしてマウントします。",
    },
    analogy: {
      en: "A shared network drive in the office that several machines read and write at the same time.",
      ja: "複数のマシンが同時に読み書きする、オフィスの共有ネットワークドライブのようなものです。",
    },
    effects: {
      create: {
        en: "A file server with the requested capacity is provisioned (billed for the full capacity, used or not).",
        ja: "指定した容量のファイルサーバーが用意されます（使用量に関係なく容量全体が課金されます）。",
      },
      update: {
        en: "Capacity can usually grow in place; clients keep their mounts.",
        ja: "容量は通常その場で拡張でき、クライアントのマウントはそのまま維持されます。",
      },
      delete: {
        en: "Every file on the share is permanently deleted and clients' mounts break.",
        ja: "共有上のファイルはすべて完全に削除され、クライアントのマウントが壊れます。",
      },
      replace: {
        en: "A new, empty file server with a new IP: data is lost unless backed up, and every client must remount.",
        ja: "新しい IP を持つ空のファイルサーバーになります。バックアップがなければデータは失われ、全クライアントでマウントし直しが必要です。",
      },
    },
    docs: "https://cloud.google.com/filestore/docs/overview",
    stateful: true,
  },
];
