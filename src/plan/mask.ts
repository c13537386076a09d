import { Sensitive, Unknown, type MaskOptions, type Value } from "./model.js";
import { MAY_NAME_A_SECRET, SecretNames } from "./secret-names.js";
import { SecretValues } from "./secret-values.js";

/**
 * Builds the masked copy of a value: the only copy later layers ever see.
 *
 * - `sensitive` is terraform's `before_sensitive`/`after_sensitive` mask: `true`
 *   hides the whole subtree, objects and arrays mirror the value.
 * - `unknown` is `after_unknown`, same shape: `true` becomes `Unknown.instance`
 *   (terraform leaves such attributes out of `after`, or null in lists).
 * - Strings are also masked by attribute name (see secret-names.ts), by
 *   content (see secret-values.ts) and when terraform marked the same string
 *   sensitive elsewhere in the plan, including inside JSON documents held in
 *   strings, such as ECS container definitions.
 *
 * Each value is walked once. The result shares every subtree in which
 * nothing was masked or added with the parsed input (such a subtree holds no
 * secret); every other container is a copy, so a raw secret is never
 * reachable from the result.
 */
export class Masker {
  private readonly names: SecretNames;
  private readonly values: SecretValues;
  /** Counts masks applied, so embedded JSON is rewritten only when something in it was masked. */
  private masksApplied = 0;
  /** Counts values the result does not show: masks applied, and values `after_unknown` replaced. */
  private hidden = 0;
  /** Lengths of the marked secrets: a string of another length is not looked up (no hashing of long texts). */
  private readonly shortestMarked: number;
  private readonly longestMarked: number;

  /**
   * @param markedSecrets strings terraform marked sensitive elsewhere in the
   * same document (see marked-secrets.ts), hidden wherever they appear.
   */
  constructor(
    options: MaskOptions = {},
    private readonly markedSecrets: ReadonlySet<string> = new Set(),
  ) {
    this.names = new SecretNames(options.secretNames);
    this.values = new SecretValues(options.valuePatterns);
    let shortest = Infinity;
    let longest = -1;
    for (const secret of markedSecrets) {
      shortest = Math.min(shortest, secret.length);
      longest = Math.max(longest, secret.length);
    }
    this.shortestMarked = shortest;
    this.longestMarked = longest;
  }

  /**
   * How many values masking has hidden so far. When it does not move while
   * a value is masked, the raw value holds nothing the result does not show.
   */
  get hiddenValues(): number {
    return this.hidden;
  }

  /** Masks a resource's whole object (`before` or `after`). Absent and null objects are undefined. */
  maskObject(value: unknown, sensitive: unknown, unknown: unknown): Value | undefined {
    if (unknown === true) return this.unknownOver(value);
    if (value === null) return undefined;
    return this.mask(value, sensitive, unknown, false);
  }

  /** Masks a value known by a name, such as an output value or an import id. */
  maskNamed(name: string, value: unknown, sensitive: unknown, unknown: unknown): Value | undefined {
    return this.mask(value, sensitive, unknown, this.names.kind(name) === "secret");
  }

  private mask(value: unknown, sensitive: unknown, unknown: unknown, secretByName: boolean): Value | undefined {
    if (unknown === true) return this.unknownOver(value);
    if (sensitive === true) return value === undefined ? undefined : this.masked();
    if (value === undefined) {
      // Partly unknown attributes can be missing from `after` while `after_unknown` describes them.
      if (!marksSomething(unknown)) return undefined;
      return this.mask(Array.isArray(unknown) ? [] : {}, sensitive, unknown, secretByName);
    }
    if (value === null || typeof value === "number" || typeof value === "boolean") return value;
    if (typeof value === "string") return this.maskString(value, secretByName);
    if (Array.isArray(value)) return this.maskArray(value, sensitive, unknown, secretByName);
    return this.maskRecord(value as Record<string, unknown>, sensitive, unknown, secretByName);
  }

  private maskString(value: string, secretByName: boolean): Value {
    if (secretByName || this.isMarked(value) || this.values.matches(value)) return this.masked();
    return this.maskEmbeddedJson(value);
  }

