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
 * Each value is walked once; raw values are never copied into the result.
 */
export class Masker {
  private readonly names: SecretNames;
  private readonly values: SecretValues;
  /** Counts masks applied, so embedded JSON is rewritten only when something in it was masked. */
  private masksApplied = 0;

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
  }

  /** Masks a resource's whole object (`before` or `after`). Absent and null objects are undefined. */
  maskObject(value: unknown, sensitive: unknown, unknown: unknown): Value | undefined {
    if (unknown === true) return Unknown.instance;
    if (value === null) return undefined;
    return this.mask(value, sensitive, unknown, false);
  }

  /** Masks a value known by a name, such as an output value or an import id. */
  maskNamed(name: string, value: unknown, sensitive: unknown, unknown: unknown): Value | undefined {
    return this.mask(value, sensitive, unknown, this.names.kind(name) === "secret");
  }

  private mask(value: unknown, sensitive: unknown, unknown: unknown, secretByName: boolean): Value | undefined {
    if (unknown === true) return Unknown.instance;
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
    if (secretByName || this.markedSecrets.has(value) || this.values.matches(value)) return this.masked();
    return this.maskEmbeddedJson(value);
  }

  private maskArray(value: unknown[], sensitive: unknown, unknown: unknown, secretByName: boolean): Value[] {
    const length = Array.isArray(unknown) ? Math.max(value.length, unknown.length) : value.length;
    const result: Value[] = new Array<Value>(length);
    for (let i = 0; i < length; i++) {
      result[i] = this.mask(value[i], child(sensitive, i), child(unknown, i), secretByName) ?? null;
    }
    return result;
  }

  private maskRecord(
    value: Record<string, unknown>,
    sensitive: unknown,
    unknown: unknown,
    secretByName: boolean,
  ): { [key: string]: Value } {
    const result: { [key: string]: Value } = {};
    const pairedValueIsSecret = this.namesASecretValue(value);
    for (const key of Object.keys(value)) {
      const kind = this.names.kind(key);
      const keySecret = kind === "secret" || (kind === "neutral" && secretByName) || (key === "value" && pairedValueIsSecret);
      const masked = this.mask(value[key], child(sensitive, key), child(unknown, key), keySecret);
      if (masked !== undefined) setOwn(result, key, masked);
    }
    if (isContainer(unknown) && !Array.isArray(unknown)) {
      for (const key of Object.keys(unknown)) {
        if (Object.hasOwn(value, key)) continue;
        const masked = this.mask(undefined, child(sensitive, key), (unknown as Record<string, unknown>)[key], false);
        if (masked !== undefined) setOwn(result, key, masked);
      }
    }
    return result;
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
    return Sensitive.instance;
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

/** Plain assignment of `__proto__` would replace the prototype instead of adding a key. */
function setOwn(target: { [key: string]: Value }, key: string, value: Value): void {
  if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
