import type { CatalogEntry } from "../../types.js";

export const githubEntries: CatalogEntry[] = [
  {
    types: ["github_repository"],
    title: { en: "GitHub repository", ja: "GitHub リポジトリ" },
    service: "GitHub",
    what: {
      en: "A GitHub repository and its settings: visibility, merge options, features (issues, wiki), default branch and topics.",
      ja: "GitHub のリポジトリとその設定（公開範囲、マージ方法、Issue や Wiki などの機能、デフォルトブランチ、トピック）です。",
    },
    analogy: {
      en: "Clicking \"New repository\" and its Settings page, written as code.",
      ja: "「New repository」ボタンと Settings 画面をコードにしたものです。",
    },
    effects: {
      create: {
        en: "A new repository is created in the organization (empty, or from a template).",
        ja: "組織に新しいリポジトリが作られます（空、またはテンプレートから）。",
      },
      update: {
        en: "Settings change immediately; switching visibility from private to public exposes all code and history.",
        ja: "設定は即座に変わります。private から public に切り替えると、すべてのコードと履歴が公開されます。",
      },
      delete: {
        en: "The repository with its code, issues, pull requests and wiki is deleted (or only archived if archive_on_destroy is set). Organization owners can restore a deleted repository for a limited time.",
        ja: "リポジトリがコード、Issue、プルリクエスト、Wiki ごと削除されます（archive_on_destroy があればアーカイブのみ）。組織のオーナーは一定期間内なら復元できます。",
      },
      replace: {
        en: "A new, empty repository replaces the old one: history, issues and pull requests are lost.",
        ja: "新しい空のリポジトリに置き換わり、履歴、Issue、プルリクエストが失われます。",
      },
    },
    docs: "https://registry.terraform.io/providers/integrations/github/latest/docs/resources/repository",
    stateful: true,
  },
  {
    types: ["github_branch"],
    title: { en: "GitHub branch", ja: "GitHub ブランチ" },
    service: "GitHub",
    what: {
      en: "Creates a branch in a repository from a source branch or commit.",
      ja: "リポジトリに、元のブランチやコミットからブランチを作ります。",
    },
    analogy: {
      en: "git push origin main:release-1.0.",
      ja: "git push origin main:release-1.0 と同じです。",
    },
    effects: {
      create: {
        en: "The branch appears, pointing at the source's current commit.",
        ja: "元ブランチの現在のコミットを指すブランチができます。",
      },
      delete: {
        en: "The branch is deleted; commits only on this branch become unreachable (GitHub can restore recently deleted branches).",
        ja: "ブランチが削除され、このブランチにしかないコミットは辿れなくなります（最近削除したブランチは GitHub で復元できます）。",
      },
      replace: {
        en: "The branch is deleted and recreated from the source: commits made on it since are lost from the branch.",
        ja: "ブランチが削除され、元から作り直されます。その後にこのブランチへ積んだコミットはブランチから失われます。",
      },
    },
    docs: "https://registry.terraform.io/providers/integrations/github/latest/docs/resources/branch",
  },
  {
    types: ["github_branch_protection", "github_branch_protection_v3"],
    title: { en: "GitHub branch protection", ja: "GitHub ブランチ保護" },
    service: "GitHub",
    what: {
      en: "Rules for a branch pattern: required reviews, required status checks, no force pushes, who may push.",
      ja: "ブランチのパターンに対するルールです（必須レビュー、必須ステータスチェック、force push の禁止、push できる人など）。",
    },
    analogy: {
      en: "The \"Protect this branch\" settings page, as code.",
      ja: "「ブランチを保護する」設定画面をコードにしたものです。",
    },
    effects: {
      create: {
        en: "Pushes and merges to matching branches must now satisfy the rules.",
        ja: "対象ブランチへの push やマージは、以降ルールを満たす必要があります。",
      },
      update: {
        en: "Stricter rules can block open pull requests; looser ones remove a safety net.",
        ja: "ルールを厳しくすると開いている PR がマージできなくなることがあり、緩めると安全網がなくなります。",
      },
      delete: {
        en: "Anyone with write access can push or force-push straight to the branch.",
        ja: "書き込み権限があれば誰でもブランチに直接 push や force push ができるようになります。",
      },
      replace: {
        en: "A short window with no protection while the rule is recreated.",
        ja: "ルールの作り直しの間、短時間保護がなくなります。",
      },
    },
    docs: "https://registry.terraform.io/providers/integrations/github/latest/docs/resources/branch_protection",
  },
];
