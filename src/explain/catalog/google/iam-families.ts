import type { CatalogEntry, Text } from "../../types.js";

/**
 * Google exposes the same three IAM resources (`*_iam_member`, `*_iam_binding`,
 * `*_iam_policy`) for every kind of resource. What differs between kinds is only
 * the reach of a grant, so each kind is described once here and the three
 * entries are built from it: the member/binding/policy difference is the lesson,
 * and it must read the same everywhere.
 */
interface IamTarget {
  /** Terraform type prefix: `${prefix}_iam_member` etc. */
  prefix: string;
  service: string;
  /** Name used at the start of titles, e.g. "Cloud Storage bucket". */
  name: Text;
  /** The thing a grant applies to, used inside sentences: "this Cloud Storage bucket". */
  scope: Text;
  /** A concrete example of what a role here lets someone do. */
  example: Text;
  /** What going wrong with an authoritative policy costs on this kind of resource. */
  lockout: Text;
  docs: string;
}

const targets: IamTarget[] = [
  {
    prefix: "google_project",
    service: "Cloud IAM",
    name: { en: "Project", ja: "プロジェクト" },
    scope: { en: "the whole project", ja: "プロジェクト全体" },
    example: {
      en: "A project-level roles/editor or roles/owner reaches every database, bucket and secret in the project; prefer a narrow role on the one resource that needs it.",
      ja: "プロジェクト単位の roles/editor や roles/owner は、プロジェクト内のすべての DB・バケット・シークレットに届きます。必要なリソースだけに絞ったロールを優先しましょう。",
    },
    lockout: {
      en: "It can remove your own access and the roles Google's service agents need (Compute, GKE, Cloud Build, Cloud Run), breaking deploys, autoscaling and scheduled jobs across the project.",
      ja: "自分自身のアクセスや、Google のサービスエージェント（Compute、GKE、Cloud Build、Cloud Run など）に必要なロールまで消え、プロジェクト全体でデプロイ・オートスケール・定期ジョブが止まることがあります。",
    },
    docs: "https://cloud.google.com/iam/docs/granting-changing-revoking-access",
  },
  {
    prefix: "google_folder",
    service: "Cloud IAM",
    name: { en: "Folder", ja: "フォルダ" },
    scope: { en: "this folder and every project under it", ja: "このフォルダと配下のすべてのプロジェクト" },
    example: {
      en: "A role granted on a folder applies to every project below it, including projects created later.",
      ja: "フォルダに付与したロールは、あとから作られるものも含め、配下のすべてのプロジェクトに効きます。",
    },
    lockout: {
      en: "Every project under the folder loses the grants that were inherited from it at once, which can cut off whole teams and their deploy pipelines.",
      ja: "フォルダから継承していた権限が配下の全プロジェクトで一斉に消え、チーム丸ごと、あるいはデプロイパイプラインが締め出されることがあります。",
    },
    docs: "https://cloud.google.com/resource-manager/docs/access-control-folders",
  },
  {
    prefix: "google_organization",
    service: "Cloud IAM",
    name: { en: "Organization", ja: "組織" },
    scope: { en: "the whole organization", ja: "組織全体" },
    example: {
      en: "An organization-level role is the widest grant that exists: it reaches every project of the company.",
      ja: "組織レベルのロールは最も広い付与で、会社のすべてのプロジェクトに届きます。",
    },
    lockout: {
      en: "It can remove the organization administrators themselves; recovering may require Google Cloud support.",
      ja: "組織管理者自身の権限まで消えることがあり、復旧に Google Cloud サポートへの依頼が必要になる場合があります。",
    },
    docs: "https://cloud.google.com/resource-manager/docs/access-control-org",
  },
  {
    prefix: "google_storage_bucket",
    service: "Cloud Storage",
    name: { en: "Cloud Storage bucket", ja: "Cloud Storage バケット" },
    scope: { en: "this Cloud Storage bucket", ja: "この Cloud Storage バケット" },
    example: {
      en: "roles/storage.objectViewer lets the member read every object; granted to allUsers or allAuthenticatedUsers it makes the bucket public on the internet.",
      ja: "roles/storage.objectViewer はすべてのオブジェクトを読めるロールです。allUsers や allAuthenticatedUsers に付与するとバケットがインターネットに公開されます。",
    },
    lockout: {
      en: "Apps and pipelines that upload or serve files from the bucket start getting 403 errors.",
      ja: "バケットへのアップロードや配信をしているアプリやパイプラインが 403 エラーになります。",
    },
    docs: "https://cloud.google.com/storage/docs/access-control/iam",
  },
  {
    prefix: "google_bigquery_dataset",
    service: "BigQuery",
    name: { en: "BigQuery dataset", ja: "BigQuery データセット" },
    scope: { en: "this BigQuery dataset", ja: "この BigQuery データセット" },
    example: {
      en: "roles/bigquery.dataViewer lets the member query every table in the dataset; roles/bigquery.dataEditor also lets it change or delete rows.",
      ja: "roles/bigquery.dataViewer はデータセット内の全テーブルを参照でき、roles/bigquery.dataEditor は行の変更や削除もできます。",
    },
    lockout: {
      en: "Dashboards, scheduled queries and data pipelines reading the dataset fail; the dataset's own `access` blocks are overwritten too.",
      ja: "データセットを読むダッシュボード、スケジュールクエリ、データパイプラインが失敗します。データセット側の `access` ブロックの設定も上書きされます。",
    },
    docs: "https://cloud.google.com/bigquery/docs/control-access-to-resources-iam",
  },
  {
    prefix: "google_kms_key_ring",
    service: "Cloud KMS",
    name: { en: "KMS key ring", ja: "KMS キーリング" },
    scope: { en: "this KMS key ring (every key in it)", ja: "この KMS キーリング（中のすべての鍵）" },
    example: {
      en: "roles/cloudkms.cryptoKeyEncrypterDecrypter here lets the member decrypt anything protected by any key in the ring.",
      ja: "ここで roles/cloudkms.cryptoKeyEncrypterDecrypter を付与すると、キーリング内のどの鍵で暗号化されたデータも復号できるようになります。",
    },
    lockout: {
      en: "Services that encrypt with these keys (Cloud SQL, Cloud Storage, GKE secrets with CMEK) can no longer read their own data: an outage.",
      ja: "これらの鍵で暗号化しているサービス（CMEK を使う Cloud SQL、Cloud Storage、GKE のシークレットなど）が自分のデータを読めなくなり、障害になります。",
    },
    docs: "https://cloud.google.com/kms/docs/iam",
  },
  {
    prefix: "google_kms_crypto_key",
    service: "Cloud KMS",
    name: { en: "KMS crypto key", ja: "KMS 暗号鍵" },
    scope: { en: "this KMS crypto key", ja: "この KMS 暗号鍵" },
    example: {
      en: "roles/cloudkms.cryptoKeyEncrypterDecrypter is usually granted to a Google service agent so that Cloud SQL, Cloud Storage or Pub/Sub can use this key (CMEK).",
      ja: "roles/cloudkms.cryptoKeyEncrypterDecrypter は、Cloud SQL・Cloud Storage・Pub/Sub などがこの鍵を使えるように（CMEK）、Google のサービスエージェントへ付与するのが一般的です。",
    },
    lockout: {
      en: "A service agent losing access to the key means the data encrypted with it becomes unreadable for that service until access is restored.",
      ja: "サービスエージェントが鍵を使えなくなると、その鍵で暗号化されたデータは権限が戻るまでそのサービスから読めなくなります。",
    },
    docs: "https://cloud.google.com/kms/docs/iam",
  },
  {
    prefix: "google_secret_manager_secret",
    service: "Secret Manager",
    name: { en: "Secret Manager secret", ja: "Secret Manager のシークレット" },
    scope: { en: "this Secret Manager secret", ja: "この Secret Manager のシークレット" },
    example: {
      en: "roles/secretmanager.secretAccessor lets the member read the secret's value; your app's service account needs it to start.",
      ja: "roles/secretmanager.secretAccessor はシークレットの値を読めるロールです。アプリのサービスアカウントは起動時にこれが必要です。",
    },
    lockout: {
      en: "The app can no longer read the secret: new instances fail at start-up while the running ones keep the value they already loaded.",
      ja: "アプリがシークレットを読めなくなり、すでに値を読み込んだ稼働中のインスタンスは動き続けますが、新しく起動するインスタンスは失敗します。",
    },
    docs: "https://cloud.google.com/secret-manager/docs/access-control",
  },
  {
    prefix: "google_pubsub_topic",
    service: "Pub/Sub",
    name: { en: "Pub/Sub topic", ja: "Pub/Sub トピック" },
    scope: { en: "this Pub/Sub topic", ja: "この Pub/Sub トピック" },
    example: {
      en: "roles/pubsub.publisher lets the member publish messages to the topic: the producing service needs it.",
      ja: "roles/pubsub.publisher はトピックへメッセージを送れるロールで、送信側のサービスに必要です。",
    },
    lockout: {
      en: "Producers get 403 on publish, so events are lost unless they retry.",
      ja: "送信側が publish で 403 になり、リトライしない限りイベントが失われます。",
    },
    docs: "https://cloud.google.com/pubsub/docs/access-control",
  },
  {
    prefix: "google_pubsub_subscription",
    service: "Pub/Sub",
    name: { en: "Pub/Sub subscription", ja: "Pub/Sub サブスクリプション" },
    scope: { en: "this Pub/Sub subscription", ja: "この Pub/Sub サブスクリプション" },
    example: {
      en: "roles/pubsub.subscriber lets the member pull and acknowledge messages: the worker consuming the queue needs it.",
      ja: "roles/pubsub.subscriber はメッセージの受信と ack ができるロールで、キューを処理するワーカーに必要です。",
    },
    lockout: {
      en: "Workers stop receiving messages; the backlog grows until access returns or messages expire.",
      ja: "ワーカーがメッセージを受け取れなくなり、権限が戻るか期限切れになるまで未処理メッセージが溜まり続けます。",
    },
    docs: "https://cloud.google.com/pubsub/docs/access-control",
  },
  {
    prefix: "google_spanner_instance",
    service: "Spanner",
    name: { en: "Spanner instance", ja: "Spanner インスタンス" },
    scope: {
      en: "this Spanner instance (every database in it)",
      ja: "この Spanner インスタンス（中のすべてのデータベース）",
    },
    example: {
      en: "A role granted on the instance applies to every database inside it, including ones created later.",
      ja: "インスタンスに付与したロールは、あとから作るものも含めて中のすべてのデータベースに効きます。",
    },
    lockout: {
      en: "Every app using a database in this instance can lose access at once.",
      ja: "このインスタンスのデータベースを使うすべてのアプリが一斉にアクセスできなくなることがあります。",
    },
    docs: "https://cloud.google.com/spanner/docs/iam",
  },
  {
    prefix: "google_spanner_database",
    service: "Spanner",
    name: { en: "Spanner database", ja: "Spanner データベース" },
    scope: { en: "this Spanner database", ja: "この Spanner データベース" },
    example: {
      en: "roles/spanner.databaseUser lets the member read and write data and run queries; roles/spanner.databaseReader is read-only.",
      ja: "roles/spanner.databaseUser はデータの読み書きとクエリ実行ができ、roles/spanner.databaseReader は読み取り専用です。",
    },
    lockout: {
      en: "The app's queries fail with PERMISSION_DENIED until the grant is back.",
      ja: "付与が戻るまで、アプリのクエリが PERMISSION_DENIED で失敗します。",
    },
    docs: "https://cloud.google.com/spanner/docs/iam",
  },
  {
    prefix: "google_cloud_run_service",
    service: "Cloud Run",
    name: { en: "Cloud Run service", ja: "Cloud Run サービス" },
    scope: { en: "this Cloud Run service", ja: "この Cloud Run サービス" },
    example: {
      en: "roles/run.invoker decides who may call the service; granted to allUsers it makes the service a public endpoint on the internet.",
      ja: "roles/run.invoker はサービスを呼び出せる人を決めるロールです。allUsers に付与するとインターネットに公開されたエンドポイントになります。",
    },
    lockout: {
      en: "Callers (the frontend, Pub/Sub push, Cloud Scheduler) start getting 403 and the public site can go down.",
      ja: "呼び出し元（フロントエンド、Pub/Sub の push、Cloud Scheduler など）が 403 になり、公開サイトが落ちることがあります。",
    },
    docs: "https://cloud.google.com/run/docs/securing/managing-access",
  },
  {
    prefix: "google_compute_instance",
    service: "Compute Engine",
    name: { en: "Compute Engine VM", ja: "Compute Engine VM" },
    scope: { en: "this Compute Engine VM", ja: "この Compute Engine VM" },
    example: {
      en: "roles/compute.instanceAdmin.v1 lets the member stop, restart and reconfigure this VM; roles/compute.osAdminLogin gives SSH with sudo through OS Login.",
      ja: "roles/compute.instanceAdmin.v1 はこの VM の停止・再起動・設定変更ができ、roles/compute.osAdminLogin は OS Login 経由で sudo 付きの SSH ができます。",
    },
    lockout: {
      en: "Operators may lose SSH or admin access to the VM during an incident.",
      ja: "障害対応中に、運用担当者が VM へ SSH したり管理操作したりできなくなることがあります。",
    },
    docs: "https://cloud.google.com/compute/docs/access/iam",
  },
  {
    prefix: "google_service_account",
    service: "Cloud IAM",
    name: { en: "Service account", ja: "サービスアカウント" },
    scope: { en: "this service account", ja: "このサービスアカウント" },
    example: {
      en: "roles/iam.serviceAccountUser lets the member deploy things that run as this account; roles/iam.workloadIdentityUser lets a Kubernetes service account or a GitHub Actions workflow act as it.",
      ja: "roles/iam.serviceAccountUser はこのアカウントとして動くものをデプロイでき、roles/iam.workloadIdentityUser は Kubernetes のサービスアカウントや GitHub Actions のワークフローがこのアカウントになりすませるようにします。",
    },
    lockout: {
      en: "Deploy pipelines and workloads that impersonate this account stop working.",
      ja: "このアカウントになりすまして動くデプロイパイプラインやワークロードが動かなくなります。",
    },
    docs: "https://cloud.google.com/iam/docs/manage-access-service-accounts",
  },
];

