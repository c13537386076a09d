/**
 * `infra-coach study <dir|plan.json> [--lang en|ja] [--out guide.md] [--link-base URL]`:
 * writes the study guide of a directory's Terraform (or of a plan's
 * configuration) to stdout or a file. Works offline.
 */
import { readFile, stat, writeFile } from "node:fs/promises";
import { dirname, relative, resolve, sep } from "node:path";
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, errorMessage, parseCommandLine, readLang, UsageError, write } from "../cli-support.js";
import type { Lang } from "../explain/types.js";
import { PlanError } from "../plan/index.js";
import { sanitizeText } from "../render/escape.js";
import { buildStudyGuide, buildStudyGuideFromPlan, StudyInputError, type StudyGuide } from "./index.js";
import { readTerraformTree } from "./read-tree.js";

export interface StudyIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export const STUDY_USAGE = [
  "Usage: infra-coach study <dir|plan.json> [options]",
  "",
  "Writes a study guide of all the Terraform under <dir> (every root and local module),",
  "or of the configuration recorded in a plan (`terraform show -json`).",
  "",
  "Options:",
  "  --lang en|ja        language of the guide (default: en)",
  "  --out FILE          write the guide to FILE instead of stdout (links are made relative to it)",
  "  --link-base URL     make file links absolute, e.g. https://github.com/o/r/blob/main",
  "  -h, --help          show this help",
].join("\n");

interface StudyArguments {
  source: string;
  lang: Lang;
  out: string | undefined;
  linkBase: string | undefined;
}

/** Returns the exit code: 0 done, 1 unreadable input, 2 wrong command line. Errors are one line on stderr. */
export async function studyCommand(args: string[], io: StudyIo): Promise<number> {
  try {
    if (args.includes("--help") || args.includes("-h")) {
      await write(io.stdout, `${STUDY_USAGE}\n`);
      return EXIT_OK;
    }
    const options = parseStudyArguments(args);
    const guide = await buildGuide(options);
    if (options.out === undefined) {
      await write(io.stdout, guide.markdown);
    } else {
      await writeFile(options.out, guide.markdown, "utf8");
      const { stats } = guide;
      await write(
        io.stderr,
        `infra-coach: wrote ${options.out}: ${stats.resources} resources, ${stats.dataSources} data sources, ${stats.mermaidBlocks} pictures, ${stats.quizQuestions} quiz questions` +
          `${stats.unreadableFiles > 0 ? `; ${stats.unreadableFiles} file(s) could not be read (listed in the guide)` : ""}\n`,
      );
    }
    return EXIT_OK;
  } catch (error) {
    await write(io.stderr, `infra-coach: ${sanitizeText(errorMessage(error)).trim()}\n`);
    return error instanceof UsageError ? EXIT_USAGE : EXIT_FAILED;
  }
}

function parseStudyArguments(args: string[]): StudyArguments {
  const { values, positionals } = parseCommandLine("study", args, {
    lang: { type: "string" },
    out: { type: "string" },
    "link-base": { type: "string" },
  });
  const [source, ...extra] = positionals;
  if (source === undefined) throw new UsageError("study needs a directory of Terraform files (or a plan JSON file)");
  if (extra.length > 0) throw new UsageError(`study takes one directory, got ${positionals.length}`);
  const lang = readLang(values.lang);
  const linkBase = values["link-base"];
  if (linkBase !== undefined && !/^https?:\/\/\S+$/i.test(linkBase)) throw new UsageError(`--link-base must be an http(s) URL, not ${JSON.stringify(linkBase)}`);
  return { source, lang, out: values.out, linkBase };
}

async function buildGuide(options: StudyArguments): Promise<StudyGuide> {
  let kind: "dir" | "file";
  try {
    kind = (await stat(options.source)).isDirectory() ? "dir" : "file";
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`cannot read ${options.source}: ${code === "ENOENT" ? "no such file or directory" : code === "EACCES" ? "permission denied" : errorMessage(error)}`);
  }
  if (kind === "file") {
    if (!options.source.endsWith(".json")) throw new UsageError(`${options.source} is not a directory (give a folder of Terraform files, or a plan .json file)`);
    try {
      return await buildStudyGuideFromPlan({ plan: await readFile(options.source), lang: options.lang });
    } catch (error) {
      if (error instanceof PlanError || error instanceof StudyInputError) throw new Error(`${options.source}: ${error.message}`);
      throw error;
    }
  }
  const tree = await readTerraformTree(options.source);
  if (tree.terraformFiles === 0) throw new Error(`no Terraform files (.tf or .tf.json) under ${options.source}`);
  return buildStudyGuide({ files: tree.files, lang: options.lang, linkBase: options.linkBase ?? relativePrefix(options) });
}

/** Links from the guide's folder to the studied folder: "" when they are the same, "../infra/" etc. */
function relativePrefix(options: StudyArguments): string {
  if (options.out === undefined) return "";
  const path = relative(dirname(resolve(options.out)), resolve(options.source)).split(sep).join("/");
  return path === "" ? "" : `${path}/`;
}
