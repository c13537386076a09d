/** Values for `{{name}}` placeholders, e.g. `{ version: "v1.4.0", date: "2025-03-14" }`. */
export type PlaceholderContext = Readonly<Record<string, string>>;

const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_.-]*)\s*\}\}/g;

/**
 * Replaces every `{{name}}` that has a value in `context`, passing the value
 * through `encode` (escaping for the place it lands in). Placeholders without
 * a value stay as written, for a person to fill in, and are listed in `unfilled`.
 */
export function fillPlaceholders(
  text: string,
  context: PlaceholderContext,
  encode: (value: string) => string,
): { text: string; unfilled: string[] } {
  const unfilled = new Set<string>();
  const filled = text.replace(PLACEHOLDER, (placeholder, name: string) => {
    const value = Object.hasOwn(context, name) ? context[name] : undefined;
    if (value === undefined) {
      unfilled.add(name);
      return placeholder;
    }
    return encode(value);
  });
  return { text: filled, unfilled: [...unfilled] };
}
