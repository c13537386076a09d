import nock from "nock";
import { infraCoach } from "../../src/app/index.js";
import { PLAN_COMMENT_MARKER } from "../../src/app/publish-plan.js";
import { renderChecklistBlock } from "../../src/checklist/render-checklist.js";
import { parseRunbook } from "../../src/checklist/runbook.js";
import { evaluateChecklist } from "../../src/checklist/verdict.js";
import { createTestServices, repoTarball } from "../helpers/app.js";
import { deliveryId, examplePayload, githubApi, expectPlanInputs } from "../helpers/github.js";
import { INJECTIONS } from "../render/injections.js";
import { markdownProblems } from "../render/markdown-checks.js";
import { completedRun, createReliableProbot, planZip, ONLY_PLANS, REPO, TEXT, type ReliableProbot } from "./harness.js";

/**
 * Untrusted text that tries to break out, put everywhere a plan or a runbook
 * lets it go, checked on what GitHub would receive: the comment body and
 * check-run output the app posts (through the real handlers), and the
 * checklist it writes. No live @mention or #reference, no raw HTML, no broken
 * table, fence or <details>.
 */

/** The issue's own list on top of the renderers' (test/render/injections.ts). */
const STRINGS = [
  ...INJECTIONS,
  "@org/team please review",
  '<img src=x onerror="fetch(`//evil`)">',
  "</details></details></details>",
  "</summary>",
  "```suggestion\nrm -rf /\n```",
  "| a | b |\n|---|---|\n| c | d |",
  "[click](javascript:alert(document.cookie))",
  "[x](JaVaScRiPt:alert(1))",
  "<a href='javascript:alert(1)'>x</a>",
  "\u200Fright-to-left mark\u200F and \u061Carabic letter mark",
  "\u202Dleft-to-right override",
  `${"very long line ".repeat(8_000)}@end`,
  "<details open><summary>fake</summary>",
  "<!-- infra-coach:plan -->",
];

/** Our own hidden markers are the only HTML comments allowed in what we write. */
function withoutOwnMarkers(markdown: string): string {
  return markdown.replace(/<!-- (infra-coach:[a-z:]+(=[\p{L}\p{N}-]*)?|verify: [a-z-]+) -->/gu, "");
}

function soundness(markdown: string): string[] {
  return markdownProblems(withoutOwnMarkers(markdown));
}

/** A plan (format 1.2) with `text` in a module key, resource key, values, tags, an output and a risk. */
function hostilePlan(text: string): string {
  const key = JSON.stringify(text);
  const module = `module.app[${key}]`;
  return JSON.stringify({
    format_version: "1.2",
    terraform_version: "1.11.4",
    resource_changes: [
      {
        address: `${module}.aws_s3_bucket.logs[${key}]`,
        module_address: module,
        mode: "managed",
        type: "aws_s3_bucket",
        name: "logs",
        index: text,
        provider_name: "registry.terraform.io/hashicorp/aws",
        change: {
          actions: ["update"],
          before: { bucket: "logs", tags: { team: "old" } },
          after: { bucket: text, tags: { [text]: text, team: text } },
          after_unknown: {},
          before_sensitive: {},
          after_sensitive: {},
        },
      },
      {
        address: "aws_security_group.web",
        mode: "managed",
        type: "aws_security_group",
        name: "web",
        provider_name: "registry.terraform.io/hashicorp/aws",
        change: {
          actions: ["delete", "create"],
          before: { name: "web", description: "old", ingress: [] },
          after: { name: text, description: text, ingress: [{ description: text, cidr_blocks: ["0.0.0.0/0"], from_port: 22, to_port: 22, protocol: "tcp" }] },
          after_unknown: {},
          before_sensitive: {},
          after_sensitive: {},
          replace_paths: [["name"]],
        },
        action_reason: "replace_because_cannot_update",
      },
      {
        address: `terraform_data.note[${key}]`,
        mode: "managed",
        type: "terraform_data",
        name: "note",
        index: text,
        provider_name: "terraform.io/builtin/terraform",
        change: { actions: ["create"], before: null, after: { input: text }, after_unknown: { id: true, output: true }, before_sensitive: false, after_sensitive: {} },
      },
    ],
    output_changes: { url: { actions: ["create"], before: null, after: text, after_unknown: false, before_sensitive: false, after_sensitive: false } },
  });
}

