import type { CatalogEntry } from "../../types.js";

// SNS (fan-out notifications) and SQS (work queues).

export const messagingEntries: CatalogEntry[] = [
  {
    types: ["aws_sns_topic"],
    title: { en: "SNS topic", ja: "SNS トピック" },
    service: "SNS",
    what: {
      en: "A publish/subscribe channel: every message published to it is pushed to all its subscribers (email, SQS, Lambda, HTTPS, SMS...).",
      ja: "Pub/Sub のチャネルで、発行されたメッセージをすべてのサブスクライバー（メール、SQS、Lambda、HTTPS、SMS など）にプッシュします。",
    },
    analogy: {
      en: "Like an EventEmitter shared across services, or a Slack channel for machines: publish once, everyone subscribed gets it.",
      ja: "サービス間で共有する EventEmitter、あるいは機械向けの Slack チャンネルのようなものです。一度発行すれば、購読している全員に届きます。",
    },
    effects: {
      create: {
        en: "A new topic exists; nothing is delivered until subscriptions are added.",
        ja: "新しいトピックが作成されます。サブスクリプションを追加するまで、何も配信されません。",
      },
      update: {
        en: "Delivery policy, encryption or display name changes apply to new messages.",
        ja: "配信ポリシー、暗号化、表示名の変更が新しいメッセージに適用されます。",
      },
      delete: {
        en: "Its subscriptions are deleted and publishers get errors: alarms and notifications routed through it stop reaching anyone.",
        ja: "サブスクリプションも削除され、発行側はエラーになります。ここを経由するアラームや通知は誰にも届かなくなります。",
      },
      replace: {
        en: "Caused by a name change: a new ARN, so publishers and alarms must point to it, and email subscribers must confirm again.",
        ja: "名前の変更が原因です。ARN が変わるため、発行側やアラームを向け直す必要があり、メールの購読者は再確認が必要です。",
      },
    },
    docs: "https://docs.aws.amazon.com/sns/latest/dg/welcome.html",
    related: {
      en: "Receivers are aws_sns_topic_subscription entries; who may publish is set by aws_sns_topic_policy; aws_cloudwatch_metric_alarm often publishes here.",
      ja: "受信者は aws_sns_topic_subscription、発行できる主体は aws_sns_topic_policy で決まります。aws_cloudwatch_metric_alarm がよくここに発行します。",
    },
  },
  {
    types: ["aws_sns_topic_subscription"],
    title: { en: "SNS subscription", ja: "SNS サブスクリプション" },
    service: "SNS",
    what: {
      en: "Connects one endpoint (SQS queue, Lambda, HTTPS URL, email...) to a topic so it receives the topic's messages.",
      ja: "1 つのエンドポイント（SQS キュー、Lambda、HTTPS の URL、メールなど）をトピックにつなぎ、トピックのメッセージを受け取れるようにします。",
    },
    analogy: {
      en: "Like `emitter.on(...)` for one listener.",
      ja: "1 つのリスナーに対する `emitter.on(...)` のようなものです。",
    },
    effects: {
      create: {
        en: "The endpoint starts receiving messages (email and HTTP endpoints must confirm first).",
        ja: "エンドポイントがメッセージを受け取り始めます（メールや HTTP のエンドポイントは先に確認が必要です）。",
      },
      update: {
        en: "A changed filter policy changes which messages this endpoint receives.",
        ja: "フィルターポリシーを変えると、このエンドポイントが受け取るメッセージが変わります。",
      },
      delete: {
        en: "The endpoint stops receiving messages from the topic.",
        ja: "エンドポイントはトピックからのメッセージを受け取らなくなります。",
      },
      replace: {
        en: "Messages published during the switch may be missed by this endpoint.",
        ja: "切り替えの間に発行されたメッセージを、このエンドポイントが受け取り損ねることがあります。",
      },
    },
    docs: "https://docs.aws.amazon.com/sns/latest/dg/sns-create-subscribe-endpoint-to-topic.html",
  },
  {
    types: ["aws_sns_topic_policy"],
    title: { en: "SNS topic policy", ja: "SNS トピックポリシー" },
    service: "SNS",
    what: {
      en: "The resource policy of a topic: which accounts and services (CloudWatch, S3, EventBridge...) may publish or subscribe.",
      ja: "トピックのリソースポリシーで、どのアカウントやサービス（CloudWatch、S3、EventBridge など）が発行・購読できるかを決めます。",
    },
    analogy: {
      en: "Like the permission settings of a Slack channel: who may post, who may join.",
      ja: "Slack チャンネルの権限設定のようなものです。誰が投稿でき、誰が参加できるかを決めます。",
    },
    effects: {
      create: {
        en: "The listed principals may publish or subscribe immediately; a \"*\" principal lets anyone do so.",
        ja: "指定したプリンシパルがすぐに発行・購読できるようになります。プリンシパルが \"*\" だと誰でもできてしまいます。",
      },
      update: {
        en: "Publishers dropped from the policy get access-denied errors from now on.",
        ja: "ポリシーから外された発行側は、これ以降アクセス拒否エラーになります。",
      },
      delete: {
        en: "The topic falls back to its default policy: services such as S3 or EventBridge can no longer publish.",
        ja: "トピックはデフォルトのポリシーに戻り、S3 や EventBridge などのサービスは発行できなくなります。",
      },
    },
    docs: "https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-use-cases.html",
  },
  {
    types: ["aws_sqs_queue"],
    title: { en: "SQS queue", ja: "SQS キュー" },
    service: "SQS",
    what: {
      en: "A managed message queue: producers send messages, consumers receive and delete them, and unprocessed messages wait (up to the retention period).",
      ja: "マネージドなメッセージキューで、送信側がメッセージを送り、受信側が受け取って削除し、未処理のメッセージは（保持期間まで）待機します。",
    },
    analogy: {
      en: "Like a BullMQ queue in Redis for background jobs, without running Redis yourself.",
      ja: "Redis 上の BullMQ のバックグラウンドジョブキューのようなものですが、Redis を自分で運用する必要はありません。",
    },
    effects: {
      create: {
        en: "A new, empty queue with a new URL; billed per request.",
        ja: "新しい URL を持つ空のキューが作成されます。リクエスト単位で課金されます。",
      },
      update: {
        en: "Visibility timeout, retention, dead-letter queue or encryption changes apply to the queue at once; a shorter retention deletes older messages.",
        ja: "可視性タイムアウト、保持期間、デッドレターキュー、暗号化の変更はすぐに適用されます。保持期間を短くすると古いメッセージが削除されます。",
      },
      delete: {
        en: "Every message waiting in the queue is lost, and producers and consumers start failing.",
        ja: "キューで待っているメッセージはすべて失われ、送信側と受信側が失敗し始めます。",
      },
      replace: {
        en: "Caused by a name or FIFO change: pending messages are lost and the queue URL changes.",
        ja: "名前や FIFO 設定の変更が原因です。未処理のメッセージは失われ、キューの URL が変わります。",
      },
    },
    docs: "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/welcome.html",
    stateful: true,
  },
  {
    types: ["aws_sqs_queue_policy"],
    title: { en: "SQS queue policy", ja: "SQS キューポリシー" },
    service: "SQS",
    what: {
      en: "The resource policy of a queue: which accounts and services (SNS, S3, EventBridge...) may send to or read from it.",
      ja: "キューのリソースポリシーで、どのアカウントやサービス（SNS、S3、EventBridge など）が送信・受信できるかを決めます。",
    },
    analogy: {
      en: "Like an API key allowlist on a job-queue endpoint.",
      ja: "ジョブキューのエンドポイントに対する API キーの許可リストのようなものです。",
    },
    effects: {
      create: {
        en: "The listed principals may use the queue immediately.",
        ja: "指定したプリンシパルがすぐにキューを使えるようになります。",
      },
      update: {
        en: "Senders dropped from the policy get access-denied errors from now on.",
        ja: "ポリシーから外された送信側は、これ以降アクセス拒否エラーになります。",
      },
      delete: {
        en: "Cross-service delivery (SNS → SQS, S3 → SQS) stops silently.",
        ja: "サービス間の配信（SNS → SQS、S3 → SQS）が気付かないうちに止まります。",
      },
    },
    docs: "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-basic-examples-of-sqs-policies.html",
  },
];