function memberEntry(t: IamTarget): CatalogEntry {
  return {
    types: [`${t.prefix}_iam_member`],
    title: { en: `${t.name.en} IAM member`, ja: `${t.name.ja}の IAM メンバー（追加型）` },
    service: t.service,
    what: {
      en: `Grants one role to one principal (user, group or service account) on ${t.scope.en}, without touching any other grant: it is non-authoritative.`,
      ja: `${t.scope.ja}に対して、1つのロールを1つのプリンシパル（ユーザー、グループ、サービスアカウント）に付与します。ほかの付与には一切触れない「非権威的（追加型）」なリソースです。`,
    },
    analogy: {
      en: "Adding one person to one GitHub team: nobody else's membership changes.",
      ja: "GitHub のチームに1人だけ追加するようなものです。ほかの人の所属は変わりません。",
    },
    effects: {
      create: {
        en: `The principal gains the role on ${t.scope.en}, usually within a minute. ${t.example.en}`,
        ja: `${t.scope.ja}に対してプリンシパルにロールが付与され、通常1分以内に有効になります。${t.example.ja}`,
      },
      update: {
        en: "Rare: role and member cannot change in place, so such a change shows up as a replacement. An in-place update is usually only the IAM condition.",
        ja: "まれです。ロールやメンバーはその場では変更できないため、変更は置き換えとして表示されます。その場の更新は主に IAM 条件（condition）の変更です。",
      },
      delete: {
        en: `The principal loses this role on ${t.scope.en}. If an app runs as that service account, its calls start failing with 403 PERMISSION_DENIED.`,
        ja: `${t.scope.ja}に対するこのロールがプリンシパルから外れます。そのサービスアカウントで動くアプリがあれば、呼び出しが 403 PERMISSION_DENIED で失敗し始めます。`,
      },
      replace: {
        en: "The old grant is removed and the new one added. Terraform deletes before it creates by default, so expect a short window where neither grant exists.",
        ja: "古い付与を外して新しい付与を追加します。Terraform は既定で削除してから作成するので、どちらの付与もない短い時間が生じます。",
      },
    },
    docs: t.docs,
    related: {
      en: `Safe to combine with other ${t.prefix}_iam_member resources, but a ${t.prefix}_iam_binding for the same role or a ${t.prefix}_iam_policy will fight with it: each apply undoes the other.`,
      ja: `ほかの ${t.prefix}_iam_member とは安全に併用できますが、同じロールの ${t.prefix}_iam_binding や ${t.prefix}_iam_policy と併用すると、apply のたびに互いの変更を打ち消し合います。`,
    },
  };
}

