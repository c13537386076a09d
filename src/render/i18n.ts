import type { Lang, Severity } from "../explain/types.js";
import type { DisplayAction } from "./actions.js";

/**
 * Every fixed string the renderers print, in both languages. Numbers arrive
 * already formatted; interpolated values arrive already escaped for the
 * target format, so these functions never see untrusted text unescaped.
 */
export interface Messages {
  sectionHeading(title: string): string;
  untitledSection: string;
  /** Table word for an action, e.g. "replace". */
  actionWord: Record<DisplayAction, string>;
  /** Headline count, e.g. "3 to add". */
  actionCount(action: DisplayAction, count: string): string;
  riskCount(count: number, formatted: string): string;
  driftCount(count: number, formatted: string): string;
  noChanges: string;
  onlyOutputsChange(count: number, formatted: string): string;
  planErrored: string;
  planFailed(error: string): string;
  notApplyable: string;
  incomplete: string;
  noSections: string;
  tableHeader: [action: string, resource: string, what: string, risk: string];
  moreRisks(count: string): string;
  moreTableRows(count: number, formatted: string): string;
  whatIsThis: string;
  whatThisDoes: string;
  genericEffect: Record<DisplayAction, string>;
  /** "What is this?" for a type already explained higher up on the page. */
  explainedAbove(title: string): string;
  /** Summary-line word for a drifted object, e.g. "Deleted outside Terraform". */
  driftWord(action: DisplayAction): string;
  moreItems(count: string): string;
  risksHeading: string;
  severity: Record<Severity, string>;
  whyItMatters: string;
  whereInCode: string;
  documentation: string;
  driftHeading: string;
  driftIntro: string;
  outputsHeading: string;
  outputsHeader: [output: string, action: string, before: string, after: string];
  diagramHeading: string;
  diagramLegend: string;
  diagramCapped(shown: string, total: string): string;
  knownAfterApply: string;
  sensitive: string;
  absent: string;
  leftOut(parts: string[]): string;
  leftOutDiagram: string;
  leftOutDetails(count: number, formatted: string): string;
  leftOutDrift(count: number, formatted: string): string;
  leftOutOutputs(count: number, formatted: string): string;
  leftOutTableRows(count: number, formatted: string): string;
  sectionsLeftOut(count: number, formatted: string): string;
}

function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

