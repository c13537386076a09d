import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { explainPlan } from "../../src/explain/index.js";
import { parsePlans } from "../../src/plan/index.js";
import { renderComment } from "../../src/render/comment.js";
import type { Lang } from "../../src/explain/types.js";
import { markdownProblems } from "./markdown-checks.js";

/**
 * The comment for AWS-heavy real plans, as an application engineer reads it.
 * Snapshots are reviewed by reading them (see __snapshots__), not just accepted.
 */
const corpus = fileURLToPath(new URL("../../../shared/corpus/plans/", import.meta.url));

const PLANS: [name: string, file: string, lang: Lang][] = [
  ["EKS, IAM roles, a deleted security group, drift", "Venkat8538__AWS_RealEstate__terraform__plan.json", "en"],
  ["ALB, target group, security group and Lambda updates", "terraform-compliance__cli__tests__functional__test_issue-249-bad_feature__plan.out.json", "en"],
  ["Route 53 record and IAM policy changes next to Kubernetes", "overmindtech__cli__tfutils__testdata__plan.json", "en"],
  ["RDS, KMS, security groups and S3 (Japanese)", "AurelienKumarathas__terraform-security-project__terraform__tfplan.json", "ja"],
  ["security group rules created, changed and deleted", "terraform-compliance__cli__tests__functional__test_issue_522__plan.out.json", "en"],
];

describe("comments on real AWS plans", () => {
  test.each(PLANS)("%s", (_name, file, lang) => {
    const sections = parsePlans(readFileSync(`${corpus}${file}`)).map((plan) => ({
      title: "infra/prod",
      explained: explainPlan(plan),
      locate: () => undefined,
    }));
    const markdown = renderComment(sections, { lang, header: "<!-- infra-coach -->" });
    expect(markdownProblems(markdown.replace("<!-- infra-coach -->", ""))).toStrictEqual([]);
    expect(markdown).toMatchSnapshot();
  });
});
