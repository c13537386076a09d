import type { CatalogEntry } from "../../types.js";

// IAM identities: who can act (users, groups, roles) and how they get credentials.
// Relations are spelled out in `related` because that is what the team's study sessions found hardest.

export const iamIdentityEntries: CatalogEntry[] = [
  {
    types: ["aws_iam_user"],
    title: { en: "IAM user", ja: "IAM ユーザー" },
    service: "IAM",
    what: {
      en: "A long-lived identity for one person or one program, which can sign in to the console or call AWS APIs with access keys.",
      ja: "1 人の人間または 1 つのプログラムを表す長期的な ID で、コンソールへのサインインやアクセスキーによる AWS API 呼び出しに使います。",
    },
    analogy: {
      en: "Like a user account in your app's database: it exists on its own, and what it may do is decided by the roles and permissions you give it.",
      ja: "アプリのデータベースにあるユーザーアカウントのようなものです。アカウント自体は単独で存在し、何ができるかは付与した権限で決まります。",
    },
    effects: {
      create: {
        en: "A new identity appears. It can do nothing until a policy is attached, and it has no credentials until an access key or login profile is created.",
        ja: "新しい ID が作成されます。ポリシーをアタッチするまでは何もできず、アクセスキーやログインプロファイルを作るまでは認証情報もありません。",
      },
      update: {
        en: "Usually a rename, a path or a tag change. A rename keeps the user's unique ID, keys and policies, but IAM does not rewrite policies that name the user as a resource by its old name.",
        ja: "多くは名前・パス・タグの変更です。名前を変えても一意の ID・キー・ポリシーはそのままですが、古い名前でこのユーザーをリソースとして指定しているポリシーは IAM が書き換えてくれません。",
      },
      delete: {
        en: "The person or program loses access at once: its access keys, console password and MFA devices go with it. Scripts and CI jobs using its keys start failing.",
        ja: "その人またはプログラムは即座にアクセスを失います。アクセスキー、コンソールパスワード、MFA デバイスも一緒に消えるため、そのキーを使うスクリプトや CI ジョブが失敗し始めます。",
      },
      replace: {
        en: "The user is deleted and recreated with a new unique ID: old access keys stop working and must be reissued, and resource policies that referenced the old user do not trust the new one.",
        ja: "ユーザーが削除されて新しい一意の ID で作り直されます。古いアクセスキーは使えなくなるため再発行が必要で、古いユーザーを参照していたリソースポリシーは新しいユーザーを信頼しません。",
      },
    },
    docs: "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_users.html",
    related: {
      en: "A user gets permissions from policies attached directly (aws_iam_user_policy, aws_iam_user_policy_attachment) or through the groups it belongs to. For people, prefer groups; for programs running in AWS, prefer roles, which need no long-lived keys.",
      ja: "ユーザーの権限は、直接アタッチしたポリシー（aws_iam_user_policy、aws_iam_user_policy_attachment）か、所属するグループから付与されます。人にはグループ経由の付与を、AWS 上で動くプログラムには長期キーが不要なロールを使うのがおすすめです。",
    },
  },
  {
    types: ["aws_iam_group"],
    title: { en: "IAM group", ja: "IAM グループ" },
    service: "IAM",
    what: {
      en: "A named set of IAM users that share the same policies; a group cannot sign in or be assumed itself.",
      ja: "同じポリシーを共有する IAM ユーザーの集まりです。グループ自体がサインインしたり引き受けられたりすることはありません。",
    },
    analogy: {
      en: "Like a team in GitHub: you grant the team access to a repository once, and everyone added to the team gets it.",
      ja: "GitHub のチームのようなものです。チームに一度リポジトリの権限を与えれば、チームに追加された全員がその権限を得ます。",
    },
    effects: {
      create: {
        en: "An empty group appears; nothing changes for anyone until users are added and policies attached.",
        ja: "空のグループが作成されます。ユーザーを追加してポリシーをアタッチするまで、誰にも影響はありません。",
      },
      update: {
        en: "Usually a rename or path change; members and attached policies stay, but policies that name the group by its old name are not rewritten.",
        ja: "多くは名前やパスの変更です。メンバーとアタッチ済みのポリシーはそのまま残りますが、古い名前でグループを指定しているポリシーは書き換えられません。",
      },
      delete: {
        en: "Every member loses the permissions that came through this group at once.",
        ja: "このグループ経由で得ていた権限を、全メンバーが即座に失います。",
      },
      replace: {
        en: "Members and attachments must be re-applied to the new group; until Terraform finishes, members may briefly lack the group's permissions.",
        ja: "メンバーとポリシーのアタッチを新しいグループに付け直す必要があります。Terraform の処理が終わるまで、メンバーが一時的にグループの権限を失うことがあります。",
      },
    },
    docs: "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups.html",
    related: {
      en: "Members come from aws_iam_group_membership or aws_iam_user_group_membership; permissions from aws_iam_group_policy (inline) or aws_iam_group_policy_attachment (managed policy).",
      ja: "メンバーは aws_iam_group_membership か aws_iam_user_group_membership で、権限は aws_iam_group_policy（インライン）か aws_iam_group_policy_attachment（管理ポリシー）で設定します。",
    },
  },
  {
    types: ["aws_iam_group_membership"],
    title: { en: "IAM group membership (exclusive)", ja: "IAM グループメンバーシップ（排他的）" },
    service: "IAM",
    what: {
      en: "The complete member list of one IAM group: Terraform removes any user in the group that is not listed here.",
      ja: "1 つの IAM グループのメンバー一覧全体です。ここに書かれていないユーザーがグループにいると、Terraform はそのユーザーを外します。",
    },
    analogy: {
      en: "Like replacing an array wholesale instead of pushing to it: the list in code becomes the list in AWS, and anyone added by hand is removed.",
      ja: "配列に push するのではなく配列ごと置き換えるようなものです。コード上のリストがそのまま AWS 上のリストになり、手作業で追加した人は外されます。",
    },
    effects: {
      create: {
        en: "The listed users join the group and immediately get its permissions; users added by hand elsewhere are removed.",
        ja: "リストのユーザーがグループに参加し、すぐにグループの権限を得ます。別の場所で手作業で追加されたユーザーは外されます。",
      },
      update: {
        en: "Users added to the list gain the group's permissions; users dropped from the list lose them immediately.",
        ja: "リストに追加されたユーザーはグループの権限を得て、リストから外されたユーザーは即座に権限を失います。",
      },
      delete: {
        en: "All listed users are removed from the group and lose its permissions.",
        ja: "リストのユーザー全員がグループから外され、その権限を失います。",
      },
      replace: {
        en: "Members are removed and added back; for a moment they lack the group's permissions.",
        ja: "メンバーが一度外されてから追加し直されるため、一瞬だけグループの権限がない状態になります。",
      },
    },
    docs: "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups_manage_add-remove-users.html",
    related: {
      en: "Do not mix it with aws_iam_user_group_membership for the same group: the two fight over the member list on every apply.",
      ja: "同じグループに対して aws_iam_user_group_membership と併用しないでください。apply のたびにメンバー一覧を奪い合います。",
    },
  },
  {
    types: ["aws_iam_user_group_membership"],
    title: { en: "IAM user's group memberships", ja: "IAM ユーザーのグループ所属" },
    service: "IAM",
    what: {
      en: "The groups one IAM user belongs to, managed without touching other members of those groups.",
      ja: "1 人の IAM ユーザーが所属するグループの設定で、グループの他のメンバーには影響しません。",
    },
    analogy: {
      en: "Like adding yourself to a few Slack channels: the channels keep their other members.",
      ja: "自分をいくつかの Slack チャンネルに追加するようなものです。チャンネルの他のメンバーはそのままです。",
    },
    effects: {
      create: {
        en: "The user joins the listed groups and gains their permissions.",
        ja: "ユーザーがリストのグループに参加し、その権限を得ます。",
      },
      update: {
        en: "The user joins or leaves groups; permissions change immediately.",
        ja: "ユーザーがグループに参加または脱退し、権限がすぐに変わります。",
      },
      delete: {
        en: "The user leaves the listed groups and loses the permissions that came from them.",
        ja: "ユーザーがリストのグループから抜け、そこから得ていた権限を失います。",
      },
    },
    docs: "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups_manage_add-remove-users.html",
  },
  {
    types: ["aws_iam_role"],
    title: { en: "IAM role", ja: "IAM ロール" },
    service: "IAM",
    what: {
      en: "An identity with no password or long-lived keys that a trusted principal (an ECS task, a Lambda function, a CI job, a person) assumes to get short-lived credentials.",
      ja: "パスワードや長期キーを持たない ID で、信頼されたプリンシパル（ECS タスク、Lambda 関数、CI ジョブ、人など）が引き受ける（AssumeRole）ことで一時的な認証情報を得ます。",
    },
    analogy: {
      en: "Like a hat with permissions written on it: whoever the trust policy allows may put it on, and while wearing it they act with its permissions, for a limited time (like a short-lived JWT).",
      ja: "権限が書かれた帽子のようなものです。信頼ポリシーで許可された人だけがかぶることができ、かぶっている間だけ（有効期限付きの JWT のように）その権限で行動できます。",
    },
    effects: {
      create: {
        en: "A new role appears. Nothing can use it until something is configured to assume it, and it can do nothing until permission policies are attached.",
        ja: "新しいロールが作成されます。何かがこのロールを引き受けるよう設定されるまで使われず、権限ポリシーをアタッチするまで何もできません。",
      },
      update: {
        en: "Often the trust policy (assume_role_policy) changes, which changes WHO may assume the role; read it as carefully as a firewall change. Changes apply within seconds.",
        ja: "よくあるのは信頼ポリシー（assume_role_policy）の変更で、これは「誰がこのロールを引き受けられるか」を変えます。ファイアウォールの変更と同じくらい注意して読んでください。変更は数秒で反映されます。",
      },
      delete: {
        en: "Everything that assumes the role (ECS tasks, Lambda functions, EC2 instances, CI deploys) gets AccessDenied the next time it needs credentials.",
        ja: "このロールを引き受けているもの（ECS タスク、Lambda 関数、EC2 インスタンス、CI のデプロイなど）は、次に認証情報が必要になった時点で AccessDenied になります。",
      },
      replace: {
        en: "Usually caused by a name change. The role is recreated with a new unique ID; inline policies and attachments are re-created by Terraform, but resource policies elsewhere (S3 bucket policies, KMS key policies) that named the old role must be checked.",
        ja: "主に名前の変更が原因です。ロールは新しい一意の ID で作り直されます。インラインポリシーやアタッチは Terraform が作り直しますが、他の場所（S3 バケットポリシー、KMS キーポリシーなど）で古いロールを指定していないか確認が必要です。",
      },
    },
    docs: "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles.html",
    related: {
      en: "A role has two sides. The trust policy (assume_role_policy, often built with data.aws_iam_policy_document) says who may assume it: this is the 'assume role' mechanism. Permission policies say what it may do: inline via aws_iam_role_policy, or managed via aws_iam_policy + aws_iam_role_policy_attachment. ECS uses two roles per task definition: the execution role (pull the image from ECR, write logs, read secrets) and the task role (what your Fastify code may call).",
      ja: "ロールには 2 つの面があります。信頼ポリシー（assume_role_policy、よく data.aws_iam_policy_document で作ります）は「誰が引き受けられるか」を決め、これが Assume Role の仕組みです。権限ポリシーは「何ができるか」を決め、aws_iam_role_policy（インライン）か、aws_iam_policy と aws_iam_role_policy_attachment（管理ポリシー）で付けます。ECS ではタスク定義ごとに 2 つのロールを使います。タスク実行ロール（ECR からのイメージ取得、ログ出力、シークレット読み取り）と、タスクロール（Fastify のコードが呼び出せる AWS API）です。",
    },
  },
  {
    types: ["aws_iam_service_linked_role"],
    title: { en: "IAM service-linked role", ja: "IAM サービスリンクロール" },
    service: "IAM",
    what: {
      en: "A role owned by an AWS service (such as ECS, ELB or Auto Scaling) with permissions predefined by that service, so it can act in your account on your behalf.",
      ja: "ECS、ELB、Auto Scaling などの AWS サービスが所有するロールで、権限はそのサービスがあらかじめ定義しており、サービスがあなたのアカウントで代わりに操作するために使います。",
    },
    analogy: {
      en: "Like the permissions a GitHub App asks for when installed: the vendor decides what they are; you only choose whether to allow it.",
      ja: "GitHub App をインストールするときに求められる権限のようなものです。内容はベンダーが決め、こちらは許可するかどうかだけを選びます。",
    },
    effects: {
      create: {
        en: "Lets the service act in the account. Often AWS creates it automatically the first time you use the service, so creating it again may fail with 'already exists'.",
        ja: "サービスがアカウント内で操作できるようになります。初めてサービスを使ったときに AWS が自動作成していることが多く、その場合は「既に存在する」エラーになることがあります。",
      },
      delete: {
        en: "The service can no longer manage its resources; AWS refuses the deletion while resources still depend on the role.",
        ja: "サービスが自分のリソースを管理できなくなります。ロールに依存するリソースが残っている間は、AWS が削除を拒否します。",
      },
    },
    docs: "https://docs.aws.amazon.com/IAM/latest/UserGuide/using-service-linked-roles.html",
  },
  {
    types: ["aws_iam_instance_profile"],
    title: { en: "IAM instance profile", ja: "IAM インスタンスプロファイル" },
    service: "IAM",
    what: {
      en: "A container that hands one IAM role to EC2 instances, so software on the instance gets the role's credentials without stored keys.",
      ja: "1 つの IAM ロールを EC2 インスタンスに渡すための入れ物で、インスタンス上のソフトウェアはキーを保存せずにロールの認証情報を得られます。",
    },
    analogy: {
      en: "Like a badge holder clipped to a server: the badge inside is the role, and any process on the machine can show it.",
      ja: "サーバーに付けた社員証ホルダーのようなものです。中に入っている社員証がロールで、マシン上のどのプロセスもそれを提示できます。",
    },
    effects: {
      create: {
        en: "Nothing changes until an instance or launch template references it.",
        ja: "インスタンスや起動テンプレートが参照するまで、何も変わりません。",
      },
      update: {
        en: "Switching the role changes the permissions of every instance using this profile within minutes.",
        ja: "ロールを差し替えると、このプロファイルを使う全インスタンスの権限が数分以内に変わります。",
      },
      delete: {
        en: "Instances using it lose their AWS credentials; new instances that reference it fail to launch.",
        ja: "これを使うインスタンスは AWS の認証情報を失い、参照する新しいインスタンスは起動に失敗します。",
      },
      replace: {
        en: "Instances must be pointed at the new profile; a launch template that names it by ARN changes too.",
        ja: "インスタンスを新しいプロファイルに向け直す必要があり、ARN で参照している起動テンプレートも変更されます。",
      },
    },
    docs: "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2_instance-profiles.html",
    related: {
      en: "EC2 instance → instance profile → IAM role → permission policies. ECS on Fargate and Lambda take a role directly and need no instance profile.",
      ja: "EC2 インスタンス → インスタンスプロファイル → IAM ロール → 権限ポリシー、という関係です。Fargate の ECS や Lambda はロールを直接受け取るため、インスタンスプロファイルは不要です。",
    },
  },
  {
    types: ["aws_iam_access_key"],
    title: { en: "IAM access key", ja: "IAM アクセスキー" },
    service: "IAM",
    what: {
      en: "A long-lived key pair (access key ID and secret) that lets an IAM user call AWS APIs; the secret ends up in Terraform state.",
      ja: "IAM ユーザーが AWS API を呼ぶための長期的なキーペア（アクセスキー ID とシークレット）で、シークレットは Terraform の state に保存されます。",
    },
    analogy: {
      en: "Like a personal access token that never expires: convenient, and dangerous if it leaks, because whoever holds it is that user.",
      ja: "有効期限のない個人アクセストークンのようなものです。便利ですが、漏れると持っている人が誰でもそのユーザーになれてしまいます。",
    },
    effects: {
      create: {
        en: "A new credential exists. Whoever can read the Terraform state can read the secret; prefer roles (or OIDC for CI) where possible.",
        ja: "新しい認証情報ができます。Terraform の state を読める人は誰でもシークレットを読めるため、できればロール（CI なら OIDC）を使ってください。",
      },
      update: {
        en: "Usually an Active/Inactive status change: Inactive makes every caller using this key fail at once.",
        ja: "多くは Active/Inactive の切り替えです。Inactive にすると、このキーを使う呼び出しがすべて即座に失敗します。",
      },
      delete: {
        en: "The key is revoked immediately: every script, CI job or app configured with it gets authentication errors.",
        ja: "キーが即座に無効になり、このキーを設定したスクリプト・CI ジョブ・アプリはすべて認証エラーになります。",
      },
      replace: {
        en: "A forced rotation: the old key is deleted and a new one created, so everything using the old key fails until it is given the new secret.",
        ja: "強制的なローテーションです。古いキーが削除されて新しいキーが作られるため、古いキーを使っているものは新しいシークレットに更新するまで失敗します。",
      },
    },
    docs: "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html",
    related: {
      en: "Belongs to one aws_iam_user. The team's aws-vault setup keeps such keys out of plain files and assumes roles from them.",
      ja: "1 人の aws_iam_user に属します。チームで使っている aws-vault は、このようなキーを平文ファイルに置かず、そこからロールを引き受けるための仕組みです。",
    },
  },
  {
    types: ["aws_iam_user_login_profile"],
    title: { en: "IAM user console password", ja: "IAM ユーザーのコンソールパスワード" },
    service: "IAM",
    what: {
      en: "The console sign-in password of one IAM user.",
      ja: "1 人の IAM ユーザーのコンソールサインイン用パスワードです。",
    },
    analogy: {
      en: "Like setting an initial password for a new employee's account that they must change on first login.",
      ja: "新入社員のアカウントに初期パスワードを設定し、初回ログイン時に変更してもらうようなものです。",
    },
    effects: {
      create: {
        en: "The user can sign in to the AWS console (subject to the account password policy).",
        ja: "ユーザーが AWS コンソールにサインインできるようになります（アカウントのパスワードポリシーに従います）。",
      },
      delete: {
        en: "The user can no longer sign in to the console; API keys keep working.",
        ja: "ユーザーはコンソールにサインインできなくなります。API キーは引き続き使えます。",
      },
      replace: {
        en: "A new password is generated; the user must be told the new one.",
        ja: "新しいパスワードが生成されるため、ユーザーに新しいパスワードを伝える必要があります。",
      },
    },
    docs: "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_admin-change-user.html",
  },
  {
    types: ["aws_iam_openid_connect_provider"],
    title: { en: "IAM OIDC identity provider", ja: "IAM OIDC ID プロバイダー" },
    service: "IAM",
    what: {
      en: "Tells AWS to trust tokens from an OpenID Connect issuer (GitHub Actions, an EKS cluster, Auth0...), so roles can be assumed with those tokens instead of stored access keys.",
      ja: "OpenID Connect の発行元（GitHub Actions、EKS クラスター、Auth0 など）のトークンを AWS が信頼するための設定で、保存したアクセスキーの代わりにそのトークンでロールを引き受けられるようになります。",
    },
    analogy: {
      en: "Like adding 'Sign in with Google' to your app: you trust Google's signed tokens instead of storing passwords.",
      ja: "アプリに「Google でログイン」を追加するようなものです。パスワードを保存する代わりに、Google が署名したトークンを信頼します。",
    },
    effects: {
      create: {
        en: "Nothing can sign in yet; a role's trust policy must also allow this provider (and should restrict the token's subject, e.g. one GitHub repository).",
        ja: "これだけではまだ誰もサインインできません。ロールの信頼ポリシーでこのプロバイダーを許可する必要があります（トークンの subject を特定の GitHub リポジトリなどに絞るべきです）。",
      },
      update: {
        en: "Changing client IDs or thumbprints changes which tokens are accepted; a wrong value makes every OIDC login fail.",
        ja: "クライアント ID やサムプリントを変えると受け入れるトークンが変わります。値を間違えると OIDC ログインがすべて失敗します。",
      },
      delete: {
        en: "Every CI pipeline or pod that assumes roles through this provider gets AccessDenied: deploys stop.",
        ja: "このプロバイダー経由でロールを引き受けている CI パイプラインや Pod がすべて AccessDenied になり、デプロイが止まります。",
      },
      replace: {
        en: "A short window where OIDC logins fail; role trust policies reference the provider by ARN, which stays the same for the same URL.",
        ja: "OIDC ログインが失敗する短い時間帯があります。ロールの信頼ポリシーはプロバイダーを ARN で参照しますが、URL が同じなら ARN も同じです。",
      },
    },
    docs: "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_create_oidc.html",
    related: {
      en: "Used from the trust policy of an aws_iam_role (action sts:AssumeRoleWithWebIdentity). This is how GitHub Actions can deploy without AWS keys in repository secrets.",
      ja: "aws_iam_role の信頼ポリシー（アクション sts:AssumeRoleWithWebIdentity）から使います。GitHub Actions がリポジトリのシークレットに AWS キーを置かずにデプロイできるのはこの仕組みです。",
    },
  },
  {
    types: ["aws_iam_account_password_policy"],
    title: { en: "IAM account password policy", ja: "IAM アカウントのパスワードポリシー" },
    service: "IAM",
    what: {
      en: "The account-wide rules for IAM user console passwords: length, character classes, expiry and reuse.",
      ja: "IAM ユーザーのコンソールパスワードに対するアカウント全体のルール（長さ、文字種、有効期限、再利用の禁止）です。",
    },
    analogy: {
      en: "Like the password validation rules in your sign-up form, applied to every IAM user in the account.",
      ja: "サインアップフォームのパスワード検証ルールのようなもので、アカウント内のすべての IAM ユーザーに適用されます。",
    },
    effects: {
      create: {
        en: "New and changed passwords must follow the rules; with expiry set, existing users are asked to change passwords when they expire.",
        ja: "新規・変更するパスワードがルールに従う必要があります。有効期限を設定すると、既存ユーザーも期限切れ時に変更を求められます。",
      },
      update: {
        en: "Stricter rules apply at the next password change; a shorter expiry can force many users to change passwords soon.",
        ja: "厳しくしたルールは次のパスワード変更時から適用されます。有効期限を短くすると、多くのユーザーがすぐに変更を求められることがあります。",
      },
      delete: {
        en: "The account falls back to AWS's default, weaker password rules.",
        ja: "アカウントは AWS のデフォルトの（より緩い）パスワードルールに戻ります。",
      },
    },
    docs: "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html",
  },
];
