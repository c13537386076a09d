/**
 * How one resource is shown: the catalog's explanation of its type, the
 * team's own name for it, and the link to the lines that declare it.
 */
import { catalogEntryFor } from "../explain/catalog/index.js";
import { fallbackEntryFor } from "../explain/fallback.js";
import type { CatalogEntry } from "../explain/types.js";
import { escapeInline, inlineCode, safeUrl } from "../render/escape.js";
import { isRecord, blocksOf } from "./expressions.js";
import type { SourceLocation, StudyResource } from "./model.js";
import type { Resolver } from "./resolve.js";

/** The catalog entry for the type, or the generic one (which still names the cloud and the docs page). */
export function entryOf(resource: StudyResource): { entry: CatalogEntry; source: "catalog" | "fallback" } {
  const entry = catalogEntryFor(resource.type);
  if (entry) return { entry, source: "catalog" };
  const provider = providerOf(resource.type);
  const providerName = resource.instance.definition.providerSources.get(provider) ?? rootProviderSource(resource, provider) ?? provider;
  return { entry: fallbackEntryFor({ mode: resource.mode, type: resource.type, provider, providerName }), source: "fallback" };
}

/** `aws_lb` → `aws`; `google-beta` resources are still `google_…`. */
export function providerOf(type: string): string {
  const underscore = type.indexOf("_");
  return underscore > 0 ? type.slice(0, underscore) : type;
}

function rootProviderSource(resource: StudyResource, provider: string): string | undefined {
  let instance = resource.instance;
  while (instance.parent) {
    instance = instance.parent;
    const source = instance.definition.providerSources.get(provider);
    if (source) return source;
  }
  return undefined;
}

/** Attributes that hold the name people see in the console, most telling first. */
const NAME_ATTRIBUTES = [
  "name",
  "identifier",
  "bucket",
  "family",
  "alarm_name",
  "function_name",
  "cluster_identifier",
  "account_id",
  "display_name",
  "domain_name",
  "reference_name",
];

/**
 * The name the team gave the thing in the cloud: its Name tag, or its name
 * attribute, when known without running Terraform (literal, or built from
 * variables with literal values). Undefined otherwise.
 */
export function cloudName(resource: StudyResource, resolver: Resolver): string | undefined {
  for (const tags of blocksOf(resource.body["tags"])) {
    if (isRecord(tags) && "Name" in tags) {
      const name = resolver.literalText(resource.instance, tags["Name"]);
      if (name !== undefined && name !== "") return name;
    }
  }
  for (const attribute of NAME_ATTRIBUTES) {
    if (!(attribute in resource.body)) continue;
    const name = resolver.literalText(resource.instance, resource.body[attribute]);
    if (name !== undefined && name !== "") return name;
  }
  return undefined;
}

/** The label used everywhere for a resource: its address, with the root when there are several. */
export function addressLabel(resource: StudyResource, multipleRoots: boolean): string {
  return multipleRoots && resource.root !== "." ? `${resource.root}: ${resource.address}` : resource.address;
}

/** `module.ecs.aws_alb.alb_openjobs` as Markdown code. */
export function codeAddress(resource: StudyResource, multipleRoots: boolean): string {
  return inlineCode(addressLabel(resource, multipleRoots));
}

export interface LinkStyle {
  /**
   * `https://github.com/o/r/blob/<ref>`: absolute links. Anything else is a
   * relative prefix put before repository paths ("" or "../"), for a guide
   * stored inside the repository.
   */
  linkBase?: string;
}

/** `[main.tf L4–L20](main.tf#L4-L20)`, or the plain escaped label when no safe link can be made. */
export function sourceLink(location: SourceLocation, style: LinkStyle): string {
  const label = `${location.path} L${location.startLine}–L${location.endLine}`;
  const href = sourceHref(location, style);
  return href === undefined ? escapeInline(label) : `[${escapeInline(label)}](${href})`;
}

/** encodeURIComponent leaves `()'*!` alone; a `)` would end a Markdown link destination. */
function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/[()'*!]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function sourceHref(location: SourceLocation, style: LinkStyle): string | undefined {
  // Each segment percent-encoded: a file named `javascript:x.tf` stays a relative path.
  const encoded = location.path.split("/").map(encodeSegment).join("/");
  const fragment = `#L${location.startLine}-L${location.endLine}`;
  const base = style.linkBase ?? "";
  if (/^https?:\/\//i.test(base)) return safeUrl(`${base.replace(/\/+$/, "")}/${encoded}${fragment}`);
  if (!/^(\.\.?\/)*([\w.-]+\/)*$/.test(base)) return undefined;
  return `${base}${encoded}${fragment}`;
}
