import type { Change } from "../plan/model.js";
import { providerDisplayName, providerSource } from "./providers.js";
import type { CatalogEntry } from "./types.js";

type Described = Pick<Change, "mode" | "type" | "provider" | "providerName">;

const BUILTIN_DOCS = "https://developer.hashicorp.com/terraform/language/resources/terraform-data";

const cache = new Map<string, CatalogEntry>();

/**
 * The generic entry for a type the catalog does not know: still names the
 * cloud, the kind of object and the exact documentation page. Built once per
 * type, so a plan of 50,000 unknown resources builds a handful.
 */
export function fallbackEntryFor(change: Described): CatalogEntry {
  const key = `${change.mode}\u0000${change.type}\u0000${change.providerName}\u0000${change.provider}`;
  let entry = cache.get(key);
  if (!entry) {
    entry = buildFallback(change);
    cache.set(key, entry);
  }
  return entry;
}

/** `aws_foo_bar` with provider `aws` → `foo_bar`, as the Registry names its pages. */
export function typeWithoutProvider(type: string, providerName: string): string {
  if (type.startsWith(`${providerName}_`)) return type.slice(providerName.length + 1);
  const underscore = type.indexOf("_");
  return underscore > 0 ? type.slice(underscore + 1) : type;
}

export function registryDocsUrl(change: Described): string {
  const source = providerSource(change.providerName, change.provider);
  if (source.namespace === "builtin") return BUILTIN_DOCS;
  const folder = change.mode === "data" ? "data-sources" : "resources";
  const page = typeWithoutProvider(change.type, source.name);
  return `https://registry.terraform.io/providers/${source.namespace}/${source.name}/latest/docs/${folder}/${page}`;
}

function buildFallback(change: Described): CatalogEntry {
  const source = providerSource(change.providerName, change.provider);
  const cloud = providerDisplayName(change.provider || source.name);
  const words = typeWithoutProvider(change.type, source.name).replaceAll("_", " ");
  const providerLabel = `${source.namespace}/${source.name}`;
  const docs = registryDocsUrl(change);
  if (change.mode === "data") {
    return {
      types: [change.type],
      title: { en: `${cloud} ${words} (data source)`, ja: `${cloud} の ${words}（データソース）` },
      service: cloud,
      what: {
        en: `A data source: Terraform looks up an existing ${words} in ${cloud} through the ${providerLabel} provider and reads its attributes; it never creates or changes anything.`,
        ja: `データソースです。Terraform は ${providerLabel} プロバイダーを通じて ${cloud} にある既存の ${words} を探し、属性を読み取るだけで、何も作成・変更しません。`,
      },
      analogy: {
        en: "Like a SELECT query in your application: it reads, it never writes.",
        ja: "アプリケーションの SELECT 文のようなものです。読むだけで、書き込みはしません。",
      },
      effects: {},
      docs,
    };
  }
  return {
    types: [change.type],
    title: { en: `${cloud} ${words}`, ja: `${cloud} の ${words}` },
    service: cloud,
    what: {
      en: `A ${words} in ${cloud}, managed by Terraform through the ${providerLabel} provider. infra-coach has no specific notes on this type yet; the documentation link explains its settings.`,
      ja: `Terraform が ${providerLabel} プロバイダーを通じて管理する、${cloud} の ${words} です。この種類にはまだ専用の解説がありません。設定項目はドキュメントのリンクで確認できます。`,
    },
    analogy: {
      en: "Like a row in a database table that Terraform keeps in sync with your code: the configuration says what it should be, and Terraform makes the real thing match.",
      ja: "コードと同期されるデータベースの 1 行のようなものです。設定が「あるべき姿」を書き、Terraform が実物をそれに合わせます。",
    },
    effects: {
      create: {
        en: `Terraform creates a new ${words} in ${cloud}. Nothing that already exists is touched.`,
        ja: `${cloud} に新しい ${words} を作成します。既存のものには触れません。`,
      },
      update: {
        en: `Terraform changes this ${words} in place and it keeps its identity. Check each changed setting below.`,
        ja: `この ${words} をその場で変更します（作り直しはしません）。下の変更点を確認してください。`,
      },
      delete: {
        en: `Terraform deletes this ${words} from ${cloud}. Anything still using it breaks, and whatever it held is gone.`,
        ja: `この ${words} を ${cloud} から削除します。まだ使っているものは動かなくなり、保持していた内容も失われます。`,
      },
      replace: {
        en: `Terraform deletes this ${words} and creates a new one, because a setting cannot be changed in place. The new one gets new IDs; expect a short interruption.`,
        ja: `一部の設定がその場で変更できないため、この ${words} を削除して新しく作り直します。ID などが変わり、一時的に使えなくなることがあります。`,
      },
    },
    docs,
  };
}
