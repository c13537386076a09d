import { code, ja } from "../text.js";
import { asBool, asNumber, asString, isMasked } from "../values.js";
import type { ChangeView } from "../view.js";
import { WEIGHT, sentence, type Sentence, type SentenceFamily } from "./types.js";

const ENGINE_NAMES: Readonly<Record<string, string>> = {
  postgres: "PostgreSQL",
  "aurora-postgresql": "Aurora PostgreSQL",
  mysql: "MySQL",
  "aurora-mysql": "Aurora MySQL",
  aurora: "Aurora MySQL",
  mariadb: "MariaDB",
  "sqlserver-ex": "SQL Server Express",
  "sqlserver-web": "SQL Server Web",
  "sqlserver-se": "SQL Server Standard",
  "sqlserver-ee": "SQL Server Enterprise",
  "oracle-se2": "Oracle SE2",
  "oracle-ee": "Oracle EE",
};

function engineName(view: ChangeView): string {
  const engine = asString(view.after("engine") ?? view.before("engine"));
  return engine ? (ENGINE_NAMES[engine] ?? engine) : "the database";
}

/** Major part of a version: "14" of "14.7", but "5.7" of "5.7.44" and "8.0" of "8.0.35". */
function majorVersion(version: string): string {
  const [first = "", second = ""] = version.split(".");
  return Number(first) >= 10 ? first : `${first}.${second}`;
}

function classOf(view: ChangeView, side: "before" | "after"): string | undefined {
  const get = (a: string) => (side === "before" ? view.before(a) : view.after(a));
  return asString(get("instance_class")) ?? asString(get("db_cluster_instance_class"));
}

function createSentence(view: ChangeView): Sentence[] {
  const engine = engineName(view);
  const version = asString(view.after("engine_version"));
  const instanceClass = classOf(view, "after");
  const storage = asNumber(view.after("allocated_storage"));
  const what = version ? `${engine} ${version}` : engine;
  const on = instanceClass ? { en: ` on ${code(instanceClass)}`, ja: ja(code(instanceClass), "で") } : { en: "", ja: "" };
  const size = storage !== undefined ? { en: ` with ${storage} GiB of storage`, ja: `（ストレージ ${storage} GiB）` } : { en: "", ja: "" };
  const out = [sentence(`runs ${what}${on.en}${size.en}`, ja(what, "を", on.ja, "動かします", size.ja), ["engine", "engine_version", "instance_class", "db_cluster_instance_class", "allocated_storage"], WEIGHT.important)];
  if (view.after("publicly_accessible") === true) {
    out.push(sentence("makes the database reachable from the internet (`publicly_accessible`)", "データベースをインターネットから到達可能にします（`publicly_accessible`）", ["publicly_accessible"], WEIGHT.security));
  }
  if (view.after("multi_az") === true) {
    out.push(sentence("keeps a standby copy in another availability zone (Multi-AZ)", "別のアベイラビリティーゾーンに待機系を置きます（マルチ AZ）", ["multi_az"], WEIGHT.normal));
  }
  if (view.after("skip_final_snapshot") === true) {
    out.push(sentence("will take no final snapshot when it is deleted (`skip_final_snapshot`)", "削除時に最終スナップショットを取りません（`skip_final_snapshot`）", ["skip_final_snapshot"], WEIGHT.important));
  }
  if (view.after("backup_retention_period") === 0) {
    out.push(sentence("keeps no automated backups (`backup_retention_period` = 0)", "自動バックアップを取りません（`backup_retention_period` = 0）", ["backup_retention_period"], WEIGHT.important));
  }
  return out;
}

function toggle(view: ChangeView, attribute: string, on: [string, string], off: [string, string], weightOff: number = WEIGHT.critical): Sentence[] {
  if (!view.changed(attribute)) return [];
  const value = asBool(view.after(attribute));
  if (value === undefined) return [];
  const [en, jp] = value ? on : off;
  return [sentence(en, jp, [attribute], value ? WEIGHT.important : weightOff)];
}