function bindingEntry(t: IamTarget): CatalogEntry {
  return {
    types: [`${t.prefix}_iam_binding`],
    title: { en: `${t.name.en} IAM binding`, ja: `${t.name.ja}の IAM バインディング（ロール単位で上書き）` },
    service: t.service,
    what: {
      en: `Sets the complete member list of one role on ${t.scope.en}: it is authoritative for that role, so anyone holding the role there who is not in the list loses it.`,
      ja: `${t.scope.ja}で、1つのロールのメンバー一覧を丸ごと指定します。そのロールについては「権威的」なので、一覧にない人はそのロールを失います。`,
    },
    analogy: {
      en: "Replacing a GitHub team's member list with a pasted list: people who were added by hand in the UI are removed.",
      ja: "GitHub のチームのメンバー一覧を、貼り付けた名簿で丸ごと置き換えるようなものです。画面から手で追加した人は外されます。",
    },
    effects: {
      create: {
        en: `Takes ownership of this role on ${t.scope.en}: members not listed (granted in the console, by a script or by another Terraform configuration) are removed at apply. Check who holds the role today before merging. ${t.example.en}`,
        ja: `${t.scope.ja}のこのロールを Terraform が管理し始めます。一覧にないメンバー（コンソールやスクリプト、別の Terraform 構成で付与されたもの）は apply 時に外されます。マージ前に、現在このロールを持っている人を確認してください。${t.example.ja}`,
      },
      update: {
        en: "Members added to the list gain the role and members removed from it lose the role, immediately.",
        ja: "一覧に追加されたメンバーはロールを得て、一覧から消えたメンバーはその場でロールを失います。",
      },
      delete: {
        en: `Removes the role from every listed member on ${t.scope.en}, not only from the ones this PR touched.`,
        ja: `${t.scope.ja}で、一覧にあるすべてのメンバーからこのロールを外します。この PR で触ったメンバーだけではありません。`,
      },
      replace: {
        en: "Every member of the role loses it, then the new list is granted: expect a short window of 403 errors for all of them.",
        ja: "ロールの全メンバーがいったん権限を失い、その後で新しい一覧が付与されます。その間、全員が一時的に 403 になります。",
      },
    },
    docs: t.docs,
    related: {
      en: `Use ${t.prefix}_iam_member when you only want to add someone. Never manage the same role with both a binding and members, nor combine a binding with ${t.prefix}_iam_policy.`,
      ja: `誰かを追加したいだけなら ${t.prefix}_iam_member を使います。同じロールを binding と member の両方で管理したり、binding と ${t.prefix}_iam_policy を併用したりしてはいけません。`,
    },
  };
}

