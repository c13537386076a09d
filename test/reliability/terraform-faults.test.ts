import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import nock from "nock";
import { infraCoach } from "../../src/app/index.js";
import { PLAN_COMMENT_MARKER } from "../../src/app/publish-plan.js";
import { LocalRunner, type PlanRequest, type PlanRunResult } from "../../src/runner/index.js";
import { createTestServices, repoTarball } from "../helpers/app.js";
import { deliveryId, examplePayload, githubApi, expectPlanInputs } from "../helpers/github.js";
import { isAlive, waitForFile, writeFakeTerraform } from "../runner/helpers/fake-terraform.js";
import { createReliableProbot, ONLY_PLANS, REPO, TEXT, type ReliableProbot, type CheckRunBody } from "./harness.js";

/**
 * terraform hanging, failing or missing, seen from the pull request: the run
 * is stopped at the timeout with every process it started, the PR gets a
 * failed check run and a comment that say what happened, and no temp dir is
 * left behind (the PR's checkout, the runner's plan dir with TF_DATA_DIR).
 */

const rootFixture = fileURLToPath(new URL("../fixtures/app/tf-root", import.meta.url));
const TIMEOUT_MS = 800;

/**
 * `terraform.timeout_seconds` cannot go below 10 s in the config; the test
 * stands in a shorter limit on the same code path.
 */
class ShortTimeoutRunner extends LocalRunner {
  override run(request: PlanRequest): Promise<PlanRunResult> {
    return super.run({ ...request, timeoutMs: TIMEOUT_MS });
  }
}

type Services = Awaited<ReturnType<typeof createTestServices>>;

describe("terraform faults reach the PR as clear failures, with nothing left running or on disk", () => {
  let base: string;
  let planTmp: string;
  let services: Services;
  let app: ReliableProbot;
  let tarball: Buffer;

  beforeAll(async () => {
    tarball = await repoTarball({}, { infra: rootFixture });
  });

  beforeEach(async () => {
    nock.disableNetConnect();
    base = await mkdtemp(join(tmpdir(), "ic-tf-faults-"));
    services = await createTestServices();
    // The runner's plan dirs land here, so "removed" can be checked.
    planTmp = await mkdtemp(join(base, "tmp-"));
  });

  afterEach(async () => {
    await services.dispose();
    await rm(base, { recursive: true, force: true });
    nock.cleanAll();
    nock.enableNetConnect();
  });

  async function planWith(terraformPath: string): Promise<{ comment: string; check: CheckRunBody; ms: number }> {
    services.runner = new ShortTimeoutRunner({ terraformPath, maxConcurrent: 2, killGraceMs: 500, tempRoot: planTmp });
    app = createReliableProbot();
    await app.probot.load(infraCoach({ services }));
    const payload = examplePayload("pull_request", "synchronize");
    const sha = payload.pull_request.head.sha as string;
    const captured: { comment?: { body: string }; check?: CheckRunBody } = {};
    const withConfig = githubApi()
      .get(`${REPO}/contents/.github%2Finfra-coach.yml`)
      .reply(200, ONLY_PLANS, TEXT);
    const scope = expectPlanInputs(withConfig, { sha, tarball, files: ["infra/main.tf"] })
      .post(`${REPO}/check-runs`)
      .reply(201, { id: 11 })
      .get(`${REPO}/issues/2/comments`)
      .query(true)
      .reply(200, [])
      .post(`${REPO}/issues/2/comments`, (body) => ((captured.comment = body), true))
      .reply(201, { id: 500 })
      .get(`${REPO}/issues/2/comments`)
      .query(true)
      .reply(200, () => [{ id: 500, user: { type: "Bot" }, body: captured.comment!.body }])
      .patch(`${REPO}/check-runs/11`, (body) => ((captured.check = body), true))
      .reply(200, { id: 11 });
    const started = performance.now();
    await app.probot.receive({ id: deliveryId(), name: "pull_request", payload: payload as never });
    await services.queue.onIdle();
    const ms = performance.now() - started;
    expect(scope.pendingMocks()).toStrictEqual([]);
    expect(services.errors).toEqual([]);
    expect(await readdir(planTmp)).toEqual([]);
    expect(captured.comment!.body.startsWith(PLAN_COMMENT_MARKER)).toBe(true);
    return { comment: captured.comment!.body, check: captured.check!, ms };
  }

  it("a hanging terraform is killed at the timeout with its children; the PR says it was stopped", async () => {
    const pids = join(base, "pids");
    const dirs = join(base, "dirs");
    // `plan` notes where it runs (the PR checkout, the plan dir), starts a child and a grandchild
    // (like a provider plugin) and never finishes.
    const terraformPath = await writeFakeTerraform(base, {
      plan: `pwd >> ${dirs}; echo "$TF_DATA_DIR" >> ${dirs}; sleep 300 & echo $! >> ${pids}; sh -c 'sleep 300 & echo $! >> ${pids}; wait' & echo $! >> ${pids}; echo $$ >> ${pids}; wait`,
    });
    const { comment, check, ms } = await planWith(terraformPath);
    const started = (await waitForFile(pids)).split("\n").map(Number);
    expect(started).toHaveLength(4);
    for (const pid of started) expect(await isAlive(pid)).toBe(false);
    const [checkout, dataDir] = (await waitForFile(dirs)).split("\n");
    expect(checkout).toMatch(/\/infra-coach-ws-[^/]+\/infra$/);
    expect(dataDir!.startsWith(`${planTmp}/infra-coach-plan-`)).toBe(true);
    expect(existsSync(checkout!)).toBe(false);
    expect(existsSync(join(checkout!, ".."))).toBe(false);
    expect(ms).toBeGreaterThanOrEqual(TIMEOUT_MS);
    expect(ms).toBeLessThan(TIMEOUT_MS + 5_000);
    expect(check).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(check.output.summary).toContain("terraform plan did not finish within 1 s and was stopped (config terraform.timeout\\_seconds)");
    expect(comment).toContain("terraform plan did not finish within 1 s and was stopped");
  });

  it("a terraform that exits non-zero: its error, one line, on the PR", async () => {
    const terraformPath = await writeFakeTerraform(base, {
      plan: `echo 'Error: Unsupported argument' >&2; echo '  on main.tf line 3: An argument named "imagee" is not expected here.' >&2; exit 1`,
    });
    const { comment, check } = await planWith(terraformPath);
    expect(check).toMatchObject({ conclusion: "failure" });
    expect(check.output.summary).toContain("terraform plan failed: Unsupported argument");
    expect(comment).toContain("terraform plan failed: Unsupported argument");
  });

  it("a missing terraform binary: named on the PR, nothing crashes", async () => {
    const { comment, check } = await planWith(join(base, "no-such-dir", "terraform"));
    expect(check).toMatchObject({ conclusion: "failure" });
    expect(check.output.summary).toContain("terraform init failed: terraform executable not found");
    expect(comment).toContain("terraform executable not found");
  });
});
