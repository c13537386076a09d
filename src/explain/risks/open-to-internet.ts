import type { Change } from "../../plan/model.js";
import { ruleChanges } from "../network/changes.js";
import { describesNetworkRules } from "../network/extract.js";
import { classifyExposure, exposureSeverity, worseExposure, type Exposure, type ExposureClass } from "../network/ports.js";
import { describeTraffic, groupRules, isInternet, type RuleGroup } from "../network/rules.js";
import { code, ja, listEn, listJa } from "../text.js";
import type { Risk, Text } from "../types.js";
import type { ChangeView } from "../view.js";
import { lazyRisk, type RiskWords } from "./lazy-risk.js";
import type { RiskRule } from "./types.js";

const WHY: Readonly<Record<ExposureClass, Text>> = {
  admin: {
    en: "Bots scan the whole internet for open remote-administration ports (SSH, RDP...) within minutes and try stolen passwords and known exploits. Allow only your office or VPN range, or reach the machines through a bastion or SSM Session Manager.",
    ja: "SSH や RDP などの管理用ポートは、公開から数分でボットに見つかり、盗まれたパスワードや既知の脆弱性を試されます。会社や VPN のアドレス範囲だけに絞るか、踏み台や SSM Session Manager を使いましょう。",
  },
  database: {
    en: "A database port open to the internet invites password guessing and data theft. Only the application's own network or security group should reach it.",
    ja: "インターネットに開いたデータベースのポートは、パスワード総当たりやデータ窃取の標的になります。アプリケーション自身のネットワークやセキュリティグループからだけ到達できるようにしましょう。",
  },
  "every-port": {
    en: "Every service on these machines becomes reachable from anywhere, including ones nobody meant to publish (debug ports, admin consoles, databases).",
    ja: "公開するつもりのないもの（デバッグ用ポート、管理画面、データベースなど）も含め、すべてのサービスにどこからでも到達できるようになります。",
  },
  other: {
    en: "Anything listening on these ports becomes reachable from anywhere. Make sure the service is meant to be public and has its own authentication.",
    ja: "このポートで待ち受けているものにどこからでも到達できるようになります。公開してよいサービスであり、独自の認証があることを確認しましょう。",
  },
  web: {
    en: "Normal for a public website or load balancer; check that this is one, and that plain HTTP only redirects to HTTPS.",
    ja: "公開 Web サイトやロードバランサーなら普通の設定です。そうであることと、HTTP は HTTPS へのリダイレクトだけであることを確認しましょう。",
  },
};

/** The exposed traffic of a change, grouped, with what each group exposes. */
interface Exposed {
  change: Change;
  worst: ExposureClass;
  groups: { group: RuleGroup; exposure: Exposure }[];
}

function networkExposure(view: ChangeView): Risk[] {
  const exposed = ruleChanges(view).added.filter((r) => r.direction === "ingress" && r.allow && isInternet(r.peer));
  if (exposed.length === 0) return [];
  let worst: ExposureClass = "web";
  const groups: Exposed["groups"] = [];
  for (const group of groupRules(exposed)) {
    const exposure = classifyExposure(group);
    worst = worseExposure(worst, exposure.cls);
    groups.push({ group, exposure });
  }
  return [lazyRisk("open-to-internet", exposureSeverity(worst), { change: view.change, worst, groups }, exposureWords)];
}

function exposureWords({ change, worst, groups }: Exposed): RiskWords {
  const what: Text[] = [];
  for (const { group, exposure } of groups) {
    const traffic = describeTraffic(group.protocol, group.ports);
    const services = exposure.services.length > 0 ? ` (${exposure.services.join(", ")})` : "";
    what.push({ en: `${traffic.en}${services}`, ja: `${traffic.ja}${services ? `（${exposure.services.join("、")}）` : ""}` });
  }
  return {
    message: {
      en: `${code(change.address)} lets anyone on the internet reach ${listEn(what.map((w) => w.en))}`,
      ja: ja(code(change.address), "はインターネット上の誰からでも", listJa(what.map((w) => w.ja)), "に到達できるようにします"),
    },
    why: WHY[worst],
  };
}

const PUBLIC_DATABASE_TYPES = new Set(["aws_db_instance", "aws_rds_cluster_instance", "aws_redshift_cluster", "aws_dms_replication_instance"]);

function publicDatabase(view: ChangeView): Risk[] {
  if (!PUBLIC_DATABASE_TYPES.has(view.type) || view.action === "delete") return [];
  if (view.after("publicly_accessible") !== true || view.before("publicly_accessible") === true) return [];
  return [lazyRisk("open-to-internet", "medium", view.change, publicDatabaseWords)];
}

function publicDatabaseWords(change: Change): RiskWords {
  return {
    message: {
      en: `makes the database ${code(change.address)} reachable from the internet (\`publicly_accessible = true\`)`,
      ja: ja("データベース", code(change.address), "をインターネットから到達可能にします（`publicly_accessible = true`）"),
    },
    why: {
      en: "With a public address, the database's only remaining protection is its security group and its password. Databases normally live in private subnets and are reached only by the application.",
      ja: "パブリックアドレスを持つと、データベースを守るのはセキュリティグループとパスワードだけになります。通常、データベースはプライベートサブネットに置き、アプリケーションからだけ接続します。",
    },
  };
}

/** New paths from the internet to something, rated by what listens there. */
export const openToInternet: RiskRule = (view) => {
  if (view.action === "delete" || (!describesNetworkRules(view.type) && !PUBLIC_DATABASE_TYPES.has(view.type))) return [];
  return [...networkExposure(view), ...publicDatabase(view)];
};
