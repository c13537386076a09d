/**
 * `runner: local`: plans a Terraform root on this machine with
 * `init` → `plan -out` → `show -json`. Runs are capped globally, bounded in
 * time, and a newer run for the same pull request and root supersedes an
 * older one. Every run gets its own temp dir (plan file and TF_DATA_DIR),
 * removed whatever the outcome.
 */
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildTerraformEnv } from "./env.js";
import { redactSecrets } from "./redact.js";
import { Semaphore, type Release } from "./semaphore.js";
import { runCommand, type CommandResult } from "./terraform.js";
import { oneLine, summarizeTerraformError } from "./terraform-errors.js";

export type PlanStage = "init" | "plan" | "show";

export type PlanRunResult =
  | { status: "ok"; planJson: Uint8Array; durationMs: number }
  | { status: "failed"; stage: PlanStage; message: string; log: string }
  | { status: "timeout"; stage: PlanStage; timeoutMs: number }
  | { status: "superseded" };

export interface LocalRunnerOptions {
  /** The terraform executable; a bare name is looked up in PATH. Default `terraform`. */
  terraformPath?: string;
  /** Plans running at once across all repositories. Default 2. */
  maxConcurrent?: number;
  /** Default per-run limit for init + plan + show together, from when the run gets a slot. Default 10 minutes. */
  timeoutMs?: number;
  /** Between SIGTERM and SIGKILL of the process group. Default 5 s. */
  killGraceMs?: number;
  /**
   * TF_PLUGIN_CACHE_DIR, shared by all runs. Terraform does not promise that
   * concurrent inits can share it safely; keep `maxConcurrent` low when set.
   */
  pluginCacheDir?: string;
  /** Where variables are picked from. Default `process.env`. */
  environment?: Readonly<Record<string, string | undefined>>;
  /** End of stdout/stderr kept for a failure log. Default 64 KiB. */
  logLimitBytes?: number;
  /** Largest accepted `show -json` output. Default 256 MiB. */
  maxPlanJsonBytes?: number;
  /** Parent of the per-run temp dirs. Default the OS temp dir. */
  tempRoot?: string;
}

export interface PlanRequest {
  /** What a newer run supersedes, e.g. `owner/repo#12#envs/prod`. */
  key: string;
  /** The root's directory inside a prepared workspace. */
  workingDir: string;
  /** Overrides the runner's timeout (config `terraform.timeout_seconds`). */
  timeoutMs?: number;
  /** Extra variable names to pass (config `terraform.env_passthrough`); app secrets are withheld regardless. */
  envPassthrough?: readonly string[];
  /** Extra patterns masked in logs (config `masks`). */
  masks?: readonly RegExp[];
}

const SUPERSEDED = "superseded";
const TIMED_OUT = "timeout";
const MIB = 1024 * 1024;

export class LocalRunner {
  private readonly semaphore: Semaphore;
  private readonly running = new Map<string, AbortController>();
  private readonly terraformPath: string;
  private readonly timeoutMs: number;
  private readonly killGraceMs: number;
  private readonly logLimitBytes: number;
  private readonly maxPlanJsonBytes: number;

  constructor(private readonly options: LocalRunnerOptions = {}) {
    this.semaphore = new Semaphore(options.maxConcurrent ?? 2);
    this.terraformPath = options.terraformPath ?? "terraform";
    this.timeoutMs = options.timeoutMs ?? 10 * 60 * 1000;
    this.killGraceMs = options.killGraceMs ?? 5000;
    this.logLimitBytes = options.logLimitBytes ?? 64 * 1024;
    this.maxPlanJsonBytes = options.maxPlanJsonBytes ?? 256 * MIB;
  }

  /** Runs waiting for a slot. */
  get queueLength(): number {
    return this.semaphore.queueLength;
  }

  /** Runs holding a slot. */
  get activeRuns(): number {
    return this.semaphore.active;
  }