function updateSentences(view: ChangeView): Sentence[] {
  const out: Sentence[] = [];
  const classBefore = classOf(view, "before");
  const classAfter = classOf(view, "after");
  if (classBefore && classAfter && classBefore !== classAfter) {
    out.push(sentence(
      `changes the instance class from ${code(classBefore)} to ${code(classAfter)} (the database restarts: expect a short outage)`,
      ja("インスタンスクラスを", code(classBefore), "から", code(classAfter), "に変更します（再起動するため短い停止が発生します）"),
      ["instance_class", "db_cluster_instance_class"],
      WEIGHT.critical,
    ));
  }
  const versionBefore = asString(view.before("engine_version"));
  const versionAfter = asString(view.after("engine_version"));
  if (versionBefore && versionAfter && versionBefore !== versionAfter && !isMasked(view.after("engine_version"))) {
    const engine = engineName(view);
    const major = majorVersion(versionBefore) !== majorVersion(versionAfter);
    const note = major
      ? { en: " (a major version upgrade: check application compatibility and expect downtime)", ja: "（メジャーバージョンアップです。アプリの互換性を確認し、停止時間を見込んでください）" }
      : { en: " (minor version)", ja: "（マイナーバージョン）" };
    out.push(sentence(
      `upgrades ${engine} from ${code(versionBefore)} to ${code(versionAfter)}${note.en}`,
      ja(engine, "を", code(versionBefore), "から", code(versionAfter), "にアップグレードします", note.ja),
      ["engine_version"],
      WEIGHT.critical,
    ));
  }
  const storageBefore = asNumber(view.before("allocated_storage"));
  const storageAfter = asNumber(view.after("allocated_storage"));
  if (storageBefore !== undefined && storageAfter !== undefined && storageBefore !== storageAfter) {
    out.push(storageAfter > storageBefore
      ? sentence(`grows storage from ${storageBefore} to ${storageAfter} GiB (storage can grow but never shrink again)`, `ストレージを ${storageBefore} GiB から ${storageAfter} GiB に増やします（増やしたストレージは減らせません）`, ["allocated_storage"], WEIGHT.important)
      : sentence(`shrinks storage from ${storageBefore} to ${storageAfter} GiB (RDS cannot shrink storage in place)`, `ストレージを ${storageBefore} GiB から ${storageAfter} GiB に減らします（RDS はその場でストレージを減らせません）`, ["allocated_storage"], WEIGHT.critical));
  }
  out.push(...toggle(view, "deletion_protection",
    ["turns on deletion protection", "削除保護を有効にします"],
    ["turns off deletion protection: the database can now be deleted", "削除保護を無効にします。データベースを削除できる状態になります"]));
  out.push(...toggle(view, "multi_az",
    ["turns on Multi-AZ: a standby copy in another availability zone takes over on failure", "マルチ AZ を有効にします。障害時は別 AZ の待機系が引き継ぎます"],
    ["turns off Multi-AZ: a zone failure now takes the database down", "マルチ AZ を無効にします。AZ 障害でデータベースが止まるようになります"]));
  out.push(...toggle(view, "publicly_accessible",
    ["makes the database reachable from the internet (`publicly_accessible`)", "データベースをインターネットから到達可能にします（`publicly_accessible`）"],
    ["makes the database private (no public address)", "データベースを非公開にします（パブリックアドレスなし）"], WEIGHT.important));
  out.push(...toggle(view, "skip_final_snapshot",
    ["will take no final snapshot when the database is deleted", "データベース削除時に最終スナップショットを取らなくなります"],
    ["will take a final snapshot when the database is deleted", "データベース削除時に最終スナップショットを取るようになります"], WEIGHT.important));
  const retentionBefore = asNumber(view.before("backup_retention_period"));
  const retentionAfter = asNumber(view.after("backup_retention_period"));
  if (retentionBefore !== undefined && retentionAfter !== undefined && retentionBefore !== retentionAfter) {
    out.push(retentionAfter === 0
      ? sentence("turns off automated backups (`backup_retention_period` = 0)", "自動バックアップを無効にします（`backup_retention_period` = 0）", ["backup_retention_period"], WEIGHT.critical)
      : sentence(`keeps automated backups for ${retentionAfter} days instead of ${retentionBefore}`, `自動バックアップの保持期間を ${retentionBefore} 日から ${retentionAfter} 日に変更します`, ["backup_retention_period"], WEIGHT.normal));
  }
  return out;
}

export const rdsSentences: SentenceFamily = {
  types: ["aws_db_instance", "aws_rds_cluster", "aws_rds_cluster_instance"],
  describe(view) {
    if (view.action === "create") return createSentence(view);
    if (view.action === "update" || view.action === "replace") return updateSentences(view);
    return [];
  },
};
