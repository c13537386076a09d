import type { CatalogEntry } from "../../types.js";

export const googleSecurityEntries: CatalogEntry[] = [
  {
    types: ["google_kms_key_ring"],
    title: { en: "Cloud KMS key ring", ja: "Cloud KMS キーリング" },
    service: "Cloud KMS",
    what: {
      en: "A named group of encryption keys in one location; it only organises keys and their permissions. Google Cloud never deletes key rings.",
      ja: "1つのロケーションにある暗号鍵の名前付きグループで、鍵とその権限を整理するためだけのものです。Google Cloud ではキーリングは削除できません。",
    },
    analogy: {
      en: "A folder in a password manager: it holds the keys, and sharing the folder shares every key in it.",
      ja: "パスワードマネージャーのフォルダのようなものです。鍵を入れておき、フォルダを共有すると中の鍵すべてを共有することになります。",
    },
    effects: {
      create: {
        en: "A key ring is created; its name and location are permanent, and it is free.",
        ja: "キーリングが作られます。名前とロケーションは永久に残り、料金はかかりません。",
      },
      delete: {
        en: "Nothing is deleted in Google Cloud: Terraform only forgets it. Creating one with the same name later fails because it still exists.",
        ja: "Google Cloud 上では何も削除されず、Terraform が管理から外すだけです。同じ名前で作り直そうとすると、まだ存在するため失敗します。",
      },
      replace: {
        en: "A new key ring is created and the old one stays forever; keys do not move, so anything using the old keys keeps pointing at them.",
        ja: "新しいキーリングが作られ、古いものは残り続けます。鍵は移動しないため、古い鍵を使っているものは古い鍵を指したままです。",
      },
    },
    docs: "https://cloud.google.com/kms/docs/resource-hierarchy",
    related: {
      en: "Holds google_kms_crypto_key; permissions granted on the ring apply to every key in it.",
      ja: "google_kms_crypto_key を持ちます。キーリングに付与した権限は中のすべての鍵に効きます。",
    },
  },
  {
    types: ["google_kms_crypto_key"],
    title: { en: "Cloud KMS crypto key", ja: "Cloud KMS 暗号鍵" },
    service: "Cloud KMS",
    what: {
      en: "An encryption key (with versions and optional automatic rotation) used to encrypt data directly or to protect services such as Cloud SQL, Storage and GKE secrets (CMEK).",
      ja: "バージョンと任意の自動ローテーションを持つ暗号鍵です。データを直接暗号化したり、Cloud SQL・Storage・GKE のシークレットなどを保護したり（CMEK）するのに使います。",
    },
    analogy: {
      en: "The master key your app's encryption library uses: lose it and every value encrypted with it is unreadable forever.",
      ja: "アプリの暗号化ライブラリが使うマスターキーのようなものです。失うと、それで暗号化した値は二度と読めなくなります。",
    },
    effects: {
      create: {
        en: "A key and its first version are created; rotation_period, if set, adds a new primary version on schedule.",
        ja: "鍵と最初のバージョンが作られます。rotation_period を設定すると、定期的に新しいプライマリバージョンが追加されます。",
      },
      update: {
        en: "Rotation or labels change; old versions keep decrypting old data, new data uses the primary version.",
        ja: "ローテーションやラベルが変わります。古いバージョンは古いデータを復号し続け、新しいデータはプライマリバージョンで暗号化されます。",
      },
      delete: {
        en: "The key itself cannot be deleted, but Terraform schedules every key version for destruction: after the waiting period, data encrypted with this key is permanently unreadable.",
        ja: "鍵自体は削除できませんが、Terraform はすべての鍵バージョンの破棄を予約します。待機期間が過ぎると、この鍵で暗号化したデータは永久に読めなくなります。",
      },
      replace: {
        en: "A new key is created and the old key's versions are scheduled for destruction: re-encrypt data and re-point services before the waiting period ends.",
        ja: "新しい鍵が作られ、古い鍵のバージョンは破棄が予約されます。待機期間が終わる前に、データの再暗号化とサービスの付け替えが必要です。",
      },
    },
    docs: "https://cloud.google.com/kms/docs/key-management-service",
    stateful: true,
  },
  {
    types: ["google_secret_manager_secret"],
    title: { en: "Secret Manager secret", ja: "Secret Manager のシークレット" },
    service: "Secret Manager",
    what: {
      en: "A named secret (API key, password) with replication settings; the actual values are its versions.",
      ja: "API キーやパスワードを入れる名前付きのシークレットで、レプリケーション設定を持ちます。実際の値はバージョンとして保存されます。",
    },
    analogy: {
      en: "One entry in your .env file moved to a managed, audited vault.",
      ja: ".env ファイルの1項目を、監査付きのマネージドな金庫に移したようなものです。",
    },
    effects: {
      create: {
        en: "An empty secret is created; apps can read it only once a version is added and they hold roles/secretmanager.secretAccessor.",
        ja: "空のシークレットが作られます。バージョンが追加され、アプリが roles/secretmanager.secretAccessor を持って初めて読めます。",
      },
      update: {
        en: "Labels, rotation or expiry settings change; the stored values are untouched.",
        ja: "ラベル、ローテーション、有効期限の設定が変わり、保存されている値はそのままです。",
      },
      delete: {
        en: "The secret and all its versions are deleted immediately, with no recovery: apps reading it fail at their next start.",
        ja: "シークレットとすべてのバージョンが即座に削除され、復元できません。読んでいるアプリは次の起動時に失敗します。",
      },
      replace: {
        en: "Changing replication recreates the secret empty: every version is lost unless Terraform or your pipeline writes it again.",
        ja: "レプリケーションを変えるとシークレットが空で作り直され、Terraform やパイプラインで書き直さない限りすべてのバージョンが失われます。",
      },
    },
    docs: "https://cloud.google.com/secret-manager/docs/overview",
    stateful: true,
    related: {
      en: "Values are added with google_secret_manager_secret_version; read access with google_secret_manager_secret_iam_*.",
      ja: "値は google_secret_manager_secret_version で追加し、読み取り権限は google_secret_manager_secret_iam_* で与えます。",
    },
  },
  {
    types: ["google_secret_manager_secret_version"],
    title: { en: "Secret Manager secret version", ja: "Secret Manager のシークレットバージョン" },
    service: "Secret Manager",
    what: {
      en: "One value of a secret; when Terraform sets it, the plaintext value is also stored in Terraform state.",
      ja: "シークレットの1つの値です。Terraform で設定すると、平文の値が Terraform の state にも保存されます。",
    },
    analogy: {
      en: "A new value for an environment variable, with the old ones kept in history.",
      ja: "環境変数の新しい値で、古い値は履歴として残ります。",
    },
    effects: {
      create: {
        en: "A new version becomes \"latest\": apps reading latest pick it up on their next read or restart.",
        ja: "新しいバージョンが latest になり、latest を読むアプリは次回の読み込みや再起動で新しい値を使います。",
      },
      update: {
        en: "Only enabled/disabled changes in place; disabling it makes reads of this version fail.",
        ja: "その場で変わるのは有効/無効だけで、無効にするとこのバージョンの読み取りが失敗します。",
      },
      delete: {
        en: "This value is destroyed; apps pinned to this version number fail.",
        ja: "この値は破棄され、このバージョン番号を固定で読んでいるアプリは失敗します。",
      },
      replace: {
        en: "A new value is written and the old version destroyed: a rotation that all readers must pick up.",
        ja: "新しい値が書かれ、古いバージョンは破棄されます。読む側すべてが追従する必要のあるローテーションです。",
      },
    },
    docs: "https://cloud.google.com/secret-manager/docs/add-secret-version",
    stateful: true,
  },
];