function policyEntry(t: IamTarget): CatalogEntry {
  return {
    types: [`${t.prefix}_iam_policy`],
    title: { en: `${t.name.en} IAM policy (whole policy)`, ja: `${t.name.ja}の IAM ポリシー（全体を上書き）` },
    service: t.service,
    what: {
      en: `Replaces every role and every member in the IAM policy of ${t.scope.en} with the document given (usually built by the google_iam_policy data source): it is authoritative for the whole policy.`,
      ja: `${t.scope.ja}の IAM ポリシーを、すべてのロールとメンバーごと、指定したドキュメントで置き換えます（ドキュメントは通常 google_iam_policy データソースで組み立てます）。ポリシー全体について「権威的」です。`,
    },
    analogy: {
      en: "Overwriting a whole .env file instead of editing one line: whatever you did not include is gone.",
      ja: ".env ファイルの1行を直すのではなく、ファイルごと上書きするようなものです。書かなかった内容はすべて消えます。",
    },
    effects: {
      create: {
        en: `Every existing grant on ${t.scope.en} that is not in this document is removed at apply, including grants Google made for its own service agents. ${t.lockout.en}`,
        ja: `${t.scope.ja}の既存の付与のうち、このドキュメントにないものは apply 時にすべて削除されます。Google が自社のサービスエージェント用に付与したものも含みます。${t.lockout.ja}`,
      },
      update: {
        en: "Any binding missing from the new document is revoked at once. Read the whole policy_data diff, not just the lines you meant to add.",
        ja: "新しいドキュメントにないバインディングは即座に取り消されます。追加したつもりの行だけでなく、policy_data の差分全体を読んでください。",
      },
      delete: {
        en: "Terraform stops managing the policy. The grants it replaced are not restored, so plan what the policy should be afterwards before removing it.",
        ja: "Terraform がポリシーの管理をやめます。以前に上書きされた付与は元に戻らないので、削除前に削除後のポリシーをどうするか決めておきましょう。",
      },
      replace: {
        en: `The policy is written again from scratch. ${t.lockout.en}`,
        ja: `ポリシーが最初から書き直されます。${t.lockout.ja}`,
      },
    },
    docs: t.docs,
    related: {
      en: `Cannot be combined with ${t.prefix}_iam_binding or ${t.prefix}_iam_member on the same resource: they overwrite each other on every apply. Most teams prefer members or bindings.`,
      ja: `同じ${t.name.ja}に対して ${t.prefix}_iam_binding や ${t.prefix}_iam_member と併用できません。apply のたびに互いを上書きします。多くのチームは member か binding を使います。`,
    },
  };
}

export const googleIamFamilyEntries: CatalogEntry[] = targets.flatMap((t) => [
  memberEntry(t),
  bindingEntry(t),
  policyEntry(t),
]);