  async run(request: PlanRequest): Promise<PlanRunResult> {
    const controller = new AbortController();
    this.running.get(request.key)?.abort(SUPERSEDED);
    this.running.set(request.key, controller);
    try {
      let release: Release;
      try {
        release = await this.semaphore.acquire(controller.signal);
      } catch {
        return { status: "superseded" };
      }
      try {
        return await this.execute(request, controller);
      } finally {
        release();
      }
    } finally {
      if (this.running.get(request.key) === controller) this.running.delete(request.key);
    }
  }

  private async execute(request: PlanRequest, controller: AbortController): Promise<PlanRunResult> {
    const started = performance.now();
    const timeoutMs = request.timeoutMs ?? this.timeoutMs;
    const timer = setTimeout(() => controller.abort(TIMED_OUT), timeoutMs);
    let tempDir: string | undefined;
    try {
      if (!(await isDirectory(request.workingDir))) {
        return { status: "failed", stage: "init", message: "the root's directory is missing from the workspace", log: "" };
      }
      tempDir = await mkdtemp(join(this.options.tempRoot ?? tmpdir(), "infra-coach-plan-"));
      const planFile = join(tempDir, "plan.tfplan");
      const env = buildTerraformEnv({
        source: this.options.environment ?? process.env,
        passthrough: request.envPassthrough,
        overrides: {
          TF_IN_AUTOMATION: "1",
          TF_INPUT: "0",
          CHECKPOINT_DISABLE: "1",
          // Keeps `.terraform/` out of the workspace and inside the temp dir that is always removed.
          TF_DATA_DIR: join(tempDir, "data"),
          ...(this.options.pluginCacheDir ? { TF_PLUGIN_CACHE_DIR: this.options.pluginCacheDir } : {}),
        },
      });
      const stages: { stage: PlanStage; args: string[] }[] = [
        { stage: "init", args: ["init", "-input=false", "-no-color"] },
        { stage: "plan", args: ["plan", "-input=false", "-no-color", "-lock=false", `-out=${planFile}`] },
        { stage: "show", args: ["show", "-json", "-no-color", planFile] },
      ];
      let planJson: Uint8Array = new Uint8Array();
      for (const { stage, args } of stages) {
        const result = await runCommand({
          binary: this.terraformPath,
          args,
          cwd: request.workingDir,
          env,
          signal: controller.signal,
          killGraceMs: this.killGraceMs,
          logLimitBytes: this.logLimitBytes,
          captureStdoutLimitBytes: stage === "show" ? this.maxPlanJsonBytes : undefined,
        });
        if (result.kind !== "exited" || result.exitCode !== 0) {
          return this.failure(stage, result, controller.signal, timeoutMs, request.masks);
        }
        planJson = result.stdout;
      }
      if (planJson.length === 0) {
        return { status: "failed", stage: "show", message: "terraform show -json printed nothing", log: "" };
      }
      return { status: "ok", planJson, durationMs: Math.round(performance.now() - started) };
    } finally {
      clearTimeout(timer);
      if (tempDir) await rm(tempDir, { recursive: true, force: true });
    }
  }

  private failure(
    stage: PlanStage,
    result: CommandResult,
    signal: AbortSignal,
    timeoutMs: number,
    masks: readonly RegExp[] = [],
  ): PlanRunResult {
    switch (result.kind) {
      case "aborted":
        return signal.reason === TIMED_OUT ? { status: "timeout", stage, timeoutMs } : { status: "superseded" };
      case "spawn-failed":
        return {
          status: "failed",
          stage,
          message: oneLine(
            result.code === "ENOENT"
              ? `terraform executable not found: ${this.terraformPath}`
              : `could not start terraform (${result.code}): ${redactSecrets(result.message, masks)}`,
          ),
          log: "",
        };
      case "stdout-too-large":
        return {
          status: "failed",
          stage,
          message: `the plan JSON is larger than ${Math.round(result.limitBytes / MIB)} MiB`,
          log: "",
        };
      case "exited": {
        const log = redactSecrets(result.stderrTail.trim() !== "" ? result.stderrTail : result.stdoutTail, masks).trim();
        const exit = result.exitCode === undefined ? "was killed" : `exited with ${result.exitCode}`;
        const summary = log === "" ? `terraform ${stage} ${exit}` : summarizeTerraformError(log);
        return { status: "failed", stage, message: summary, log };
      }
    }
  }
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
