import type { CatalogEntry } from "../../types.js";

export const googlePubSubEntries: CatalogEntry[] = [
  {
    types: ["google_pubsub_topic"],
    title: { en: "Pub/Sub topic", ja: "Pub/Sub トピック" },
    service: "Pub/Sub",
    what: {
      en: "A named channel that services publish messages to; every subscription attached to it receives a copy.",
      ja: "サービスがメッセージを送る名前付きのチャネルです。つながっている各サブスクリプションがコピーを受け取ります。",
    },
    analogy: {
      en: "An event bus channel (like an EventEmitter event name) shared between services.",
      ja: "サービス間で共有するイベントバスのチャネル（EventEmitter のイベント名のようなもの）です。",
    },
    effects: {
      create: {
        en: "Producers can publish to it; messages are only kept if a subscription exists (or topic retention is set).",
        ja: "送信側が publish できるようになります。メッセージが保持されるのはサブスクリプションがある（またはトピックの保持が設定されている）場合だけです。",
      },
      update: {
        en: "Labels, retention, schema settings or the KMS key change in place.",
        ja: "ラベル、保持期間、スキーマ設定、KMS 鍵がその場で変わります。",
      },
      delete: {
        en: "Publishers get NOT_FOUND errors; existing subscriptions are detached and receive no new messages.",
        ja: "送信側は NOT_FOUND エラーになり、既存のサブスクリプションは切り離されて新しいメッセージを受け取らなくなります。",
      },
      replace: {
        en: "Messages published between delete and create are rejected, and subscriptions must be re-attached to the new topic.",
        ja: "削除から作成までの間に送られたメッセージは拒否され、サブスクリプションは新しいトピックにつなぎ直す必要があります。",
      },
    },
    docs: "https://cloud.google.com/pubsub/docs/overview",
    related: {
      en: "Consumed through google_pubsub_subscription; message format can be enforced by google_pubsub_schema.",
      ja: "google_pubsub_subscription を通じて受信し、google_pubsub_schema でメッセージ形式を強制できます。",
    },
  },
  {
    types: ["google_pubsub_subscription"],
    title: { en: "Pub/Sub subscription", ja: "Pub/Sub サブスクリプション" },
    service: "Pub/Sub",
    what: {
      en: "A queue attached to a topic that keeps unacknowledged messages for a consumer, delivered by pull or by push to an HTTPS endpoint.",
      ja: "トピックにつながるキューで、受信側が ack していないメッセージを保持します。pull か、HTTPS エンドポイントへの push で配信します。",
    },
    analogy: {
      en: "A job queue (like a BullMQ queue) that your worker drains; unfinished jobs wait there.",
      ja: "ワーカーが処理していくジョブキュー（BullMQ のキューのようなもの）です。未処理のジョブはそこで待ちます。",
    },
    effects: {
      create: {
        en: "Starts collecting messages published from now on (older ones are not delivered).",
        ja: "これ以降に送られたメッセージを溜め始めます（それ以前のメッセージは届きません）。",
      },
      update: {
        en: "Ack deadline, retry policy, dead-letter topic or push endpoint change apply to delivery right away.",
        ja: "ack 期限、リトライポリシー、デッドレタートピック、push 先の変更はすぐ配信に反映されます。",
      },
      delete: {
        en: "All messages waiting in it (the backlog) are lost, and the consumer stops receiving.",
        ja: "中で待っているメッセージ（バックログ）はすべて失われ、受信側には届かなくなります。",
      },
      replace: {
        en: "A new subscription starts empty: the backlog and anything published in between are lost. Changing the topic or filter causes this.",
        ja: "新しいサブスクリプションは空から始まり、バックログと作り直しの間に送られたメッセージは失われます。トピックやフィルタの変更で起こります。",
      },
    },
    docs: "https://cloud.google.com/pubsub/docs/subscription-overview",
    stateful: true,
  },
  {
    types: ["google_pubsub_schema"],
    title: { en: "Pub/Sub schema", ja: "Pub/Sub スキーマ" },
    service: "Pub/Sub",
    what: {
      en: "An Avro or Protocol Buffers definition that topics can require every published message to match.",
      ja: "Avro または Protocol Buffers の定義で、トピックに送られるすべてのメッセージがこれに合うよう強制できます。",
    },
    analogy: {
      en: "A zod schema validating every request body before it is accepted.",
      ja: "受け付ける前にリクエストボディを検証する zod スキーマのようなものです。",
    },
    effects: {
      create: {
        en: "The schema is registered; it validates nothing until a topic references it.",
        ja: "スキーマが登録されます。トピックが参照するまでは何も検証しません。",
      },
      update: {
        en: "Schemas change through new revisions; publishers sending the old shape may start getting rejected.",
        ja: "スキーマは新しいリビジョンとして変更されます。古い形で送る送信側が拒否され始めることがあります。",
      },
      delete: {
        en: "Topics that use it can no longer validate messages, so publishing to them fails.",
        ja: "これを使うトピックがメッセージを検証できなくなり、publish が失敗します。",
      },
      replace: {
        en: "The definition is re-created; topics referencing it fail to accept messages in between.",
        ja: "定義が作り直され、その間は参照しているトピックがメッセージを受け付けられません。",
      },
    },
    docs: "https://cloud.google.com/pubsub/docs/schemas",
  },
  {
    types: ["google_pubsub_lite_reservation", "google_pubsub_lite_topic", "google_pubsub_lite_subscription"],
    title: { en: "Pub/Sub Lite reservation, topic or subscription", ja: "Pub/Sub Lite の予約・トピック・サブスクリプション" },
    service: "Pub/Sub Lite",
    what: {
      en: "Pub/Sub Lite is a cheaper, zonal or regional messaging service with capacity you provision yourself: a reservation buys throughput, a topic has partitions and storage, a subscription reads it. Google has deprecated Pub/Sub Lite in favour of Pub/Sub and Managed Kafka.",
      ja: "Pub/Sub Lite は、容量を自分で確保する安価なゾーン/リージョン単位のメッセージングサービスです。予約（reservation）がスループットを確保し、トピックはパーティションとストレージを持ち、サブスクリプションがそれを読みます。Google は Pub/Sub Lite を非推奨とし、Pub/Sub や Managed Kafka への移行を勧めています。",
    },
    analogy: {
      en: "A small self-sized Kafka: partitions, retention and throughput are your choice and your bill.",
      ja: "サイズを自分で決める小さな Kafka のようなものです。パーティション、保持期間、スループットを自分で選び、その分を支払います。",
    },
    effects: {
      create: {
        en: "Capacity is provisioned and billed whether used or not.",
        ja: "容量が確保され、使わなくても課金されます。",
      },
      update: {
        en: "Throughput or storage changes alter cost and how much traffic is accepted before publishers are throttled.",
        ja: "スループットやストレージの変更で、コストと送信側が制限されるまでに受け付けられる量が変わります。",
      },
      delete: {
        en: "Deleting a topic loses its stored messages; deleting a subscription loses its read position; deleting a reservation removes throughput from its topics.",
        ja: "トピックを削除すると保存済みメッセージが、サブスクリプションを削除すると読み取り位置が失われます。予約を削除するとトピックのスループットがなくなります。",
      },
      replace: {
        en: "The resource starts again empty: stored messages or read positions are lost.",
        ja: "空の状態から作り直され、保存済みメッセージや読み取り位置が失われます。",
      },
    },
    docs: "https://cloud.google.com/pubsub/lite/docs",
    stateful: true,
  },
];
