/**
 * The data chapter: what uses each store, who may connect to the databases
 * (from the network flows), which keys encrypt what, and what a deletion
 * would lose.
 */
import { escapeKeepingCode } from "../render/escape.js";
import { listWords, partyText, resourceText, say, type ChapterStudy, type QuizQuestion, type StudyContext } from "./context.js";
import type { NetworkFlows } from "./flows.js";
import type { StudyResource } from "./model.js";
import { reaches } from "./network.js";
import { usesPicture } from "./pictures.js";
import { entryOf } from "./present.js";

const DATABASES = /^(aws_db_instance|aws_rds_cluster|aws_elasticache_(cluster|replication_group)|aws_docdb_cluster|google_sql_database_instance|google_redis_instance|google_alloydb_cluster|azurerm_(mssql_server|postgresql_(flexible_)?server|mysql_(flexible_)?server|redis_cache|cosmosdb_account))$/;
const KEYS = /^(aws_kms_key|google_kms_crypto_key|azurerm_key_vault_key)$/;

export function studyData(context: StudyContext, network: NetworkFlows): ChapterStudy {
  const resources = context.chapters.get("data") ?? [];
  const sections: ChapterStudy["sections"] = [];
  const picture = usesPicture(context, resources);
  if (picture) {
    sections.push({
      heading: say(context, "Picture: what uses the data", "図: データを使うもの"),
      markdown: `${say(context, "An arrow reads \"uses\": the resource on the left refers to the one on the right.", "矢印は「使う」の意味です。左のリソースが右のリソースを参照しています。")}\n\n${picture}`,
    });
  }
  const access = resources.filter((resource) => DATABASES.test(resource.type)).map((database) => ({ database, lines: connectionLines(context, network, database) }));
  const known = access.filter((entry) => entry.lines.length > 0);
  if (known.length > 0) {
    sections.push({
      heading: say(context, "Who may connect to the databases", "データベースに接続できるもの"),
      markdown: `${known.map((entry) => `- ${resourceText(context, entry.database)}:\n${entry.lines.map((line) => `  - ${line}`).join("\n")}`).join("\n")}\n`,
    });
  }
  return { sections, quiz: dataQuiz(context, known, resources) };
}

/** Sentences about what may reach a database: through its security groups, or the private network it sits in. */
function connectionLines(context: StudyContext, network: NetworkFlows, database: StudyResource): string[] {
  const lines = reaches(network)
    .filter((reach) => reach.to.id === database.id)
    .map((reach) =>
      say(
        context,
        `${partyText(context, reach.from)} with ${reach.flow.traffic}, allowed by ${resourceText(context, reach.flow.guard)}`,
        `${partyText(context, reach.from)} から ${reach.flow.traffic}（${resourceText(context, reach.flow.guard)} が許可）`,
      ),
    );
  if (lines.length > 0) return [...new Set(lines)];
  const networks = context.graph.refersTo(database).filter((target) => /^(google_compute_network|aws_vpc|azurerm_virtual_network|azurerm_subnet)$/.test(target.type));
  return networks.map((found) =>
    say(context, `only from inside the private network ${resourceText(context, found)}`, `プライベートネットワーク ${resourceText(context, found)} の内側からのみ`),
  );
}

function dataQuiz(context: StudyContext, access: { database: StudyResource; lines: string[] }[], resources: StudyResource[]): QuizQuestion[] {
  const quiz: QuizQuestion[] = [];
  const [first] = access;
  if (first) {
    quiz.push({
      question: say(context, `Who may connect to ${resourceText(context, first.database)}?`, `${resourceText(context, first.database)} に接続できるのは誰ですか？`),
      answer: first.lines.map((line) => `- ${line}`).join("\n"),
    });
  }
  const encrypted = resources.find((resource) => resource.mode === "managed" && context.graph.refersTo(resource).some((target) => KEYS.test(target.type)));
  if (encrypted) {
    const keys = context.graph.refersTo(encrypted).filter((target) => KEYS.test(target.type));
    quiz.push({
      question: say(context, `Which key does ${resourceText(context, encrypted)} use?`, `${resourceText(context, encrypted)} はどの鍵を使いますか？`),
      answer: say(
        context,
        `${listWords(context, keys.map((key) => resourceText(context, key)))}. Whoever may not use that key cannot read the data, even with access to the store.`,
        `${listWords(context, keys.map((key) => resourceText(context, key)))} です。この鍵を使えない人は、保存先にアクセスできてもデータを読めません。`,
      ),
    });
  }
  const stateful = resources.find((resource) => resource.mode === "managed" && entryOf(resource).entry.stateful && entryOf(resource).entry.effects.delete);
  const deletion = stateful ? entryOf(stateful).entry.effects.delete : undefined;
  if (stateful && deletion) {
    quiz.push({
      question: say(context, `What happens if a pull request deletes ${resourceText(context, stateful)}?`, `プルリクエストが ${resourceText(context, stateful)} を削除すると何が起きますか？`),
      answer: escapeKeepingCode(deletion[context.lang]),
    });
  }
  return quiz;
}
