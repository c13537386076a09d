import type { CatalogEntry } from "../../types.js";

/**
 * Types from providers that exist to test tools or demonstrate Terraform. They show up in real plan files
 * (test suites of Terraform, terraform-json, Infracost, policy tools), so they get honest entries rather
 * than a generic fallback: say plainly that nothing real is created.
 */
export const testProviderEntries: CatalogEntry[] = [
  {
    types: ["test_instance"],
    title: { en: "test_instance (Terraform's own test provider)", ja: "test_instance（Terraform 自身のテスト用プロバイダー）" },
    service: "Test providers",
    what: {
      en: "A resource from Terraform's own test provider: it creates nothing real and appears in the test suites of Terraform and of tools that read its JSON output.",
      ja: "Terraform 自身のテスト用プロバイダーのリソースです。実体は何も作らず、Terraform や、その JSON 出力を読むツールのテストスイートに登場します。",
    },
    analogy: {
      en: "A mock object in a unit test: it has the shape of a real thing, nothing more.",
      ja: "単体テストのモックオブジェクトのようなものです。本物の形をしているだけです。",
    },
    effects: {
      create: {
        en: "Only recorded in Terraform state; no infrastructure exists.",
        ja: "Terraform の state に記録されるだけで、インフラは何もありません。",
      },
      update: {
        en: "Only the recorded attributes change.",
        ja: "記録された属性が変わるだけです。",
      },
      delete: {
        en: "Removed from state; nothing else happens.",
        ja: "state から消えるだけで、他には何も起きません。",
      },
      replace: {
        en: "Shows how a replacement is planned (often to test create_before_destroy ordering); nothing real is replaced.",
        ja: "置き換えの計画の仕方を示すもので（create_before_destroy の順序のテストによく使われます）、実際には何も置き換わりません。",
      },
    },
    docs: "https://developer.hashicorp.com/terraform/internals/json-format",
  },
  {
    types: [
      "tfcoremock_simple_resource",
      "tfcoremock_complex_resource",
      "tfcoremock_list",
      "tfcoremock_map",
      "tfcoremock_set",
      "tfcoremock_object",
      "tfcoremock_nested_list",
      "tfcoremock_nested_map",
      "tfcoremock_nested_set",
      "tfcoremock_nested_object",
      "tfcoremock_multiple_blocks",
    ],
    title: { en: "tfcoremock resource (mock provider)", ja: "tfcoremock のリソース（モック用プロバイダー）" },
    service: "Test providers",
    what: {
      en: "A resource from HashiCorp's tfcoremock provider, made for testing Terraform itself: it stores whatever attributes you give it as a local JSON file and creates nothing real. Most type names are defined by the test's own schema files.",
      ja: "Terraform 自体のテスト用に作られた HashiCorp の tfcoremock プロバイダーのリソースです。渡した属性をローカルの JSON ファイルに保存するだけで、実体は何も作りません。型名の多くはテスト側のスキーマファイルで定義されています。",
    },
    analogy: {
      en: "An in-memory fake repository in tests: it remembers what you saved and nothing else.",
      ja: "テストで使うインメモリのフェイクリポジトリのようなもので、保存したものを覚えているだけです。",
    },
    effects: {
      create: {
        en: "A JSON file describing the object is written next to the test; nothing else is created.",
        ja: "オブジェクトを表す JSON ファイルがテストの横に書かれるだけで、他には何も作られません。",
      },
      update: {
        en: "The JSON file is rewritten; plans like this usually exercise how nested lists, sets, maps and objects are diffed.",
        ja: "JSON ファイルが書き直されます。こうした plan は、入れ子のリスト・セット・マップ・オブジェクトの差分の出し方を試すためのものです。",
      },
      delete: {
        en: "The JSON file is removed.",
        ja: "JSON ファイルが削除されます。",
      },
      replace: {
        en: "The file is deleted and written again; nothing real is replaced.",
        ja: "ファイルが削除されて書き直されるだけで、実際には何も置き換わりません。",
      },
    },
    docs: "https://registry.terraform.io/providers/hashicorp/tfcoremock/latest/docs",
  },
  {
    types: [
      "fakewebservices_server",
      "fakewebservices_vpc",
      "fakewebservices_database",
      "fakewebservices_load_balancer",
    ],
    title: { en: "Fake Web Services resource (demo provider)", ja: "Fake Web Services のリソース（デモ用プロバイダー）" },
    service: "Test providers",
    what: {
      en: "A pretend server, VPC, database or load balancer from HashiCorp's fakewebservices demo provider, used in Terraform Cloud (HCP Terraform) getting-started tutorials and policy examples; nothing real is provisioned.",
      ja: "HashiCorp のデモ用プロバイダー fakewebservices の、見せかけのサーバー・VPC・データベース・ロードバランサーです。Terraform Cloud（HCP Terraform）の入門チュートリアルやポリシーの例で使われ、実体は何も作られません。",
    },
    analogy: {
      en: "The sample data of a tutorial app: realistic names, no real customers.",
      ja: "チュートリアル用アプリのサンプルデータのようなものです。名前はそれらしいですが、本物の顧客はいません。",
    },
    effects: {
      create: {
        en: "A fake record is registered with the demo service; no machine, network or database exists and nothing is billed.",
        ja: "デモサービスに偽のレコードが登録されるだけで、マシン・ネットワーク・DB は存在せず、課金もありません。",
      },
      update: {
        en: "The fake record's attributes change, often to show a policy check (Sentinel/OPA) passing or failing.",
        ja: "偽のレコードの属性が変わるだけで、ポリシーチェック（Sentinel/OPA）の成否を見せるために使われることが多いです。",
      },
      delete: {
        en: "The fake record is removed; nothing real is affected.",
        ja: "偽のレコードが削除されるだけで、本物には影響しません。",
      },
      replace: {
        en: "The fake record is recreated; nothing real is affected.",
        ja: "偽のレコードが作り直されるだけで、本物には影響しません。",
      },
    },
    docs: "https://registry.terraform.io/providers/hashicorp/fakewebservices/latest/docs",
  },
  {
    types: ["corner_user_identity"],
    title: { en: "corner_user_identity (Terraform corner-case test provider)", ja: "corner_user_identity（Terraform のコーナーケース検証用プロバイダー）" },
    service: "Test providers",
    what: {
      en: "A resource from hashicorp/corner, a provider that exists to test unusual Terraform behaviour; this type exercises resource identity (importing and tracking a resource by identity attributes such as an email). It creates nothing real.",
      ja: "Terraform の珍しい挙動を検証するためのプロバイダー hashicorp/corner のリソースです。この型はリソースアイデンティティ（メールアドレスなどの識別属性でリソースをインポート・追跡する仕組み）を試すためのもので、実体は何も作りません。",
    },
    analogy: {
      en: "A fixture in a test suite written to hit one edge case.",
      ja: "1つのエッジケースを突くために書かれた、テストスイートのフィクスチャのようなものです。",
    },
    effects: {
      create: {
        en: "Only recorded in state; no account is created anywhere.",
        ja: "state に記録されるだけで、どこにもアカウントは作られません。",
      },
      update: {
        en: "Recorded attributes change; in plans it often appears together with an import by identity.",
        ja: "記録された属性が変わるだけです。plan ではアイデンティティによるインポートと一緒に現れることが多いです。",
      },
      delete: {
        en: "Removed from state; nothing else happens.",
        ja: "state から消えるだけで、他には何も起きません。",
      },
      replace: {
        en: "Recreated in state only.",
        ja: "state 上で作り直されるだけです。",
      },
    },
    docs: "https://github.com/hashicorp/terraform-provider-corner",
  },
  {
    types: ["example_resource"],
    title: { en: "example_resource (placeholder provider)", ja: "example_resource（プレースホルダー用プロバイダー）" },
    service: "Test providers",
    what: {
      en: "A placeholder type from an \"example\" provider used in test data and provider-development samples (here, to test how numbers are encoded in plan JSON); it creates nothing real.",
      ja: "テストデータやプロバイダー開発のサンプルで使われる「example」プロバイダーのプレースホルダー型です（ここでは plan の JSON で数値がどう表現されるかのテスト用）。実体は何も作りません。",
    },
    analogy: {
      en: "foo and bar in a code sample.",
      ja: "サンプルコードに出てくる foo や bar のようなものです。",
    },
    effects: {
      create: {
        en: "Nothing real is created; the plan only shows the attribute values.",
        ja: "実体は何も作られず、plan は属性の値を示すだけです。",
      },
      update: {
        en: "Only recorded attribute values change.",
        ja: "記録された属性の値が変わるだけです。",
      },
      delete: {
        en: "Removed from state only.",
        ja: "state から消えるだけです。",
      },
      replace: {
        en: "Recreated in state only.",
        ja: "state 上で作り直されるだけです。",
      },
    },
    docs: "https://developer.hashicorp.com/terraform/plugin/framework",
  },
  {
    types: ["infracost_aws_nat_gateway"],
    title: { en: "Infracost usage estimate for a NAT gateway", ja: "NAT ゲートウェイの Infracost 利用量見積もり" },
    service: "Infracost",
    what: {
      en: "From Infracost's old Terraform provider: it declares expected usage (such as GB processed per month) for an AWS NAT gateway so Infracost can estimate its cost. It creates nothing in AWS; today usage goes in an infracost-usage.yml file instead.",
      ja: "Infracost の旧 Terraform プロバイダーのリソースで、AWS NAT ゲートウェイの想定利用量（月あたりの処理 GB など）を宣言し、Infracost がコストを見積もれるようにします。AWS には何も作りません。現在は infracost-usage.yml ファイルで利用量を指定します。",
    },
    analogy: {
      en: "An assumption row in a cost spreadsheet: \"we expect 10 GB a month through this gateway\".",
      ja: "コスト見積もり表の前提の行（「このゲートウェイは月10GB通る想定」）のようなものです。",
    },
    effects: {
      create: {
        en: "Only the cost estimate changes; nothing is deployed.",
        ja: "コストの見積もりが変わるだけで、何もデプロイされません。",
      },
      update: {
        en: "The usage assumption changes, and so does the estimated monthly cost.",
        ja: "利用量の前提が変わり、それに応じて月額の見積もりが変わります。",
      },
      delete: {
        en: "The estimate falls back to no usage data; the real gateway is untouched.",
        ja: "見積もりは利用量データなしに戻ります。本物のゲートウェイには影響しません。",
      },
      replace: {
        en: "Recreated in state only; nothing real changes.",
        ja: "state 上で作り直されるだけで、本物は何も変わりません。",
      },
    },
    docs: "https://www.infracost.io/docs/features/usage_based_resources/",
  },
];
