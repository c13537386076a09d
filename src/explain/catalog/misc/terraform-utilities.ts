import type { CatalogEntry } from "../../types.js";

/** Resources that exist only inside Terraform or on the machine running it: null, terraform_data, local, template. */
export const terraformUtilityEntries: CatalogEntry[] = [
  {
    types: ["null_resource"],
    title: { en: "null_resource (runs scripts, creates nothing)", ja: "null_resource（スクリプト実行用、実体なし）" },
    service: "Terraform utilities",
    what: {
      en: "A resource that creates nothing by itself; it exists to run provisioners (local-exec or remote-exec scripts) and to re-run them when a value in triggers changes.",
      ja: "それ自体は何も作らないリソースで、プロビジョナー（local-exec や remote-exec のスクリプト）を実行し、triggers の値が変わったときに再実行するために使います。",
    },
    analogy: {
      en: "A postinstall script in package.json: it is not a dependency, it is a hook that runs commands.",
      ja: "package.json の postinstall スクリプトのようなものです。依存パッケージではなく、コマンドを実行するためのフックです。",
    },
    effects: {
      create: {
        en: "Its provisioners run now, on the machine running Terraform (or over SSH). Read the script: it can do anything the runner's credentials allow.",
        ja: "プロビジョナーが今、Terraform を実行しているマシン上（または SSH 先）で実行されます。スクリプトを読みましょう。実行環境の権限でできることは何でもできます。",
      },
      delete: {
        en: "Nothing real is removed; only provisioners marked when = destroy run.",
        ja: "実体は何も削除されません。when = destroy のプロビジョナーだけが実行されます。",
      },
      replace: {
        en: "A value in triggers changed, so the scripts run again: check they are safe to repeat (migrations, deploys, API calls).",
        ja: "triggers の値が変わったため、スクリプトが再実行されます。繰り返し実行しても安全か（マイグレーション、デプロイ、API 呼び出しなど）確認しましょう。",
      },
    },
    docs: "https://registry.terraform.io/providers/hashicorp/null/latest/docs/resources/resource",
    related: {
      en: "Terraform 1.4+ has the built-in terraform_data for the same job without the null provider.",
      ja: "Terraform 1.4 以降では、null プロバイダーなしで同じことができる組み込みの terraform_data があります。",
    },
  },
  {
    types: ["terraform_data"],
    title: { en: "terraform_data (built-in)", ja: "terraform_data（組み込み）" },
    service: "Terraform utilities",
    what: {
      en: "Terraform's built-in placeholder resource: it stores a value (input → output) and can run provisioners, re-running them when triggers_replace changes. It creates nothing outside Terraform.",
      ja: "Terraform 組み込みのプレースホルダーリソースです。値を保存し（input → output）、プロビジョナーを実行でき、triggers_replace が変わると再実行します。Terraform の外には何も作りません。",
    },
    analogy: {
      en: "A variable in a build script plus a hook that runs when the variable changes.",
      ja: "ビルドスクリプトの変数と、その変数が変わったときに動くフックを合わせたようなものです。",
    },
    effects: {
      create: {
        en: "The value is recorded in state and any provisioners run once.",
        ja: "値が state に記録され、プロビジョナーがあれば1回実行されます。",
      },
      update: {
        en: "The stored input changes; resources using its output may be updated or replaced in turn (for example through replace_triggered_by).",
        ja: "保存している input が変わり、その output を使うリソースが順に更新・置き換えされることがあります（replace_triggered_by 経由など）。",
      },
      delete: {
        en: "Nothing outside Terraform is removed; destroy-time provisioners, if any, run.",
        ja: "Terraform の外では何も削除されません。destroy 時のプロビジョナーがあれば実行されます。",
      },
      replace: {
        en: "triggers_replace changed: provisioners run again and resources with replace_triggered_by pointing here are replaced too.",
        ja: "triggers_replace が変わったため、プロビジョナーが再実行され、ここを replace_triggered_by で参照するリソースも置き換えられます。",
      },
    },
    docs: "https://developer.hashicorp.com/terraform/language/resources/terraform-data",
  },
  {
    types: ["null_data_source"],
    title: { en: "null_data_source (deprecated)", ja: "null_data_source（非推奨）" },
    service: "Terraform utilities",
    what: {
      en: "A deprecated data source that just returns the inputs it is given as outputs; local values do the same job today. It touches nothing outside Terraform.",
      ja: "受け取った inputs をそのまま outputs として返すだけの非推奨のデータソースで、今は local 値で同じことができます。Terraform の外には何も触れません。",
    },
    analogy: {
      en: "An identity function: const x = (v) => v.",
      ja: "恒等関数（const x = (v) => v）のようなものです。",
    },
    effects: {},
    docs: "https://registry.terraform.io/providers/hashicorp/null/latest/docs/data-sources/data_source",
  },
  {
    types: ["local_file", "local_sensitive_file"],
    title: { en: "Local file", ja: "ローカルファイル" },
    service: "Terraform utilities",
    what: {
      en: "Writes a file on the machine that runs Terraform (your laptop or the CI runner), such as a kubeconfig or an inventory file; its content is also kept in Terraform state.",
      ja: "Terraform を実行するマシン（手元の PC や CI ランナー）にファイルを書き込みます。kubeconfig やインベントリファイルなどです。内容は Terraform の state にも保存されます。",
    },
    analogy: {
      en: "fs.writeFileSync in a build script: the file exists where the script ran, nowhere else.",
      ja: "ビルドスクリプトの fs.writeFileSync のようなものです。ファイルはスクリプトを実行した場所にしかありません。",
    },
    effects: {
      create: {
        en: "The file is written on the runner. In CI it disappears with the job, so the next plan wants to create it again.",
        ja: "実行環境にファイルが書かれます。CI ではジョブと一緒に消えるため、次の plan でまた作成しようとします。",
      },
      delete: {
        en: "The file is removed from the machine running Terraform; nothing in the cloud changes.",
        ja: "Terraform を実行しているマシンからファイルが削除されます。クラウド側は何も変わりません。",
      },
      replace: {
        en: "Any change of content or path rewrites the file; nothing in the cloud changes.",
        ja: "内容やパスが変わるとファイルが書き直されます。クラウド側は何も変わりません。",
      },
    },
    docs: "https://registry.terraform.io/providers/hashicorp/local/latest/docs/resources/file",
    related: {
      en: "Use local_sensitive_file for secrets so the content is hidden in plan output (it is still stored in state).",
      ja: "シークレットには local_sensitive_file を使うと plan の出力で内容が隠れます（state には保存されます）。",
    },
  },
  {
    types: ["template_cloudinit_config"],
    title: { en: "cloud-init config (template provider, data source)", ja: "cloud-init 設定（template プロバイダー、データソース）" },
    service: "Terraform utilities",
    what: {
      en: "Renders several cloud-init parts (shell scripts, cloud-config YAML) into one multi-part, optionally gzipped and base64-encoded user_data for a VM. The template provider is deprecated; cloudinit_config from the cloudinit provider replaces it.",
      ja: "複数の cloud-init パーツ（シェルスクリプト、cloud-config の YAML）を、VM に渡す1つのマルチパートの user_data にまとめます（gzip や base64 も可能）。template プロバイダーは非推奨で、cloudinit プロバイダーの cloudinit_config が後継です。",
    },
    analogy: {
      en: "A bundler that packs your boot scripts into one file the server runs on first start.",
      ja: "起動スクリプトを、サーバーが初回起動時に実行する1つのファイルにまとめるバンドラーのようなものです。",
    },
    effects: {},
    docs: "https://registry.terraform.io/providers/hashicorp/template/latest/docs/data-sources/cloudinit_config",
    related: {
      en: "Its output usually feeds a VM's user_data: any change to the parts changes user_data, which often forces the VM to be replaced.",
      ja: "出力は通常 VM の user_data に渡されます。パーツを変えると user_data が変わり、VM の置き換えにつながることがよくあります。",
    },
  },
  {
    types: ["time_sleep"],
    title: { en: "time_sleep (wait during apply)", ja: "time_sleep（apply 中の待機）" },
    service: "Terraform utilities",
    what: {
      en: "Pauses the apply for a set duration, usually to let something eventually consistent (IAM, DNS, an API enablement) settle before dependent resources are created.",
      ja: "apply を指定した時間だけ止めます。IAM、DNS、API の有効化など結果整合のものが落ち着くまで、依存するリソースの作成を待たせるのが主な用途です。",
    },
    analogy: {
      en: "await sleep(30_000) in a deploy script.",
      ja: "デプロイスクリプトの await sleep(30_000) のようなものです。",
    },
    effects: {
      create: {
        en: "The apply waits for create_duration; nothing is created anywhere.",
        ja: "apply が create_duration だけ待ちます。どこにも何も作られません。",
      },
      delete: {
        en: "Waits for destroy_duration if set; nothing is deleted anywhere.",
        ja: "destroy_duration が設定されていればその分待ちます。どこからも何も削除されません。",
      },
      replace: {
        en: "A trigger changed, so the wait happens again.",
        ja: "トリガーが変わったため、もう一度待機します。",
      },
    },
    docs: "https://registry.terraform.io/providers/hashicorp/time/latest/docs/resources/sleep",
  },
];
