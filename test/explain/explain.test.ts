import { readFileSync } from "node:fs";
import { catalogEntryFor, explainChange, explainDrift, explainPlan } from "../../src/explain/index.js";
import type { Change, Plan } from "../../src/plan/model.js";
import { parsePlan } from "../../src/plan/index.js";
import { change } from "./builders.js";

/** A type no catalog will ever hold, so the title is the fallback's: "Example widget". */
const widget = (spec: Partial<Parameters<typeof change>[0]> = {}) => change({ type: "example_widget", ...spec });
const summary = (c: Change) => explainChange(c).summary;

function plan(changes: Change[], drift: Change[] = []): Plan {
  return { formatVersion: "1.2", changes, drift, outputs: [], references: [], errored: false };
}

describe("summaries", () => {
  it("says what each action does, in words", () => {
    expect(summary(widget({ after: { a: 1 } }))).toEqual({ en: "creates a new Example widget", ja: "Example の widget を新しく作成します" });
    expect(summary(widget({ before: { a: 1 }, after: { a: 2 } }))).toEqual({ en: "updates this Example widget in place", ja: "この Example の widget をその場で更新します" });
    expect(summary(widget({ before: { a: 1, tags: { x: "1" } }, after: { a: 1, tags: { x: "2" } } })).en).toBe("updates only the tags of this Example widget");
    expect(summary(widget({ before: { a: 1 }, after: null, actionReason: "delete_because_each_key" }))).toEqual({
      en: "deletes this Example widget because its key was removed from `for_each`",
      ja: "`for_each` からキーが削除されたため、この Example の widget を削除します",
    });
    expect(summary(widget({ action: "forget", before: { a: 1 }, after: null })).en).toBe(
      "removes this Example widget from Terraform's state without destroying it (it keeps running in Example)",
    );
  });

  it("says why a replacement happens and in which order", () => {
    expect(summary(widget({ action: "replace", before: { ami: "a", zone: "x" }, after: { ami: "b", zone: "y" }, forces: ["ami", "zone"] }))).toEqual({
      en: "replaces this Example widget because `ami` and `zone` cannot be changed in place (the old one is deleted first)",
      ja: "`ami`、`zone` がその場で変更できないため、この Example の widget を置き換えます（先に古いものを削除）",
    });
    expect(summary(widget({ action: "replace", replaceOrder: "create-before-destroy", actionReason: "replace_by_request", before: { a: 1 }, after: { a: 1 } })).en).toBe(
      "replaces this Example widget because a replacement was requested (`-replace`) (the new one is created first)",
    );
  });

  it("shows imports and moves as what they are", () => {
    expect(summary(change({ type: "aws_iam_role", action: "no-op", importing: { id: "deployer" }, before: { name: "deployer" }, after: { name: "deployer" } }))).toEqual({
      en: "imports existing object `deployer` into Terraform (no change in AWS)",
      ja: "既存のオブジェクト `deployer` を Terraform に取り込みます（AWS 上は変更なし）",
    });
    expect(summary(change({ type: "aws_iam_role", importing: { id: "deployer" }, before: { name: "a" }, after: { name: "b" } }))).toEqual({
      en: "imports existing object `deployer` into Terraform and updates it in place",
      ja: "既存のオブジェクト `deployer` を Terraform に取り込み、その場で更新します",
    });
    expect(summary(change({ type: "aws_sqs_queue", action: "no-op", previousAddress: "aws_sqs_queue.a", before: {}, after: {} }))).toEqual({
      en: "moves from `aws_sqs_queue.a` (no change in AWS)",
      ja: "`aws_sqs_queue.a` から移動します（AWS 上は変更なし）",
    });
  });

  it("explains deposed objects and data reads", () => {
    expect(summary(widget({ before: { a: 1 }, after: null, deposed: "00a1b2c3" })).en).toBe(
      "deletes a leftover (deposed) object `00a1b2c3` of this Example widget, left behind by an earlier replacement",
    );
    expect(summary(widget({ mode: "data", action: "read", actionReason: "read_because_config_unknown", after: { id: "x" } })).en).toBe(
      "reads this data source during apply, because its arguments are only known then",
    );
  });

  it("tells drift as changed outside of Terraform", () => {
    const drifted = explainDrift(widget({ before: { size: 1 }, after: { size: 2 } }));
    expect(drifted.summary).toEqual({
      en: "changed outside of Terraform: `size` changed from `1` to `2`",
      ja: "Terraform の外で変更されました: `size` が `1` から `2` に変わりました",
    });
    expect(drifted.risks.map((r) => [r.id, r.message.en])).toEqual([["drift", "`example_widget.this` was changed outside of Terraform (`size`)"]]);
    expect(explainDrift(widget({ before: { size: 1 }, after: null })).summary.en).toBe("deleted outside of Terraform: this Example widget no longer exists");
  });

  it("leaves out drift that changes nothing visible", () => {
    const invisible = widget({ name: "tags", before: { tags: null }, after: { tags: {} } });
    const visible = widget({ name: "size", before: { size: 1 }, after: { size: 2 } });
    const gone = widget({ name: "gone", before: { size: 1 }, after: null });
    expect(explainPlan(plan([], [visible, invisible, gone])).drift.map((d) => d.change.address)).toEqual(["example_widget.gone", "example_widget.size"]);
  });

  it("gives no risks to a no-op or a read", () => {
    expect(explainChange(change({ type: "aws_db_instance", action: "no-op", before: { skip_final_snapshot: true }, after: { skip_final_snapshot: true } })).risks).toEqual([]);
    expect(explainChange(widget({ mode: "data", action: "read", after: { a: 1 } })).risks).toEqual([]);
  });
});

