import { GUIDED_RISK_IDS, reviewGuide } from "../../src/review/guide.js";

describe("reviewGuide", () => {
  test("risks first (most consequential first), then one item per type family, then the rollback question", () => {
    const guide = reviewGuide({
      riskIds: ["iam-wildcard", "destroy-stateful", "iam-wildcard"],
      types: ["aws_ecs_service", "aws_iam_policy", "aws_ecs_task_definition", "aws_db_instance"],
    });
    expect(guide.map((item) => item.topic)).toEqual(["destroy-stateful", "iam-wildcard", "iam", "database", "containers", "rollback"]);
    expect(guide[0]?.en).toMatch(/^Data will be deleted/);
    expect(guide[0]?.ja).toMatch(/^データが消える変更です/);
    expect(guide.at(-1)).toEqual({
      topic: "rollback",
      en: "Ask the author: how will we know it worked, and how do we roll back if it did not?",
      ja: "作成者に聞きましょう: うまくいったことをどう確かめるか、だめだったらどう戻すか。",
    });
  });

  test("at most `limit` specific items; the rollback question always ends the list", () => {
    const guide = reviewGuide(
      { riskIds: ["open-to-internet", "public-s3"], types: ["aws_s3_bucket", "aws_route53_record", "aws_lambda_function"] },
      3,
    );
    expect(guide.map((item) => item.topic)).toEqual(["public-s3", "open-to-internet", "functions", "rollback"]);
  });

  test("an unknown risk id still gets an item that names it", () => {
    const [item] = reviewGuide({ riskIds: ["quota-exceeded"], types: [] });
    expect(item).toEqual({
      topic: "quota-exceeded",
      en: "The plan flags the risk “quota-exceeded”: read its explanation in the comment and ask the author how it was checked.",
      ja: "プランでリスク「quota-exceeded」が指摘されています。コメントの説明を読み、作成者にどう確認したか聞きましょう。",
    });
  });

  test("Google and Azure types map to the same families", () => {
    const topics = reviewGuide({
      riskIds: [],
      types: ["google_project_iam_member", "azurerm_network_security_rule", "google_sql_database_instance"],
    }).map((item) => item.topic);
    expect(topics).toEqual(["iam", "network-access", "database", "rollback"]);
  });

  test("nothing recognised: a general reading tip and the rollback question", () => {
    expect(reviewGuide({ riskIds: [], types: ["random_pet", "terraform_data"] }).map((item) => item.topic)).toEqual([
      "general",
      "rollback",
    ]);
  });

  test("every guided risk has text in both languages", () => {
    const guide = reviewGuide({ riskIds: GUIDED_RISK_IDS, types: [] }, GUIDED_RISK_IDS.length);
    expect(guide.map((item) => item.topic)).toEqual([...GUIDED_RISK_IDS, "rollback"]);
    for (const item of guide) {
      expect(item.en.length).toBeGreaterThan(20);
      expect(item.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });
});
