import { Sensitive, Unknown, type AttributeDiff, type Change, type Value } from "../../src/plan/model.js";

export const unknown = Unknown.instance;
export const sensitive = Sensitive.instance;

type Obj = { [key: string]: Value };

interface ChangeSpec extends Partial<Omit<Change, "before" | "after">> {
  type: string;
  before?: Obj | null;
  after?: Obj | null;
  /** Top-level attributes terraform lists in `replace_paths`. */
  forces?: string[];
}

function same(a: Value | undefined, b: Value | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function blank(v: Value | undefined): boolean {
  return v === undefined || v === null || (Array.isArray(v) && v.length === 0);
}

/** Top-level diffs, like the parser's for these flat test objects (blank = nothing). */
export function topLevelDiffs(before: Obj | null | undefined, after: Obj | null | undefined, forces: string[] = []): AttributeDiff[] {
  const b = before ?? {};
  const a = after ?? {};
  const names = [...Object.keys(a), ...Object.keys(b).filter((k) => !(k in a))];
  const diffs: AttributeDiff[] = [];
  for (const name of names) {
    const bv = b[name];
    const av = a[name];
    if (blank(bv) && blank(av)) continue;
    if (!(av instanceof Unknown) && same(bv, av) && !(bv instanceof Sensitive)) continue;
    diffs.push({ path: [name], pathText: name, before: bv, after: av, forcesReplacement: forces.includes(name) });
  }
  return diffs;
}

/** A hand-built planned change; address, provider and diffs are derived unless given. */
export function change(spec: ChangeSpec): Change {
  const provider = spec.provider ?? spec.type.split("_")[0]!;
  const name = spec.name ?? "this";
  const mode = spec.mode ?? "managed";
  const action = spec.action ?? (spec.before == null ? "create" : spec.after == null ? "delete" : "update");
  const before = spec.before === null ? undefined : spec.before;
  const after = spec.after === null ? undefined : spec.after;
  const { forces, ...rest } = spec;
  return {
    address: `${mode === "data" ? "data." : ""}${spec.type}.${name}`,
    moduleAddress: null,
    mode,
    name,
    index: null,
    providerName: `registry.terraform.io/hashicorp/${provider}`,
    provider,
    rawActions: action === "replace" ? ["delete", "create"] : [action],
    diffs: topLevelDiffs(before, after, forces),
    ...rest,
    action,
    before,
    after,
  };
}
