/**
 * What an item's text and its HTML comments say about it: optional or not,
 * auto-verified by which fact, and which id it carries.
 */

/**
 * Uppercase OPTIONAL / N/A anywhere; any case in brackets or as a leading
 * label; Japanese 任意 / 対象外 / 該当なし in brackets, as a label or at the end.
 * Lowercase "optional" in running text ("the optional --force flag") is not a marker.
 */
const OPTIONAL_MARKERS: readonly RegExp[] = [
  /(?<![\p{L}\p{N}])(?:OPTIONAL|N\/A)(?![\p{L}\p{N}])/u,
  /[([【「『]\s*(?:optional|n\/a|任意|対象外|該当なし)\s*[)\]】」』]/iu,
  /^(?:optional|n\/a|任意|対象外|該当なし)\s*[:：-]/iu,
  /(?:^|\s)(?:任意|対象外|該当なし)$/u,
];

export function isOptionalText(text: string): boolean {
  const folded = text.normalize("NFKC").trim();
  return OPTIONAL_MARKERS.some((marker) => marker.test(folded));
}

const VERIFY_COMMENT = /^\s*verify\s*:\s*([A-Za-z0-9][A-Za-z0-9_.-]*)\s*$/i;
const ID_COMMENT = /^\s*infra-coach:item=([\p{L}\p{N}][\p{L}\p{N}\p{M}-]*)\s*$/u;

export function verifyFromComments(comments: readonly string[]): string | undefined {
  for (const comment of comments) {
    const name = VERIFY_COMMENT.exec(comment)?.[1];
    if (name) return name.toLowerCase();
  }
  return undefined;
}

export function idFromComments(comments: readonly string[]): string | undefined {
  for (const comment of comments) {
    const id = ID_COMMENT.exec(comment)?.[1];
    if (id) return id;
  }
  return undefined;
}

/** The hidden marker that keeps an item's id when people edit its text. */
export function idComment(id: string): string {
  return `<!-- infra-coach:item=${id} -->`;
}

export function verifyComment(name: string): string {
  return `<!-- verify: ${name} -->`;
}

const MAX_SLUG_LENGTH = 60;
/** Only the start of a text can reach the slug; cutting first keeps the regexes linear on hostile input. */
const SLUG_SOURCE_LENGTH = 400;

/**
 * A readable id from an item's text: link targets and Markdown punctuation
 * dropped, lowercased, letters of any script kept, everything else one hyphen.
 * Never contains `--`, so it is safe inside an HTML comment.
 */
export function slugify(text: string): string {
  const slug = text
    .slice(0, SLUG_SOURCE_LENGTH)
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  const cut = [...slug].slice(0, MAX_SLUG_LENGTH).join("").replace(/-+$/, "");
  return cut === "" ? "item" : cut;
}

/**
 * Ids for items in document order: explicit marker ids first (the first item
 * carrying an id keeps it), then slugs, with `-2`, `-3`... for repeats.
 */
export function assignIds(items: readonly { text: string; markerId?: string }[]): string[] {
  const used = new Set<string>();
  const ids: (string | undefined)[] = items.map((item) => {
    if (item.markerId === undefined || used.has(item.markerId)) return undefined;
    used.add(item.markerId);
    return item.markerId;
  });
  return items.map((item, index) => {
    const given = ids[index];
    if (given !== undefined) return given;
    const base = slugify(item.text);
    let id = base;
    for (let suffix = 2; used.has(id); suffix++) id = `${base}-${suffix}`;
    used.add(id);
    return id;
  });
}
