import type { CatalogEntry } from "../../types.js";

export const azureKeyVaultEntries: CatalogEntry[] = [
  {
    types: ["azurerm_key_vault"],
    title: { en: "Key Vault", ja: "Key Vault（シークレット・鍵の保管庫）" },
    service: "Azure Key Vault",
    what: {
      en: "A managed vault for secrets, encryption keys and certificates, with access controlled by access policies or Azure RBAC, soft delete and optional purge protection.",
      ja: "シークレット、暗号鍵、証明書を保管するマネージドな金庫で、アクセスポリシーまたは Azure RBAC によるアクセス制御、論理削除、任意の消去保護を持ちます。",
    },
    analogy: {
      en: "Your team's password manager vault, with an audit log of every read.",
      ja: "読み取りのたびに監査ログが残る、チームのパスワードマネージャーの保管庫のようなものです。",
    },
    effects: {
      create: {
        en: "An empty vault is created at <name>.vault.azure.net; the name is global and stays reserved while a deleted vault is retained.",
        ja: "<name>.vault.azure.net に空の金庫が作られます。名前はグローバルで、削除された金庫が保持されている間は予約されたままです。",
      },
      update: {
        en: "Access policy, network ACL or RBAC mode changes take effect immediately: an app whose identity is dropped can no longer read its secrets.",
        ja: "アクセスポリシー、ネットワーク ACL、RBAC モードの変更は即座に有効になり、外された ID のアプリはシークレットを読めなくなります。",
      },
      delete: {
        en: "The vault is soft-deleted with every secret, key and certificate in it. Unless purge protection is on, the azurerm provider purges it by default, which makes the loss permanent.",
        ja: "金庫は中のすべてのシークレット・鍵・証明書とともに論理削除されます。消去保護が有効でない限り、azurerm プロバイダーは既定で完全消去（purge）するため、失われたものは戻りません。",
      },
      replace: {
        en: "A new, empty vault: every secret must be written again and apps re-pointed; with soft delete the old name may stay blocked.",
        ja: "新しい空の金庫になり、シークレットをすべて書き直し、アプリを向け直す必要があります。論理削除があると古い名前が使えないままのこともあります。",
      },
    },
    docs: "https://learn.microsoft.com/en-us/azure/key-vault/general/overview",
    stateful: true,
    related: {
      en: "Holds azurerm_key_vault_secret, keys and certificates; apps reach it through managed identities and, privately, through azurerm_private_endpoint.",
      ja: "azurerm_key_vault_secret や鍵、証明書を持ちます。アプリはマネージド ID でアクセスし、azurerm_private_endpoint でプライベートにも接続できます。",
    },
  },
  {
    types: ["azurerm_key_vault_secret"],
    title: { en: "Key Vault secret", ja: "Key Vault のシークレット" },
    service: "Azure Key Vault",
    what: {
      en: "One named secret value in a Key Vault (with versions); when Terraform sets the value it is also stored in Terraform state. As a data source it reads an existing secret into the configuration.",
      ja: "Key Vault 内の名前付きのシークレット値（バージョン付き）です。Terraform で値を設定すると state にも保存されます。データソースとして使うと、既存のシークレットを構成に読み込みます。",
    },
    analogy: {
      en: "One entry in your .env file, kept in a vault with history.",
      ja: ".env ファイルの1項目を、履歴付きで金庫に保管するようなものです。",
    },
    effects: {
      create: {
        en: "The secret is written; apps with read access can fetch it.",
        ja: "シークレットが書き込まれ、読み取り権限のあるアプリが取得できるようになります。",
      },
      update: {
        en: "A new value creates a new version; apps that cache the old value keep it until they reload.",
        ja: "新しい値は新しいバージョンになります。古い値をキャッシュしているアプリは再読み込みまで古い値を使います。",
      },
      delete: {
        en: "The secret is soft-deleted (and, with the provider's default settings, purged): apps reading it fail at their next fetch.",
        ja: "シークレットは論理削除され（プロバイダーの既定設定では完全消去も行われます）、読んでいるアプリは次回の取得で失敗します。",
      },
      replace: {
        en: "The secret is removed and written again; while it is missing, app start-ups fail.",
        ja: "シークレットが削除されてから書き直されるため、存在しない間はアプリの起動が失敗します。",
      },
    },
    docs: "https://learn.microsoft.com/en-us/azure/key-vault/secrets/about-secrets",
    stateful: true,
  },
];
