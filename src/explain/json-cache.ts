/**
 * Memoises a computation over a (possibly large) string, such as a policy
 * document or ECS container definitions: a plan repeats the same document in
 * before, after and across many resources, and parsing it once is enough.
 * The cache is bounded so a long-running app does not grow without limit.
 */
export function cachedByText<T>(compute: (text: string) => T, limit = 500): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    if (cache.has(text)) return cache.get(text) as T;
    const value = compute(text);
    if (cache.size >= limit) cache.clear();
    cache.set(text, value);
    return value;
  };
}

/** JSON.parse that answers undefined instead of throwing on untrusted text. */
export function parseJsonSafely(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
