import type { PathStep } from "./model.js";

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** Appends one step to a path text: `a.b`, `a[3]`, `a["odd key"]`. */
export function childPath(parent: string, step: PathStep): string {
  if (typeof step === "number") return `${parent}[${step}]`;
  if (!IDENTIFIER.test(step)) return `${parent}[${JSON.stringify(step)}]`;
  return parent === "" ? step : `${parent}.${step}`;
}

/** A whole path for humans: `ingress[0].cidr_blocks`, `tags["kubernetes.io/role"]`. */
export function formatPath(path: readonly PathStep[]): string {
  let text = "";
  for (const step of path) text = childPath(text, step);
  return text;
}
