import type { CatalogEntry } from "../../types.js";

// IAM policies: what an identity may do, and the attachments that connect policies to identities.

export const iamPolicyEntries: CatalogEntry[] = [
  {
    types: ["aws_iam_policy"],
    title: { en: "IAM managed policy", ja: "IAM 管理ポリシー（カスタマー管理）" },
    service: "IAM",
    what: {
      en: "A standalone, reusable permission document (JSON of Allow/Deny statements on actions and resources) that can be attached to many users, groups and roles.",
      ja: "独立して再利用できる権限ドキュメント（アクションとリソースに対する Allow/Deny を並べた JSON）で、複数のユーザー・グループ・ロールにアタッチできます。",
    },
    analogy: {
      en: "Like a shared middleware or permission preset your routes import: change it once and every route using it changes behaviour.",
      ja: "複数のルートが import している共通の権限チェック用ミドルウェアのようなものです。一度変えると、それを使う全ルートの挙動が変わります。",
    },
    effects: {
      create: {
        en: "The policy exists but grants nothing until it is attached to a user, group or role.",
        ja: "ポリシーは作成されますが、ユーザー・グループ・ロールにアタッチするまでは何の権限も与えません。",
      },
      update: {
        en: "A new policy version becomes the default, and every identity the policy is attached to gets the new permissions immediately. Removing an action can break every workload that uses it.",
        ja: "新しいポリシーバージョンがデフォルトになり、アタッチ先のすべての ID にすぐ反映されます。アクションを削ると、それを使っていたすべてのワークロードが壊れる可能性があります。",
      },
      delete: {
        en: "Terraform detaches it first, so every identity that relied on it loses those permissions.",
        ja: "Terraform が先にデタッチするため、このポリシーに頼っていたすべての ID がその権限を失います。",
      },
      replace: {
        en: "Caused by a name or path change: the policy is detached, deleted and recreated, leaving a short window where attached identities lack its permissions.",
        ja: "名前やパスの変更が原因です。ポリシーがデタッチ・削除されてから作り直されるため、アタッチ先の ID が一時的に権限を失う時間帯があります。",
      },
    },
    docs: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html",
    related: {
      en: "A managed policy does nothing alone: it is connected to identities by aws_iam_role_policy_attachment, aws_iam_user_policy_attachment, aws_iam_group_policy_attachment or aws_iam_policy_attachment. Its JSON is often built with data.aws_iam_policy_document.",
      ja: "管理ポリシーは単独では何もしません。aws_iam_role_policy_attachment、aws_iam_user_policy_attachment、aws_iam_group_policy_attachment、aws_iam_policy_attachment で ID に結び付けます。中身の JSON はよく data.aws_iam_policy_document で組み立てます。",
    },
  },
  {
    types: ["aws_iam_role_policy"],
    title: { en: "IAM role inline policy", ja: "IAM ロールのインラインポリシー" },
    service: "IAM",
    what: {
      en: "A permission policy embedded in exactly one role; it is not reusable and disappears with the role.",
      ja: "1 つのロールだけに埋め込まれた権限ポリシーです。再利用はできず、ロールと一緒に消えます。",
    },
    analogy: {
      en: "Like a permission check written inline in one route handler instead of a shared middleware.",
      ja: "共通のミドルウェアではなく、1 つのルートハンドラーの中に直接書いた権限チェックのようなものです。",
    },
    effects: {
      create: {
        en: "The role gains these permissions immediately.",
        ja: "ロールがすぐにこの権限を得ます。",
      },
      update: {
        en: "The role's permissions change immediately; check both what is added (too broad? wildcards?) and what is removed (will the app still work?).",
        ja: "ロールの権限がすぐに変わります。追加された内容（広すぎないか、ワイルドカードはないか）と削られた内容（アプリが動き続けるか）の両方を確認してください。",
      },
      delete: {
        en: "The role loses these permissions; workloads using the role get AccessDenied for those actions.",
        ja: "ロールがこの権限を失い、そのロールを使うワークロードは該当アクションで AccessDenied になります。",
      },
      replace: {
        en: "Caused by a name or role change: for a moment the permissions are missing.",
        ja: "名前やロールの変更が原因です。一瞬だけ権限がない状態になります。",
      },
    },
    docs: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html",
    related: {
      en: "The alternative is a managed policy (aws_iam_policy) plus aws_iam_role_policy_attachment, which can be shared between roles.",
      ja: "代わりの方法は、管理ポリシー（aws_iam_policy）と aws_iam_role_policy_attachment の組み合わせで、こちらは複数のロールで共有できます。",
    },
  },
  {
    types: ["aws_iam_role_policy_attachment"],
    title: { en: "IAM role policy attachment", ja: "IAM ロールへのポリシーアタッチ" },
    service: "IAM",
    what: {
      en: "The link that attaches one managed policy (yours or an AWS-managed one such as AmazonECSTaskExecutionRolePolicy) to one role.",
      ja: "1 つの管理ポリシー（自作のもの、または AmazonECSTaskExecutionRolePolicy のような AWS 管理ポリシー）を 1 つのロールに結び付ける設定です。",
    },
    analogy: {
      en: "Like a row in a join table (role_id, policy_id): deleting the row removes the permission, not the role or the policy.",
      ja: "中間テーブル（role_id, policy_id）の 1 行のようなものです。行を消すと権限の付与が外れますが、ロールやポリシー自体は消えません。",
    },
    effects: {
      create: {
        en: "The role gains every permission in the policy immediately. Attaching broad AWS policies (AdministratorAccess, *FullAccess) deserves a second look.",
        ja: "ロールがポリシー内のすべての権限をすぐに得ます。AdministratorAccess や *FullAccess のような広い AWS 管理ポリシーのアタッチは、もう一度よく確認してください。",
      },
      delete: {
        en: "The role loses the policy's permissions; the workload that uses the role gets AccessDenied for them.",
        ja: "ロールがポリシーの権限を失い、そのロールを使うワークロードは AccessDenied になります。",
      },
      replace: {
        en: "Detach then attach: a short window where the role lacks the permissions, which can fail in-flight deploys or requests.",
        ja: "デタッチしてからアタッチし直すため、ロールが権限を持たない短い時間帯があり、実行中のデプロイやリクエストが失敗することがあります。",
      },
    },
    docs: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_manage-attach-detach.html",
    related: {
      en: "Role (aws_iam_role) + policy (aws_iam_policy or an AWS-managed ARN) + this attachment = the role can do what the policy says. Prefer it over aws_iam_policy_attachment, which is exclusive.",
      ja: "ロール（aws_iam_role）＋ポリシー（aws_iam_policy または AWS 管理ポリシーの ARN）＋このアタッチで、ロールがポリシーの内容を実行できるようになります。排他的な aws_iam_policy_attachment よりこちらを使うのがおすすめです。",
    },
  },
  {
    types: ["aws_iam_user_policy"],
    title: { en: "IAM user inline policy", ja: "IAM ユーザーのインラインポリシー" },
    service: "IAM",
    what: {
      en: "A permission policy embedded in exactly one IAM user.",
      ja: "1 人の IAM ユーザーだけに埋め込まれた権限ポリシーです。",
    },
    analogy: {
      en: "Like a one-off permission flag set on a single account in your admin panel, invisible when you look at the shared roles.",
      ja: "管理画面で 1 つのアカウントだけに個別に付けた権限フラグのようなものです。共通のロール一覧を見ても気付きにくいです。",
    },
    effects: {
      create: {
        en: "The user gains these permissions immediately.",
        ja: "ユーザーがすぐにこの権限を得ます。",
      },
      update: {
        en: "The user's permissions change immediately.",
        ja: "ユーザーの権限がすぐに変わります。",
      },
      delete: {
        en: "The user loses these permissions; scripts using the user's keys get AccessDenied for them.",
        ja: "ユーザーがこの権限を失い、そのユーザーのキーを使うスクリプトは AccessDenied になります。",
      },
      replace: {
        en: "For a moment the user lacks these permissions.",
        ja: "一瞬だけユーザーがこの権限を持たない状態になります。",
      },
    },
    docs: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html",
    related: {
      en: "Permissions given to groups (aws_iam_group_policy) are easier to review than per-user ones.",
      ja: "ユーザーごとの権限より、グループ（aws_iam_group_policy）に付けた権限のほうがレビューしやすくなります。",
    },
  },
  {
    types: ["aws_iam_user_policy_attachment"],
    title: { en: "IAM user policy attachment", ja: "IAM ユーザーへのポリシーアタッチ" },
    service: "IAM",
    what: {
      en: "The link that attaches one managed policy to one IAM user.",
      ja: "1 つの管理ポリシーを 1 人の IAM ユーザーに結び付ける設定です。",
    },
    analogy: {
      en: "Like a row in a user_permissions join table.",
      ja: "user_permissions という中間テーブルの 1 行のようなものです。",
    },
    effects: {
      create: {
        en: "The user gains the policy's permissions immediately.",
        ja: "ユーザーがすぐにポリシーの権限を得ます。",
      },
      delete: {
        en: "The user loses the policy's permissions.",
        ja: "ユーザーがポリシーの権限を失います。",
      },
      replace: {
        en: "Detach then attach: a short window without the permissions.",
        ja: "デタッチしてからアタッチし直すため、短い間だけ権限がない状態になります。",
      },
    },
    docs: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_manage-attach-detach.html",
  },
  {
    types: ["aws_iam_group_policy"],
    title: { en: "IAM group inline policy", ja: "IAM グループのインラインポリシー" },
    service: "IAM",
    what: {
      en: "A permission policy embedded in one IAM group, granted to every member of the group.",
      ja: "1 つの IAM グループに埋め込まれた権限ポリシーで、グループの全メンバーに付与されます。",
    },
    analogy: {
      en: "Like permissions written directly on a GitHub team's settings page.",
      ja: "GitHub のチーム設定画面に直接書いた権限のようなものです。",
    },
    effects: {
      create: {
        en: "Every member of the group gains these permissions immediately.",
        ja: "グループの全メンバーがすぐにこの権限を得ます。",
      },
      update: {
        en: "Every member's permissions change immediately.",
        ja: "全メンバーの権限がすぐに変わります。",
      },
      delete: {
        en: "Every member loses these permissions.",
        ja: "全メンバーがこの権限を失います。",
      },
      replace: {
        en: "For a moment no member has these permissions.",
        ja: "一瞬だけ、どのメンバーもこの権限を持たない状態になります。",
      },
    },
    docs: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html",
  },
  {
    types: ["aws_iam_group_policy_attachment"],
    title: { en: "IAM group policy attachment", ja: "IAM グループへのポリシーアタッチ" },
    service: "IAM",
    what: {
      en: "The link that attaches one managed policy to one IAM group, and so to all of its members.",
      ja: "1 つの管理ポリシーを 1 つの IAM グループ（つまり全メンバー）に結び付ける設定です。",
    },
    analogy: {
      en: "Like granting a GitHub team access to one more repository.",
      ja: "GitHub のチームにリポジトリの権限を 1 つ追加するようなものです。",
    },
    effects: {
      create: {
        en: "Every member gains the policy's permissions immediately.",
        ja: "全メンバーがすぐにポリシーの権限を得ます。",
      },
      delete: {
        en: "Every member loses the policy's permissions.",
        ja: "全メンバーがポリシーの権限を失います。",
      },
      replace: {
        en: "Detach then attach: a short window without the permissions.",
        ja: "デタッチしてからアタッチし直すため、短い間だけ権限がない状態になります。",
      },
    },
    docs: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_manage-attach-detach.html",
  },
  {
    types: ["aws_iam_policy_attachment"],
    title: { en: "IAM policy attachment (exclusive)", ja: "IAM ポリシーアタッチ（排他的）" },
    service: "IAM",
    what: {
      en: "Attaches one managed policy to a list of users, roles and groups, exclusively: Terraform detaches the policy from every other identity in the account that has it.",
      ja: "1 つの管理ポリシーをユーザー・ロール・グループのリストにアタッチしますが、排他的です。アカウント内でこのポリシーを持つ他のすべての ID から、Terraform がデタッチします。",
    },
    analogy: {
      en: "Like `UPDATE ... SET` without a WHERE clause on the join table: it rewrites every attachment of that policy, including ones made by other teams or other Terraform code.",
      ja: "中間テーブルに WHERE 句なしで UPDATE するようなものです。他のチームや別の Terraform コードが付けたものも含め、そのポリシーのアタッチをすべて書き換えます。",
    },
    effects: {
      create: {
        en: "The listed identities gain the policy, and any identity NOT listed loses it. With an AWS-managed policy this can silently strip permissions from roles elsewhere in the account.",
        ja: "リストの ID がポリシーを得て、リストに無い ID はポリシーを失います。AWS 管理ポリシーに使うと、アカウント内の別のロールから気付かないうちに権限を奪うことがあります。",
      },
      update: {
        en: "Identities added to the lists gain the policy; identities removed lose it immediately.",
        ja: "リストに追加された ID はポリシーを得て、外された ID はすぐに失います。",
      },
      delete: {
        en: "The policy is detached from every listed identity.",
        ja: "リストのすべての ID からポリシーがデタッチされます。",
      },
      replace: {
        en: "Detach from all, then attach again: a window where nobody has the permissions.",
        ja: "全員からデタッチしてからアタッチし直すため、誰も権限を持たない時間帯があります。",
      },
    },
    docs: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_manage-attach-detach.html",
    related: {
      en: "Prefer the non-exclusive aws_iam_role_policy_attachment, aws_iam_user_policy_attachment and aws_iam_group_policy_attachment.",
      ja: "排他的でない aws_iam_role_policy_attachment、aws_iam_user_policy_attachment、aws_iam_group_policy_attachment を使うのがおすすめです。",
    },
  },
  {
    types: ["aws_iam_policy_document"],
    title: { en: "IAM policy document (data source)", ja: "IAM ポリシードキュメント（データソース）" },
    service: "IAM",
    what: {
      en: "A read-only helper computed by Terraform itself (no AWS call) that turns HCL blocks into IAM policy JSON for roles, policies, bucket policies and key policies.",
      ja: "Terraform 自身が計算する読み取り専用のヘルパー（AWS への呼び出しはありません）で、HCL のブロックからロール・ポリシー・バケットポリシー・キーポリシー用の IAM ポリシー JSON を作ります。",
    },
    analogy: {
      en: "Like a typed query builder that produces a JSON string: you write structured blocks, it renders the JSON and catches typos early.",
      ja: "JSON 文字列を生成する型付きのクエリビルダーのようなものです。構造化されたブロックを書くと JSON を出力してくれ、タイプミスも早めに見つかります。",
    },
    effects: {},
    docs: "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html",
    related: {
      en: "It changes nothing by itself; what matters is the resource that uses its .json output (aws_iam_role's assume_role_policy, aws_iam_policy, aws_s3_bucket_policy...). Read the diff on that resource.",
      ja: "これ自体は何も変更しません。重要なのはその .json 出力を使うリソース（aws_iam_role の assume_role_policy、aws_iam_policy、aws_s3_bucket_policy など）なので、そちらの差分を読んでください。",
    },
  },
];
