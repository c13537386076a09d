import type { CatalogEntry } from "../../types.js";

// S3: since AWS provider v4 one bucket is configured by many small resources (policy,
// versioning, encryption...). Each entry says whether it touches the data or only the settings.

export const s3Entries: CatalogEntry[] = [
  {
    types: ["aws_s3_bucket"],
    title: { en: "S3 bucket", ja: "S3 バケット" },
    service: "S3",
    what: {
      en: "A container for files (objects) with a globally unique name, used for uploads, static assets, backups, logs and data exchange.",
      ja: "世界中で一意な名前を持つファイル（オブジェクト）の入れ物で、アップロードファイル、静的アセット、バックアップ、ログ、データ連携などに使います。",
    },
    analogy: {
      en: "Like a cloud drive folder your app reads and writes through an SDK, except the name is unique across all of AWS and the folder can hold unlimited files.",
      ja: "SDK から読み書きするクラウドドライブのフォルダーのようなものです。ただし名前は AWS 全体で一意で、ファイルはいくらでも入ります。",
    },
    effects: {
      create: {
        en: "An empty, private bucket appears (the name is taken worldwide until deleted).",
        ja: "空のプライベートなバケットが作成されます（削除するまで、その名前は世界中で使用済みになります）。",
      },
      update: {
        en: "Usually tags or settings still kept on the bucket resource in older code; objects are not touched.",
        ja: "多くはタグや、古いコードでバケットリソースに残っている設定の変更です。オブジェクトには影響しません。",
      },
      delete: {
        en: "Fails while objects remain unless force_destroy is set; with it, EVERY object and version is deleted permanently. Apps, CDNs and log writers using the bucket start failing.",
        ja: "オブジェクトが残っていると失敗しますが、force_destroy が設定されていると、すべてのオブジェクトとバージョンが完全に削除されます。このバケットを使うアプリ、CDN、ログの書き込み元は失敗し始めます。",
      },
      replace: {
        en: "Caused by a name change: a new, EMPTY bucket is created and the old one (with its data) must be deleted, which fails unless it is empty or force_destroy is set. Copy the data first.",
        ja: "名前の変更が原因です。空の新しいバケットが作られ、データの入った古いバケットは削除対象になります（空か force_destroy が設定されていないと失敗します）。先にデータをコピーしてください。",
      },
    },
    docs: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingBucket.html",
    stateful: true,
    related: {
      en: "Its settings live in separate resources: aws_s3_bucket_policy (who may access), aws_s3_bucket_public_access_block (public-access guard rail), aws_s3_bucket_versioning, aws_s3_bucket_server_side_encryption_configuration, aws_s3_bucket_lifecycle_configuration, aws_s3_bucket_ownership_controls, aws_s3_bucket_logging. As a data source, data.aws_s3_bucket only looks up an existing bucket.",
      ja: "設定は別のリソースに分かれています。aws_s3_bucket_policy（誰がアクセスできるか）、aws_s3_bucket_public_access_block（公開を防ぐ安全装置）、aws_s3_bucket_versioning、aws_s3_bucket_server_side_encryption_configuration、aws_s3_bucket_lifecycle_configuration、aws_s3_bucket_ownership_controls、aws_s3_bucket_logging です。データソースの data.aws_s3_bucket は既存のバケットを参照するだけです。",
    },
  },
  {
    types: ["aws_s3_bucket_policy"],
    title: { en: "S3 bucket policy", ja: "S3 バケットポリシー" },
    service: "S3",
    what: {
      en: "A JSON resource policy on a bucket that allows or denies access for principals such as other accounts, roles, CloudFront or the whole public.",
      ja: "バケットに付ける JSON のリソースポリシーで、他アカウント、ロール、CloudFront、あるいは一般公開などのプリンシパルに対してアクセスを許可・拒否します。",
    },
    analogy: {
      en: "Like the sharing settings of a shared drive folder: 'anyone with the link', 'this team only', and so on.",
      ja: "共有ドライブのフォルダーの共有設定のようなものです。「リンクを知っている全員」「このチームだけ」などを決めます。",
    },
    effects: {
      create: {
        en: "Access changes immediately; a statement with Principal \"*\" can make objects public unless the public access block stops it.",
        ja: "アクセス権がすぐに変わります。Principal が \"*\" の文があると、パブリックアクセスブロックが止めない限りオブジェクトが公開されます。",
      },
      update: {
        en: "Who can read or write changes immediately; check added principals and removed Deny statements (such as 'deny non-TLS').",
        ja: "誰が読み書きできるかがすぐに変わります。追加されたプリンシパルと、削除された Deny 文（「TLS 以外を拒否」など）を確認してください。",
      },
      delete: {
        en: "Access granted only by this policy stops (CloudFront origin access, log delivery, other accounts), and its Deny guards disappear.",
        ja: "このポリシーだけで許可していたアクセス（CloudFront のオリジンアクセス、ログ配信、他アカウントなど）が止まり、Deny による防御も無くなります。",
      },
    },
    docs: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-policies.html",
    related: {
      en: "Often built with data.aws_iam_policy_document; the aws_s3_bucket_public_access_block decides whether public statements are allowed at all.",
      ja: "data.aws_iam_policy_document で作ることが多く、公開する文がそもそも許されるかは aws_s3_bucket_public_access_block で決まります。",
    },
  },
  {
    types: ["aws_s3_bucket_public_access_block"],
    title: { en: "S3 Block Public Access (bucket)", ja: "S3 ブロックパブリックアクセス（バケット単位）" },
    service: "S3",
    what: {
      en: "Four switches that stop a bucket from being made public through ACLs or bucket policies, whatever those say.",
      ja: "ACL やバケットポリシーの内容にかかわらず、バケットが公開されるのを防ぐ 4 つのスイッチです。",
    },
    analogy: {
      en: "Like a 'never publish' safety catch on a shared drive folder that overrides any sharing link someone creates.",
      ja: "誰かが共有リンクを作っても上書きして止める、共有ドライブの「公開禁止」の安全装置のようなものです。",
    },
    effects: {
      create: {
        en: "Public ACLs and public policies on this bucket stop working immediately (public websites served directly from the bucket go private).",
        ja: "このバケットの公開 ACL や公開ポリシーがすぐに無効になります（バケットから直接配信している公開サイトは非公開になります）。",
      },
      update: {
        en: "Turning a switch off allows the bucket to be made public; make sure that is intended.",
        ja: "スイッチをオフにするとバケットを公開できるようになります。意図したものか確認してください。",
      },
      delete: {
        en: "The bucket's guard rail is removed: any public ACL or policy takes effect (unless the account-level block still applies).",
        ja: "バケットの安全装置が外れ、公開 ACL や公開ポリシーが有効になります（アカウント単位のブロックが残っていない場合）。",
      },
    },
    docs: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html",
  },
  {
    types: ["aws_s3_bucket_versioning"],
    title: { en: "S3 bucket versioning", ja: "S3 バケットのバージョニング" },
    service: "S3",
    what: {
      en: "Keeps every version of every object, so overwritten or deleted files can be recovered.",
      ja: "すべてのオブジェクトのすべてのバージョンを保持し、上書きや削除をしたファイルを復元できるようにします。",
    },
    analogy: {
      en: "Like git history for the bucket: a delete only adds a 'deleted' marker, and old versions stay until you remove them.",
      ja: "バケット版の git の履歴のようなものです。削除しても「削除済み」の印が付くだけで、古いバージョンは消すまで残ります。",
    },
    effects: {
      create: {
        en: "From now on old versions are kept (and billed as storage); a bucket can never go back to 'never versioned', only to 'suspended'.",
        ja: "これ以降、古いバージョンが保持されます（ストレージとして課金されます）。一度有効にしたバケットは「未設定」には戻せず、「停止」にしかできません。",
      },
      update: {
        en: "Suspending stops keeping new versions, so later overwrites and deletes cannot be undone; existing versions stay.",
        ja: "停止すると新しいバージョンが保持されなくなり、以降の上書きや削除は元に戻せなくなります。既存のバージョンは残ります。",
      },
      delete: {
        en: "Versioning is suspended (or simply forgotten if it was never enabled); later overwrites and deletes become permanent.",
        ja: "バージョニングが停止されます（一度も有効にしていなければ管理から外れるだけです）。以降の上書きや削除は取り消せなくなります。",
      },
    },
    docs: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html",
  },
  {
    types: ["aws_s3_bucket_server_side_encryption_configuration"],
    title: { en: "S3 default encryption", ja: "S3 のデフォルト暗号化" },
    service: "S3",
    what: {
      en: "How new objects in a bucket are encrypted at rest by default: with S3-managed keys or with a KMS key.",
      ja: "バケットに新しく保存するオブジェクトを、デフォルトでどう暗号化するか（S3 管理のキーか KMS キーか）の設定です。",
    },
    analogy: {
      en: "Like turning on disk encryption for a drive: files written from now on are encrypted without the app doing anything.",
      ja: "ドライブのディスク暗号化を有効にするようなものです。これ以降に書き込むファイルは、アプリが何もしなくても暗号化されます。",
    },
    effects: {
      create: {
        en: "New objects use this encryption; existing objects keep theirs. With a KMS key, every reader and writer also needs permission on that key.",
        ja: "新しいオブジェクトはこの暗号化を使い、既存のオブジェクトはそのままです。KMS キーを使う場合、読み書きするすべての主体にそのキーの権限も必要です。",
      },
      update: {
        en: "Switching keys affects new objects only; readers lacking permission on the new KMS key will fail on new objects.",
        ja: "キーの切り替えは新しいオブジェクトにだけ影響します。新しい KMS キーの権限を持たない読み取り側は、新しいオブジェクトの読み取りに失敗します。",
      },
      delete: {
        en: "New objects fall back to S3-managed encryption (SSE-S3); existing objects are unchanged.",
        ja: "新しいオブジェクトは S3 管理の暗号化（SSE-S3）に戻ります。既存のオブジェクトは変わりません。",
      },
    },
    docs: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-encryption.html",
    related: {
      en: "If it uses an aws_kms_key, deleting that key makes the objects unreadable forever.",
      ja: "aws_kms_key を使っている場合、そのキーを削除するとオブジェクトは二度と読めなくなります。",
    },
  },
  {
    types: ["aws_s3_bucket_lifecycle_configuration"],
    title: { en: "S3 lifecycle rules", ja: "S3 ライフサイクルルール" },
    service: "S3",
    what: {
      en: "Rules that automatically move objects to cheaper storage classes or DELETE them after some days, for current or old versions.",
      ja: "一定日数が過ぎたオブジェクト（現行または古いバージョン）を、自動的に安いストレージクラスへ移したり削除したりするルールです。",
    },
    analogy: {
      en: "Like a scheduled cleanup job: 'archive logs after 30 days, delete them after a year'.",
      ja: "「ログは 30 日後にアーカイブ、1 年後に削除」のような定期クリーンアップジョブのようなものです。",
    },
    effects: {
      create: {
        en: "Objects that already match an expiration rule are deleted at the next daily run: check the prefix and the number of days.",
        ja: "既に期限切れ条件に一致しているオブジェクトは、次の日次処理で削除されます。プレフィックスと日数を確認してください。",
      },
      update: {
        en: "A shorter expiration or a wider prefix deletes more data automatically, and deleted data cannot be recovered without versioning.",
        ja: "期限を短くしたりプレフィックスを広げたりすると、より多くのデータが自動削除されます。バージョニングが無ければ削除したデータは戻りません。",
      },
      delete: {
        en: "Objects are no longer archived or expired; storage cost grows.",
        ja: "オブジェクトがアーカイブ・削除されなくなり、ストレージ費用が増えていきます。",
      },
    },
    docs: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lifecycle-mgmt.html",
  },
  {
    types: ["aws_s3_bucket_acl"],
    title: { en: "S3 bucket ACL", ja: "S3 バケット ACL" },
    service: "S3",
    what: {
      en: "The legacy access control list of a bucket (private, public-read, log-delivery-write...); AWS recommends disabling ACLs and using bucket policies.",
      ja: "バケットの旧来のアクセス制御リスト（private、public-read、log-delivery-write など）です。AWS は ACL を無効にしてバケットポリシーを使うことを推奨しています。",
    },
    analogy: {
      en: "Like old-style file permissions (chmod) next to a newer, clearer permission system.",
      ja: "新しく分かりやすい権限の仕組みと並んで残っている、昔ながらのファイル権限（chmod）のようなものです。",
    },
    effects: {
      create: {
        en: "Grants take effect immediately; public-read makes every object listable and readable by anyone (unless Block Public Access stops it). Fails when object ownership is 'bucket owner enforced'.",
        ja: "付与はすぐに有効になります。public-read にすると（ブロックパブリックアクセスが止めない限り）誰でもオブジェクトの一覧と読み取りができます。オブジェクト所有者が「バケット所有者の強制」の場合は失敗します。",
      },
      update: {
        en: "Grants change immediately for the whole bucket.",
        ja: "バケット全体の付与内容がすぐに変わります。",
      },
      delete: {
        en: "Terraform only stops managing it; the ACL currently set stays on the bucket.",
        ja: "Terraform が管理をやめるだけで、現在の ACL はバケットに残ります。",
      },
    },
    docs: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html",
    related: {
      en: "Only works when aws_s3_bucket_ownership_controls allows ACLs.",
      ja: "aws_s3_bucket_ownership_controls が ACL を許可している場合にだけ機能します。",
    },
  },
  {
    types: ["aws_s3_bucket_ownership_controls"],
    title: { en: "S3 object ownership", ja: "S3 オブジェクト所有者" },
    service: "S3",
    what: {
      en: "Decides who owns objects uploaded to a bucket; 'bucket owner enforced' disables ACLs entirely so only policies control access.",
      ja: "バケットにアップロードされたオブジェクトの所有者を決めます。「バケット所有者の強制」にすると ACL が完全に無効になり、アクセスはポリシーだけで制御されます。",
    },
    analogy: {
      en: "Like a shared folder rule that every file added belongs to the folder owner, whoever uploaded it.",
      ja: "誰がアップロードしても、追加されたファイルはすべてフォルダーの持ち主のものになる、という共有フォルダーのルールのようなものです。",
    },
    effects: {
      create: {
        en: "With 'bucket owner enforced', existing ACL grants stop applying; anything relying on ACLs (old log delivery, cross-account uploads with ACLs) must use policies instead.",
        ja: "「バケット所有者の強制」にすると既存の ACL による付与が効かなくなります。ACL に頼っているもの（古いログ配信、ACL 付きのクロスアカウントアップロードなど）はポリシーに移す必要があります。",
      },
      update: {
        en: "Switching modes changes whether ACLs matter from now on.",
        ja: "モードを切り替えると、これ以降 ACL が効くかどうかが変わります。",
      },
      delete: {
        en: "The bucket returns to the default ownership setting.",
        ja: "バケットはデフォルトの所有者設定に戻ります。",
      },
    },
    docs: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html",
  },
  {
    types: ["aws_s3_bucket_logging"],
    title: { en: "S3 server access logging", ja: "S3 サーバーアクセスログ" },
    service: "S3",
    what: {
      en: "Writes a log of every request made to a bucket into another bucket.",
      ja: "バケットへのすべてのリクエストのログを、別のバケットに書き込みます。",
    },
    analogy: {
      en: "Like the access log of a web server, for a bucket.",
      ja: "Web サーバーのアクセスログのバケット版です。",
    },
    effects: {
      create: {
        en: "Request logs start arriving in the target bucket (best effort, with some delay).",
        ja: "リクエストログが出力先のバケットに届き始めます（ベストエフォートで、多少の遅れがあります）。",
      },
      update: {
        en: "Logs go to a new bucket or prefix from now on.",
        ja: "これ以降、ログが新しいバケットやプレフィックスに出力されます。",
      },
      delete: {
        en: "Logging stops; logs already written stay in the target bucket.",
        ja: "ログの出力が止まります。既に書き込まれたログは出力先のバケットに残ります。",
      },
    },
    docs: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html",
  },
  {
    types: ["aws_s3_bucket_object_lock_configuration"],
    title: { en: "S3 Object Lock configuration", ja: "S3 オブジェクトロック設定" },
    service: "S3",
    what: {
      en: "A default retention rule that makes new object versions undeletable for a period (write once, read many), in governance or compliance mode.",
      ja: "新しいオブジェクトバージョンを一定期間削除できなくする（WORM：書き込みは一度、読み取りは何度でも）デフォルトの保持ルールで、ガバナンスモードとコンプライアンスモードがあります。",
    },
    analogy: {
      en: "Like a legal hold on email: nobody can delete the messages until the hold ends, not even an administrator (in compliance mode).",
      ja: "メールのリーガルホールドのようなものです。保持期間が終わるまで誰も削除できず、コンプライアンスモードでは管理者でも削除できません。",
    },
    effects: {
      create: {
        en: "New object versions are locked for the retention period; in compliance mode nobody, including the root user, can delete them or shorten it.",
        ja: "新しいオブジェクトバージョンが保持期間の間ロックされます。コンプライアンスモードではルートユーザーを含め誰も削除できず、期間の短縮もできません。",
      },
      update: {
        en: "A new default applies to versions written from now on; already-locked versions keep their retention.",
        ja: "新しいデフォルトはこれ以降に書き込むバージョンに適用され、既にロックされたバージョンの保持期間は変わりません。",
      },
      delete: {
        en: "The default retention is removed for future uploads; existing locked versions stay locked until their dates.",
        ja: "今後のアップロードに対するデフォルトの保持が無くなります。既存のロック済みバージョンは期限までロックされたままです。",
      },
    },
    docs: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock.html",
  },
  {
    types: ["aws_s3_object", "aws_s3_bucket_object"],
    title: { en: "S3 object", ja: "S3 オブジェクト" },
    service: "S3",
    what: {
      en: "One file in a bucket uploaded and managed by Terraform (aws_s3_bucket_object is the older name of aws_s3_object).",
      ja: "Terraform がアップロードして管理する、バケット内のファイル 1 つです（aws_s3_bucket_object は aws_s3_object の古い名前です）。",
    },
    analogy: {
      en: "Like committing a config file into a shared folder: Terraform owns its content.",
      ja: "共有フォルダーに設定ファイルをコミットするようなものです。中身は Terraform が管理します。",
    },
    effects: {
      create: {
        en: "The file is uploaded; anything reading that key sees it immediately.",
        ja: "ファイルがアップロードされ、そのキーを読むものからすぐに見えるようになります。",
      },
      update: {
        en: "The content or metadata is overwritten (a new version if versioning is on).",
        ja: "中身やメタデータが上書きされます（バージョニングが有効なら新しいバージョンになります）。",
      },
      delete: {
        en: "The file is deleted (with versioning, a delete marker hides it and old versions remain).",
        ja: "ファイルが削除されます（バージョニングが有効なら削除マーカーで隠れ、古いバージョンは残ります）。",
      },
      replace: {
        en: "Caused by a bucket or key change: the file moves, and readers of the old key get 'not found'.",
        ja: "バケットやキーの変更が原因です。ファイルの場所が変わり、古いキーを読むものは「見つからない」になります。",
      },
    },
    docs: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingObjects.html",
    stateful: true,
  },
  {
    types: ["aws_s3_bucket_cors_configuration"],
    title: { en: "S3 CORS configuration", ja: "S3 の CORS 設定" },
    service: "S3",
    what: {
      en: "The CORS rules that let browsers on other origins call the bucket directly (for example presigned uploads from your Next.js front end).",
      ja: "他のオリジンのブラウザーからバケットを直接呼び出せるようにする CORS ルールです（例：Next.js のフロントエンドから署名付き URL でアップロードする場合）。",
    },
    analogy: {
      en: "Exactly the CORS settings you configure in Fastify with @fastify/cors, but for the bucket.",
      ja: "Fastify で @fastify/cors を使って設定する CORS と同じもので、そのバケット版です。",
    },
    effects: {
      create: {
        en: "Browsers from the allowed origins can call the bucket.",
        ja: "許可したオリジンのブラウザーからバケットを呼び出せるようになります。",
      },
      update: {
        en: "A missing origin or method makes browser uploads or downloads fail with CORS errors.",
        ja: "オリジンやメソッドが抜けていると、ブラウザーからのアップロードやダウンロードが CORS エラーで失敗します。",
      },
      delete: {
        en: "Browser calls from other origins fail; server-side calls are unaffected.",
        ja: "他のオリジンからのブラウザーの呼び出しが失敗します。サーバー側からの呼び出しには影響しません。",
      },
    },
    docs: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/cors.html",
  },
  {
    types: ["aws_s3_bucket_website_configuration"],
    title: { en: "S3 static website hosting", ja: "S3 の静的 Web サイトホスティング" },
    service: "S3",
    what: {
      en: "Serves the bucket as a static website with an index document, error document and redirects, on an HTTP website endpoint.",
      ja: "インデックスドキュメント、エラードキュメント、リダイレクトを設定し、バケットを HTTP の Web サイトエンドポイントで静的サイトとして配信します。",
    },
    analogy: {
      en: "Like `next export` output served by a simple static file server.",
      ja: "`next export` の出力をシンプルな静的ファイルサーバーで配信するようなものです。",
    },
    effects: {
      create: {
        en: "The website endpoint starts answering (content is reachable only if the bucket policy allows public reads or CloudFront is in front).",
        ja: "Web サイトエンドポイントが応答し始めます（中身に到達できるのは、バケットポリシーで公開読み取りを許可しているか CloudFront を前に置いている場合だけです）。",
      },
      update: {
        en: "Index, error page or redirect rules change immediately.",
        ja: "インデックス、エラーページ、リダイレクトのルールがすぐに変わります。",
      },
      delete: {
        en: "The website endpoint stops serving; the site is down for anyone using that endpoint.",
        ja: "Web サイトエンドポイントの配信が止まり、そのエンドポイントを使っている人にはサイトが停止します。",
      },
    },
    docs: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/WebsiteHosting.html",
  },
  {
    types: ["aws_s3_bucket_notification"],
    title: { en: "S3 event notifications", ja: "S3 イベント通知" },
    service: "S3",
    what: {
      en: "Sends events such as 'object created' from a bucket to Lambda, SQS, SNS or EventBridge; one resource holds the bucket's whole notification config.",
      ja: "「オブジェクト作成」などのバケットのイベントを Lambda、SQS、SNS、EventBridge に送ります。1 つのリソースがバケットの通知設定全体を持ちます。",
    },
    analogy: {
      en: "Like a webhook fired whenever a file is uploaded.",
      ja: "ファイルがアップロードされるたびに発火する Webhook のようなものです。",
    },
    effects: {
      create: {
        en: "Matching events start triggering the targets; it replaces any notification config set elsewhere on the bucket.",
        ja: "一致するイベントがターゲットを起動し始めます。バケットに他の場所で設定した通知設定は置き換えられます。",
      },
      update: {
        en: "The set of triggers changes immediately for new events.",
        ja: "新しいイベントに対するトリガーの組み合わせがすぐに変わります。",
      },
      delete: {
        en: "Uploads stop triggering processing (thumbnails, imports...): files pile up unprocessed.",
        ja: "アップロードが処理（サムネイル生成、取り込みなど）を起動しなくなり、未処理のファイルが溜まっていきます。",
      },
    },
    docs: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/EventNotifications.html",
  },
  {
    types: ["aws_s3_bucket_replication_configuration"],
    title: { en: "S3 replication", ja: "S3 レプリケーション" },
    service: "S3",
    what: {
      en: "Copies new objects from a versioned bucket to another bucket, in the same or another region or account.",
      ja: "バージョニングが有効なバケットから、同じまたは別のリージョン・アカウントのバケットに新しいオブジェクトをコピーします。",
    },
    analogy: {
      en: "Like database replication for files: writes to the primary show up in the replica.",
      ja: "ファイル版のデータベースレプリケーションのようなものです。プライマリへの書き込みがレプリカに現れます。",
    },
    effects: {
      create: {
        en: "New objects are copied from now on; existing ones need a batch job.",
        ja: "これ以降の新しいオブジェクトがコピーされます。既存のものにはバッチジョブが必要です。",
      },
      update: {
        en: "Rules, destinations or filters change for new writes.",
        ja: "新しい書き込みに対するルール、宛先、フィルターが変わります。",
      },
      delete: {
        en: "Replication stops; the replica stops receiving changes (disaster-recovery copies go stale).",
        ja: "レプリケーションが止まり、レプリカに変更が届かなくなります（災害対策用のコピーが古くなっていきます）。",
      },
    },
    docs: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication.html",
  },
  {
    types: ["aws_canonical_user_id"],
    title: { en: "Canonical user ID lookup (data source)", ja: "正規ユーザー ID の検索（データソース）" },
    service: "S3",
    what: {
      en: "A read-only lookup of the account's canonical user ID, an S3-specific identifier used in bucket and object ACL grants.",
      ja: "アカウントの正規ユーザー ID（S3 の ACL の付与に使う S3 独自の識別子）を返す読み取り専用の検索です。",
    },
    analogy: {
      en: "Like looking up your own user ID in a legacy system that does not understand email addresses.",
      ja: "メールアドレスを理解しない古いシステムで、自分のユーザー ID を調べるようなものです。",
    },
    effects: {},
    docs: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html",
  },
];
