import { renderJson } from "../../src/render/json.js";
import { renderText } from "../../src/render/text.js";
import { change, explained, explanation, plan, risk, text } from "./builders.js";
import { webAppPlan } from "./fixtures.js";

describe("renderText", () => {
  test("prints every change in full, in the chosen language", () => {
    const output = renderText([{ title: "infra/prod", explained: webAppPlan() }], "en");
    expect(output).toContain("Terraform plan: infra/prod");
    expect(output).toContain("⚠️ 3 risks · 1 to replace · 2 to add · 1 to change · 0 to destroy");
    expect(output).toContain("🔁 replace  aws_db_instance.main — RDS database 🔴");
    expect(output).toContain('• changes `identifier` from `"app-db"` to `"app-db-v2"` (forces replacement)');
    expect(output).toContain("🌀 Changed outside of Terraform");
    expect(output).toContain("db_password: (sensitive) → (sensitive)");
    expect(output).not.toContain("**");
    expect(renderText([{ title: "infra/prod", explained: webAppPlan() }], "ja")).toContain("置き換え  aws_db_instance.main — RDS データベース");
  });

  test("terminal escape sequences and bidi overrides from a plan never reach the terminal", () => {
    const hostile = "\u001b]0;pwned\u0007\u001b[2J\u202Eevil\nline";
    const item = explanation(change(`aws_x.${hostile}`, "create"), {
      summary: text(hostile),
      sentences: [text(hostile)],
      risks: [risk("r", "high", hostile)],
    });
    const output = renderText([{ title: hostile, explained: explained([item]) }, { title: "y", error: hostile }], "en");
    // eslint-disable-next-line no-control-regex
    expect(output).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E]/);
    expect(output).toContain("\uFFFD]0;pwned\uFFFD\uFFFD[2J\uFFFDevil line");
    expect(output).toContain("❌ There is no plan to explain:");
  });

  test("no changes and no sections", () => {
    expect(renderText([{ title: "x", explained: explained([]) }], "en")).toContain("No changes. Your infrastructure matches the configuration.");
    expect(renderText([], "en")).toBe("No Terraform plans to explain.\n");
  });
});

describe("renderJson", () => {
  test("gives the structured result with totals per document and overall", () => {
    const result = renderJson(
      [
        { title: "a", explained: webAppPlan() },
        { title: "b", explained: explained([explanation(change("aws_vpc.x", "delete"), { source: "fallback" })]) },
        { title: "c", error: "invalid JSON at line 1 column 2" },
      ],
      "en",
    );
    expect(result.documents).toHaveLength(3);
    const [first, second, third] = result.documents;
    expect(first?.changes[0]).toStrictEqual({
      address: "aws_db_instance.main",
      type: "aws_db_instance",
      actions: ["delete", "create"],
      action: "replace",
      source: "catalog",
      risks: [{ id: "destroy-stateful", severity: "high" }],
      summary: "The database app-db is destroyed and recreated as app-db-v2.",
    });
    expect(first?.drift.map((item) => item.address)).toStrictEqual(["aws_ecs_service.web"]);
    expect(first?.totals).toStrictEqual({
      byAction: { replace: 1, create: 2, update: 1 },
      risks: { high: 2, medium: 1, low: 0 },
      catalog: 4,
      fallback: 0,
    });
    expect(second?.totals.byAction).toStrictEqual({ delete: 1 });
    expect(third).toMatchObject({ title: "c", error: "invalid JSON at line 1 column 2", errored: true, changes: [] });
    expect(result.totals).toStrictEqual({
      byAction: { replace: 1, create: 2, update: 1, delete: 1 },
      risks: { high: 2, medium: 1, low: 0 },
      catalog: 4,
      fallback: 1,
    });
  });

  test("carries versions, the errored flag, moves and imports, and the summary in the chosen language", () => {
    const moved = explanation(change("aws_s3_bucket.new", "no-op", { previousAddress: "aws_s3_bucket.old", importing: { id: "bucket" } }));
    const result = renderJson([{ title: "x", explained: explained([moved], { plan: plan({ errored: true, terraformVersion: "1.9.0" }) }) }], "ja");
    expect(result.documents[0]).toMatchObject({ formatVersion: "1.2", terraformVersion: "1.9.0", errored: true });
    expect(result.documents[0]?.changes[0]).toMatchObject({ previousAddress: "aws_s3_bucket.old", importing: true, summary: "（日本語）no-op aws_s3_bucket.new" });
  });
});
