import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { execa } from "execa";
import nock from "nock";
import { infraCoach } from "../../src/app/index.js";
import { readPlanDocuments } from "../../src/plan/index.js";
import { createTestServices, repoTarball } from "../helpers/app.js";
import { deliveryId, examplePayload, githubApi, expectPlanInputs } from "../helpers/github.js";
import { completedRun, CORPUS, createReliableProbot, ONLY_PLANS, planZip, REPO, TEXT } from "./harness.js";
import { renderedForms, sensitiveValues, showsSecret } from "./secrets.js";

/**
 * No sensitive value reaches anything the app writes: the comment, every
 * check run's title, summary and text, and the log (debug level). First for
 * every plan of the corpus, through the app as a workflow artifact; then for
 * plans the real terraform makes with sensitive() values, variables and
 * outputs, through the local runner.
 */

const directory = fileURLToPath(new URL("plans/", CORPUS));
const files = readdirSync(directory).filter((name) => name.endsWith(".json")).sort();
const CHUNK = 20;
const chunks = Array.from({ length: Math.ceil(files.length / CHUNK) }, (_, i) => files.slice(i * CHUNK, (i + 1) * CHUNK));

interface Written {
  /** Every request body the app sent to GitHub. */
  bodies: string[];
  logs: string;
}

function leaks(written: Written, secrets: Iterable<string>): string[] {
  const found: string[] = [];
  for (const secret of secrets) {
    if (written.bodies.some((body) => showsSecret(body, secret))) found.push(`GitHub request: ${JSON.stringify(secret.slice(0, 80))}`);
    if (showsSecret(written.logs, secret)) found.push(`log: ${JSON.stringify(secret.slice(0, 80))}`);
  }
  return found;
}

describe("sensitive values of every corpus plan stay out of comments, check runs and logs", () => {
  let services: Awaited<ReturnType<typeof createTestServices>>;
  let plansWithSecrets = 0;
  let secretsChecked = 0;

  beforeAll(async () => {
    services = await createTestServices();
  });

  afterAll(async () => {
    await services.dispose();
    // The corpus holds plans with sensitive values: the check must have had something to find.
    expect(plansWithSecrets).toBeGreaterThan(10);
    if (process.env.RELIABILITY_FIGURES) console.log(`sensitive: ${files.length} plans, ${plansWithSecrets} with secrets, ${secretsChecked} values checked`);
  });

  afterEach(() => {
    nock.cleanAll();
    nock.enableNetConnect();
  });

  it.each(chunks.map((chunk, index) => [index, chunk] as const))("chunk %i", async (index, chunk) => {
    nock.disableNetConnect();
    const { probot, logText } = createReliableProbot();
    await probot.load(infraCoach({ services }));
    const number = 1_000 + index;
    const run = completedRun(undefined, number);
    const zipFiles: Record<string, Uint8Array> = {};
    const documents: unknown[] = [];
    chunk.forEach((name, i) => {
      const bytes = readFileSync(`${directory}${name}`);
      zipFiles[`p${String(i).padStart(2, "0")}/tfplan.json`] = new Uint8Array(bytes);
      const planDocuments = readPlanDocuments(bytes);
      if (sensitiveValues(planDocuments).size > 0) plansWithSecrets += 1;
      documents.push(...planDocuments);
    });
    // One comment shows the whole chunk: a value one plan marks sensitive and another shows openly is public.
    const secrets = sensitiveValues(documents);
    secretsChecked += secrets.size;
    const bodies: string[] = [];
    const keep = (body: unknown) => (bodies.push(JSON.stringify(body)), true);
    let comment = "";
    const scope = githubApi()
      .get(`${REPO}/contents/.github%2Finfra-coach.yml`)
      .reply(200, `runner: actions\n${ONLY_PLANS}`, TEXT)
      .get(`${REPO}/actions/runs/${run.workflow_run.id}/artifacts`)
      .query(true)
      .reply(200, { total_count: 1, artifacts: [{ id: 77, name: "infra-coach-plan", expired: false }] })
      .get(`${REPO}/actions/artifacts/77/zip`)
      .reply(200, planZip(zipFiles), { "content-type": "application/zip" })
      .get(`${REPO}/issues/${number}/comments`)
      .query(true)
      .reply(200, [])
      .post(`${REPO}/issues/${number}/comments`, (body) => ((comment = (body as { body: string }).body), keep(body)))
      .reply(201, { id: 1 })
      .get(`${REPO}/issues/${number}/comments`)
      .query(true)
      .reply(200, () => [{ id: 1, user: { type: "Bot" }, body: comment }])
      .post(`${REPO}/check-runs`, keep)
      .times(chunk.length)
      .reply(201, { id: 2 });
    await probot.receive({ id: deliveryId(), name: "workflow_run", payload: run as never });
    await services.queue.onIdle();
    expect(services.errors).toEqual([]);
    expect(scope.pendingMocks()).toStrictEqual([]);
    expect(bodies).toHaveLength(chunk.length + 1);
    expect(leaks({ bodies, logs: logText() }, secrets)).toStrictEqual([]);
  });
});