const en: Messages = {
  sectionHeading: (title) => `Terraform plan: ${title}`,
  untitledSection: "Terraform plan",
  actionWord: {
    create: "add",
    update: "change",
    delete: "destroy",
    replace: "replace",
    read: "read",
    "no-op": "no change",
    forget: "forget",
    import: "import",
    move: "move",
  },
  actionCount: (action, count) =>
    ({
      create: `${count} to add`,
      update: `${count} to change`,
      delete: `${count} to destroy`,
      replace: `${count} to replace`,
      read: `${count} to read`,
      "no-op": `${count} unchanged`,
      forget: `${count} to forget`,
      import: `${count} to import`,
      move: `${count} to move`,
    })[action],
  riskCount: (count, formatted) => `${formatted} ${plural(count, "risk", "risks")}`,
  driftCount: (_count, formatted) => `${formatted} changed outside of Terraform`,
  noChanges: "No changes. Your infrastructure matches the configuration.",
  onlyOutputsChange: (count, formatted) =>
    `No changes to resources; ${formatted} output ${plural(count, "value changes", "values change")}.`,
  planErrored:
    "Terraform reported an error while planning, so this plan is incomplete: changes may be missing below. Fix the error and plan again.",
  planFailed: (error) => `There is no plan to explain: ${error}`,
  notApplyable: "Terraform says this plan cannot be applied.",
  incomplete: "Terraform says more changes will follow once this plan is applied (deferred changes).",
  noSections: "No Terraform plans to explain.",
  tableHeader: ["Action", "Resource", "What it is", "Risk"],
  moreRisks: (count) => `(+${count} more)`,
  moreTableRows: (count, formatted) => `… and ${formatted} more ${plural(count, "change", "changes")} not shown in the table.`,
  whatIsThis: "What is this?",
  whatThisDoes: "What this change does:",
  genericEffect: {
    create: "Terraform will create this. Nothing that exists today is touched.",
    update: "Terraform will change this in place; it keeps its identity (same ID, same address).",
    delete: "Terraform will destroy this. Whatever uses it stops working, and any data it holds is gone.",
    replace:
      "Terraform cannot change this in place, so it will destroy it and create a new one. Expect a new ID, and a short interruption for whatever uses it.",
    read: "Terraform only reads this data source; nothing in your infrastructure changes.",
    "no-op": "Nothing changes.",
    forget: "Terraform will stop managing this, but the real object stays where it is.",
    import: "Terraform will start managing an object that already exists; nothing is created.",
    move: "Only the address in Terraform's records changes; the real object is untouched.",
  },
  explainedAbove: (title) => `${title}: explained in the first one above.`,
  driftWord: (action) => (action === "delete" ? "Deleted outside Terraform" : "Changed outside Terraform"),
  moreItems: (count) => `… and ${count} more`,
  risksHeading: "⚠️ Risks",
  severity: { high: "High", medium: "Medium", low: "Low" },
  whyItMatters: "Why it matters:",
  whereInCode: "Where it is in your code:",
  documentation: "Documentation",
  driftHeading: "Changed outside of Terraform",
  driftIntro:
    "Terraform found these differences between its records and the real infrastructure. They were made outside of Terraform (by hand in a console, or by another tool). Where the code says otherwise, applying this plan puts them back.",
  outputsHeading: "Output changes",
  outputsHeader: ["Output", "Action", "Before", "After"],
  diagramHeading: "Picture of the change",
  diagramLegend: "An arrow points from a resource to what it refers to. Changed resources are coloured; grey ones do not change.",
  diagramCapped: (shown, total) => `Showing ${shown} of ${total} resources.`,
  knownAfterApply: "(known after apply)",
  sensitive: "(sensitive)",
  absent: "(none)",
  leftOut: (parts) =>
    `✂️ Left out to fit GitHub's comment size limit: ${parts.join(", ")}. Run \`infra-coach explain\` locally for the full text.`,
  leftOutDiagram: "the diagram",
  leftOutDetails: (count, formatted) => `details of ${formatted} ${plural(count, "change", "changes")}`,
  leftOutDrift: (count, formatted) => `${formatted} ${plural(count, "change", "changes")} made outside of Terraform`,
  leftOutOutputs: (count, formatted) => `${formatted} output ${plural(count, "change", "changes")}`,
  leftOutTableRows: (count, formatted) => `${formatted} table ${plural(count, "row", "rows")}`,
  sectionsLeftOut: (count, formatted) =>
    `✂️ ${formatted} more Terraform ${plural(count, "plan was", "plans were")} left out to fit GitHub's comment size limit. Run \`infra-coach explain\` locally for the full text.`,
};

