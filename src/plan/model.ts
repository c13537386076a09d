/**
 * The normalised model of a `terraform show -json` plan. Every later layer
 * (explain/, render/, history/) reads only these types, never the raw JSON, so
 * that masking done here cannot be bypassed downstream.
 */

/** A value terraform will only know after apply ("known after apply"). */
export class Unknown {
  static readonly instance = new Unknown();
  private constructor() {}
  toJSON(): string {
    return "(known after apply)";
  }
}

/**
 * A value that must never be shown: marked sensitive by terraform, named like
 * a secret, or matching a configured mask pattern. The original value is not
 * kept anywhere in the model.
 */
export class Sensitive {
  static readonly instance = new Sensitive();
  private constructor() {}
  toJSON(): string {
    return "(sensitive)";
  }
}

/** A JSON value after masking. */
export type Value =
  | null
  | boolean
  | number
  | string
  | Value[]
  | { [key: string]: Value }
  | Unknown
  | Sensitive;

/**
 * What terraform will do. A replacement is one action here (not delete+create)
 * with its order kept in `replaceOrder`.
 */
export type Action = "create" | "update" | "delete" | "replace" | "read" | "no-op" | "forget";

export type PathStep = string | number;

/** One attribute that differs between before and after. */
export interface AttributeDiff {
  /** Path from the resource root, e.g. ["ingress", 0, "cidr_blocks"]. */
  path: PathStep[];
  /** The same path for humans: `ingress[0].cidr_blocks`. */
  pathText: string;
  /** `undefined` when the attribute did not exist before (or will not exist after). */
  before: Value | undefined;
  after: Value | undefined;
  /** True when terraform listed this path in `replace_paths`. */
  forcesReplacement: boolean;
}

export interface Change {
  /** Full address, e.g. `module.net.aws_subnet.private["a"]`. */
  address: string;
  /** `module.net` (nested modules joined), or null for the root module. */
  moduleAddress: string | null;
  mode: "managed" | "data";
  type: string;
  name: string;
  /** count index or for_each key; null when the resource has neither. */
  index: number | string | null;
  /** Full provider source, e.g. `registry.terraform.io/hashicorp/aws`. */
  providerName: string;
  /** Short provider name derived from the type or source, e.g. `aws`. */
  provider: string;
  action: Action;
  /** The raw `actions` array as terraform printed it. */
  rawActions: string[];
  /**
   * How a replacement happens. `create-then-forget` (terraform 1.7+, a
   * `removed { lifecycle { destroy = false } }` block): the new object is
   * created and the old one is left running, no longer managed.
   */
  replaceOrder?: "delete-before-create" | "create-before-destroy" | "create-then-forget";
  /** terraform's `action_reason`, e.g. `replace_because_tainted`. */
  actionReason?: string;
  /** Set when this object moved from another address (`moved` block or rename). */
  previousAddress?: string;
  /** Set when this change imports an existing object (`import` block). */
  importing?: { id?: string };
  /** Deposed object key when the change concerns a deposed instance. */
  deposed?: string;
  /** Masked whole objects, for rules that need context (e.g. a security group's other rules). */
  before: Value | undefined;
  after: Value | undefined;
  /** Only the attributes that change, masked, in a stable order. */
  diffs: AttributeDiff[];
}

export interface OutputChange {
  name: string;
  action: Action;
  sensitive: boolean;
  before: Value | undefined;
  after: Value | undefined;
}

/** References between configured resources, from the plan's `configuration` block. */
export interface ConfigReference {
  /** Resource address as configured, without instance keys: `module.app.aws_ecs_service.web`. */
  from: string;
  to: string;
}

export interface Plan {
  formatVersion: string;
  terraformVersion?: string;
  /** Planned changes, including no-op and read entries (filter as needed). */
  changes: Change[];
  /** `resource_drift`: changes made outside terraform, detected during refresh. */
  drift: Change[];
  outputs: OutputChange[];
  /**
   * References between configured resources, from the `configuration`
   * block; worked out when first read (only the diagram reads them). Empty
   * when the plan has no configuration block or an unreadable one.
   */
  references: ConfigReference[];
  /** terraform reported an error while planning; the plan may be partial. */
  errored: boolean;
  /** false when terraform said the plan cannot be applied. */
  applyable?: boolean;
  /** false when terraform said more changes will follow (deferred). */
  complete?: boolean;
}

/** Options for masking values that providers do not mark sensitive. */
export interface MaskOptions {
  /** Extra regular expressions (source strings); matching values are masked. */
  valuePatterns?: string[];
  /** Extra attribute-name fragments to treat as secret, in addition to the defaults. */
  secretNames?: string[];
}
