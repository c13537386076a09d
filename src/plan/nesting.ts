import { childPath } from "./path-text.js";

const SHOWN_STEPS = 6;

interface Visit {
  value: unknown;
  /** The first SHOWN_STEPS steps: deeper ones are the same nesting again, only counted. */
  path: (string | number)[];
  depth: number;
}

/**
 * Where the most deeply nested value is, as a JSON path text, for locating a
 * "nested too deeply" rejection. Iterative (an explicit stack), because the
 * recursive code that overflowed cannot be used to find out where.
 */
export function deepestPath(root: unknown): string {
  let deepest: Visit = { value: root, path: [], depth: 0 };
  const stack: Visit[] = [deepest];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    if (visit.depth > deepest.depth) deepest = visit;
    const { value, path, depth } = visit;
    if (value === null || typeof value !== "object") continue;
    const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((item, i) => [i, item]) : Object.entries(value);
    for (const [step, item] of entries) {
      stack.push({ value: item, path: depth < SHOWN_STEPS ? [...path, step] : path, depth: depth + 1 });
    }
  }
  const shown = deepest.path.reduce<string>((text, step) => childPath(text, typeof step === "string" ? step.slice(0, 60) : step), "");
  return deepest.depth > SHOWN_STEPS ? `${shown}… (${deepest.depth} levels)` : shown;
}
