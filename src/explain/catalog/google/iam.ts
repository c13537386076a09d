import type { CatalogEntry } from "../../types.js";

export const googleIamEntries: CatalogEntry[] = [
  {
    types: ["google_iam_policy"],
    title: { en: "IAM policy document (data source)", ja: "IAM ポリシードキュメント（データソース）" },
    service: "Cloud IAM",
    what: {
      en: "Builds an IAM policy document (role → members bindings) as JSON in memory; it creates nothing in Google Cloud and only feeds the policy_data of a *_iam_policy resource.",
      ja: "IAM ポリシー（ロールとメンバーの対応）を JSON としてメモリ上で組み立てるだけのデータソースです。Google Cloud には何も作らず、*_iam_policy リソースの policy_data に渡すために使います。",
    },
    analogy: {
      en: "Building a JSON request body in code before sending it: the object itself changes nothing until a request uses it.",
      ja: "送信前にコードで JSON のリクエストボディを組み立てるようなものです。実際に送るまでは何も変わりません。",
    },
    effects: {},
    docs: "https://cloud.google.com/iam/docs/allow-policies",
    related: {
      en: "Whatever this document leaves out is removed by the *_iam_policy resource that uses it, so a missing binding here is a revoked permission there.",
      ja: "このドキュメントに書かれていない付与は、これを使う *_iam_policy リソースによって削除されます。ここでの書き漏れは、そのまま権限の剥奪になります。",
    },
  },
  {
    types: ["google_project_iam_custom_role", "google_organization_iam_custom_role"],
    title: { en: "Custom IAM role", ja: "カスタム IAM ロール" },
    service: "Cloud IAM",
    what: {
      en: "Defines your own role as a hand-picked list of permissions, in one project or for the whole organization, to grant less than Google's predefined roles.",
      ja: "権限を自分で選んで並べた独自のロールを、プロジェクト単位または組織全体に定義します。Google の事前定義ロールより権限を絞りたいときに使います。",
    },
    analogy: {
      en: "A custom role in your app's admin panel (\"can refund orders but not delete users\") instead of handing out \"admin\".",
      ja: "アプリの管理画面で「管理者」を渡す代わりに「返金はできるがユーザー削除はできない」ようなカスタムロールを作るのと同じです。",
    },
    effects: {
      create: {
        en: "A new role becomes available; nobody holds it until an IAM member or binding grants it.",
        ja: "新しいロールが使えるようになります。IAM の member や binding で付与するまでは誰も持っていません。",
      },
      update: {
        en: "Changing the permission list changes what every holder of this role can do, everywhere it is granted, at once.",
        ja: "権限リストを変えると、このロールを付与されているすべての場所で、全員ができることが一斉に変わります。",
      },
      delete: {
        en: "The role is soft-deleted: every grant of it stops working at once (the bindings stay but are inactive). It can be undeleted within 7 days, and its ID cannot be reused for 37 days.",
        ja: "ロールは論理削除され、付与はすべて即座に無効になります（バインディング自体は残りますが効きません）。7日以内なら復元でき、同じ ID は37日間再利用できません。",
      },
      replace: {
        en: "Changing role_id creates a different role: grants that name the old ID stop working until they are pointed at the new one.",
        ja: "role_id を変えると別のロールになります。古い ID を指定している付与は、新しい ID に向け直すまで効かなくなります。",
      },
    },
    docs: "https://cloud.google.com/iam/docs/creating-custom-roles",
    related: {
      en: "Granted through *_iam_member / *_iam_binding with role = projects/<id>/roles/<name> or organizations/<id>/roles/<name>.",
      ja: "*_iam_member や *_iam_binding で role = projects/<id>/roles/<name> または organizations/<id>/roles/<name> と指定して付与します。",
    },
  },
  {
    types: ["google_service_account"],
    title: { en: "Service account", ja: "サービスアカウント" },
    service: "Cloud IAM",
    what: {
      en: "An identity for software (a Cloud Run service, a VM, a CI pipeline) rather than for a person; it holds IAM roles like a user does.",
      ja: "人ではなくソフトウェア（Cloud Run サービス、VM、CI パイプラインなど）のための ID です。ユーザーと同じように IAM ロールを持ちます。",
    },
    analogy: {
      en: "The bot user you create for your CI in GitHub: it has its own permissions and is not tied to any employee.",
      ja: "CI 用に GitHub で作るボットユーザーのようなものです。社員個人に紐づかず、独自の権限を持ちます。",
    },
    effects: {
      create: {
        en: "A new identity exists but can do nothing until roles are granted to it and a workload is told to run as it.",
        ja: "新しい ID ができますが、ロールを付与し、ワークロードをこのアカウントで動かすよう設定するまでは何もできません。",
      },
      update: {
        en: "Display name or description only; permissions do not change.",
        ja: "表示名や説明の変更だけで、権限は変わりません。",
      },
      delete: {
        en: "Every workload running as this account loses its identity and starts failing authentication; its keys stop working. It can be undeleted for 30 days.",
        ja: "このアカウントで動くすべてのワークロードが ID を失い、認証に失敗し始めます。キーも使えなくなります。30日以内なら復元できます。",
      },
      replace: {
        en: "A re-created account with the same email gets a new unique ID: grants made to the old one do not carry over, so anything not re-granted by Terraform is lost.",
        ja: "同じメールアドレスで作り直しても内部の一意 ID が変わるため、古いアカウントへの付与は引き継がれません。Terraform で付与し直していない権限は失われます。",
      },
    },
    docs: "https://cloud.google.com/iam/docs/service-account-overview",
    related: {
      en: "Roles are granted to it with google_project_iam_member (serviceAccount:<email>); who may act as it is controlled by google_service_account_iam_*.",
      ja: "ロールは google_project_iam_member（serviceAccount:<email>）などで付与し、誰がこのアカウントとして振る舞えるかは google_service_account_iam_* で制御します。",
    },
  },
  {
    types: ["google_service_account_key"],
    title: { en: "Service account key", ja: "サービスアカウントキー" },
    service: "Cloud IAM",
    what: {
      en: "A long-lived private key that lets anything holding it authenticate as the service account; Terraform stores the key in its state file.",
      ja: "持っている人なら誰でもそのサービスアカウントとして認証できる、有効期限の長い秘密鍵です。Terraform は鍵を state ファイルに保存します。",
    },
    analogy: {
      en: "A personal access token with no expiry, copied into a file that every Terraform operator can read.",
      ja: "有効期限のない個人アクセストークンを、Terraform を扱う全員が読めるファイルに書き込むようなものです。",
    },
    effects: {
      create: {
        en: "A new key is issued and written to state. Prefer Workload Identity or impersonation; if a key is unavoidable, keep the state bucket tightly restricted.",
        ja: "新しい鍵が発行され、state に書き込まれます。Workload Identity やなりすまし（impersonation）を優先し、鍵が避けられない場合は state バケットのアクセスを厳しく絞りましょう。",
      },
      delete: {
        en: "The key is revoked immediately: any app or CI secret still using it fails to authenticate.",
        ja: "鍵は即座に無効になり、まだそれを使っているアプリや CI のシークレットは認証に失敗します。",
      },
      replace: {
        en: "A key rotation: the old key stops working as soon as it is deleted, so every consumer must receive the new key in the same change.",
        ja: "鍵のローテーションです。古い鍵は削除された時点で使えなくなるため、利用側すべてに同じ変更の中で新しい鍵を配る必要があります。",
      },
    },
    docs: "https://cloud.google.com/iam/docs/keys-create-delete",
  },
];