describe("sensitive values in plans of the real terraform", () => {
  const SECRETS = {
    variable: "Var-S3cret-hunter2-q7Zx",
    literal: "Lit-S3cret-token-9f8e7d6c",
    nested: "Nested-S3cret-item-42kZ",
    mapValue: "Map-S3cret-value-77Qp",
    output: "Out-S3cret-conn-string-x1",
    before: "Old-S3cret-rotated-5Ww",
    tfvars: "Tfvars-S3cret-db-pass-3Rt",
  };

  /** A root whose state already holds the old secret, so the plan has before_sensitive values too. */
  const VERSION_1 = `
variable "db_password" {
  type      = string
  sensitive = true
  default   = "${SECRETS.before}"
}
resource "terraform_data" "db" { input = { user = "app", password = var.db_password } }
resource "terraform_data" "rotated" { input = sensitive("${SECRETS.before}") }
`;

  const VERSION_2 = `
variable "db_password" {
  type      = string
  sensitive = true
  default   = "${SECRETS.variable}"
}
variable "from_tfvars" {
  type      = string
  sensitive = true
}
resource "terraform_data" "db" { input = { user = "app", password = var.db_password } }
resource "terraform_data" "rotated" { input = sensitive("${SECRETS.literal}") }
resource "terraform_data" "nested" {
  input = {
    list = [sensitive("${SECRETS.nested}"), "public-item"]
    map  = { key = sensitive("${SECRETS.mapValue}"), open = "public-value" }
  }
}
resource "terraform_data" "from_tfvars" { input = var.from_tfvars }
output "connection" {
  value     = "${SECRETS.output}"
  sensitive = true
}
`;

  let work: string;
  let state: string;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), "ic-sensitive-"));
    await writeFile(join(work, "main.tf"), VERSION_1);
    const env = { CHECKPOINT_DISABLE: "1", TF_IN_AUTOMATION: "1", PATH: process.env.PATH ?? "" };
    await execa("/usr/local/bin/terraform", ["init", "-input=false", "-no-color"], { cwd: work, env, extendEnv: false });
    await execa("/usr/local/bin/terraform", ["apply", "-auto-approve", "-input=false", "-no-color"], { cwd: work, env, extendEnv: false });
    state = await readFile(join(work, "terraform.tfstate"), "utf8");
  });

  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it("no secret, in any rendered form, in what the app sends to GitHub or logs", async () => {
    nock.disableNetConnect();
    const services = await createTestServices();
    try {
      const app = createReliableProbot();
      await app.probot.load(infraCoach({ services }));
      const payload = examplePayload("pull_request", "synchronize");
      const sha = payload.pull_request.head.sha as string;
      const tarball = await repoTarball({
        "db/main.tf": VERSION_2,
        "db/terraform.tfvars": `from_tfvars = "${SECRETS.tfvars}"\n`,
        "db/terraform.tfstate": state,
      });
      const bodies: string[] = [];
      const keep = (body: unknown) => (bodies.push(JSON.stringify(body)), true);
      let comment = "";
      let completed: { conclusion: string; output: { summary: string; text?: string } } | undefined;
      const withConfig = githubApi()
        .get(`${REPO}/contents/.github%2Finfra-coach.yml`)
        .reply(200, ONLY_PLANS, TEXT);
      const scope = expectPlanInputs(withConfig, { sha, tarball, files: ["db/main.tf"] })
        .post(`${REPO}/check-runs`, keep)
        .reply(201, { id: 11 })
        .get(`${REPO}/issues/2/comments`)
        .query(true)
        .reply(200, [])
        .post(`${REPO}/issues/2/comments`, (body) => ((comment = (body as { body: string }).body), keep(body)))
        .reply(201, { id: 500 })
        .get(`${REPO}/issues/2/comments`)
        .query(true)
        .reply(200, () => [{ id: 500, user: { type: "Bot" }, body: comment }])
        .patch(`${REPO}/check-runs/11`, (body) => ((completed = body as typeof completed), keep(body)))
        .reply(200, { id: 11 });
      await app.probot.receive({ id: deliveryId(), name: "pull_request", payload: payload as never });
      await services.queue.onIdle();
      expect(services.errors).toEqual([]);
      expect(scope.pendingMocks()).toStrictEqual([]);
      // The plan was made and explained: the changes are there, their secret values are not.
      expect(completed!.conclusion).toBe("success");
      expect(comment).toContain("terraform_data.rotated");
      expect(comment).toContain("terraform_data.nested");
      expect(comment).toContain("terraform_data.from_tfvars");
      expect(comment).toContain("(sensitive)");
      const written = [...bodies, app.logText()].join("\n");
      const everyForm = Object.values(SECRETS).flatMap((secret) => [...renderedForms(secret), secret.slice(-8)]);
      expect(everyForm.filter((form) => written.includes(form))).toStrictEqual([]);
    } finally {
      await services.dispose();
    }
  });
});