describe("explainPlan", () => {
  it("orders high risks first, then replace, delete, create, update, by address", () => {
    const changes = [
      widget({ name: "b_update", before: { a: 1 }, after: { a: 2 } }),
      widget({ name: "a_update", before: { a: 1 }, after: { a: 2 } }),
      widget({ name: "create", after: { a: 1 } }),
      widget({ name: "delete", before: { a: 1 }, after: null }),
      widget({ name: "replace", action: "replace", before: { a: 1 }, after: { a: 2 }, forces: ["a"] }),
      change({ type: "aws_security_group", name: "open", after: { ingress: [{ protocol: "tcp", from_port: 22, to_port: 22, cidr_blocks: ["0.0.0.0/0"] }] } }),
      widget({ name: "unchanged", action: "no-op", before: { a: 1 }, after: { a: 1 } }),
      widget({ name: "lookup", mode: "data", action: "read", after: { a: 1 } }),
    ];
    const explained = explainPlan(plan(changes));
    expect(explained.explanations.map((e) => e.change.address)).toEqual([
      "aws_security_group.open",
      "example_widget.replace",
      "example_widget.delete",
      "example_widget.create",
      "example_widget.a_update",
      "example_widget.b_update",
    ]);
    expect(explained.counts).toEqual({ update: 2, create: 2, delete: 1, replace: 1, "no-op": 1, read: 1 });
    const catalogued = changes.filter((c) => catalogEntryFor(c.type)).length;
    expect(explained.coverage).toEqual({ catalog: catalogued, fallback: changes.length - catalogued });
  });

  it("explains a real plan document end to end: imports, moves, forget, drift, secrets", () => {
    const parsed = parsePlan(readFileSync(new URL("../fixtures/explain/mixed-plan.json", import.meta.url)));
    const explained = explainPlan(parsed);
    const byAddress = new Map(explained.explanations.map((e) => [e.change.address, e]));
    expect([...byAddress.keys()]).toEqual([
      "aws_db_instance.old",
      "aws_security_group.bastion",
      "aws_lb_target_group.web",
      "aws_s3_bucket.logs",
      "aws_ssm_parameter.flag",
      "aws_iam_role.imported",
      "aws_sqs_queue.jobs",
    ]);
    expect(byAddress.get("aws_db_instance.old")?.risks.map((r) => r.id)).toEqual(["destroy-stateful", "no-final-snapshot"]);
    expect(byAddress.get("aws_db_instance.old")?.summary.en).toMatch(/^deletes this .+ because its block was removed from the configuration$/);
    expect(byAddress.get("aws_lb_target_group.web")?.summary.en).toMatch(/^replaces this .+ because `port` cannot be changed in place \(the old one is deleted first\)$/);
    expect(byAddress.get("aws_s3_bucket.logs")?.sentences[0]?.en).toBe("only tags change");
    expect(byAddress.get("aws_iam_role.imported")?.summary.en).toBe("imports existing object `deployer` into Terraform (no change in AWS)");
    expect(byAddress.get("aws_sqs_queue.jobs")?.summary.en).toBe("moves from `aws_sqs_queue.queue` (no change in AWS)");
    expect(explained.counts).toEqual({ replace: 1, create: 1, update: 1, delete: 1, "no-op": 3, read: 1, forget: 1 });
    expect(explained.drift.map((d) => d.summary.en)).toEqual(["changed outside of Terraform: `instance_type` changed from `t3.micro` to `t3.large`"]);
    expect(JSON.stringify(explained.explanations.map((e) => [e.summary, e.sentences, e.risks]))).not.toContain("hunter2");
  });
});
