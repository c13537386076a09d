/**
 * The study guide: one Markdown document that teaches a repository's whole
 * Terraform, chapter by chapter, with its own resources. Pure: the caller
 * reads the files (CLI: src/study/read-tree.ts; app: the repository tree at
 * the pushed commit) and decides where the text goes.
 */
import type { Lang } from "../explain/types.js";
import { readPlanDocuments } from "../plan/index.js";
import { studyAccess } from "./access.js";
import { CHAPTER_ORDER, chapterOf, type ChapterId } from "./chapters.js";
import { studyCompute } from "./compute.js";
import type { ChapterStudy, StudyContext } from "./context.js";
import { studyData } from "./data.js";
import { studyEntry } from "./entry.js";
import { readFlows } from "./flows.js";
import { ResourceGraph } from "./graph.js";
import { instantiateDirectories, instantiateTree, type Instantiated } from "./instances.js";
import type { StudyModel } from "./model.js";
import { studyNetwork } from "./network.js";
import { studyObservability } from "./observability.js";
import { parseConfiguration } from "./parse-files.js";
import { definitionFromPlan } from "./plan-config.js";
import { entryOf } from "./present.js";
import { withGenericQuestions } from "./quiz.js";
import { renderGuide } from "./render.js";
import { Resolver } from "./resolve.js";

export { STUDY_GUIDE_MARKER } from "./render.js";
export { isStudyInput } from "./parse-files.js";

export interface StudyGuideInput {
  /** Repository-relative path → text: `.tf` and `.tf.json` files, plus any JSON files they read with `file()`. */
  files: ReadonlyMap<string, string>;
  lang: Lang;
  /**
   * `https://github.com/o/r/blob/<ref>` for absolute links; otherwise a
   * relative prefix ("" by default, "../" for a guide in docs/).
   */
  linkBase?: string;
  /** Shorten the per-type resource lists until the guide fits (an issue body holds 65,536 characters). */
  maxLength?: number;
}

export interface StudyGuidePlanInput {
  /** `terraform show -json` output: its `configuration` block is read (no file links then). */
  plan: string | Uint8Array;
  lang: Lang;
  maxLength?: number;
}

export interface StudyGuideStats {
  files: number;
  unreadableFiles: number;
  roots: number;
  localModuleCalls: number;
  externalModules: number;
  resources: number;
  dataSources: number;
  /** Distinct resource types explained by the catalog / by the generic fallback. */
  catalogTypes: number;
  fallbackTypes: number;
  /** Resources (and data sources) per chapter. */
  chapters: Record<ChapterId, number>;
  mermaidBlocks: number;
  quizQuestions: number;
  /** Links to file lines. */
  sourceLinks: number;
  /** Resource rows left out to fit maxLength (0 when everything is listed). */
  rowsOmitted: number;
  characters: number;
}

export interface StudyGuide {
  markdown: string;
  stats: StudyGuideStats;
}

/**
 * Whether a stored guide (an issue body, a file) already says what a new one
 * says: "no update when nothing changed". GitHub may hand back CRLF line
 * endings and trim the end, so those do not count as changes.
 */
export function sameGuide(stored: string, generated: string): boolean {
  const normalise = (text: string) => text.replace(/\r\n?/g, "\n").trimEnd();
  return normalise(stored) === normalise(generated);
}

/** Thrown for input that holds no configuration to study (one line for the user). */
export class StudyInputError extends Error {
  override name = "StudyInputError";
}

export async function buildStudyGuide(input: StudyGuideInput): Promise<StudyGuide> {
  const parsed = await parseConfiguration(input.files);
  const instantiated = instantiateDirectories(parsed.definitions);
  const model: StudyModel = { ...instantiated, unreadable: parsed.unreadable, fileCount: parsed.fileCount, hasLocations: true };
  const resolver = new Resolver(input.files, parsed.encoded);
  return build(model, resolver, input.lang, input.linkBase === undefined ? {} : { linkBase: input.linkBase }, input.maxLength);
}

export async function buildStudyGuideFromPlan(input: StudyGuidePlanInput): Promise<StudyGuide> {
  const documents = readPlanDocuments(input.plan);
  const definition = documents.length === 1 ? definitionFromPlan(documents[0]) : undefined;
  if (documents.length !== 1) throw new StudyInputError(`expected one plan document, found ${documents.length}`);
  if (!definition) throw new StudyInputError("the plan has no configuration block (use `terraform show -json` on a saved plan)");
  const instantiated: Instantiated = instantiateTree(definition);
  const model: StudyModel = { ...instantiated, unreadable: [], fileCount: 0, hasLocations: false };
  return build(model, new Resolver(new Map(), new Map()), input.lang, {}, input.maxLength);
}

