/**
 * The configured address of a resource instance, without count indexes or
 * for_each keys: `module.app["a"].aws_ecs_service.web[0]` →
 * `module.app.aws_ecs_service.web`. This is the form `plan.references` uses.
 * Keys are quoted strings that may hold `]` or `"`, so this scans rather than
 * using a regular expression.
 */
export function configAddress(address: string): string {
  let open = address.indexOf("[");
  if (open === -1) return address;
  let result = "";
  let copiedFrom = 0;
  while (open !== -1) {
    result += address.slice(copiedFrom, open);
    copiedFrom = endOfIndex(address, open);
    open = address.indexOf("[", copiedFrom);
  }
  return result + address.slice(copiedFrom);
}

/** Position just after the `]` closing the index that opens at `open`. */
function endOfIndex(address: string, open: number): number {
  let inString = false;
  for (let index = open + 1; index < address.length; index++) {
    const character = address[index];
    if (inString) {
      if (character === "\\") index++;
      else if (character === '"') inString = false;
    } else if (character === '"') inString = true;
    else if (character === "]") return index + 1;
  }
  return address.length;
}
