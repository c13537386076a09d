/** The study guide from a plan's `configuration` block (a real plan from the shared corpus). */
import { readFileSync } from "node:fs";
import { PlanError } from "../../src/plan/index.js";
import { buildStudyGuideFromPlan, StudyInputError } from "../../src/study/index.js";

const corpus = new URL("../../../shared/corpus/plans/", import.meta.url);
const plan = readFileSync(new URL("talitz__flask-app__terraform__tfplan.json", corpus));

describe("buildStudyGuideFromPlan", () => {
  it("studies the configured resources, with the same chapters, pictures and quizzes, and no file links", async () => {
    const { markdown, stats } = await buildStudyGuideFromPlan({ plan, lang: "en" });
    expect(stats).toMatchObject({ files: 0, sourceLinks: 0, resources: 29, dataSources: 1 });
    expect(stats.chapters).toMatchObject({ access: 4, network: 18, entry: 3, compute: 5 });
    expect(markdown).toContain("the configuration recorded in a plan");
    expect(markdown).toContain("- `aws_iam_role.session-manager`: may be assumed by the EC2 service (ec2.amazonaws.com).");
    expect(markdown).toContain("| anyone on the internet (`0.0.0.0/0`) | `aws_security_group.load-balancer` (“load\\_balancer\\_security\\_group”), which protects `aws_lb.development` | TCP 80 |");
    expect(markdown).toContain("| `aws_iam_role.session-manager` | session-manager | (from the plan) |");
    expect(stats.mermaidBlocks).toBeGreaterThanOrEqual(3);
    expect(stats.quizQuestions).toBeGreaterThanOrEqual(8);
  });

  it("rejects a plan without a configuration block, and input that is not a plan, with one line", async () => {
    const withoutConfiguration = JSON.stringify({ format_version: "1.2", terraform_version: "1.9.0", planned_values: {} });
    await expect(buildStudyGuideFromPlan({ plan: withoutConfiguration, lang: "en" })).rejects.toThrow(StudyInputError);
    await expect(buildStudyGuideFromPlan({ plan: "not json", lang: "en" })).rejects.toThrow(PlanError);
  });
});