describe("injection strings never break out of the rendered output", () => {
  let services: Awaited<ReturnType<typeof createTestServices>>;
  let app: ReliableProbot;

  beforeAll(async () => {
    services = await createTestServices();
  });

  afterAll(async () => {
    await services.dispose();
  });

  beforeEach(async () => {
    nock.disableNetConnect();
    app = createReliableProbot();
    await app.probot.load(infraCoach({ services }));
  });

  afterEach(() => {
    nock.cleanAll();
    nock.enableNetConnect();
  });

  it.each(STRINGS.map((text, index) => [index, text.length > 60 ? `${text.slice(0, 40)}… (${text.length} chars)` : text, text]))(
    "#%i in names, keys, values, tags and the root: %j",
    async (index, _shown, text) => {
      const run = completedRun(undefined, 100 + Number(index));
      const number = 100 + Number(index);
      // The root directory comes from the artifact's paths, which the repository's workflow chose.
      const rootDir = `envs/${String(text).replace(/[\0/\\]/g, "_").slice(0, 200) || "_"}`;
      const zip = planZip({ [`${rootDir}/tfplan.json`]: new TextEncoder().encode(hostilePlan(String(text))) });
      const captured: { comment?: string; check?: { title: string; summary: string; text?: string }; conclusion?: string } = {};
      const scope = githubApi()
        .get(`${REPO}/contents/.github%2Finfra-coach.yml`)
        .reply(200, `runner: actions\n${ONLY_PLANS}`, TEXT)
        .get(`${REPO}/actions/runs/${run.workflow_run.id}/artifacts`)
        .query(true)
        .reply(200, { total_count: 1, artifacts: [{ id: 77, name: "infra-coach-plan", expired: false }] })
        .get(`${REPO}/actions/artifacts/77/zip`)
        .reply(200, zip, { "content-type": "application/zip" })
        .get(`${REPO}/issues/${number}/comments`)
        .query(true)
        .reply(200, [])
        .post(`${REPO}/issues/${number}/comments`, (body) => ((captured.comment = (body as { body: string }).body), true))
        .reply(201, { id: 1 })
        .get(`${REPO}/issues/${number}/comments`)
        .query(true)
        .reply(200, () => [{ id: 1, user: { type: "Bot" }, body: captured.comment }])
        .post(`${REPO}/check-runs`, (body) => {
          const check = body as { output: { title: string; summary: string; text?: string }; conclusion: string };
          captured.check = check.output;
          captured.conclusion = check.conclusion;
          return true;
        })
        .reply(201, { id: 2 });
      await app.probot.receive({ id: deliveryId(), name: "workflow_run", payload: run as never });
      await services.queue.onIdle();
      expect(services.errors).toEqual([]);
      expect(scope.pendingMocks()).toStrictEqual([]);
      // The hostile plan was read and explained (a rejection would not exercise the renderers).
      expect(captured.conclusion).toBe("success");
      expect(captured.comment!.startsWith(PLAN_COMMENT_MARKER)).toBe(true);
      expect(captured.comment!.length).toBeLessThanOrEqual(65_536);
      expect(soundness(captured.comment!)).toStrictEqual([]);
      expect(soundness(captured.check!.summary)).toStrictEqual([]);
      expect(soundness(captured.check!.text ?? "")).toStrictEqual([]);
      expect(captured.check!.title).not.toMatch(/[\r\n]/);
    },
  );

  it.each(STRINGS.map((text, index) => [index, text.length > 60 ? `${text.slice(0, 40)}…` : text, text]))(
    "#%i as a runbook item, heading and command: %j",
    (_index, _shown, text) => {
      const value = String(text);
      const runbook = parseRunbook(
        [
          `# Release ${value}`,
          "",
          "## Pre-work",
          "",
          `- [ ] Tell ${value}`,
          `  - [ ] nested ${value}`,
          "",
          "## Day-of",
          "",
          `- [ ] Run the deploy for ${value}`,
          "",
          "  ```bash",
          `  echo ${value.split("\n")[0]}`,
          "  ```",
          "",
          "## Verification",
          "",
          `- [ ] ${value}`,
          "",
        ].join("\n"),
        { name: "release.md" },
      );
      const { markdown } = renderChecklistBlock(runbook, { context: { version: value } });
      expect(soundness(markdown)).toStrictEqual([]);
      const verdict = evaluateChecklist({ body: markdown, runbook, gates: ["pre", "dayof"] });
      expect(verdict.conclusion).toBe("failure");
      expect(soundness(verdict.summary)).toStrictEqual([]);
      expect(soundness(verdict.text)).toStrictEqual([]);
      expect(verdict.title).not.toMatch(/[\r\n]/);
    },
  );
});

