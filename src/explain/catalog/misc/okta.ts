import type { CatalogEntry, Text } from "../../types.js";

const OKTA_DOCS = "https://registry.terraform.io/providers/okta/okta/latest/docs/resources";

/**
 * The org-wide singletons (default policies, notification and ThreatInsight settings) always exist in
 * Okta; removing them from Terraform behaves differently per resource, so the text says so rather than
 * promising one outcome.
 */
const singletonDelete: Text = {
  en: "These settings always exist in Okta: removing the resource stops Terraform managing them, and depending on the resource the current values are kept or reset to Okta's defaults. Check before relying on either.",
  ja: "この設定は Okta に常に存在します。リソースを削除すると Terraform の管理から外れ、リソースによって現在の値がそのまま残るか、Okta の既定値に戻ります。どちらになるか事前に確認してください。",
};

export const oktaEntries: CatalogEntry[] = [
  {
    types: ["okta_user"],
    title: { en: "Okta user", ja: "Okta ユーザー" },
    service: "Okta",
    what: {
      en: "A person's account in Okta, the company's identity provider used for single sign-on (SSO) to every app.",
      ja: "会社の ID プロバイダー Okta における個人のアカウントで、すべてのアプリへのシングルサインオン（SSO）に使われます。",
    },
    analogy: {
      en: "The user row your auth system checks on every login, shared by all company tools.",
      ja: "ログインのたびに認証システムが確認するユーザー行を、社内ツール全体で共有しているようなものです。",
    },
    effects: {
      create: {
        en: "The account is created (and activated, depending on status); the person may receive an activation email.",
        ja: "アカウントが作られ（status によっては有効化され）、本人に有効化メールが届くことがあります。",
      },
      update: {
        en: "Profile attributes change and flow to connected apps; a status change can suspend or deactivate the user.",
        ja: "プロフィール属性が変わり、連携アプリへ同期されます。status の変更でユーザーが一時停止・無効化されることがあります。",
      },
      delete: {
        en: "The user is deactivated and deleted: they lose SSO access to every app at once.",
        ja: "ユーザーが無効化・削除され、すべてのアプリへの SSO アクセスを一斉に失います。",
      },
      replace: {
        en: "A new account with a new ID: app assignments, factors and history of the old account do not follow.",
        ja: "新しい ID のアカウントになり、古いアカウントのアプリ割り当て、MFA 要素、履歴は引き継がれません。",
      },
    },
    docs: `${OKTA_DOCS}/user`,
  },
  {
    types: ["okta_group"],
    title: { en: "Okta group", ja: "Okta グループ" },
    service: "Okta",
    what: {
      en: "A group of Okta users; apps, admin roles and policies are usually assigned to groups rather than to people.",
      ja: "Okta ユーザーのグループです。アプリ、管理者ロール、ポリシーは通常、個人ではなくグループに割り当てます。",
    },
    analogy: {
      en: "A GitHub team: access is granted to the team, people join or leave it.",
      ja: "GitHub のチームのようなものです。アクセス権はチームに与え、人はチームに入ったり抜けたりします。",
    },
    effects: {
      create: {
        en: "An empty group is created; nothing is granted until apps or roles are assigned to it.",
        ja: "空のグループが作られ、アプリやロールを割り当てるまでは何も付与されません。",
      },
      update: {
        en: "Name or description changes; rules and assignments that reference the group by ID keep working.",
        ja: "名前や説明の変更です。ID でグループを参照するルールや割り当てはそのまま動きます。",
      },
      delete: {
        en: "Members lose every app, role and policy that came through this group.",
        ja: "メンバーは、このグループ経由で得ていたアプリ・ロール・ポリシーをすべて失います。",
      },
      replace: {
        en: "A new group ID: assignments and memberships must be recreated, and members lose access in between.",
        ja: "グループ ID が変わるため、割り当てやメンバーシップを作り直す必要があり、その間メンバーはアクセスを失います。",
      },
    },
    docs: `${OKTA_DOCS}/group`,
  },
  {
    types: ["okta_group_memberships"],
    title: { en: "Okta group memberships", ja: "Okta グループのメンバーシップ" },
    service: "Okta",
    what: {
      en: "Adds a list of users to one group; with track_all_users it manages the whole membership and removes users not in the list.",
      ja: "ユーザーの一覧を1つのグループに追加します。track_all_users を使うとメンバー全体を管理し、一覧にないユーザーを外します。",
    },
    analogy: {
      en: "Adding people to a GitHub team from a list in a file.",
      ja: "ファイルに書いた名簿から GitHub のチームに人を追加するようなものです。",
    },
    effects: {
      create: {
        en: "The listed users join the group and immediately get what the group grants.",
        ja: "一覧のユーザーがグループに入り、グループが与えるものをすぐに得ます。",
      },
      update: {
        en: "Users added to the list gain the group's access; users removed lose it.",
        ja: "一覧に追加されたユーザーはグループのアクセス権を得て、外されたユーザーは失います。",
      },
      delete: {
        en: "The listed users are removed from the group and lose its apps and roles.",
        ja: "一覧のユーザーがグループから外され、そのアプリやロールを失います。",
      },
      replace: {
        en: "Members are removed and added back: a short loss of access.",
        ja: "メンバーがいったん外されてから戻されるため、短時間アクセスを失います。",
      },
    },
    docs: `${OKTA_DOCS}/group_memberships`,
  },
  {
    types: ["okta_group_role"],
    title: { en: "Okta admin role for a group", ja: "グループへの Okta 管理者ロール" },
    service: "Okta",
    what: {
      en: "Gives every member of a group an Okta administrator role (SUPER_ADMIN, ORG_ADMIN, APP_ADMIN, HELP_DESK_ADMIN...), optionally limited to some groups or apps.",
      ja: "グループの全メンバーに Okta の管理者ロール（SUPER_ADMIN、ORG_ADMIN、APP_ADMIN、HELP_DESK_ADMIN など）を与えます。対象のグループやアプリを絞ることもできます。",
    },
    analogy: {
      en: "Making a whole team admins of your company's login system.",
      ja: "チーム全員を、会社のログイン基盤の管理者にするようなものです。",
    },
    effects: {
      create: {
        en: "Every member can now administer Okta within that role; SUPER_ADMIN can change anything, including other admins.",
        ja: "全メンバーがそのロールの範囲で Okta を管理できるようになります。SUPER_ADMIN は他の管理者を含め何でも変更できます。",
      },
      update: {
        en: "The targets (groups or apps) the admins can manage change.",
        ja: "管理者が管理できる対象（グループやアプリ）が変わります。",
      },
      delete: {
        en: "Members lose those admin rights immediately.",
        ja: "メンバーはその管理者権限を即座に失います。",
      },
      replace: {
        en: "The role is removed and granted again; admins briefly lose access.",
        ja: "ロールが外されてから再付与されるため、管理者は短時間権限を失います。",
      },
    },
    docs: `${OKTA_DOCS}/group_role`,
  },
  {
    types: ["okta_factor"],
    title: { en: "Okta MFA factor", ja: "Okta の MFA 要素" },
    service: "Okta",
    what: {
      en: "Activates or deactivates one multi-factor authentication method for the whole organization (Okta Verify, Google Authenticator, SMS, WebAuthn...).",
      ja: "組織全体で、1つの多要素認証の方式（Okta Verify、Google Authenticator、SMS、WebAuthn など）を有効化または無効化します。",
    },
    analogy: {
      en: "Turning an MFA option on or off in your app's security settings for every user.",
      ja: "アプリのセキュリティ設定で、全ユーザー向けの MFA の選択肢をオン/オフするようなものです。",
    },
    effects: {
      create: {
        en: "The factor becomes available for enrollment and sign-in.",
        ja: "その要素が登録とサインインに使えるようになります。",
      },
      update: {
        en: "Deactivating a factor stops everyone from using it: users whose only factor it is can be locked out.",
        ja: "要素を無効化すると誰も使えなくなり、それしか登録していないユーザーは締め出されることがあります。",
      },
      delete: {
        en: "The factor is deactivated for the organization, with the same lock-out risk.",
        ja: "組織でその要素が無効化され、同じく締め出しのリスクがあります。",
      },
      replace: {
        en: "The factor is briefly deactivated and activated again.",
        ja: "要素が一時的に無効化されてから再度有効化されます。",
      },
    },
    docs: `${OKTA_DOCS}/factor`,
  },
  {
    types: ["okta_network_zone"],
    title: { en: "Okta network zone", ja: "Okta ネットワークゾーン" },
    service: "Okta",
    what: {
      en: "A named set of IP ranges or locations (office IPs, VPN, blocked countries) that sign-on policies use to allow, challenge or deny logins.",
      ja: "IP 範囲や地域（オフィスの IP、VPN、ブロックする国など）の名前付きの集合で、サインオンポリシーがログインの許可・追加認証・拒否に使います。",
    },
    analogy: {
      en: "An IP allow/deny list referenced by your login rules.",
      ja: "ログインルールから参照する IP の許可/拒否リストのようなものです。",
    },
    effects: {
      create: {
        en: "The zone exists; it changes nothing until a policy rule references it (blocklist zones act immediately).",
        ja: "ゾーンができますが、ポリシーのルールが参照するまでは何も変わりません（ブロックリスト用のゾーンは即座に効きます）。",
      },
      update: {
        en: "Changing ranges changes who is treated as \"in the office\" or blocked, for every policy using the zone.",
        ja: "範囲を変えると、そのゾーンを使うすべてのポリシーで「社内」扱いやブロックの対象が変わります。",
      },
      delete: {
        en: "Refused or breaks policies that still use it; blocked IPs are no longer blocked.",
        ja: "使っているポリシーがあると拒否されるか、そのポリシーが壊れます。ブロックしていた IP はブロックされなくなります。",
      },
      replace: {
        en: "Policies must reference the new zone; meanwhile logins may be treated differently.",
        ja: "ポリシーが新しいゾーンを参照するまで、ログインの扱いが変わることがあります。",
      },
    },
    docs: `${OKTA_DOCS}/network_zone`,
  },
  {
    types: ["okta_policy_mfa_default"],
    title: { en: "Okta default MFA enrollment policy", ja: "Okta の既定 MFA 登録ポリシー" },
    service: "Okta",
    what: {
      en: "The organization's default policy deciding which MFA factors users must or may enroll.",
      ja: "ユーザーが登録しなければならない（または登録できる）MFA 要素を決める、組織の既定ポリシーです。",
    },
    analogy: {
      en: "The \"require 2FA\" setting of your GitHub organization.",
      ja: "GitHub 組織の「2FA を必須にする」設定のようなものです。",
    },
    effects: {
      create: {
        en: "Terraform takes over the existing default policy and applies these settings.",
        ja: "Terraform が既存の既定ポリシーを管理し始め、この設定を適用します。",
      },
      update: {
        en: "Making a factor required prompts every user to enroll at next sign-in.",
        ja: "要素を必須にすると、全ユーザーが次回のサインインで登録を求められます。",
      },
      delete: singletonDelete,
    },
    docs: `${OKTA_DOCS}/policy_mfa_default`,
  },
  {
    types: ["okta_policy_password_default"],
    title: { en: "Okta default password policy", ja: "Okta の既定パスワードポリシー" },
    service: "Okta",
    what: {
      en: "The organization's default password rules: length, complexity, history, expiry and lockout after failed attempts.",
      ja: "組織の既定のパスワードルール（長さ、複雑さ、履歴、有効期限、失敗時のロックアウト）です。",
    },
    analogy: {
      en: "The password validation and lockout rules of your app's sign-up form.",
      ja: "アプリの会員登録フォームのパスワード検証とロックアウトのルールのようなものです。",
    },
    effects: {
      create: {
        en: "Terraform takes over the existing default policy and applies these settings.",
        ja: "Terraform が既存の既定ポリシーを管理し始め、この設定を適用します。",
      },
      update: {
        en: "Stricter rules apply at the next password change; a shorter expiry can force many users to change passwords at once.",
        ja: "厳しいルールは次のパスワード変更から適用されます。有効期限を短くすると、多くのユーザーが一斉に変更を求められることがあります。",
      },
      delete: singletonDelete,
    },
    docs: `${OKTA_DOCS}/policy_password_default`,
  },
  {
    types: ["okta_security_notification_emails"],
    title: { en: "Okta end-user security notification emails", ja: "Okta のエンドユーザー向けセキュリティ通知メール" },
    service: "Okta",
    what: {
      en: "Turns on or off the security emails users receive: new sign-on, password changed, MFA factor enrolled or reset, and \"report suspicious activity\".",
      ja: "ユーザーが受け取るセキュリティメール（新しいサインイン、パスワード変更、MFA 要素の登録やリセット、「不審なアクティビティを報告」）のオン/オフを切り替えます。",
    },
    analogy: {
      en: "The \"email me when someone logs in from a new device\" setting, for every employee.",
      ja: "「新しい端末からログインしたらメールで知らせる」設定を、全社員に対して決めるようなものです。",
    },
    effects: {
      create: {
        en: "The chosen notifications are applied for all users.",
        ja: "選んだ通知が全ユーザーに適用されます。",
      },
      update: {
        en: "Turning a notification off means users are no longer told about that event on their account.",
        ja: "通知をオフにすると、ユーザーは自分のアカウントでのその出来事を知らされなくなります。",
      },
      delete: singletonDelete,
    },
    docs: `${OKTA_DOCS}/security_notification_emails`,
  },
  {
    types: ["okta_threat_insight_settings"],
    title: { en: "Okta ThreatInsight settings", ja: "Okta ThreatInsight の設定" },
    service: "Okta",
    what: {
      en: "Sets what Okta ThreatInsight does with sign-in attempts from IPs known for attacks: nothing, log them (audit) or block them, with excluded network zones.",
      ja: "攻撃元として知られる IP からのサインイン試行を、Okta ThreatInsight がどう扱うか（何もしない、記録する＝audit、ブロックする）と、除外するネットワークゾーンを設定します。",
    },
    analogy: {
      en: "A WAF rule on your login endpoint that blocks known-bad IPs.",
      ja: "ログインのエンドポイントに置く、既知の悪性 IP をブロックする WAF ルールのようなものです。",
    },
    effects: {
      create: {
        en: "The chosen action applies to all sign-in attempts from now on.",
        ja: "以降のすべてのサインイン試行に、選んだ動作が適用されます。",
      },
      update: {
        en: "Switching to block can stop legitimate users behind shared IPs; switching to none or audit removes the protection.",
        ja: "block に切り替えると共有 IP の正規ユーザーが止められることがあり、none や audit に切り替えると保護がなくなります。",
      },
      delete: singletonDelete,
    },
    docs: `${OKTA_DOCS}/threat_insight_settings`,
  },
];
