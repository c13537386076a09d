/**
 * FNV-1a (32-bit) over the UTF-16 code units of `text`. Used only to break ties in a way that is
 * stable across processes and redeliveries (Math.random would pick differently on a retry) while
 * still spreading ties over people instead of always favouring the alphabetically first.
 */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
