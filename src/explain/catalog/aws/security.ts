import type { CatalogEntry } from "../../types.js";

// Keys, certificates, secrets and parameters: the things that make data readable and traffic
// trusted. Deleting a key or a secret is often irreversible, so effects say when it can be undone.

export const securityEntries: CatalogEntry[] = [
  {
    types: ["aws_kms_key"],
    title: { en: "KMS key", ja: "KMS キー" },
    service: "KMS",
    what: {
      en: "An encryption key held by AWS KMS that never leaves the service; S3, RDS, EBS, Secrets Manager and logs use it to encrypt data, and its key policy says who may use it.",
      ja: "AWS KMS が保持し、サービスの外に出ることのない暗号鍵です。S3、RDS、EBS、Secrets Manager、ログなどがデータの暗号化に使い、キーポリシーで誰が使えるかを決めます。",
    },
    analogy: {
      en: "Like the master key of a password manager: everything encrypted with it is only readable while the key exists and you are allowed to use it.",
      ja: "パスワードマネージャーのマスターキーのようなものです。これで暗号化したものは、キーが存在し、かつ使う権限がある間しか読めません。",
    },
    effects: {
      create: {
        en: "A new key exists (billed monthly); nothing is encrypted with it until a resource is configured to use it.",
        ja: "新しいキーが作成されます（月額課金）。リソースが使うよう設定されるまで、これで暗号化されるものはありません。",
      },
      update: {
        en: "Key policy changes decide who can encrypt and decrypt, immediately; disabling the key makes every read of data encrypted with it fail at once.",
        ja: "キーポリシーの変更は、誰が暗号化・復号できるかをすぐに変えます。キーを無効にすると、これで暗号化したデータの読み取りがすべて即座に失敗します。",
      },
      delete: {
        en: "The key is scheduled for deletion (7-30 days, cancellable) and cannot be used meanwhile; once deleted, everything encrypted with it — database storage, S3 objects, secrets, snapshots — is unreadable forever.",
        ja: "キーは削除予定（7〜30 日、取り消し可能）になり、その間は使えません。削除が完了すると、これで暗号化したもの（データベースのストレージ、S3 オブジェクト、シークレット、スナップショットなど）は二度と読めなくなります。",
      },
      replace: {
        en: "A NEW key is created and the old one scheduled for deletion: data encrypted with the old key becomes unreadable once it is gone unless it is re-encrypted first. Treat as dangerous.",
        ja: "新しいキーが作られ、古いキーは削除予定になります。先に再暗号化しない限り、古いキーで暗号化したデータは削除完了後に読めなくなります。危険な変更として扱ってください。",
      },
    },
    docs: "https://docs.aws.amazon.com/kms/latest/developerguide/overview.html",
    stateful: true,
    related: {
      en: "Usually referenced through an aws_kms_alias. Its key policy is often built with data.aws_iam_policy_document.",
      ja: "通常は aws_kms_alias を通して参照します。キーポリシーは data.aws_iam_policy_document で作ることが多いです。",
    },
  },
  {
    types: ["aws_kms_alias"],
    title: { en: "KMS alias", ja: "KMS エイリアス" },
    service: "KMS",
    what: {
      en: "A friendly name (alias/my-app) that points to one KMS key.",
      ja: "1 つの KMS キーを指す分かりやすい名前（alias/my-app）です。",
    },
    analogy: {
      en: "Like a DNS name for a key: callers use the name, and you can point it at another key later.",
      ja: "キーにとっての DNS 名のようなものです。呼び出し側は名前を使い、後で別のキーに向け直すこともできます。",
    },
    effects: {
      create: {
        en: "Applications and resources can refer to the key by this name.",
        ja: "アプリケーションやリソースが、この名前でキーを参照できるようになります。",
      },
      update: {
        en: "Pointing the alias at another key changes which key new encryptions use; data encrypted earlier still needs the old key.",
        ja: "エイリアスを別のキーに向けると、新しい暗号化に使うキーが変わります。以前に暗号化したデータには古いキーが引き続き必要です。",
      },
      delete: {
        en: "Code that encrypts with the alias name fails; the key itself and existing data are untouched.",
        ja: "エイリアス名で暗号化しているコードが失敗します。キー自体と既存のデータには影響しません。",
      },
      replace: {
        en: "Caused by a name change: code using the old alias name fails.",
        ja: "名前の変更が原因です。古いエイリアス名を使っているコードが失敗します。",
      },
    },
    docs: "https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html",
  },
  {
    types: ["aws_acm_certificate"],
    title: { en: "ACM certificate", ja: "ACM 証明書" },
    service: "ACM",
    what: {
      en: "A TLS certificate for your domains, issued and renewed automatically by AWS Certificate Manager (after DNS or email validation) and used by load balancers, CloudFront and API Gateway.",
      ja: "ドメイン用の TLS 証明書で、AWS Certificate Manager が（DNS またはメールでの検証後に）発行・自動更新し、ロードバランサー、CloudFront、API Gateway で使います。",
    },
    analogy: {
      en: "Like Let's Encrypt run for you: free, auto-renewing, but only usable inside AWS services.",
      ja: "代わりに運用してくれる Let's Encrypt のようなものです。無料で自動更新されますが、AWS のサービス内でしか使えません。",
    },
    effects: {
      create: {
        en: "A certificate request is made; it stays 'pending validation' until the validation DNS records exist.",
        ja: "証明書がリクエストされます。検証用の DNS レコードができるまで「検証保留中」のままです。",
      },
      update: {
        en: "Usually tags or options; domain changes force a new certificate.",
        ja: "多くはタグやオプションの変更です。ドメインを変えると新しい証明書になります。",
      },
      delete: {
        en: "Fails while a load balancer or distribution uses it; once gone, HTTPS clients get certificate errors.",
        ja: "ロードバランサーやディストリビューションが使用中の間は失敗します。削除後は HTTPS のクライアントで証明書エラーになります。",
      },
      replace: {
        en: "Caused by a domain or SAN change: a new certificate with a new ARN must be validated and swapped into listeners before the old one can be deleted; use create_before_destroy to avoid errors and downtime.",
        ja: "ドメインや SAN の変更が原因です。新しい ARN の証明書を検証してリスナーに差し替えてからでないと古いものは削除できません。エラーや停止を避けるため create_before_destroy を使ってください。",
      },
    },
    docs: "https://docs.aws.amazon.com/acm/latest/userguide/acm-overview.html",
    related: {
      en: "Validated through aws_route53_record entries and aws_acm_certificate_validation; used by aws_lb_listener and aws_cloudfront_distribution (CloudFront needs the certificate in us-east-1).",
      ja: "aws_route53_record と aws_acm_certificate_validation で検証し、aws_lb_listener や aws_cloudfront_distribution で使います（CloudFront では us-east-1 の証明書が必要です）。",
    },
  },
  {
    types: ["aws_acm_certificate_validation"],
    title: { en: "ACM certificate validation (wait)", ja: "ACM 証明書の検証（待機）" },
    service: "ACM",
    what: {
      en: "A Terraform-only step that waits until an ACM certificate has been validated and issued; it creates nothing in AWS.",
      ja: "ACM 証明書が検証されて発行されるまで待つ、Terraform だけの手順です。AWS 上には何も作りません。",
    },
    analogy: {
      en: "Like `await waitFor(() => cert.status === 'ISSUED')` in a deploy script.",
      ja: "デプロイスクリプトの `await waitFor(() => cert.status === 'ISSUED')` のようなものです。",
    },
    effects: {
      create: {
        en: "The apply waits (up to the timeout) for validation; it fails if the DNS records are wrong.",
        ja: "apply が（タイムアウトまで）検証を待ちます。DNS レコードが間違っていると失敗します。",
      },
      delete: {
        en: "Nothing happens in AWS; the certificate stays issued.",
        ja: "AWS 上では何も起きず、証明書は発行済みのまま残ります。",
      },
      replace: {
        en: "The apply waits again for the (new) certificate to be issued.",
        ja: "apply が（新しい）証明書の発行を再び待ちます。",
      },
    },
    docs: "https://docs.aws.amazon.com/acm/latest/userguide/dns-validation.html",
  },
  {
    types: ["aws_secretsmanager_secret"],
    title: { en: "Secrets Manager secret", ja: "Secrets Manager シークレット" },
    service: "Secrets Manager",
    what: {
      en: "A named, encrypted secret (database password, API key) with versions and optional automatic rotation; the value itself is stored in secret versions.",
      ja: "名前付きの暗号化されたシークレット（データベースのパスワード、API キーなど）で、バージョンと任意の自動ローテーションを持ちます。値そのものはシークレットのバージョンに保存されます。",
    },
    analogy: {
      en: "Like a production .env entry kept in a vault instead of a file: apps and ECS tasks fetch it at runtime.",
      ja: "本番の .env の 1 項目を、ファイルではなく金庫に保管するようなものです。アプリや ECS タスクは実行時に取得します。",
    },
    effects: {
      create: {
        en: "An empty secret (billed monthly); it has no value until a version is stored.",
        ja: "空のシークレットが作成されます（月額課金）。バージョンを保存するまで値はありません。",
      },
      update: {
        en: "Description, KMS key or rotation settings change; a new KMS key requires readers to have permission on it.",
        ja: "説明、KMS キー、ローテーション設定が変わります。KMS キーを変えると、読み取り側にそのキーの権限が必要になります。",
      },
      delete: {
        en: "Scheduled for deletion after the recovery window (default 30 days, restorable until then; 0 means immediately and for good). ECS tasks that inject it fail to start and apps reading it get errors at once.",
        ja: "復旧期間（既定 30 日、その間は復元可能。0 なら即座に完全削除）の後に削除される予定になります。これを注入する ECS タスクは起動に失敗し、読み取るアプリはすぐにエラーになります。",
      },
      replace: {
        en: "Caused by a name change; the old value is deleted with the old secret, and the old name stays reserved during its recovery window.",
        ja: "名前の変更が原因です。古い値は古いシークレットと一緒に削除され、古い名前は復旧期間の間は使えません。",
      },
    },
    docs: "https://docs.aws.amazon.com/secretsmanager/latest/userguide/intro.html",
    stateful: true,
    related: {
      en: "The value lives in aws_secretsmanager_secret_version; rotation is set with aws_secretsmanager_secret_rotation. An aws_ecs_task_definition injects it through `secrets`, which needs the execution role to be allowed to read it.",
      ja: "値は aws_secretsmanager_secret_version に、ローテーションは aws_secretsmanager_secret_rotation に設定します。aws_ecs_task_definition は `secrets` で注入し、タスク実行ロールに読み取り権限が必要です。",
    },
  },
  {
    types: ["aws_secretsmanager_secret_version"],
    title: { en: "Secrets Manager secret value (version)", ja: "Secrets Manager シークレットの値（バージョン）" },
    service: "Secrets Manager",
    what: {
      en: "One stored value of a secret; the newest becomes AWSCURRENT. Values set here are also saved in Terraform state, so the state must be protected.",
      ja: "シークレットに保存した値 1 つで、最新のものが AWSCURRENT になります。ここで設定した値は Terraform の state にも保存されるため、state を保護する必要があります。",
    },
    analogy: {
      en: "Like a new commit to a secrets file: the latest one is what apps read, older ones remain as history.",
      ja: "シークレットファイルへの新しいコミットのようなものです。アプリが読むのは最新のもので、古いものは履歴として残ります。",
    },
    effects: {
      create: {
        en: "The value becomes current; apps that read at startup (ECS tasks) see it only when restarted.",
        ja: "値が現在の値になります。起動時に読み込むアプリ（ECS タスクなど）は、再起動して初めて新しい値を使います。",
      },
      update: {
        en: "Usually staging labels move, changing which value is current.",
        ja: "多くはステージングラベルの移動で、どの値が現在の値かが変わります。",
      },
      delete: {
        en: "The version's labels are removed; if it is still AWSCURRENT, it stays readable until another version replaces it.",
        ja: "バージョンのラベルが外されます。まだ AWSCURRENT の場合は、別のバージョンに置き換わるまで読み取れるままです。",
      },
      replace: {
        en: "A new value is stored and becomes current (a rotation done by hand): ECS tasks need a redeploy to pick it up, and whatever uses the old value (e.g. the database password) must change at the same time.",
        ja: "新しい値が保存されて現在の値になります（手動のローテーションです）。ECS タスクは再デプロイしないと反映されず、古い値を使っているもの（データベースのパスワードなど）も同時に変える必要があります。",
      },
    },
    docs: "https://docs.aws.amazon.com/secretsmanager/latest/userguide/whats-in-a-secret.html",
  },
  {
    types: ["aws_secretsmanager_secret_rotation"],
    title: { en: "Secrets Manager rotation", ja: "Secrets Manager のローテーション" },
    service: "Secrets Manager",
    what: {
      en: "Turns on automatic rotation of a secret on a schedule, using a rotation Lambda function.",
      ja: "ローテーション用の Lambda 関数を使い、シークレットをスケジュールで自動ローテーションする設定です。",
    },
    analogy: {
      en: "Like a cron job that changes a password and updates everyone who uses it.",
      ja: "パスワードを変更し、使っている全員に反映する cron ジョブのようなものです。",
    },
    effects: {
      create: {
        en: "A rotation starts soon after creation: clients caching the old value may fail until they refresh.",
        ja: "作成後まもなくローテーションが始まります。古い値をキャッシュしているクライアントは、再取得するまで失敗することがあります。",
      },
      update: {
        en: "The schedule or rotation function changes from the next rotation.",
        ja: "次回のローテーションからスケジュールやローテーション用の関数が変わります。",
      },
      delete: {
        en: "Automatic rotation stops; the current value stays in place.",
        ja: "自動ローテーションが止まり、現在の値はそのまま残ります。",
      },
    },
    docs: "https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html",
  },
  {
    types: ["aws_ssm_parameter"],
    title: { en: "SSM Parameter Store parameter", ja: "SSM パラメータストアのパラメータ" },
    service: "Systems Manager",
    what: {
      en: "A named configuration value (String, StringList, or encrypted SecureString) that applications and ECS task definitions read at runtime.",
      ja: "アプリケーションや ECS タスク定義が実行時に読む、名前付きの設定値（String、StringList、暗号化された SecureString）です。",
    },
    analogy: {
      en: "Like one line of a shared .env file that the container reads, stored centrally with history.",
      ja: "コンテナが読む共有 .env ファイルの 1 行を、履歴付きで一元管理するようなものです。",
    },
    effects: {
      create: {
        en: "The value becomes readable by anyone allowed; a SecureString value written from Terraform is also stored in the state.",
        ja: "許可された主体から値が読めるようになります。Terraform から書いた SecureString の値は state にも保存されます。",
      },
      update: {
        en: "The value is overwritten (a new version in the parameter history); ECS tasks read it only when they start, so a redeploy is needed.",
        ja: "値が上書きされます（パラメータの履歴に新しいバージョンが残ります）。ECS タスクは起動時にしか読まないため、再デプロイが必要です。",
      },
      delete: {
        en: "The value and its history are deleted: tasks that inject it fail to start, apps reading it get errors. Values set by hand outside Terraform are gone for good.",
        ja: "値と履歴が削除されます。これを注入するタスクは起動に失敗し、読み取るアプリはエラーになります。Terraform の外で手動設定した値は完全に失われます。",
      },
      replace: {
        en: "Caused by a name or type change: the old name disappears, and readers of the old name fail.",
        ja: "名前や種類の変更が原因です。古い名前は無くなり、古い名前を読むものは失敗します。",
      },
    },
    docs: "https://docs.aws.amazon.com/systems-manager/latest/userguide/systems-manager-parameter-store.html",
    stateful: true,
    related: {
      en: "Injected into containers through the `secrets` block of an aws_ecs_task_definition (the execution role needs ssm:GetParameters). As a data source, data.aws_ssm_parameter only reads a value (and puts it in the state).",
      ja: "aws_ecs_task_definition の `secrets` ブロックでコンテナに注入します（タスク実行ロールに ssm:GetParameters が必要です）。データソースの data.aws_ssm_parameter は値を読むだけです（値は state に入ります）。",
    },
  },
];
