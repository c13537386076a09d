import type { CatalogEntry } from "../../types.js";

// SageMaker: the machine-learning platform (studio domains, models, inference endpoints).

export const sagemakerEntries: CatalogEntry[] = [
  {
    types: ["aws_sagemaker_domain"],
    title: { en: "SageMaker domain", ja: "SageMaker ドメイン" },
    service: "SageMaker",
    what: {
      en: "The SageMaker Studio environment for a team: users, shared settings, network configuration and an EFS volume holding users' notebooks and files.",
      ja: "チーム用の SageMaker Studio 環境で、ユーザー、共通設定、ネットワーク設定、ユーザーのノートブックやファイルを保存する EFS ボリュームを持ちます。",
    },
    analogy: {
      en: "Like a shared JupyterHub installation for the data team.",
      ja: "データチームで共有する JupyterHub のようなものです。",
    },
    effects: {
      create: {
        en: "A Studio environment and its home-directory storage are created.",
        ja: "Studio 環境とホームディレクトリ用のストレージが作成されます。",
      },
      update: {
        en: "Default settings for users and apps change; running apps may need to restart to pick them up.",
        ja: "ユーザーやアプリのデフォルト設定が変わります。実行中のアプリは反映のために再起動が必要な場合があります。",
      },
      delete: {
        en: "User profiles and apps must go first; depending on the retention policy, users' home directories (notebooks, files) are deleted too.",
        ja: "先にユーザープロファイルとアプリを削除する必要があります。保持ポリシーによっては、ユーザーのホームディレクトリ（ノートブックやファイル）も削除されます。",
      },
      replace: {
        en: "Caused by a network or auth-mode change: a new environment; user files in the old one are not carried over.",
        ja: "ネットワークや認証モードの変更が原因です。新しい環境になり、古い環境のユーザーファイルは引き継がれません。",
      },
    },
    docs: "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateDomain.html",
    stateful: true,
  },
  {
    types: ["aws_sagemaker_user_profile"],
    title: { en: "SageMaker user profile", ja: "SageMaker ユーザープロファイル" },
    service: "SageMaker",
    what: {
      en: "One user of a SageMaker domain, with their own settings and execution role.",
      ja: "SageMaker ドメインのユーザー 1 人で、独自の設定と実行ロールを持ちます。",
    },
    analogy: {
      en: "Like one user account on a shared JupyterHub.",
      ja: "共有 JupyterHub のユーザーアカウント 1 つのようなものです。",
    },
    effects: {
      create: {
        en: "The user can open Studio.",
        ja: "ユーザーが Studio を開けるようになります。",
      },
      update: {
        en: "The user's role or settings change for apps started afterwards.",
        ja: "この後に起動するアプリから、ユーザーのロールや設定が変わります。",
      },
      delete: {
        en: "The user loses access; their apps must be deleted first and their files may be removed.",
        ja: "ユーザーはアクセスできなくなります。先にアプリを削除する必要があり、ファイルが削除されることもあります。",
      },
      replace: {
        en: "A new profile; the old profile's apps and settings are not carried over.",
        ja: "新しいプロファイルになり、古いプロファイルのアプリや設定は引き継がれません。",
      },
    },
    docs: "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateUserProfile.html",
  },
  {
    types: ["aws_sagemaker_model"],
    title: { en: "SageMaker model", ja: "SageMaker モデル" },
    service: "SageMaker",
    what: {
      en: "Registers a trained model: the inference container image, the model artifacts in S3 and the role used to load them.",
      ja: "学習済みモデルの登録で、推論用コンテナイメージ、S3 上のモデルの成果物、それを読み込むロールを指定します。",
    },
    analogy: {
      en: "Like a task definition for an inference server: which image and which weights to run.",
      ja: "推論サーバー用のタスク定義のようなものです。どのイメージとどの重みを動かすかを決めます。",
    },
    effects: {
      create: {
        en: "Nothing runs until an endpoint configuration uses it.",
        ja: "エンドポイント設定が使うまで、何も動きません。",
      },
      delete: {
        en: "Endpoints already running keep serving, but new endpoint configurations cannot use it.",
        ja: "実行中のエンドポイントは提供を続けますが、新しいエンドポイント設定では使えなくなります。",
      },
      replace: {
        en: "Models are immutable: any change creates a new model, and endpoints serve it only after their configuration is updated.",
        ja: "モデルは変更不可のため、どんな変更でも新しいモデルが作られます。エンドポイントが提供するのは、設定を更新した後です。",
      },
    },
    docs: "https://docs.aws.amazon.com/sagemaker/latest/dg/realtime-endpoints.html",
  },
  {
    types: ["aws_sagemaker_endpoint_configuration"],
    title: { en: "SageMaker endpoint configuration", ja: "SageMaker エンドポイント設定" },
    service: "SageMaker",
    what: {
      en: "Which model(s) an inference endpoint serves, on which instance type and count (or serverless).",
      ja: "推論エンドポイントがどのモデルを、どのインスタンスタイプ・台数（またはサーバーレス）で提供するかの設定です。",
    },
    analogy: {
      en: "Like the desired state of an ECS service: image, size and number of copies.",
      ja: "ECS サービスの望ましい状態（イメージ、サイズ、台数）のようなものです。",
    },
    effects: {
      create: {
        en: "Nothing runs until an endpoint uses it.",
        ja: "エンドポイントが使うまで、何も動きません。",
      },
      delete: {
        en: "Running endpoints keep working, but cannot be updated back to this configuration.",
        ja: "実行中のエンドポイントは動き続けますが、この設定に戻すことはできなくなります。",
      },
      replace: {
        en: "Configurations are immutable: a new one is created and the endpoint switches to it (a deploy).",
        ja: "設定は変更不可のため新しいものが作られ、エンドポイントがそれに切り替わります（デプロイになります）。",
      },
    },
    docs: "https://docs.aws.amazon.com/sagemaker/latest/dg/realtime-endpoints.html",
  },
  {
    types: ["aws_sagemaker_endpoint"],
    title: { en: "SageMaker endpoint", ja: "SageMaker エンドポイント" },
    service: "SageMaker",
    what: {
      en: "A live HTTPS inference endpoint that runs an endpoint configuration on managed instances.",
      ja: "エンドポイント設定をマネージドなインスタンス上で動かす、稼働中の HTTPS 推論エンドポイントです。",
    },
    analogy: {
      en: "Like a running API service that answers prediction requests.",
      ja: "予測リクエストに応答する、稼働中の API サービスのようなものです。",
    },
    effects: {
      create: {
        en: "Instances start (several minutes) and bill per hour until deleted.",
        ja: "インスタンスが起動し（数分かかります）、削除するまで時間単位で課金されます。",
      },
      update: {
        en: "Switching to a new configuration deploys the new model with a blue/green switch-over.",
        ja: "新しい設定への切り替えで、新しいモデルがブルー/グリーン方式でデプロイされます。",
      },
      delete: {
        en: "Predictions stop; applications calling the endpoint get errors.",
        ja: "予測が止まり、エンドポイントを呼ぶアプリケーションはエラーになります。",
      },
      replace: {
        en: "Caused by a name change: the endpoint is unavailable until the new one is in service.",
        ja: "名前の変更が原因です。新しいエンドポイントが稼働するまで利用できません。",
      },
    },
    docs: "https://docs.aws.amazon.com/sagemaker/latest/dg/realtime-endpoints.html",
  },
  {
    types: ["aws_sagemaker_pipeline"],
    title: { en: "SageMaker pipeline", ja: "SageMaker パイプライン" },
    service: "SageMaker",
    what: {
      en: "A machine-learning workflow definition (data processing, training, evaluation, registration) run as a directed graph of steps.",
      ja: "機械学習のワークフロー（データ処理、学習、評価、登録）を、ステップの有向グラフとして定義したものです。",
    },
    analogy: {
      en: "Like a CI workflow file, but for training models.",
      ja: "モデル学習用の CI ワークフローファイルのようなものです。",
    },
    effects: {
      create: {
        en: "The pipeline is defined; it runs only when started.",
        ja: "パイプラインが定義されます。開始したときだけ実行されます。",
      },
      update: {
        en: "The next execution uses the new definition.",
        ja: "次の実行から新しい定義が使われます。",
      },
      delete: {
        en: "The definition and its execution history are removed; outputs already in S3 stay.",
        ja: "定義と実行履歴が削除されます。S3 に出力済みのものは残ります。",
      },
    },
    docs: "https://docs.aws.amazon.com/sagemaker/latest/dg/pipelines.html",
  },
];
