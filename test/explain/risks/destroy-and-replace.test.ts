import { explainChange } from "../../../src/explain/index.js";
import { change } from "../builders.js";

const risks = (c: Parameters<typeof change>[0]) => explainChange(change(c)).risks;

describe("destroying stateful resources", () => {
  it("warns that destroying a database deletes its data", () => {
    const [risk] = risks({ type: "aws_db_instance", name: "main", before: { engine: "postgres", skip_final_snapshot: false }, after: null });
    expect(risk).toEqual({
      id: "destroy-stateful",
      severity: "high",
      message: { en: "destroys the database `aws_db_instance.main` and everything stored in it", ja: "データベース `aws_db_instance.main` を、保存されている中身ごと削除します" },
      why: expect.objectContaining({ en: expect.stringContaining("final snapshot") }),
    });
  });

  it("tells that a replaced bucket starts empty, and names force_destroy", () => {
    const list = risks({ type: "aws_s3_bucket", name: "assets", action: "replace", before: { bucket: "a", force_destroy: true }, after: { bucket: "b", force_destroy: true }, forces: ["bucket"] });
    expect(list.map((r) => r.id)).toEqual(["destroy-stateful", "replacement"]);
    expect(list[0]?.message.en).toBe(
      "replaces the storage bucket `aws_s3_bucket.assets`: the new one starts empty, and what the old one held is deleted unless you restore it (`force_destroy` is on, so it is deleted even while not empty)",
    );
  });

  it("knows keys, logs, registries, queues, disks and secrets, and trusts the catalog's stateful flag", () => {
    for (const type of ["aws_kms_key", "aws_cloudwatch_log_group", "aws_ecr_repository", "aws_sqs_queue", "aws_ebs_volume", "aws_secretsmanager_secret", "aws_dynamodb_table", "aws_efs_file_system", "google_sql_database_instance", "azurerm_storage_account"]) {
      expect(risks({ type, before: { name: "x" }, after: null }).map((r) => r.id)).toContain("destroy-stateful");
    }
    expect(risks({ type: "aws_kms_key", before: {}, after: null })[0]?.why.en).toContain("unreadable");
  });

  it("stays quiet about destroying stateless things, and about creates and updates of stateful ones", () => {
    expect(risks({ type: "example_route", before: { vpc_id: "v" }, after: null })).toEqual([]);
    expect(risks({ type: "aws_db_instance", after: { engine: "postgres" } })).toEqual([]);
    expect(risks({ type: "aws_db_instance", before: { instance_class: "db.t3.micro" }, after: { instance_class: "db.t3.small" } })).toEqual([]);
  });
});

describe("replacement", () => {
  it("names the attributes that force it and the order of the swap", () => {
    const risk = risks({ type: "aws_instance", name: "web", action: "replace", before: { ami: "ami-1", instance_type: "t3.micro" }, after: { ami: "ami-2", instance_type: "t3.micro" }, forces: ["ami"] })
      .find((r) => r.id === "replacement");
    expect(risk).toEqual({
      id: "replacement",
      severity: "medium",
      message: {
        en: "`aws_instance.web` is destroyed and created again because `ami` cannot be changed in place: it gets a new ID, and anything that refers to the old one must follow. Terraform deletes the old one first, so there is a gap while nothing exists (downtime).",
        ja: "`aws_instance.web` は `ami` がその場で変更できないため、削除されてから作り直されます。新しい ID になるため、古いものを参照しているものは追従が必要です。先に古いものを削除するため、何もない時間（停止時間）が生じます。",
      },
      why: expect.objectContaining({ en: expect.stringContaining("new identifiers") }),
    });
  });

  it("tells create-before-destroy, taint and routine replacements", () => {
    const cbd = risks({ type: "example_server", action: "replace", replaceOrder: "create-before-destroy", before: { port: 80 }, after: { port: 8080 }, forces: ["port"] })[0];
    expect(cbd?.message.en).toContain("The new one is created before the old one is deleted.");
    const tainted = risks({ type: "example_server", action: "replace", actionReason: "replace_because_tainted", before: { ami: "a" }, after: { ami: "a" } })[0];
    expect(tainted?.message.en).toContain("because it is tainted");
    expect(risks({ type: "null_resource", action: "replace", before: { triggers: { a: "1" } }, after: { triggers: { a: "2" } }, forces: ["triggers"] })[0]?.severity).toBe("low");
  });
});
