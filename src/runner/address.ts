/**
 * Splits a Terraform resource address into the module calls it goes through
 * and the block it names, dropping instance keys (`[0]`, `["a.b"]`) because a
 * block is declared once for all its instances.
 */

export type ConfigAddress =
  | { kind: "resource"; modules: string[]; mode: "managed" | "data"; type: string; name: string }
  | { kind: "module"; modules: string[] };

export function parseConfigAddress(address: string): ConfigAddress | undefined {
  const steps = splitSteps(address.trim());
  if (!steps) return undefined;
  const modules: string[] = [];
  while (steps[0] === "module") {
    const name = steps[1];
    if (!name) return undefined;
    modules.push(name);
    steps.splice(0, 2);
  }
  if (steps.length === 0) return modules.length > 0 ? { kind: "module", modules } : undefined;
  const [first, second, third] = steps;
  if (steps.length === 3 && first === "data" && second && third) {
    return { kind: "resource", modules, mode: "data", type: second, name: third };
  }
  // `data` and `module` are reserved words, never resource types.
  if (steps.length === 2 && first && second && first !== "data" && first !== "module") {
    return { kind: "resource", modules, mode: "managed", type: first, name: second };
  }
  return undefined;
}

/** Dot-separated steps with bracketed instance keys removed; undefined when brackets or quotes do not balance. */
function splitSteps(address: string): string[] | undefined {
  const steps: string[] = [];
  let current = "";
  let index = 0;
  while (index < address.length) {
    const char = address[index] as string;
    if (char === "[") {
      const end = closingBracket(address, index);
      if (end === undefined) return undefined;
      index = end + 1;
    } else if (char === ".") {
      steps.push(current);
      current = "";
      index += 1;
    } else {
      current += char;
      index += 1;
    }
  }
  steps.push(current);
  return steps.some((step) => step === "") ? undefined : steps;
}

function closingBracket(address: string, open: number): number | undefined {
  let inString = false;
  for (let index = open + 1; index < address.length; index += 1) {
    const char = address[index];
    if (inString) {
      if (char === "\\") index += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
    } else if (char === "]") {
      return index;
    }
  }
  return undefined;
}
