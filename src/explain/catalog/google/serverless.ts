import type { CatalogEntry } from "../../types.js";

export const googleServerlessEntries: CatalogEntry[] = [
  {
    types: ["google_cloud_run_service", "google_cloud_run_v2_service"],
    title: { en: "Cloud Run service", ja: "Cloud Run サービス" },
    service: "Cloud Run",
    what: {
      en: "Runs a container image as an autoscaling HTTPS service; each configuration change creates a new revision that receives the traffic.",
      ja: "コンテナイメージをオートスケールする HTTPS サービスとして動かします。設定を変えるたびに新しいリビジョンが作られ、トラフィックがそちらへ向きます。",
    },
    analogy: {
      en: "Vercel or Heroku for any container: push an image, get a URL that scales to zero.",
      ja: "どんなコンテナでも動かせる Vercel や Heroku のようなものです。イメージを渡すと、ゼロまでスケールする URL がもらえます。",
    },
    effects: {
      create: {
        en: "The service is deployed and gets a *.run.app URL; whether the public can call it depends on its ingress setting and roles/run.invoker.",
        ja: "サービスがデプロイされ *.run.app の URL が付きます。一般公開されるかどうかは ingress 設定と roles/run.invoker で決まります。",
      },
      update: {
        en: "A new revision is rolled out (new image, env vars, memory, concurrency); if it fails to start, the deploy fails and traffic stays on the old revision.",
        ja: "新しいリビジョンがロールアウトされます（イメージ、環境変数、メモリ、同時実行数など）。起動に失敗するとデプロイは失敗し、トラフィックは古いリビジョンに残ります。",
      },
      delete: {
        en: "The service and its URL disappear: callers get 404s and custom domains mapped to it stop working.",
        ja: "サービスと URL が消え、呼び出し元は 404 になり、マッピングしたカスタムドメインも動かなくなります。",
      },
      replace: {
        en: "A rename or region change creates a new service with a different URL and deletes the old one: update clients, domain mappings and IAM.",
        ja: "名前やリージョンを変えると、別の URL を持つ新しいサービスが作られ、古いサービスは削除されます。クライアント、ドメインマッピング、IAM の更新が必要です。",
      },
    },
    docs: "https://cloud.google.com/run/docs/overview/what-is-cloud-run",
    related: {
      en: "Callers are authorised with google_cloud_run_service_iam_*; private IPs are reached through google_vpc_access_connector; custom domains via google_cloud_run_domain_mapping or a load balancer.",
      ja: "呼び出し元は google_cloud_run_service_iam_* で許可し、プライベート IP へは google_vpc_access_connector 経由で届きます。カスタムドメインは google_cloud_run_domain_mapping かロードバランサーで設定します。",
    },
  },
  {
    types: ["google_cloud_run_domain_mapping"],
    title: { en: "Cloud Run domain mapping", ja: "Cloud Run ドメインマッピング" },
    service: "Cloud Run",
    what: {
      en: "Serves a Cloud Run service on your own domain, with a Google-managed TLS certificate, once the DNS records it asks for are in place.",
      ja: "Cloud Run サービスを自分のドメインで公開します。求められる DNS レコードを設定すると、Google 管理の TLS 証明書が付きます。",
    },
    analogy: {
      en: "Adding a custom domain to a Vercel project: you add the DNS record, the platform issues the certificate.",
      ja: "Vercel プロジェクトにカスタムドメインを追加するようなものです。DNS レコードを追加すれば、証明書はプラットフォームが発行します。",
    },
    effects: {
      create: {
        en: "The mapping is created; HTTPS works only after DNS points at Google and the certificate is issued (minutes to hours).",
        ja: "マッピングが作られます。DNS が Google を向き、証明書が発行されてから HTTPS が使えるようになります（数分〜数時間）。",
      },
      update: {
        en: "Few fields change in place; most changes recreate the mapping.",
        ja: "その場で変えられる項目は少なく、ほとんどの変更はマッピングの作り直しになります。",
      },
      delete: {
        en: "The custom domain stops serving the app.",
        ja: "カスタムドメインでアプリが表示されなくなります。",
      },
      replace: {
        en: "The certificate is issued again: the domain can serve TLS errors until that finishes.",
        ja: "証明書が再発行されるため、完了するまでドメインで TLS エラーが出ることがあります。",
      },
    },
    docs: "https://cloud.google.com/run/docs/mapping-custom-domains",
  },
  {
    types: ["google_cloudfunctions_function", "google_cloudfunctions2_function"],
    title: { en: "Cloud Functions function", ja: "Cloud Functions の関数" },
    service: "Cloud Functions",
    what: {
      en: "A single function deployed from source (usually a zip in Cloud Storage) that runs on an HTTP request or an event (Pub/Sub, Storage, Firestore).",
      ja: "ソース（通常は Cloud Storage 上の zip）からデプロイされる1つの関数で、HTTP リクエストやイベント（Pub/Sub、Storage、Firestore など）で実行されます。",
    },
    analogy: {
      en: "A Next.js API route or a Lambda function: one handler, deployed and scaled for you.",
      ja: "Next.js の API ルートや Lambda 関数のようなものです。1つのハンドラを、デプロイもスケールもお任せで動かします。",
    },
    effects: {
      create: {
        en: "The function is built and deployed (a few minutes); HTTP functions get a URL, event functions start receiving events.",
        ja: "関数がビルドされデプロイされます（数分）。HTTP 関数には URL が付き、イベント関数はイベントを受け始めます。",
      },
      update: {
        en: "New code, runtime, memory or env vars are rolled out as a new version; a build failure leaves the old version serving.",
        ja: "新しいコード、ランタイム、メモリ、環境変数が新しいバージョンとしてロールアウトされます。ビルドに失敗すると古いバージョンが動き続けます。",
      },
      delete: {
        en: "The URL returns 404 and events are no longer processed.",
        ja: "URL は 404 になり、イベントは処理されなくなります。",
      },
      replace: {
        en: "Changing the name, region or trigger recreates the function: events arriving in between are not processed.",
        ja: "名前、リージョン、トリガーを変えると関数が作り直され、その間に届いたイベントは処理されません。",
      },
    },
    docs: "https://cloud.google.com/functions/docs/concepts/overview",
  },
];
