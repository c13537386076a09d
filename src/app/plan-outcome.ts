import { explainPlan } from "../explain/index.js";
import type { Config } from "../config/schema.js";
import { parsePlans, PlanError } from "../plan/index.js";
import type { PlanRunResult } from "../runner/index.js";
import type { RootOutcome } from "./plan-policy.js";

/** A root's outcome from plan JSON bytes: parsed, masked, explained; or a one-line reason. */
export function outcomeFromPlanJson(root: string, planJson: Uint8Array, config: Config): RootOutcome {
  try {
    const documents = parsePlans(planJson, { valuePatterns: config.masks });
    if (documents.length !== 1) {
      return { root, error: `expected one plan document for the root, found ${documents.length}` };
    }
    return { root, explained: explainPlan(documents[0]!) };
  } catch (error) {
    if (error instanceof PlanError) return { root, error: `the plan JSON is not usable: ${error.message}` };
    throw error;
  }
}

/** A root's outcome from a local terraform run; undefined when a newer push superseded it. */
export function outcomeFromRun(root: string, result: PlanRunResult, config: Config): RootOutcome | undefined {
  switch (result.status) {
    case "ok":
      return outcomeFromPlanJson(root, result.planJson, config);
    case "failed":
      return { root, error: `terraform ${result.stage} failed: ${result.message}`, ...(result.log ? { log: result.log } : {}) };
    case "timeout":
      return {
        root,
        error: `terraform ${result.stage} did not finish within ${Math.round(result.timeoutMs / 1000)} s and was stopped (config terraform.timeout_seconds)`,
      };
    case "superseded":
      return undefined;
  }
}
