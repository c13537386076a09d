/**
 * The configuration as the study guide sees it: module definitions (one per
 * directory, or per call when read from a plan), instantiated from each root
 * into module instances holding resources with their written attributes.
 */
import type { SourceLocation } from "../runner/locate.js";

export type { SourceLocation };

/** A block body as hcl2json gives it: literals as JSON, computed values as `"${…}"` strings. */
export type Body = Record<string, unknown>;

export interface ResourceBlock {
  mode: "managed" | "data";
  type: string;
  name: string;
  body: Body;
  location?: SourceLocation;
}

export interface ModuleCallBlock {
  name: string;
  /** The literal `source`, as written. */
  source?: string;
  version?: string;
  body: Body;
  location?: SourceLocation;
  /** From a plan: the called module's definition comes with the call. */
  definition?: ModuleDefinition;
}

export interface VariableBlock {
  default?: unknown;
  sensitive: boolean;
}

export interface ModuleDefinition {
  /** Repository-relative directory (".", "modules/net"); for plan input, the module address. */
  dir: string;
  resources: ResourceBlock[];
  calls: ModuleCallBlock[];
  variables: Map<string, VariableBlock>;
  locals: Map<string, unknown>;
  /** Output `value` expressions by name. */
  outputs: Map<string, unknown>;
  /** Local provider name → source (`aws` → `hashicorp/aws`), from `required_providers`. */
  providerSources: Map<string, string>;
}

export interface ModuleInstance {
  /** Unique among all roots. */
  key: string;
  /** The root module's directory this instance belongs to. */
  root: string;
  /** `module.ecs.module.sub`, or null for the root module. */
  address: string | null;
  definition: ModuleDefinition;
  parent?: ModuleInstance;
  call?: ModuleCallBlock;
  /** Local module calls, by call name. */
  children: Map<string, ModuleInstance>;
  /** Resources and data sources by local address (`aws_lb.main`, `data.aws_iam_policy_document.x`). */
  resources: Map<string, StudyResource>;
}

export interface StudyResource {
  /** Unique among all roots: root directory + address. */
  id: string;
  root: string;
  /** Configured address: `module.ecs.aws_alb.main`, `data.aws_caller_identity.current`. */
  address: string;
  moduleAddress: string | null;
  mode: "managed" | "data";
  type: string;
  name: string;
  body: Body;
  location?: SourceLocation;
  instance: ModuleInstance;
}

/** `local-missing`: a relative path not among the files; `recursive`: a module that calls itself. */
export type ExternalModuleKind = "registry" | "git" | "url" | "local-missing" | "recursive" | "unknown";

/** A module call whose code is not in the given files: named, never fetched. */
export interface ExternalModule {
  root: string;
  address: string;
  source: string;
  version?: string;
  kind: ExternalModuleKind;
  location?: SourceLocation;
}

export interface UnreadableFile {
  path: string;
  /** One line, from the parser. */
  reason: string;
}

export interface StudyModel {
  /** Root module directories, sorted. */
  roots: string[];
  instances: ModuleInstance[];
  /** Every resource and data source of every root, sorted by root and address. */
  resources: StudyResource[];
  externalModules: ExternalModule[];
  unreadable: UnreadableFile[];
  /** Number of configuration files read. */
  fileCount: number;
  /** True when locations (file and lines) are known: read from files, not from a plan. */
  hasLocations: boolean;
}
