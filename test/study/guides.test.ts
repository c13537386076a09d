/**
 * The guides of real public Terraform code, compared with the stored guides
 * in test/fixtures/study/guides/ (read by a reviewer, rendered by GitHub).
 * After an intended change: UPDATE_STUDY_GUIDES=1 npx jest test/study/guides.test.ts,
 * then read the diff of the .md files.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { buildStudyGuide } from "../../src/study/index.js";
import { fixtureFiles, fixtureLinkBase, GUIDES, type FixtureName } from "./helpers.js";

const CASES: [FixtureName, "en" | "ja"][] = [
  ["aws-ecs-fargate", "en"],
  ["aws-ecs-fargate", "ja"],
  ["aws-fargate-modern", "en"],
  ["google-three-tier", "en"],
  ["azure-load-balancer", "en"],
];

describe.each(CASES)("the study guide of %s (%s)", (name, lang) => {
  it("matches the guide a reviewer has read", async () => {
    const guide = await buildStudyGuide({ files: await fixtureFiles(name), lang, linkBase: fixtureLinkBase(name) });
    const stored = `${GUIDES}${name}.${lang}.md`;
    if (process.env["UPDATE_STUDY_GUIDES"] === "1") writeFileSync(stored, guide.markdown);
    expect(guide.markdown).toBe(readFileSync(stored, "utf8"));
  });
});

describe("what the AWS stack's guide teaches", () => {
  it("has every chapter, in the order a newcomer reads them", async () => {
    const { markdown, stats } = await buildStudyGuide({ files: await fixtureFiles("aws-ecs-fargate"), lang: "en" });
    const chapters = [...markdown.matchAll(/^## \d+\. (.+)$/gm)].map((match) => match[1]);
    expect(chapters).toEqual([
      "Access: who may do what",
      "Network: who can reach what",
      "Entry points: how a request gets in",
      "Containers and compute: where your code runs",
      "Data: databases, storage and keys",
      "Observability: logs, metrics and alarms",
      "Everything else",
    ]);
    expect(stats).toMatchObject({ unreadableFiles: 0, roots: 1, localModuleCalls: 3, externalModules: 0, resources: 43, dataSources: 5 });
    expect(stats.mermaidBlocks).toBeGreaterThanOrEqual(7);
    expect(stats.quizQuestions).toBeGreaterThanOrEqual(14);
  });

  it("says who may become whom, from policies written in HCL, JSON files and data sources", async () => {
    const { markdown } = await buildStudyGuide({ files: await fixtureFiles("aws-ecs-fargate"), lang: "en" });
    // Trust policy read from modules/ecs/policies/ecs-task-execution-role.json through file("${path.module}/…").
    expect(markdown).toContain("`module.ecs.aws_iam_role.ecs_execution_role` (“ecs\\_task\\_execution\\_role”): may be assumed by the ECS tasks service (ecs-tasks.amazonaws.com).");
    // Trust policy built with data "aws_iam_policy_document".
    expect(markdown).toContain("`module.ecs.aws_iam_role.ecs_role`: may be assumed by the ECS service (ecs.amazonaws.com).");
    expect(markdown).toContain('n3(["ecs-tasks.amazonaws.com"])');
  });

  it("answers which security group lets the ALB reach the service, with the team's names", async () => {
    const { markdown } = await buildStudyGuide({ files: await fixtureFiles("aws-ecs-fargate"), lang: "en" });
    expect(markdown).toContain("**1. Which security group lets `module.ecs.aws_alb.alb_openjobs` (“production-alb-openjobs”) reach `module.ecs.aws_ecs_service.web` (“production-web”)?**");
    // The names come from variables the root passes to the modules: "${var.environment}-web".
    expect(markdown).toContain("| `module.ecs.aws_ecs_service.web` | production-web |");
  });

  it("draws the request path from DNS to the container service and the deploy path from ECR to the cluster", async () => {
    const { markdown } = await buildStudyGuide({ files: await fixtureFiles("aws-ecs-fargate"), lang: "en" });
    const request = markdown.slice(markdown.indexOf("### Picture: the request path"));
    expect(request).toMatch(/n0\["aws_route53_record.www-prod"\][\s\S]*n0 --> n1[\s\S]*n1 --> n2[\s\S]*n2 --> n3[\s\S]*n3 --> n4/);
    expect(markdown).toContain("1. **Build and push.** CI builds a new image of your application and pushes it to the ECR repository `module.ecs.aws_ecr_repository.openjobs_app` (“openjobs/production”).");
  });
});