/** Fewer rows per type, until the guide fits. */
const ROW_LIMITS = [Number.POSITIVE_INFINITY, 25, 10, 4, 1];

function build(model: StudyModel, resolver: Resolver, lang: Lang, links: StudyContext["links"], maxLength: number | undefined): StudyGuide {
  const chapters = new Map<ChapterId, typeof model.resources>(CHAPTER_ORDER.map((chapter) => [chapter, []]));
  for (const resource of model.resources) chapters.get(chapterOf(resource.type))?.push(resource);
  const context: StudyContext = {
    model,
    resolver,
    graph: new ResourceGraph(model.resources, resolver),
    lang,
    links,
    multipleRoots: model.roots.length > 1,
    chapters,
  };
  const studies = studyChapters(context);
  let markdown = "";
  let rowsPerType = Number.POSITIVE_INFINITY;
  for (const limit of ROW_LIMITS) {
    rowsPerType = limit;
    markdown = renderGuide(context, studies, { rowsPerType });
    if (maxLength === undefined || markdown.length <= maxLength) break;
  }
  if (maxLength !== undefined && markdown.length > maxLength) markdown = cutToLength(markdown, maxLength, lang);
  return { markdown, stats: statsOf(context, studies, markdown, rowsPerType) };
}

function studyChapters(context: StudyContext): Map<ChapterId, ChapterStudy> {
  const network = readFlows(context);
  const specific: Record<ChapterId, () => ChapterStudy> = {
    access: () => studyAccess(context),
    network: () => studyNetwork(context, network),
    entry: () => studyEntry(context),
    compute: () => studyCompute(context),
    data: () => studyData(context, network),
    observability: () => studyObservability(context),
    other: () => ({ sections: [], quiz: [] }),
  };
  const studies = new Map<ChapterId, ChapterStudy>();
  for (const chapter of CHAPTER_ORDER) {
    const resources = context.chapters.get(chapter) ?? [];
    if (resources.length === 0) continue;
    const study = specific[chapter]();
    studies.set(chapter, { sections: study.sections, quiz: withGenericQuestions(context, resources, study.quiz) });
  }
  return studies;
}

/** Last resort for a huge repository: whole chapters are dropped from the end, with a note. */
function cutToLength(markdown: string, maxLength: number, lang: Lang): string {
  const note = lang === "ja" ? "\n_（長すぎるため、ここから先を省略しました。全体は手元で `infra-coach study` を実行してください。）_\n" : "\n_(The guide is too long; the rest is left out. Run `infra-coach study` locally for all of it.)_\n";
  const budget = maxLength - note.length;
  let cut = markdown.lastIndexOf("\n## ", budget);
  if (cut <= 0) cut = markdown.lastIndexOf("\n", budget);
  return `${markdown.slice(0, Math.max(cut, 0))}\n${note}`;
}

function statsOf(context: StudyContext, studies: Map<ChapterId, ChapterStudy>, markdown: string, rowsPerType: number): StudyGuideStats {
  const { model } = context;
  const types = new Map<string, "catalog" | "fallback">();
  for (const resource of model.resources) if (!types.has(resource.type)) types.set(resource.type, entryOf(resource).source);
  const chapterCounts = Object.fromEntries(CHAPTER_ORDER.map((chapter) => [chapter, context.chapters.get(chapter)?.length ?? 0])) as Record<ChapterId, number>;
  let rowsOmitted = 0;
  if (Number.isFinite(rowsPerType)) {
    const perType = new Map<string, number>();
    for (const resource of model.resources) perType.set(`${resource.mode}:${resource.type}`, (perType.get(`${resource.mode}:${resource.type}`) ?? 0) + 1);
    for (const count of perType.values()) rowsOmitted += Math.max(0, count - rowsPerType);
  }
  return {
    files: model.fileCount,
    unreadableFiles: model.unreadable.length,
    roots: model.roots.length,
    localModuleCalls: model.instances.filter((instance) => instance.address !== null).length,
    externalModules: model.externalModules.length,
    resources: model.resources.filter((resource) => resource.mode === "managed").length,
    dataSources: model.resources.filter((resource) => resource.mode === "data").length,
    catalogTypes: [...types.values()].filter((source) => source === "catalog").length,
    fallbackTypes: [...types.values()].filter((source) => source === "fallback").length,
    chapters: chapterCounts,
    mermaidBlocks: (markdown.match(/^```mermaid$/gm) ?? []).length,
    quizQuestions: [...studies.values()].reduce((sum, study) => sum + study.quiz.length, 0),
    sourceLinks: (markdown.match(/\]\([^)\s]*#L\d+-L\d+\)/g) ?? []).length,
    rowsOmitted,
    characters: markdown.length,
  };
}
