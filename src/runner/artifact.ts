/**
 * `runner: actions`: the repository's own workflow runs terraform (with its
 * own cloud credentials) and uploads the `terraform show -json` output as an
 * artifact; the app downloads the artifact zip and reads the plans from it.
 *
 * Artifact convention (for docs). The artifact (config `actions.artifact`,
 * default `infra-coach-plan`) holds one plan JSON file per Terraform root, in
 * one of two layouts:
 *
 * 1. A manifest, `infra-coach.json`, at the top of the artifact:
 *        { "roots": { "envs/prod": "prod.json", "envs/staging": "staging.json" } }
 *    Keys are root directories relative to the repository ("." for its top);
 *    values are paths of plan files inside the artifact. Only listed files are read.
 *
 * 2. Paths that mirror the repository: without a manifest, every file whose
 *    name matches the pattern (default `*.json`) is a plan, and its directory
 *    inside the artifact is its root: `tfplan.json` → ".",
 *    `envs/prod/tfplan.json` → "envs/prod". In the workflow, write
 *    `plans/<root>/tfplan.json` and upload the directory `plans/`:
 *    actions/upload-artifact keeps paths relative to an uploaded directory,
 *    whereas uploading single files flattens them and loses the root.
 *    Two plan files in one directory are an error.
 */
import { unzipSync, type UnzipFileInfo } from "fflate";
import { posix } from "node:path";
import { matchesGlob } from "./glob.js";

export const ARTIFACT_MANIFEST = "infra-coach.json";

export interface ArtifactOptions {
  /** Glob for plan file names (the base name) when there is no manifest. Default `*.json`. */
  fileNamePattern?: string;
  /** Largest total uncompressed size of the plan files read. Default 256 MiB. */
  maxTotalBytes?: number;
}

export interface ArtifactPlan {
  root: string;
  /** The file inside the artifact it came from. */
  file: string;
  planJson: Uint8Array;
}

export type ArtifactResult = { ok: true; plans: ArtifactPlan[] } | { ok: false; error: string };

const MIB = 1024 * 1024;
const MAX_MANIFEST_BYTES = 64 * 1024;

interface Selection {
  root: string;
  entry: UnzipFileInfo;
}

class ArtifactError extends Error {}

export function readPlanArtifact(zip: Uint8Array, options: ArtifactOptions = {}): ArtifactResult {
  try {
    return { ok: true, plans: extractPlans(zip, options) };
  } catch (error) {
    if (error instanceof ArtifactError) return { ok: false, error: error.message };
    throw error;
  }
}

function extractPlans(zip: Uint8Array, options: ArtifactOptions): ArtifactPlan[] {
  const maxTotalBytes = options.maxTotalBytes ?? 256 * MIB;
  // Listing first, inflating nothing, so that sizes are checked before any memory is committed.
  const entries = unzip(zip, () => false).listing.filter((entry) => !entry.name.endsWith("/"));
  const manifest = entries.find((entry) => normalizeEntryName(entry.name) === ARTIFACT_MANIFEST);
  const selections = manifest
    ? selectFromManifest(zip, manifest, entries)
    : selectByPattern(entries, options.fileNamePattern ?? "*.json");
  if (selections.length === 0) {
    throw new ArtifactError(
      `the artifact holds no plan file (expected ${ARTIFACT_MANIFEST} or files named ${options.fileNamePattern ?? "*.json"})`,
    );
  }
  const declaredTotal = selections.reduce((sum, selection) => sum + selection.entry.originalSize, 0);
  if (declaredTotal > maxTotalBytes) {
    throw new ArtifactError(`the plan files in the artifact are larger than ${Math.round(maxTotalBytes / MIB)} MiB`);
  }
  const wanted = new Set(selections.map((selection) => selection.entry.name));
  const { files } = unzip(zip, (entry) => wanted.has(entry.name));
  return selections
    .map(({ root, entry }) => {
      const planJson = files[entry.name] ?? new Uint8Array();
      if (!looksLikeJsonObject(planJson)) throw new ArtifactError(`${entry.name} in the artifact is not a plan JSON object`);
      return { root, file: entry.name, planJson };
    })
    .sort((a, b) => (a.root < b.root ? -1 : a.root > b.root ? 1 : 0));
}

function selectFromManifest(zip: Uint8Array, manifest: UnzipFileInfo, entries: UnzipFileInfo[]): Selection[] {
  if (manifest.originalSize > MAX_MANIFEST_BYTES) throw new ArtifactError(`${ARTIFACT_MANIFEST} is too large`);
  const bytes = unzip(zip, (entry) => entry.name === manifest.name).files[manifest.name] ?? new Uint8Array();
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new ArtifactError(`${ARTIFACT_MANIFEST} is not valid JSON`);
  }
  const roots = (parsed as { roots?: unknown } | null)?.roots;
  if (typeof roots !== "object" || roots === null || Array.isArray(roots)) {
    throw new ArtifactError(`${ARTIFACT_MANIFEST} needs a "roots" object mapping root directories to plan files`);
  }
  const byPath = new Map(entries.map((entry) => [normalizeEntryName(entry.name), entry]));
  return Object.entries(roots).map(([rootKey, file]) => {
    if (typeof file !== "string") throw new ArtifactError(`${ARTIFACT_MANIFEST}: the plan file for ${JSON.stringify(rootKey)} must be a string`);
    const entry = byPath.get(normalizeEntryName(file));
    if (!entry) throw new ArtifactError(`${ARTIFACT_MANIFEST} lists ${JSON.stringify(file)}, which is not in the artifact`);
    return { root: safeRoot(rootKey), entry };
  });
}

function selectByPattern(entries: UnzipFileInfo[], pattern: string): Selection[] {
  const selections: Selection[] = [];
  const seen = new Map<string, string>();
  for (const entry of entries) {
    const path = normalizeEntryName(entry.name);
    if (!matchesGlob(posix.basename(path), pattern)) continue;
    const root = safeRoot(posix.dirname(path));
    const previous = seen.get(root);
    if (previous) throw new ArtifactError(`two plan files for root ${JSON.stringify(root)}: ${previous} and ${entry.name}`);
    seen.set(root, entry.name);
    selections.push({ root, entry });
  }
  return selections;
}

/** A repository-relative directory; artifact contents are untrusted, so nothing may climb out. */
function safeRoot(raw: string): string {
  const root = posix.normalize(raw.replace(/\\/g, "/")).replace(/\/+$/, "") || ".";
  if (root.startsWith("/") || root === ".." || root.startsWith("../")) {
    throw new ArtifactError(`invalid root directory ${JSON.stringify(raw)} in the artifact`);
  }
  return root;
}

function normalizeEntryName(name: string): string {
  return posix.normalize(name.replace(/\\/g, "/")).replace(/^\/+/, "");
}

function unzip(zip: Uint8Array, keep: (entry: UnzipFileInfo) => boolean) {
  const listing: UnzipFileInfo[] = [];
  try {
    const files = unzipSync(zip, {
      filter: (entry) => {
        listing.push(entry);
        return keep(entry);
      },
    });
    return { listing, files };
  } catch {
    throw new ArtifactError("the artifact is not a valid zip file");
  }
}

/**
 * A first look; the plan parser judges the rest. It also reads UTF-16 (what
 * PowerShell's `>` writes on Windows runners) and JSON after CI log lines
 * (setup-terraform's wrapper prints `[command]…` first), so those pass here.
 */
function looksLikeJsonObject(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  for (const byte of bytes) {
    if (byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === 0xef || byte === 0xbb || byte === 0xbf) continue;
    return byte === 0x7b || Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes("\n{"); // "{"
  }
  return false;
}
