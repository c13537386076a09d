import type { CatalogEntry } from "../../types.js";

export const googleObservabilityEntries: CatalogEntry[] = [
  {
    types: ["google_logging_metric"],
    title: { en: "Logs-based metric", ja: "ログベースの指標" },
    service: "Cloud Logging",
    what: {
      en: "Turns log entries matching a filter into a metric (a count, or a value extracted from the log) that charts and alert policies can use.",
      ja: "フィルタに一致するログエントリを指標（件数、またはログから取り出した値）に変換し、グラフやアラートポリシーで使えるようにします。",
    },
    analogy: {
      en: "A counter you increment every time a certain line is logged, e.g. \"payment failed\".",
      ja: "「決済失敗」のような特定のログが出るたびにカウントアップするカウンターのようなものです。",
    },
    effects: {
      create: {
        en: "Counting starts now; logs written before are not back-filled.",
        ja: "今から集計が始まり、それ以前のログは遡って集計されません。",
      },
      update: {
        en: "A new filter changes what is counted from now on, so the graph and alert thresholds may jump.",
        ja: "フィルタを変えると以降の集計対象が変わるため、グラフやアラートのしきい値との関係が急に変わることがあります。",
      },
      delete: {
        en: "Alert policies built on this metric stop receiving data and will not fire.",
        ja: "この指標を使うアラートポリシーにデータが来なくなり、発火しなくなります。",
      },
      replace: {
        en: "A renamed metric starts from zero; alerts and dashboards must point to the new name.",
        ja: "名前を変えた指標はゼロから始まり、アラートやダッシュボードを新しい名前に向け直す必要があります。",
      },
    },
    docs: "https://cloud.google.com/logging/docs/logs-based-metrics",
    related: {
      en: "Typically watched by a google_monitoring_alert_policy.",
      ja: "通常は google_monitoring_alert_policy で監視します。",
    },
  },
  {
    types: ["google_monitoring_alert_policy"],
    title: { en: "Cloud Monitoring alert policy", ja: "Cloud Monitoring のアラートポリシー" },
    service: "Cloud Monitoring",
    what: {
      en: "Conditions on metrics, logs or uptime checks that open an incident and notify the chosen channels when they are met.",
      ja: "指標、ログ、稼働時間チェックに対する条件で、条件を満たすとインシデントを作り、指定したチャネルに通知します。",
    },
    analogy: {
      en: "An on-call rule in PagerDuty or Sentry: \"if the error rate is above 5% for 5 minutes, page someone\".",
      ja: "PagerDuty や Sentry のオンコールルール（「5分間エラー率が5%を超えたら呼び出す」など）のようなものです。",
    },
    effects: {
      create: {
        en: "Evaluation starts; check that the threshold is not already breached, or it will page right after apply.",
        ja: "評価が始まります。すでにしきい値を超えていると、apply 直後に通知が飛ぶので確認しましょう。",
      },
      update: {
        en: "New thresholds, durations or channels decide who is woken up, and when, from now on.",
        ja: "しきい値、継続時間、通知先の変更で、今後いつ誰が呼び出されるかが変わります。",
      },
      delete: {
        en: "The problem it watched will no longer alert anyone: failures become silent.",
        ja: "監視していた問題が起きても誰にも通知されず、障害に気づけなくなります。",
      },
      replace: {
        en: "Open incidents of the old policy are closed and the new policy evaluates from scratch.",
        ja: "古いポリシーの未解決インシデントは閉じられ、新しいポリシーが最初から評価を始めます。",
      },
    },
    docs: "https://cloud.google.com/monitoring/alerts",
    related: {
      en: "Notifies through google_monitoring_notification_channel; may be based on a google_logging_metric.",
      ja: "google_monitoring_notification_channel を通じて通知し、google_logging_metric を元にすることもあります。",
    },
  },
  {
    types: ["google_monitoring_notification_channel"],
    title: { en: "Monitoring notification channel", ja: "Monitoring の通知チャネル" },
    service: "Cloud Monitoring",
    what: {
      en: "A destination for alerts (email, Slack, PagerDuty, SMS, webhook, Pub/Sub); tokens in sensitive_labels are stored in Terraform state.",
      ja: "アラートの送り先（メール、Slack、PagerDuty、SMS、Webhook、Pub/Sub）です。sensitive_labels のトークンは Terraform の state に保存されます。",
    },
    analogy: {
      en: "The Slack webhook URL your app posts errors to.",
      ja: "アプリがエラーを投稿する Slack の Webhook URL のようなものです。",
    },
    effects: {
      create: {
        en: "A new destination exists; it receives nothing until an alert policy lists it.",
        ja: "新しい送り先ができますが、アラートポリシーに登録されるまでは何も届きません。",
      },
      update: {
        en: "Alerts go to the new address, channel or token from the next incident on.",
        ja: "次のインシデントから、新しいアドレス・チャネル・トークンに通知が届きます。",
      },
      delete: {
        en: "Policies that used only this channel alert nobody.",
        ja: "このチャネルだけを使っていたポリシーは、誰にも通知しなくなります。",
      },
      replace: {
        en: "Policies must reference the new channel; until then alerts are not delivered there.",
        ja: "ポリシーが新しいチャネルを参照するまで、そこへは通知が届きません。",
      },
    },
    docs: "https://cloud.google.com/monitoring/support/notification-options",
  },
];