  /**
   * Arrays and records are copied only when something in them is masked or
   * added (unknown values): an untouched subtree holds nothing to hide, so the
   * parsed value itself is returned, which saves copying most of a large plan.
   */
  private maskArray(value: unknown[], sensitive: unknown, unknown: unknown, secretByName: boolean): Value[] {
    const length = Array.isArray(unknown) ? Math.max(value.length, unknown.length) : value.length;
    let result: Value[] | undefined = length === value.length ? undefined : (value.slice() as Value[]);
    for (let i = 0; i < length; i++) {
      const element = value[i];
      const masked = this.mask(element, child(sensitive, i), child(unknown, i), secretByName) ?? null;
      if (result !== undefined) result[i] = masked;
      else if (masked !== element) {
        result = value.slice() as Value[];
        result[i] = masked;
      }
    }
    return result ?? (value as Value[]);
  }

  private maskRecord(
    value: Record<string, unknown>,
    sensitive: unknown,
    unknown: unknown,
    secretByName: boolean,
  ): { [key: string]: Value } {
    let result: { [key: string]: Value } | undefined;
    const pairedValueIsSecret = this.namesASecretValue(value);
    // for…in walks the same own keys in the same order as Object.keys, without building a list per object.
    let index = 0;
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      const kind = this.names.kind(key);
      const keySecret = kind === "secret" || (kind === "neutral" && secretByName) || (key === "value" && pairedValueIsSecret);
      const element = value[key];
      const masked = this.mask(element, child(sensitive, key), child(unknown, key), keySecret);
      if (result === undefined) {
        if (masked === element) {
          index++;
          continue;
        }
        result = copyKeys(value, index);
      }
      if (masked !== undefined) setOwn(result, key, masked);
      index++;
    }
    if (isContainer(unknown) && !Array.isArray(unknown)) {
      for (const key of Object.keys(unknown)) {
        if (Object.hasOwn(value, key)) continue;
        const masked = this.mask(undefined, child(sensitive, key), (unknown as Record<string, unknown>)[key], false);
        if (masked === undefined) continue;
        result ??= copyKeys(value, Infinity);
        setOwn(result, key, masked);
      }
    }
    return result ?? (value as { [key: string]: Value });
  }

  private isMarked(value: string): boolean {
    return value.length >= this.shortestMarked && value.length <= this.longestMarked && this.markedSecrets.has(value);
  }

  /** `{ name = "DB_PASSWORD", value = "…" }` pairs: container environments, parameters, settings. */
  private namesASecretValue(value: Record<string, unknown>): boolean {
    if (!Object.hasOwn(value, "value")) return false;
    const label = value["name"] ?? value["key"] ?? value["Name"] ?? value["Key"];
    return typeof label === "string" && this.names.kind(label) === "secret";
  }

  private maskEmbeddedJson(value: string): Value {
    if (!startsLikeJson(value) || !MAY_NAME_A_SECRET.test(value)) return value;
    let embedded: unknown;
    try {
      embedded = JSON.parse(value);
    } catch {
      return value;
    }
    const before = this.masksApplied;
    const masked = this.mask(embedded, undefined, undefined, false);
    return this.masksApplied === before ? value : JSON.stringify(masked);
  }

  private masked(): Sensitive {
    this.masksApplied++;
    this.hidden++;
    return Sensitive.instance;
  }

  /** Terraform leaves unknown values out (or null); anything else there is hidden too. */
  private unknownOver(value: unknown): Unknown {
    if (value !== undefined && value !== null) this.hidden++;
    return Unknown.instance;
  }
}

function startsLikeJson(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charAt(i);
    if (c === "{" || c === "[") return true;
    if (c !== " " && c !== "\n" && c !== "\r" && c !== "\t") return false;
  }
  return false;
}

/** True when a mask has a `true` somewhere. */
function marksSomething(mask: unknown): boolean {
  if (mask === true) return true;
  return isContainer(mask) && Object.values(mask).some(marksSomething);
}

function isContainer(value: unknown): value is object {
  return typeof value === "object" && value !== null;
}

/** The part of a sensitive/unknown mask that describes one child; non-containers describe nothing. */
function child(mask: unknown, key: string | number): unknown {
  if (!isContainer(mask) || !Object.hasOwn(mask, key)) return undefined;
  return (mask as Record<string | number, unknown>)[key];
}

/** A new record with the first `count` own keys of `value`, unchanged. */
function copyKeys(value: Record<string, unknown>, count: number): { [key: string]: Value } {
  const copy: { [key: string]: Value } = {};
  let copied = 0;
  for (const key in value) {
    if (copied >= count) break;
    if (!Object.hasOwn(value, key)) continue;
    setOwn(copy, key, value[key] as Value);
    copied++;
  }
  return copy;
}

/** Plain assignment of `__proto__` would replace the prototype instead of adding a key. */
function setOwn(target: { [key: string]: Value }, key: string, value: Value): void {
  if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
