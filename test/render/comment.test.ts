import { renderCheckRun } from "../../src/render/check-run.js";
import { renderComment } from "../../src/render/comment.js";
import { MAX_DIAGRAM_NODES, mermaidLabel } from "../../src/render/mermaid.js";
import { Sensitive } from "../../src/plan/model.js";
import type { PlanSection } from "../../src/render/types.js";
import { change, entry, explained, explanation, plan, risk, syntheticPlan, text } from "./builders.js";
import { webAppPlan } from "./fixtures.js";
import { INJECTIONS } from "./injections.js";
import { markdownProblems } from "./markdown-checks.js";

const locate: PlanSection["locate"] = (subject) => ({
  url: "https://github.com/acme/infra/blob/0123abc/prod/main.tf#L10-L24",
  label: `prod/main.tf#L10-L24 (${subject.name})`,
});

function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

describe("renderComment", () => {
  test("a plan reads as headline, table, details, drift, outputs and a picture", () => {
    const markdown = renderComment([{ title: "infra/prod", explained: webAppPlan(), locate }], { lang: "en" });
    expect(markdownProblems(markdown)).toStrictEqual([]);
    expect(markdown).toContain("### 🧭 Terraform plan: `infra/prod`");
    expect(markdown).toContain("**⚠️ 3 risks · 1 to replace · 2 to add · 1 to change · 0 to destroy**");
    expect(markdown).toContain("| Action | Resource | What it is | Risk |");
    expect(markdown).toContain("| 🔁 replace | `aws_db_instance.main` | RDS database | 🔴 All data in app-db is deleted. |");
    expect(markdown).toContain("(+1 more)");
    // The risk order is the order of the explanations: the most important first.
    expect(markdown.indexOf("aws_db_instance.main")).toBeLessThan(markdown.indexOf("aws_security_group_rule.ssh"));
    expect(count(markdown, "<details>")).toBe(5);
    expect(markdown).toContain("**What is this?** A managed relational database");
    expect(markdown).toContain("The database is destroyed and recreated: its data is lost");
    expect(markdown).toContain("**The database app-db is destroyed and recreated as app-db-v2.**");
    expect(markdown).toContain("<summary>🌀 <b>Changed outside Terraform</b> <code>aws_ecs_service.web</code>");
    expect(markdown).toContain("- The engine version goes from `13.4` to `14.1`.");
    expect(markdown).toContain("- changes `identifier` from `\"app-db\"` to `\"app-db-v2\"` (forces replacement)");
    expect(markdown).toContain("*Why it matters:* Why destroy-stateful matters.");
    expect(markdown).toContain("[prod/main.tf#L10-L24 (main)](https://github.com/acme/infra/blob/0123abc/prod/main.tf#L10-L24)");
    expect(markdown).toContain("#### 🌀 Changed outside of Terraform");
    expect(markdown).toContain("| `db_password` | ✏️ change | *(sensitive)* | *(sensitive)* |");
    expect(markdown).not.toContain("`unchanged`");
    expect(markdown).toContain("```mermaid\nflowchart LR\n");
    expect(markdown).not.toContain("Left out");
  });

  test("Japanese uses the Japanese text of the catalog and of every fixed string", () => {
    const markdown = renderComment([{ title: "infra/prod", explained: webAppPlan(), locate }], { lang: "ja" });
    expect(markdownProblems(markdown)).toStrictEqual([]);
    expect(markdown).toContain("**⚠️ リスク 3 件 · 置き換え 1 · 追加 2 · 変更 1 · 削除 0**");
    expect(markdown).toContain("| 操作 | リソース | これは何か | リスク |");
    expect(markdown).toContain("RDS データベース");
    expect(markdown).toContain("データベース app-db を削除し");
    expect(markdown).toContain("**これは何？**");
    for (const english of ["What is this?", "Risks", "Changed outside", "to add", "Documentation", "Output changes"]) {
      expect(markdown).not.toContain(english);
    }
  });

  test("a type explained once is not explained again further down", () => {
    const roleEntry = entry("aws_iam_role", { related: text("Roles have a trust policy.") });
    const roles = ["a", "b", "c"].map((name) => explanation(change(`aws_iam_role.${name}`, "create"), { entry: roleEntry }));
    const markdown = renderComment([{ title: "x", explained: explained(roles) }], { lang: "en" });
    expect(count(markdown, "is a thing in the cloud.")).toBe(1);
    expect(count(markdown, "Roles have a trust policy.")).toBe(1);
    expect(count(markdown, "**What is this?** aws\\_iam\\_role: explained in the first one above.")).toBe(2);
  });

  test("a plan without changes says so", () => {
    const markdown = renderComment([{ title: "infra/dev", explained: explained([]) }], { lang: "en" });
    expect(markdown).toContain("No changes. Your infrastructure matches the configuration.");
    expect(markdown).not.toContain("| Action |");
    expect(renderComment([{ title: "x", explained: explained([]) }], { lang: "ja" })).toContain("変更はありません。");
  });

  test("only outputs changing is not called 'no changes'", () => {
    const outputs = plan({ outputs: [{ name: "url", action: "create", sensitive: false, before: undefined, after: "https://x" }] });
    const markdown = renderComment([{ title: "x", explained: explained([], { plan: outputs }) }], { lang: "en" });
    expect(markdown).toContain("No changes to resources; 1 output value changes.");
    expect(markdown).toContain("| `url` | ➕ add | *(none)* | `\"https://x\"` |");
  });

  test("failed and errored plans are said clearly, next to good ones", () => {
    const errored = explained([explanation(change("aws_vpc.main", "create"))], { plan: plan({ errored: true }) });
    const markdown = renderComment(
      [
        { title: "infra/a", error: "terraform plan failed: Error: Invalid reference in main.tf line 3" },
        { title: "infra/b", explained: errored },
      ],
      { lang: "en" },
    );
    expect(markdownProblems(markdown)).toStrictEqual([]);
    expect(markdown).toContain("❌ There is no plan to explain: terraform plan failed: Error: Invalid reference in main.tf line 3");
    expect(markdown).toContain("❌ Terraform reported an error while planning, so this plan is incomplete");
    expect(markdown).toContain("---\n\n### 🧭 Terraform plan: `infra/b`");
  });

  test("the trusted header comes first and the footer last", () => {
    const markdown = renderComment([{ title: "x", explained: webAppPlan() }], {
      lang: "en",
      header: "<!-- infra-coach:root=x -->",
      footer: "_Generated by infra-coach_",
    });
    expect(markdown.startsWith("<!-- infra-coach:root=x -->\n\n### ")).toBe(true);
    expect(markdown.endsWith("\n_Generated by infra-coach_")).toBe(true);
  });

  test("no sections at all still says something", () => {
    expect(renderComment([], { lang: "en" })).toBe("No Terraform plans to explain.");
  });

  test("the picture is optional, links only changes, and caps its nodes", () => {
    const withoutPicture = renderComment([{ title: "x", explained: webAppPlan() }], { lang: "en", mermaid: false });
    expect(withoutPicture).not.toContain("mermaid");
    expect(withoutPicture).not.toContain("Left out");

    const markdown = renderComment([{ title: "x", explained: webAppPlan() }], { lang: "en" });
    const diagram = /```mermaid\n([\s\S]*?)```/.exec(markdown)?.[1] ?? "";
    // aws_vpc.main -> aws_kms_key.assets: neither side changes, so it is not drawn.
    expect(diagram).not.toContain("aws_vpc.main");
    expect(diagram).toContain('["aws_kms_key.assets"]');
    expect(diagram).toMatch(/n\d+ --> n\d+/);
    for (const [, id] of diagram.matchAll(/^\s+(\S+)\[/gm)) expect(id).toMatch(/^n\d+$/);

    const big = renderComment([{ title: "x", explained: syntheticPlan(500) }], { lang: "en", maxLength: Number.POSITIVE_INFINITY });
    const bigDiagram = /```mermaid\n([\s\S]*?)```/.exec(big)?.[1] ?? "";
    expect(count(bigDiagram, '["')).toBe(MAX_DIAGRAM_NODES);
    expect(big).toContain(`Showing ${MAX_DIAGRAM_NODES} of 500 resources.`);
  });

  test("Mermaid labels cannot end early or carry markup", () => {
    expect(mermaidLabel('module.a.aws_x.y"] --> evil["')).toBe("module.a.aws_x.y__ --_ evil__");
    expect(mermaidLabel("<b>#quot;")).toBe("_b__quot_");
    expect(mermaidLabel("リソース.名前")).toBe("リソース.名前");
  });

  test("untrusted text anywhere in a plan cannot break the comment, ping anyone or show HTML", () => {
    const sections: PlanSection[] = INJECTIONS.map((input, index) => {
      const subject = change(`aws_x.y["${input}"]`, index % 2 === 0 ? "update" : "replace", {
        previousAddress: input,
        actionReason: input,
        importing: { id: input },
        diffs: [{ path: [input], pathText: input, before: input, after: { [input]: [input] }, forcesReplacement: true }],
      });
      const item = explanation(subject, {
        entry: entry(input, { title: text(input, input), related: text(input, input), docs: input }),
        summary: text(input, input),
        sentences: [text(input, input)],
        risks: [{ id: input, severity: "high", message: text(input, input), why: text(input, input) }],
      });
      const withOutputs = plan({
        outputs: [{ name: input, action: "update", sensitive: false, before: input, after: input }],
        references: [{ from: `aws_x.y`, to: input }],
      });
      return {
        title: input,
        explained: explained([item], { drift: [item], plan: withOutputs }),
        locate: () => ({ url: index % 3 === 0 ? "javascript:alert(1)" : `https://example.com/${input}`, label: input }),
      };
    });
    sections.push({ title: "@org/team", error: "<img src=x onerror=alert(1)> @user #1 </details>" });
    for (const lang of ["en", "ja"] as const) {
      const markdown = renderComment(sections, { lang, maxLength: Number.POSITIVE_INFINITY });
      expect(markdownProblems(markdown)).toStrictEqual([]);
      expect(markdown).not.toContain("\u202E");
      // The budgeted comment is checked too: dropping must not cut structure.
      const budgeted = renderComment(sections, { lang });
      expect(budgeted.length).toBeLessThanOrEqual(60_000);
      expect(markdownProblems(budgeted)).toStrictEqual([]);
    }
  });
});

describe("the size budget", () => {
  test("a 50,000-change plan fits, keeping the most important rows and saying what was left out", () => {
    const explained = syntheticPlan(50_000);
    const references = explained.plan.references;
    let referencesRead = 0;
    Object.defineProperty(explained.plan, "references", {
      get: () => {
        referencesRead++;
        return references;
      },
    });
    const markdown = renderComment([{ title: "huge", explained, locate }], { lang: "en" });
    expect(markdown.length).toBeLessThanOrEqual(60_000);
    expect(markdown.length).toBeGreaterThan(50_000);
    expect(markdownProblems(markdown)).toStrictEqual([]);
    expect(markdown).toContain("`module.svc0.aws_iam_role.r0`");
    expect(markdown).toMatch(/… and [\d,]+ more changes not shown in the table\./);
    // The rest does not fit, so the diagram would be dropped first: it is not drawn, its references never
    // worked out, and (since whether it would show anything is unknown) not listed as left out.
    expect(referencesRead).toBe(0);
    expect(references.length).toBeGreaterThan(0);
    expect(markdown).toContain("✂️ Left out to fit GitHub's comment size limit: details of 50,000 changes, ");
    expect(markdown).toContain("Run `infra-coach explain` locally for the full text.");
  });

  test("detail goes before summary: the diagram first, then details from the end, then table rows", () => {
    const sections = [{ title: "x", explained: syntheticPlan(30), locate }];
    const full = renderComment(sections, { lang: "en", maxLength: Number.POSITIVE_INFINITY });
    const noDiagram = renderComment(sections, { lang: "en", maxLength: full.length - 1 });
    expect(noDiagram).not.toContain("```mermaid");
    expect(count(noDiagram, "<details>")).toBe(30);
    expect(noDiagram).toContain("Left out to fit GitHub's comment size limit: the diagram.");

    const fewerDetails = renderComment(sections, { lang: "en", maxLength: Math.floor(full.length / 2) });
    const kept = count(fewerDetails, "<details>");
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(30);
    // The most important changes keep their details; the table is whole.
    expect(fewerDetails).toContain("<code>module.svc0.aws_iam_role.r0</code>");
    expect(fewerDetails).not.toContain("<code>module.svc29.aws_ecs_service.r29</code>");
    expect(count(fewerDetails, "\n| ")).toBe(32); // header, delimiter and 30 rows
    expect(fewerDetails).toContain(`details of ${30 - kept} changes`);

    const tableOnly = renderComment(sections, { lang: "en", maxLength: 2_500 });
    expect(tableOnly.length).toBeLessThanOrEqual(2_500);
    expect(tableOnly).not.toContain("<details>");
    expect(tableOnly).toMatch(/… and \d+ more changes not shown in the table\./);
    expect(markdownProblems(tableOnly)).toStrictEqual([]);
  });

  test("every limit from tiny to generous gives valid Markdown within the limit", () => {
    const sections: PlanSection[] = [
      { title: "a", explained: syntheticPlan(40), locate },
      { title: "b", explained: webAppPlan(), locate },
      { title: "c", error: "plan failed" },
    ];
    const full = renderComment(sections, { lang: "ja", maxLength: Number.POSITIVE_INFINITY });
    let previousDetails = Number.POSITIVE_INFINITY;
    for (let maxLength = full.length + 100; maxLength >= 1_200; maxLength -= 997) {
      const markdown = renderComment(sections, { lang: "ja", maxLength });
      expect(markdown.length).toBeLessThanOrEqual(maxLength);
      expect(markdownProblems(markdown)).toStrictEqual([]);
      const details = count(markdown, "<details>");
      expect(details).toBeLessThanOrEqual(previousDetails);
      previousDetails = details;
    }
  });

  test("huge strings are shortened, never cut through structure", () => {
    const huge = "A".repeat(1_000_000);
    const item = explanation(change(`aws_s3_bucket.${huge}`, "update", {
      diffs: [{ path: ["policy"], pathText: huge, before: huge, after: { doc: [huge, huge] }, forcesReplacement: false }],
    }), {
      entry: entry(huge, { title: text(huge, huge), what: text(huge, huge), analogy: text(huge, huge) }),
      summary: text(huge, huge),
      sentences: Array.from({ length: 1_000 }, () => text(huge, huge)),
      risks: Array.from({ length: 1_000 }, () => risk(huge, "high", huge)),
    });
    const sections = [
      { title: huge, explained: explained([item, item, item], { drift: [item] }) },
      { title: huge, error: huge },
    ];
    const markdown = renderComment(sections, { lang: "en" });
    expect(markdown.length).toBeLessThanOrEqual(60_000);
    expect(markdownProblems(markdown)).toStrictEqual([]);
    expect(count(markdown, "<details>")).toBeGreaterThan(0);
  });

  test("hundreds of sections: the ones that do not fit are left out and counted", () => {
    const sections = Array.from({ length: 800 }, (_, index) => ({ title: `root-${index}`, explained: webAppPlan() }));
    const markdown = renderComment(sections, { lang: "en" });
    expect(markdown.length).toBeLessThanOrEqual(60_000);
    expect(markdownProblems(markdown)).toStrictEqual([]);
    expect(markdown).toContain("`root-0`");
    expect(markdown).toMatch(/✂️ [\d,]+ more Terraform plans were left out/);
  });

  test("trusted text that leaves no room at all is a programming error, not a silent cut", () => {
    expect(() => renderComment([{ title: "x", explained: webAppPlan() }], { lang: "en", maxLength: 100, header: "h".repeat(200) })).toThrow(
      RangeError,
    );
  });

  test("sensitive outputs stay masked even if the model were to hold a value", () => {
    const leaky = plan({ outputs: [{ name: "token", action: "update", sensitive: true, before: "old-secret-value", after: "new-secret-value" }] });
    const markdown = renderComment([{ title: "x", explained: explained([], { plan: leaky }) }], { lang: "en" });
    expect(markdown).not.toContain("secret-value");
    expect(markdown).toContain("*(sensitive)*");
    expect(Sensitive.instance.toJSON()).toBe("(sensitive)");
  });
});

describe("renderCheckRun", () => {
  test("summary holds the headline and table, text the details; both within GitHub's limit", () => {
    const output = renderCheckRun({ title: "huge", explained: syntheticPlan(50_000), locate }, "en");
    expect(output.title).toMatch(/^⚠️ 5,000 risks · 12,500 to replace · 12,500 to add · 12,500 to change · 12,500 to destroy$/);
    expect(output.summary.length).toBeLessThanOrEqual(65_535);
    expect(output.text.length).toBeLessThanOrEqual(65_535);
    expect(output.summary).toContain("| Action | Resource | What it is | Risk |");
    expect(output.summary).not.toContain("<details>");
    expect(output.text).toContain("<details>");
    expect(output.text).not.toContain("| Action |");
    expect(markdownProblems(output.summary)).toStrictEqual([]);
    expect(markdownProblems(output.text)).toStrictEqual([]);
  });

  test("a failed plan gets a title that says so", () => {
    const output = renderCheckRun({ title: "x", error: "terraform init failed\nbadly" }, "en");
    expect(output.title).toBe("There is no plan to explain: terraform init failed badly");
    expect(output.summary).toContain("❌");
  });

  test("a small plan keeps everything", () => {
    const output = renderCheckRun({ title: "x", explained: webAppPlan() }, "ja");
    expect(output.title).toBe("⚠️ リスク 3 件 · 置き換え 1 · 追加 2 · 変更 1 · 削除 0");
    expect(output.text).toContain("```mermaid");
    expect(output.summary).toContain("RDS データベース");
  });
});

describe("risks in the table", () => {
  test("the most severe risk shows first, whatever order the rules found them in", () => {
    const item = explanation(change("aws_iam_policy.p", "update"), {
      risks: [risk("low-one", "low", "Minor thing."), risk("high-one", "high", "Grants admin to everyone.")],
    });
    const markdown = renderComment([{ title: "x", explained: explained([item]) }], { lang: "en" });
    expect(markdown).toContain("| 🔴 Grants admin to everyone. (+1 more) |");
  });
});