describe("injection strings in a real terraform plan (for_each keys, values, tags, module keys)", () => {
  // Strings terraform itself accepts as map keys and values (no NUL, no lone surrogate).
  const KEYS = STRINGS.filter((text) => !/\0|\p{Surrogate}/u.test(text) && !text.includes("${") && !text.includes("%{")).map((text) =>
    text.length > 2_000 ? text.slice(0, 2_000) : text,
  );
  const rootFixture = {
    "infra/main.tf.json": JSON.stringify({
      locals: { names: KEYS },
      resource: {
        terraform_data: {
          hostile: { for_each: "${toset(local.names)}", input: { name: "${each.key}", tags: { "${each.key}": "${each.value}" } } },
        },
      },
      module: { app: { source: "./modules/app", for_each: "${toset(local.names)}", label: "${each.key}" } },
      output: { first: { value: KEYS[0] } },
    }),
    "infra/modules/app/main.tf.json": JSON.stringify({
      variable: { label: { type: "string" } },
      resource: { terraform_data: { inner: { input: "${var.label}" } } },
    }),
  };

  it("the plan of the real terraform renders sound Markdown", async () => {
    nock.disableNetConnect();
    const services = await createTestServices();
    try {
      const { probot } = createReliableProbot();
      await probot.load(infraCoach({ services }));
      const payload = examplePayload("pull_request", "synchronize");
      const sha = payload.pull_request.head.sha as string;
      const tarball = await repoTarball(rootFixture);
      const captured: { comment?: string; check?: { summary: string; text?: string }; conclusion?: string } = {};
      const withConfig = githubApi()
        .get(`${REPO}/contents/.github%2Finfra-coach.yml`)
        .reply(200, ONLY_PLANS, TEXT);
      const scope = expectPlanInputs(withConfig, { sha, tarball, files: ["infra/main.tf.json"] })
        .post(`${REPO}/check-runs`)
        .reply(201, { id: 11 })
        .get(`${REPO}/issues/2/comments`)
        .query(true)
        .reply(200, [])
        .post(`${REPO}/issues/2/comments`, (body) => ((captured.comment = (body as { body: string }).body), true))
        .reply(201, { id: 500 })
        .get(`${REPO}/issues/2/comments`)
        .query(true)
        .reply(200, () => [{ id: 500, user: { type: "Bot" }, body: captured.comment }])
        .patch(`${REPO}/check-runs/11`, (body) => {
          const check = body as { output: { summary: string; text?: string }; conclusion: string };
          captured.check = check.output;
          captured.conclusion = check.conclusion;
          return true;
        })
        .reply(200, { id: 11 });
      await probot.receive({ id: deliveryId(), name: "pull_request", payload: payload as never });
      await services.queue.onIdle();
      expect(services.errors).toEqual([]);
      expect(scope.pendingMocks()).toStrictEqual([]);
      expect(captured.conclusion).toBe("success");
      // Every instance was planned: the summary counts one terraform_data per key plus one per module instance.
      expect(captured.check!.summary).toContain(`${new Set(KEYS).size * 2} to add`);
      expect(soundness(captured.comment!)).toStrictEqual([]);
      expect(soundness(captured.check!.summary)).toStrictEqual([]);
      expect(soundness(captured.check!.text ?? "")).toStrictEqual([]);
    } finally {
      await services.dispose();
      nock.cleanAll();
      nock.enableNetConnect();
    }
  });
});
