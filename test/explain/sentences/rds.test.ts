import { explainChange } from "../../../src/explain/index.js";
import { change } from "../builders.js";

const sentences = (c: Parameters<typeof change>[0]) => explainChange(change(c)).sentences;
const db = { engine: "postgres", engine_version: "14.7", instance_class: "db.t3.micro", allocated_storage: 20, deletion_protection: true, multi_az: false, publicly_accessible: false, skip_final_snapshot: false, backup_retention_period: 7 };

describe("RDS sentences", () => {
  it("summarises a new database and flags what matters", () => {
    const texts = sentences({ type: "aws_db_instance", after: { ...db, publicly_accessible: true, skip_final_snapshot: true } });
    expect(texts.slice(0, 3)).toEqual([
      { en: "makes the database reachable from the internet (`publicly_accessible`)", ja: "データベースをインターネットから到達可能にします（`publicly_accessible`）" },
      { en: "runs PostgreSQL 14.7 on `db.t3.micro` with 20 GiB of storage", ja: "PostgreSQL 14.7 を `db.t3.micro` で動かします（ストレージ 20 GiB）" },
      { en: "will take no final snapshot when it is deleted (`skip_final_snapshot`)", ja: "削除時に最終スナップショットを取りません（`skip_final_snapshot`）" },
    ]);
  });

  it("tells size, version, storage and safety changes", () => {
    const texts = sentences({
      type: "aws_db_instance",
      before: db,
      after: { ...db, instance_class: "db.t3.medium", engine_version: "15.3", allocated_storage: 50, deletion_protection: false, multi_az: true, backup_retention_period: 0 },
    });
    expect(texts.map((t) => t.en)).toEqual([
      "changes the instance class from `db.t3.micro` to `db.t3.medium` (the database restarts: expect a short outage)",
      "upgrades PostgreSQL from `14.7` to `15.3` (a major version upgrade: check application compatibility and expect downtime)",
      "turns off deletion protection: the database can now be deleted",
      "turns off automated backups (`backup_retention_period` = 0)",
      "grows storage from 20 to 50 GiB (storage can grow but never shrink again)",
      "turns on Multi-AZ: a standby copy in another availability zone takes over on failure",
    ]);
    expect(texts[1]?.ja).toBe("PostgreSQL を `14.7` から `15.3` にアップグレードします（メジャーバージョンアップです。アプリの互換性を確認し、停止時間を見込んでください）");
  });

  it("tells a minor upgrade as minor, and MySQL majors by their two first numbers", () => {
    expect(sentences({ type: "aws_db_instance", before: db, after: { ...db, engine_version: "14.9" } })[0]?.en).toBe("upgrades PostgreSQL from `14.7` to `14.9` (minor version)");
    const mysql = { ...db, engine: "mysql", engine_version: "5.7.44" };
    expect(sentences({ type: "aws_db_instance", before: mysql, after: { ...mysql, engine_version: "8.0.35" } })[0]?.en).toContain("major version upgrade");
  });
});
