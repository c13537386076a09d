import type { CatalogEntry } from "../../types.js";

export const googleResourceManagerEntries: CatalogEntry[] = [
  {
    types: ["google_project"],
    title: { en: "Google Cloud project", ja: "Google Cloud プロジェクト" },
    service: "Resource Manager",
    what: {
      en: "The container every Google Cloud resource lives in: it owns the resources, the enabled APIs, the IAM policy and the link to a billing account.",
      ja: "Google Cloud のすべてのリソースが属する入れ物です。リソース、有効化した API、IAM ポリシー、請求先アカウントとの紐づけを持ちます。",
    },
    analogy: {
      en: "A separate app environment with its own database, secrets and bill, like a dedicated Vercel team per product.",
      ja: "DB・シークレット・請求がそれぞれ独立したアプリ環境のようなものです。製品ごとに専用の Vercel チームを持つイメージです。",
    },
    effects: {
      create: {
        en: "A new, empty project is created and linked to billing if billing_account is set; most APIs still have to be enabled (google_project_service).",
        ja: "空のプロジェクトが作られ、billing_account があれば請求先に紐づきます。ほとんどの API は別途有効化（google_project_service）が必要です。",
      },
      update: {
        en: "Usually labels, name, folder or billing account. Moving folders changes which inherited IAM and organization policies apply; unlinking billing stops paid resources.",
        ja: "主にラベル、名前、フォルダ、請求先アカウントの変更です。フォルダを移すと継承される IAM や組織ポリシーが変わり、請求先を外すと有料リソースが停止します。",
      },
      delete: {
        en: "The project is shut down: every VM, database, bucket and API in it stops at once. Google keeps it recoverable for about 30 days, then deletes everything permanently. Recent google providers refuse unless deletion_policy allows it.",
        ja: "プロジェクトがシャットダウンされ、中の VM・DB・バケット・API がすべて一斉に止まります。約30日間は復元できますが、その後はすべて完全に削除されます。最近の google プロバイダーは deletion_policy で許可しない限り削除を拒否します。",
      },
      replace: {
        en: "Changing project_id means a new, empty project and the shutdown of the old one with everything in it. Almost never what you want.",
        ja: "project_id を変えると、新しい空のプロジェクトが作られ、古いプロジェクトは中身ごとシャットダウンされます。ほぼ確実に意図した変更ではありません。",
      },
    },
    docs: "https://cloud.google.com/resource-manager/docs/creating-managing-projects",
    stateful: true,
    related: {
      en: "Sits inside a google_folder or directly under the organization; APIs are turned on with google_project_service and access with google_project_iam_*.",
      ja: "google_folder の中か組織の直下に置かれます。API は google_project_service で有効にし、アクセス権は google_project_iam_* で与えます。",
    },
  },
  {
    types: ["google_folder"],
    title: { en: "Resource Manager folder", ja: "フォルダ（Resource Manager）" },
    service: "Resource Manager",
    what: {
      en: "A grouping of projects (and other folders) under the organization, used to apply IAM and organization policies to many projects at once.",
      ja: "組織の下でプロジェクト（や別のフォルダ）をまとめる単位です。IAM や組織ポリシーを多数のプロジェクトへ一度に適用するために使います。",
    },
    analogy: {
      en: "A GitHub organization's team hierarchy: permissions given to the parent team flow down to every child team.",
      ja: "GitHub 組織のチーム階層のようなものです。親チームに与えた権限が子チームすべてに引き継がれます。",
    },
    effects: {
      create: {
        en: "A new, empty folder appears; it inherits the organization's IAM and policies.",
        ja: "新しい空のフォルダができ、組織の IAM やポリシーを継承します。",
      },
      update: {
        en: "Renaming is harmless; moving it to another parent changes the inherited IAM and organization policies of every project inside.",
        ja: "名前の変更は無害です。別の親へ移動すると、中のすべてのプロジェクトで継承される IAM や組織ポリシーが変わります。",
      },
      delete: {
        en: "Only possible once the folder is empty; otherwise the apply fails. Permissions granted on the folder disappear for whatever was inside.",
        ja: "フォルダが空でないと削除できず、apply は失敗します。フォルダに付与していた権限は、中にあったものから消えます。",
      },
      replace: {
        en: "A new folder is created; projects must be moved into it, and grants on the old folder do not follow.",
        ja: "新しいフォルダが作られます。プロジェクトを移し直す必要があり、古いフォルダへの付与は引き継がれません。",
      },
    },
    docs: "https://cloud.google.com/resource-manager/docs/creating-managing-folders",
  },
  {
    types: ["google_project_service"],
    title: { en: "Enabled API (project service)", ja: "API の有効化（プロジェクトサービス）" },
    service: "Service Usage",
    what: {
      en: "Turns on one Google API (for example run.googleapis.com or sqladmin.googleapis.com) in a project; nothing of that kind can be created until it is enabled.",
      ja: "プロジェクトで1つの Google API（run.googleapis.com や sqladmin.googleapis.com など）を有効にします。有効にするまでその種類のリソースは作れません。",
    },
    analogy: {
      en: "Installing a dependency before importing it: the code that uses it fails until it is there.",
      ja: "import する前にパッケージをインストールするようなものです。入っていなければ、それを使うコードは失敗します。",
    },
    effects: {
      create: {
        en: "The API is enabled, usually within a minute; resources of that service can now be created (some APIs take a few minutes to propagate).",
        ja: "API が通常1分以内に有効になり、そのサービスのリソースを作れるようになります（反映に数分かかる API もあります）。",
      },
      update: {
        en: "Only Terraform-side flags such as disable_on_destroy change; the API itself is unaffected.",
        ja: "disable_on_destroy など Terraform 側のフラグだけが変わり、API 自体には影響しません。",
      },
      delete: {
        en: "With disable_on_destroy (the default) the API is turned off: every resource of that service in the project stops working, and with disable_dependent_services other APIs go too.",
        ja: "disable_on_destroy（既定で有効）の場合、API が無効化され、プロジェクト内のそのサービスのリソースがすべて動かなくなります。disable_dependent_services があれば依存する他の API も無効になります。",
      },
      replace: {
        en: "The API may be disabled and enabled again, with the same outage risk as a delete in between.",
        ja: "API がいったん無効化されてから再度有効化されることがあり、その間は削除と同じ障害リスクがあります。",
      },
    },
    docs: "https://cloud.google.com/service-usage/docs/enable-disable",
  },
  {
    types: [
      "google_organization_policy",
      "google_folder_organization_policy",
      "google_project_organization_policy",
      "google_org_policy_policy",
    ],
    title: { en: "Organization policy (constraint)", ja: "組織のポリシー（制約）" },
    service: "Organization Policy",
    what: {
      en: "Sets one guardrail constraint (for example \"no external IPs on VMs\", \"only these regions\", \"only our domain in IAM\") on an organization, folder or project, inherited downwards.",
      ja: "組織・フォルダ・プロジェクトに1つのガードレール制約（「VM に外部 IP を付けない」「使えるリージョンを限定」「IAM は自社ドメインのみ」など）を設定し、下の階層に継承させます。",
    },
    analogy: {
      en: "A lint rule enforced in CI for every repository: it does not change existing code, but new violations are rejected.",
      ja: "全リポジトリの CI で強制される lint ルールのようなものです。既存のコードは変えませんが、新しい違反は拒否されます。",
    },
    effects: {
      create: {
        en: "From now on, creating or changing resources that violate the constraint fails with a policy error, including in other teams' deploys. Existing resources are generally left running.",
        ja: "これ以降、制約に違反するリソースの作成や変更はポリシーエラーで失敗します。他チームのデプロイも対象です。既存のリソースは基本的にそのまま動き続けます。",
      },
      update: {
        en: "Tightening the rule blocks deploys that worked yesterday; loosening it removes a guardrail. Check which projects inherit it.",
        ja: "ルールを厳しくすると昨日まで通っていたデプロイが失敗し、緩めるとガードレールが外れます。どのプロジェクトが継承しているか確認しましょう。",
      },
      delete: {
        en: "The constraint falls back to what the parent (or Google's default) says, which may be more permissive.",
        ja: "制約は親（または Google の既定値）の設定に戻り、より緩くなることがあります。",
      },
      replace: {
        en: "The policy is removed and set again; for a moment the inherited default applies.",
        ja: "ポリシーをいったん外して設定し直すため、短い間だけ継承された既定値が適用されます。",
      },
    },
    docs: "https://cloud.google.com/resource-manager/docs/organization-policy/overview",
    related: {
      en: "google_organization_policy, google_folder_organization_policy and google_project_organization_policy use the older v1 API; google_org_policy_policy is the v2 API for the same policies. Do not manage one constraint with both.",
      ja: "google_organization_policy・google_folder_organization_policy・google_project_organization_policy は旧 v1 API、google_org_policy_policy は同じポリシーを扱う v2 API です。1つの制約を両方で管理してはいけません。",
    },
  },
  {
    types: ["google_access_context_manager_access_policy"],
    title: { en: "Access Context Manager access policy", ja: "Access Context Manager のアクセスポリシー" },
    service: "VPC Service Controls",
    what: {
      en: "The organization-wide container that holds access levels and VPC Service Controls perimeters; usually there is exactly one per organization.",
      ja: "アクセスレベルと VPC Service Controls の境界（perimeter）を入れておく、組織全体の入れ物です。通常は組織に1つだけです。",
    },
    analogy: {
      en: "The config file that holds all your firewall rules: on its own it allows or blocks nothing.",
      ja: "ファイアウォールルールをまとめて置く設定ファイルのようなもので、それ自体は何も許可も拒否もしません。",
    },
    effects: {
      create: {
        en: "An empty policy is created; nothing is enforced until perimeters or access levels are added to it.",
        ja: "空のポリシーが作られます。境界やアクセスレベルを追加するまで何も強制されません。",
      },
      update: {
        en: "Title or scopes change; scoping it to a folder or project changes which resources its perimeters can cover.",
        ja: "タイトルやスコープの変更です。フォルダやプロジェクトにスコープすると、境界で守れるリソースの範囲が変わります。",
      },
      delete: {
        en: "Deletes every access level and service perimeter inside it: all VPC Service Controls protection under it disappears.",
        ja: "中のすべてのアクセスレベルと境界が削除され、その配下の VPC Service Controls による保護がすべてなくなります。",
      },
      replace: {
        en: "All perimeters and access levels are deleted and must be created again, leaving data unprotected in between.",
        ja: "すべての境界とアクセスレベルが削除されてから作り直されるため、その間データが保護されない状態になります。",
      },
    },
    docs: "https://cloud.google.com/access-context-manager/docs/overview",
  },
  {
    types: ["google_access_context_manager_service_perimeter"],
    title: { en: "VPC Service Controls perimeter", ja: "VPC Service Controls の境界（サービス境界）" },
    service: "VPC Service Controls",
    what: {
      en: "A boundary around a set of projects and Google APIs (Storage, BigQuery...) that blocks API calls crossing it, to prevent data exfiltration even with valid credentials.",
      ja: "一連のプロジェクトと Google API（Storage、BigQuery など）を囲む境界で、境界をまたぐ API 呼び出しを遮断します。正しい認証情報があってもデータを持ち出せないようにするためのものです。",
    },
    analogy: {
      en: "A CORS policy for your whole data platform: requests from outside the allowed origins are refused even if the user is logged in.",
      ja: "データ基盤全体にかける CORS ポリシーのようなものです。ログイン済みでも、許可されていない場所からのリクエストは拒否されます。",
    },
    effects: {
      create: {
        en: "Calls to the restricted APIs from outside the perimeter (CI runners, laptops, other projects) start failing with VPC Service Controls errors. Try it in dry-run mode first.",
        ja: "境界の外（CI ランナー、手元の PC、他のプロジェクト）から制限対象 API への呼び出しが VPC Service Controls エラーで失敗し始めます。まずはドライランモードで試しましょう。",
      },
      update: {
        en: "Adding projects or services blocks traffic that used to work; removing them drops protection. Ingress/egress rule changes open or close specific paths.",
        ja: "プロジェクトやサービスを追加すると今まで通っていた通信が遮断され、外すと保護がなくなります。ingress/egress ルールの変更は特定の経路を開閉します。",
      },
      delete: {
        en: "The protection is removed: data in those projects can again be read from anywhere with valid credentials.",
        ja: "保護がなくなり、正しい認証情報があればどこからでもそのプロジェクトのデータを読めるようになります。",
      },
      replace: {
        en: "The perimeter disappears and is created again; there is a window without protection, then possibly blocked traffic.",
        ja: "境界がいったん消えてから作り直されます。保護のない時間があり、その後は通信が遮断される可能性があります。",
      },
    },
    docs: "https://cloud.google.com/vpc-service-controls/docs/service-perimeters",
    related: {
      en: "Lives inside a google_access_context_manager_access_policy and may reference access levels defined in the same policy.",
      ja: "google_access_context_manager_access_policy の中に作られ、同じポリシー内のアクセスレベルを参照できます。",
    },
  },
];
