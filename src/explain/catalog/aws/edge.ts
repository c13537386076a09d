import type { CatalogEntry } from "../../types.js";

// The edge in front of the application: CloudFront (CDN) and WAF (web firewall).

export const edgeEntries: CatalogEntry[] = [
  {
    types: ["aws_cloudfront_distribution"],
    title: { en: "CloudFront distribution", ja: "CloudFront ディストリビューション" },
    service: "CloudFront",
    what: {
      en: "A CDN configuration that serves your site from edge locations worldwide, caching responses from origins such as an S3 bucket or a load balancer.",
      ja: "世界中のエッジロケーションからサイトを配信する CDN の設定で、S3 バケットやロードバランサーなどのオリジンからの応答をキャッシュします。",
    },
    analogy: {
      en: "Like Vercel's or Cloudflare's edge network in front of your Next.js app: cache rules per path, one domain, many origins.",
      ja: "Next.js アプリの前に置く Vercel や Cloudflare のエッジネットワークのようなものです。パスごとのキャッシュルール、1 つのドメイン、複数のオリジンを扱います。",
    },
    effects: {
      create: {
        en: "A new distribution with a *.cloudfront.net name is deployed to all edge locations (several minutes).",
        ja: "*.cloudfront.net の名前を持つ新しいディストリビューションが、全エッジロケーションに展開されます（数分かかります）。",
      },
      update: {
        en: "Changes roll out to edge locations over several minutes; a wrong cache or origin setting can serve stale or private content, or errors, worldwide.",
        ja: "変更は数分かけてエッジロケーションに展開されます。キャッシュやオリジンの設定を間違えると、古い内容や非公開の内容、あるいはエラーを世界中に配信してしまうことがあります。",
      },
      delete: {
        en: "Terraform first disables it (which takes a while), then deletes it: the site or assets served through it go offline.",
        ja: "Terraform はまず無効化し（時間がかかります）、その後削除します。これを通して配信していたサイトやアセットは停止します。",
      },
      replace: {
        en: "A new *.cloudfront.net domain; DNS must be updated, and the custom domain (alias) can only be attached to one distribution at a time.",
        ja: "*.cloudfront.net のドメインが新しくなるため DNS の更新が必要です。また、カスタムドメイン（エイリアス）は同時に 1 つのディストリビューションにしか付けられません。",
      },
    },
    docs: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/Introduction.html",
    related: {
      en: "Uses an aws_acm_certificate from us-east-1, is reached through an aws_route53_record alias, reads private S3 origins through aws_cloudfront_origin_access_control (or the older aws_cloudfront_origin_access_identity), and can be protected by an aws_wafv2_web_acl.",
      ja: "us-east-1 の aws_acm_certificate を使い、aws_route53_record のエイリアスで到達し、非公開の S3 オリジンは aws_cloudfront_origin_access_control（または古い aws_cloudfront_origin_access_identity）で読み、aws_wafv2_web_acl で保護できます。",
    },
  },
  {
    types: ["aws_cloudfront_origin_access_identity"],
    title: { en: "CloudFront origin access identity (legacy)", ja: "CloudFront オリジンアクセスアイデンティティ（旧来）" },
    service: "CloudFront",
    what: {
      en: "A special CloudFront identity that an S3 bucket policy can allow, so the bucket stays private but CloudFront can read it; replaced by origin access control.",
      ja: "S3 バケットポリシーで許可できる CloudFront 専用の ID で、バケットを非公開にしたまま CloudFront だけが読めるようにします。現在はオリジンアクセスコントロールが後継です。",
    },
    analogy: {
      en: "Like a service account that only your CDN uses to read the private asset folder.",
      ja: "非公開のアセットフォルダーを読むために CDN だけが使うサービスアカウントのようなものです。",
    },
    effects: {
      create: {
        en: "Nothing changes until a distribution uses it and the bucket policy allows it.",
        ja: "ディストリビューションが使い、バケットポリシーが許可するまで何も変わりません。",
      },
      update: {
        en: "Only the comment can change.",
        ja: "変更できるのはコメントだけです。",
      },
      delete: {
        en: "CloudFront can no longer read the bucket: assets return 403 errors.",
        ja: "CloudFront がバケットを読めなくなり、アセットが 403 エラーになります。",
      },
    },
    docs: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html",
  },
  {
    types: ["aws_cloudfront_origin_access_control"],
    title: { en: "CloudFront origin access control", ja: "CloudFront オリジンアクセスコントロール" },
    service: "CloudFront",
    what: {
      en: "Makes CloudFront sign its requests to an origin (usually a private S3 bucket) so the bucket policy can allow only that distribution.",
      ja: "CloudFront がオリジン（通常は非公開の S3 バケット）へのリクエストに署名するようにし、バケットポリシーでそのディストリビューションだけを許可できるようにします。",
    },
    analogy: {
      en: "Like signed requests from your CDN that the storage checks before serving files.",
      ja: "ストレージがファイルを返す前に確認する、CDN からの署名付きリクエストのようなものです。",
    },
    effects: {
      create: {
        en: "Nothing changes until a distribution origin uses it.",
        ja: "ディストリビューションのオリジンが使うまで何も変わりません。",
      },
      update: {
        en: "Signing behaviour changes for requests to the origin; a mismatch with the bucket policy causes 403 errors.",
        ja: "オリジンへのリクエストの署名方法が変わります。バケットポリシーと合わないと 403 エラーになります。",
      },
      delete: {
        en: "Fails while a distribution uses it; once removed, the private bucket can no longer be read through CloudFront.",
        ja: "ディストリビューションが使用中の間は失敗します。外すと、非公開バケットを CloudFront 経由で読めなくなります。",
      },
    },
    docs: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html",
  },
  {
    types: ["aws_wafv2_web_acl"],
    title: { en: "WAF web ACL", ja: "WAF の Web ACL" },
    service: "WAF",
    what: {
      en: "A web application firewall rule set (managed rule groups, rate limits, IP blocks) evaluated on every request to a CloudFront distribution, ALB or API Gateway stage.",
      ja: "CloudFront ディストリビューション、ALB、API Gateway ステージへのすべてのリクエストで評価される Web アプリケーションファイアウォールのルール一式（マネージドルールグループ、レート制限、IP ブロックなど）です。",
    },
    analogy: {
      en: "Like security middleware (helmet, rate-limit, IP blocklist) that runs before requests reach your app.",
      ja: "リクエストがアプリに届く前に動く、セキュリティ系のミドルウェア（helmet、レート制限、IP ブロックリスト）のようなものです。",
    },
    effects: {
      create: {
        en: "Rules apply only once the ACL is associated with a resource; billed per ACL, rule and request.",
        ja: "ルールはリソースに関連付けて初めて適用されます。ACL、ルール、リクエスト数に応じて課金されます。",
      },
      update: {
        en: "Rule changes apply to live traffic within about a minute: a too-broad block rule can reject real users; switching a rule to 'count' stops it from blocking.",
        ja: "ルールの変更は 1 分ほどで公開中の通信に適用されます。広すぎるブロックルールは実際の利用者を拒否することがあり、ルールを count にするとブロックしなくなります。",
      },
      delete: {
        en: "Fails while associated; once gone, the protected resources receive unfiltered traffic.",
        ja: "関連付けられている間は失敗します。削除後は、保護していたリソースにフィルターされない通信が届きます。",
      },
      replace: {
        en: "Associations must be recreated; there is a window with no filtering.",
        ja: "関連付けを作り直す必要があり、フィルターが効かない時間帯があります。",
      },
    },
    docs: "https://docs.aws.amazon.com/waf/latest/developerguide/web-acl.html",
    related: {
      en: "Attached to an ALB or API Gateway stage by aws_wafv2_web_acl_association; attached to CloudFront through the distribution's web_acl_id. IP lists live in aws_wafv2_ip_set.",
      ja: "ALB や API Gateway ステージには aws_wafv2_web_acl_association で、CloudFront にはディストリビューションの web_acl_id で付けます。IP の一覧は aws_wafv2_ip_set に置きます。",
    },
  },
  {
    types: ["aws_wafv2_web_acl_association"],
    title: { en: "WAF web ACL association", ja: "WAF Web ACL の関連付け" },
    service: "WAF",
    what: {
      en: "Attaches a web ACL to a regional resource such as an ALB, API Gateway stage or App Runner service.",
      ja: "Web ACL を ALB、API Gateway ステージ、App Runner サービスなどのリージョンリソースに関連付けます。",
    },
    analogy: {
      en: "Like `app.register(securityMiddleware)` for one app.",
      ja: "1 つのアプリに対する `app.register(securityMiddleware)` のようなものです。",
    },
    effects: {
      create: {
        en: "Every request to the resource is filtered by the ACL from now on.",
        ja: "これ以降、リソースへのすべてのリクエストが ACL でフィルターされます。",
      },
      delete: {
        en: "The resource stops being protected: all traffic reaches it unfiltered.",
        ja: "リソースが保護されなくなり、すべての通信がフィルターされずに届きます。",
      },
      replace: {
        en: "A short window without filtering.",
        ja: "フィルターが効かない短い時間帯があります。",
      },
    },
    docs: "https://docs.aws.amazon.com/waf/latest/developerguide/web-acl-associating-aws-resource.html",
  },
  {
    types: ["aws_wafv2_ip_set"],
    title: { en: "WAF IP set", ja: "WAF IP セット" },
    service: "WAF",
    what: {
      en: "A named list of IP ranges that WAF rules can allow or block.",
      ja: "WAF のルールで許可・ブロックに使える、名前付きの IP 範囲の一覧です。",
    },
    analogy: {
      en: "Like an allowlist or blocklist array shared by several middleware rules.",
      ja: "複数のミドルウェアのルールで共有する許可リスト/ブロックリストの配列のようなものです。",
    },
    effects: {
      create: {
        en: "Nothing changes until a rule references it.",
        ja: "ルールが参照するまで何も変わりません。",
      },
      update: {
        en: "Rules using it apply the new list within about a minute: a wrong range can block customers or let attackers in.",
        ja: "これを使うルールに 1 分ほどで新しい一覧が適用されます。範囲を間違えると、顧客をブロックしたり攻撃者を通したりします。",
      },
      delete: {
        en: "Fails while a rule references it.",
        ja: "ルールが参照している間は失敗します。",
      },
    },
    docs: "https://docs.aws.amazon.com/waf/latest/developerguide/waf-ip-set-managing.html",
  },
];
