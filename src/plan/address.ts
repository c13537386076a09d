/**
 * Terraform addresses: `module.net["a"].module.sub.data.aws_ami.x[0]`,
 * and the short provider name shown to users.
 */

export interface AddressStep {
  name: string;
  /** The `[…]` key after the name, if any. */
  key?: number | string;
}

export interface ResourceAddressParts {
  moduleAddress: string | null;
  mode: "managed" | "data";
  type: string;
  name: string;
  index: number | string | null;
}

const NAME = /[A-Za-z_][A-Za-z0-9_-]*/y;
const NUMBER_KEY = /[0-9]+/y;

/**
 * Splits an address or reference into its dotted steps, or returns undefined
 * when it does not start with a name. Keys are `[0]` or `["quoted"]` (JSON
 * string escapes); a `[*]` splat or anything else ends the readable part,
 * and `end` says where that happened.
 */
export function splitAddress(text: string): { steps: AddressStep[]; end: number } | undefined {
  const steps: AddressStep[] = [];
  let i = 0;
  for (;;) {
    NAME.lastIndex = i;
    const name = NAME.exec(text);
    if (name === null) return steps.length === 0 ? undefined : { steps, end: i - 1 };
    i = NAME.lastIndex;
    const step: AddressStep = { name: name[0] };
    steps.push(step);
    if (text.charAt(i) === "[") {
      const key = readKey(text, i + 1);
      if (key === undefined) return { steps, end: i };
      step.key = key.value;
      i = key.end;
    }
    if (text.charAt(i) !== ".") return { steps, end: i };
    i++;
  }
}

function readKey(text: string, start: number): { value: number | string; end: number } | undefined {
  if (text.charAt(start) === '"') {
    const close = closingQuote(text, start);
    if (close === -1 || text.charAt(close + 1) !== "]") return undefined;
    try {
      return { value: JSON.parse(text.slice(start, close + 1)) as string, end: close + 2 };
    } catch {
      return undefined;
    }
  }
  NUMBER_KEY.lastIndex = start;
  const digits = NUMBER_KEY.exec(text);
  if (digits === null || text.charAt(NUMBER_KEY.lastIndex) !== "]") return undefined;
  return { value: Number(digits[0]), end: NUMBER_KEY.lastIndex + 1 };
}

function closingQuote(text: string, openingQuote: number): number {
  for (let i = openingQuote + 1; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === "\\") i++;
    else if (c === '"') return i;
  }
  return -1;
}

/** Reads a resource instance address; undefined when it is not one. */
export function parseResourceAddress(address: string): ResourceAddressParts | undefined {
  const split = splitAddress(address);
  if (split === undefined || split.end !== address.length) return undefined;
  const steps = split.steps;
  let i = 0;
  const modules: string[] = [];
  while (steps[i]?.name === "module" && steps[i]?.key === undefined && steps[i + 1] !== undefined) {
    const moduleStep = steps[i + 1] as AddressStep;
    modules.push(`module.${formatStep(moduleStep)}`);
    i += 2;
  }
  const isData = steps[i]?.name === "data" && steps[i]?.key === undefined;
  if (isData) i++;
  const typeStep = steps[i];
  const nameStep = steps[i + 1];
  if (typeStep === undefined || nameStep === undefined || typeStep.key !== undefined) return undefined;
  if (i + 2 !== steps.length) return undefined;
  return {
    moduleAddress: modules.length > 0 ? modules.join(".") : null,
    mode: isData ? "data" : "managed",
    type: typeStep.name,
    name: nameStep.name,
    index: nameStep.key ?? null,
  };
}

/** Writes an instance address from its parts, as terraform prints it. */
export function formatResourceAddress(parts: ResourceAddressParts): string {
  const prefix = parts.moduleAddress === null ? "" : `${parts.moduleAddress}.`;
  const mode = parts.mode === "data" ? "data." : "";
  const key = parts.index === null ? "" : formatKey(parts.index);
  return `${prefix}${mode}${parts.type}.${parts.name}${key}`;
}

export function formatStep(step: AddressStep): string {
  return step.key === undefined ? step.name : `${step.name}${formatKey(step.key)}`;
}

function formatKey(key: number | string): string {
  return typeof key === "number" ? `[${key}]` : `[${JSON.stringify(key)}]`;
}

/**
 * The short provider name users know: `aws` from
 * `registry.terraform.io/hashicorp/aws`, from terraform 0.12's `aws` or
 * aliased `aws.west`, or from the resource type's prefix when the plan does
 * not name the provider (`terraform_data` → `terraform`).
 */
export function shortProviderName(providerName: string | undefined, type: string): string {
  if (providerName !== undefined && providerName !== "") {
    const lastSegment = providerName.slice(providerName.lastIndexOf("/") + 1);
    const withoutAlias = providerName.includes("/") ? lastSegment : (lastSegment.split(".")[0] ?? lastSegment);
    if (withoutAlias !== "") return withoutAlias;
  }
  const underscore = type.indexOf("_");
  return underscore === -1 ? type : type.slice(0, underscore);
}