const ja: Messages = {
  sectionHeading: (title) => `Terraform プラン: ${title}`,
  untitledSection: "Terraform プラン",
  actionWord: {
    create: "追加",
    update: "変更",
    delete: "削除",
    replace: "置き換え",
    read: "読み取り",
    "no-op": "変更なし",
    forget: "管理対象から外す",
    import: "インポート",
    move: "移動",
  },
  actionCount: (action, count) =>
    ({
      create: `追加 ${count}`,
      update: `変更 ${count}`,
      delete: `削除 ${count}`,
      replace: `置き換え ${count}`,
      read: `読み取り ${count}`,
      "no-op": `変更なし ${count}`,
      forget: `管理対象から外す ${count}`,
      import: `インポート ${count}`,
      move: `移動 ${count}`,
    })[action],
  riskCount: (_count, formatted) => `リスク ${formatted} 件`,
  driftCount: (_count, formatted) => `Terraform の外での変更 ${formatted}`,
  noChanges: "変更はありません。インフラは設定どおりの状態です。",
  onlyOutputsChange: (_count, formatted) => `リソースの変更はありません。出力値が ${formatted} 個変わります。`,
  planErrored:
    "プランの作成中に Terraform がエラーを報告したため、このプランは不完全です（下に載っていない変更があるかもしれません）。エラーを直してからもう一度プランしてください。",
  planFailed: (error) => `説明できるプランがありません: ${error}`,
  notApplyable: "Terraform によると、このプランは apply できません。",
  incomplete: "Terraform によると、このプランを apply した後にさらに変更が続きます（遅延された変更）。",
  noSections: "説明する Terraform プランがありません。",
  tableHeader: ["操作", "リソース", "これは何か", "リスク"],
  moreRisks: (count) => `（ほか ${count} 件）`,
  moreTableRows: (_count, formatted) => `… ほか ${formatted} 件の変更は表に載せていません。`,
  whatIsThis: "これは何？",
  whatThisDoes: "この変更で起きること:",
  genericEffect: {
    create: "Terraform がこれを新しく作ります。今あるものには触れません。",
    update: "Terraform がこれをその場で変更します。ID やアドレスは変わりません。",
    delete: "Terraform がこれを削除します。これを使っているものは動かなくなり、中のデータも失われます。",
    replace:
      "その場では変更できないため、Terraform はこれを削除して新しく作り直します。ID が変わり、これを使っているものが一時的に止まることがあります。",
    read: "Terraform はこのデータソースを読み取るだけです。インフラは何も変わりません。",
    "no-op": "何も変わりません。",
    forget: "Terraform はこれを管理しなくなりますが、実物はそのまま残ります。",
    import: "すでに存在するものを Terraform の管理下に入れます。新しくは作りません。",
    move: "Terraform の記録上のアドレスが変わるだけで、実物には触れません。",
  },
  explainedAbove: (title) => `${title}（説明は上の最初のものを参照）`,
  driftWord: (action) => (action === "delete" ? "Terraform の外で削除" : "Terraform の外で変更"),
  moreItems: (count) => `… ほか ${count} 件`,
  risksHeading: "⚠️ リスク",
  severity: { high: "高", medium: "中", low: "低" },
  whyItMatters: "なぜ大事か:",
  whereInCode: "コードの場所:",
  documentation: "ドキュメント",
  driftHeading: "Terraform の外で変更されたもの",
  driftIntro:
    "Terraform の記録と実際のインフラの間に、次の違いが見つかりました。Terraform 以外（コンソールでの手作業や別のツール）で変更されたものです。コードの内容と異なる部分は、このプランを apply すると元に戻ります。",
  outputsHeading: "出力値の変更",
  outputsHeader: ["出力", "操作", "変更前", "変更後"],
  diagramHeading: "変更の図",
  diagramLegend: "矢印はリソースから参照先に向いています。色付きは変わるリソース、灰色は変わらないリソースです。",
  diagramCapped: (shown, total) => `${total} 個のリソースのうち ${shown} 個を表示しています。`,
  knownAfterApply: "（apply 後に決まる）",
  sensitive: "（機密値）",
  absent: "（なし）",
  leftOut: (parts) =>
    `✂️ GitHub のコメントの文字数制限に収めるため、次を省略しました: ${parts.join("、")}。全文はローカルで \`infra-coach explain\` を実行して確認してください。`,
  leftOutDiagram: "図",
  leftOutDetails: (_count, formatted) => `${formatted} 件の変更の詳細`,
  leftOutDrift: (_count, formatted) => `Terraform の外での変更 ${formatted} 件`,
  leftOutOutputs: (_count, formatted) => `出力値の変更 ${formatted} 件`,
  leftOutTableRows: (_count, formatted) => `表の ${formatted} 行`,
  sectionsLeftOut: (_count, formatted) =>
    `✂️ GitHub のコメントの文字数制限に収めるため、ほか ${formatted} 件の Terraform プランを省略しました。全文はローカルで \`infra-coach explain\` を実行して確認してください。`,
};

const MESSAGES: Record<Lang, Messages> = { en, ja };

export function messages(lang: Lang): Messages {
  return MESSAGES[lang];
}

const NUMBER_FORMAT = new Intl.NumberFormat("en-US");

/** 1234 → "1,234" (the same grouping reads naturally in Japanese). */
export function formatCount(count: number): string {
  return NUMBER_FORMAT.format(count);
}
