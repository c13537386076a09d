/**
 * Path globs for `roots:` and `ignore:` in the config: `*` and `?` stay within
 * one path segment, `**` spans any number of segments. Hand-written because
 * node's `path.matchesGlob` is still experimental on Node 20.
 */

export function globToRegExp(pattern: string): RegExp {
  const segments = normalizeGlob(pattern).split("/");
  let source = "";
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1;
    if (segment === "**") {
      source += last ? ".*" : "(?:[^/]+/)*";
      return;
    }
    source += segment.replace(/[.+^${}()|[\]\\]|\*|\?/g, (char) => {
      if (char === "*") return "[^/]*";
      if (char === "?") return "[^/]";
      return `\\${char}`;
    });
    if (!last) source += "/";
  });
  return new RegExp(`^${source}$`);
}

export function matchesGlob(path: string, pattern: string): boolean {
  return globToRegExp(pattern).test(path);
}

/** True when a pattern matches the path itself or one of its parent directories (`legacy` ignores `legacy/a.tf`). */
export function isIgnoredPath(path: string, patterns: readonly string[]): boolean {
  if (patterns.length === 0) return false;
  const expressions = patterns.map(globToRegExp);
  const parts = path.split("/");
  for (let length = parts.length; length > 0; length -= 1) {
    const candidate = parts.slice(0, length).join("/");
    if (expressions.some((expression) => expression.test(candidate))) return true;
  }
  return false;
}

function normalizeGlob(pattern: string): string {
  const trimmed = pattern.trim().replace(/^\.\/+/, "").replace(/\/+$/, "");
  return trimmed === "" ? "." : trimmed;
}
