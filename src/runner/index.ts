/** Everything about getting a Terraform plan for a pull request. */
export {
  findTouchedRoots,
  isPlanInputFile,
  type ChangedFile,
  type RootDiscovery,
  type RootDiscoveryInput,
  type RootsConfig,
  type TouchedRoot,
} from "./roots.js";
export { buildSourceIndex, type SourceIndex, type SourceLocation } from "./locate.js";
export { parseConfigAddress, type ConfigAddress } from "./address.js";
export {
  LocalRunner,
  type LocalRunnerOptions,
  type PlanRequest,
  type PlanRunResult,
  type PlanStage,
} from "./local-runner.js";
export { extractTarball, type SkippedEntry, type Workspace, type WorkspaceOptions, type WorkspaceResult } from "./workspace.js";
export {
  ARTIFACT_MANIFEST,
  readPlanArtifact,
  type ArtifactOptions,
  type ArtifactPlan,
  type ArtifactResult,
} from "./artifact.js";
export { redactSecrets, stripAnsi } from "./redact.js";
export { Semaphore, type Release } from "./semaphore.js";
