/** Comparator for numbers that also handles ±Infinity (plain subtraction gives NaN for equal infinities). */
export function ascending(a: number, b: number): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
