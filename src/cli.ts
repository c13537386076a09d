import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, errorMessage, parseCommandLine, readLang, UsageError, write } from "./cli-support.js";
import { explainPlan } from "./explain/index.js";
import { HISTORY_SUMMARY, HISTORY_USAGE, historyCommand } from "./history/cli.js";
import { STUDY_USAGE, studyCommand } from "./study/cli.js";
import type { Lang } from "./explain/types.js";
import { PlanError, parsePlans } from "./plan/index.js";
import { renderComment } from "./render/comment.js";
import { sanitizeText } from "./render/escape.js";
import { renderJson } from "./render/json.js";
import type { PlanSection } from "./render/types.js";
import { renderText } from "./render/text.js";

export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** Input that cannot be used (missing file, invalid plan); its message is the one line the user sees. */
class InputError extends Error {}

interface Command {
  name: string;
  /** One line for the command list in `--help`. */
  summary: string;
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}

/** Commands by name. */
const COMMANDS: Command[] = [
  {
    name: "explain",
    summary: "explain a Terraform plan (terraform show -json) in plain words",
    usage: [
      "Usage: infra-coach explain <plan.json|-> [options]",
      "",
      "Reads the output of `terraform show -json` from a file, or from stdin with `-`.",
      "",
      "Options:",
      "  --lang en|ja                   language of the explanation (default: en)",
      "  --format markdown|text|json    output format (default: markdown)",
      "  --mask REGEX                   also hide values matching REGEX (repeatable)",
      "  -h, --help                     show this help",
    ].join("\n"),
    run: explainCommand,
  },
  { name: "history", summary: HISTORY_SUMMARY, usage: HISTORY_USAGE, run: (args, io) => historyCommand(args, io) },
  { name: "study", summary: "write a study guide of a repository's whole Terraform", usage: STUDY_USAGE, run: (args, io) => studyCommand(args, io) },
];

const GENERAL_USAGE = [
  "Usage: infra-coach <command> [options]",
  "",
  "Commands:",
  ...COMMANDS.map((command) => `  ${command.name.padEnd(10)} ${command.summary}`),
  "",
  "Run `infra-coach <command> --help` for a command's options.",
].join("\n");

/** The command-line entry point (bin/infra-coach.js); returns the exit code. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  try {
    if (name === undefined) throw new UsageError("missing command (try `infra-coach --help`)");
    if (name === "--help" || name === "-h" || name === "help") {
      await write(io.stdout, `${GENERAL_USAGE}\n`);
      return EXIT_OK;
    }
    const command = COMMANDS.find((candidate) => candidate.name === name);
    if (command === undefined) throw new UsageError(`unknown command ${JSON.stringify(name)} (try \`infra-coach --help\`)`);
    if (args.includes("--help") || args.includes("-h")) {
      await write(io.stdout, `${command.usage}\n`);
      return EXIT_OK;
    }
    return await command.run(args, io);
  } catch (error) {
    await write(io.stderr, `infra-coach: ${sanitizeText(errorMessage(error)).trim()}\n`);
    return error instanceof UsageError ? EXIT_USAGE : EXIT_FAILED;
  }
}

const FORMATS = { markdown: "markdown", md: "markdown", text: "text", json: "json" } as const;
type Format = (typeof FORMATS)[keyof typeof FORMATS];

interface ExplainArguments {
  source: string;
  lang: Lang;
  format: Format;
  masks: string[];
}

function parseExplainArguments(args: string[]): ExplainArguments {
  const { values, positionals } = parseCommandLine("explain", args, {
    lang: { type: "string" },
    format: { type: "string" },
    mask: { type: "string", multiple: true },
  });
  const [source, ...extra] = positionals;
  if (source === undefined) throw new UsageError("explain needs a plan file, or `-` to read stdin");
  if (extra.length > 0) throw new UsageError(`explain takes one plan file, got ${positionals.length}`);
  const lang = readLang(values.lang);
  const format = FORMATS[(values.format ?? "markdown") as keyof typeof FORMATS];
  if (format === undefined) throw new UsageError(`--format must be markdown, text or json, not ${JSON.stringify(values.format)}`);
  const masks = values.mask ?? [];
  for (const mask of masks) {
    try {
      new RegExp(mask);
    } catch (error) {
      throw new UsageError(`--mask ${JSON.stringify(mask)} is not a valid regular expression: ${errorMessage(error)}`);
    }
  }
  return { source, lang, format, masks };
}

async function explainCommand(args: string[], io: CliIo): Promise<number> {
  const options = parseExplainArguments(args);
  const input = await readInput(options.source, io.stdin);
  const name = options.source === "-" ? "stdin" : basename(options.source);
  let plans;
  try {
    plans = parsePlans(input, { valuePatterns: options.masks });
  } catch (error) {
    if (error instanceof PlanError) throw new InputError(`${name}: ${error.message}`);
    throw error;
  }
  const sections: PlanSection[] = plans.map((plan, index) => ({
    title: plans.length > 1 ? `${name} (${index + 1}/${plans.length})` : name,
    explained: explainPlan(plan),
  }));
  await write(io.stdout, render(sections, options));
  return EXIT_OK;
}

function render(sections: PlanSection[], { format, lang }: ExplainArguments): string {
  switch (format) {
    case "json":
      return `${JSON.stringify(renderJson(sections, lang), null, 2)}\n`;
    case "text":
      return `${renderText(sections, lang).trimEnd()}\n`;
    case "markdown":
      // Locally there is no comment size limit: show everything.
      return `${renderComment(sections, { lang, maxLength: Number.POSITIVE_INFINITY })}\n`;
  }
}

/** The raw bytes: the plan layer detects UTF-16 and byte-order marks itself. */
async function readInput(source: string, stdin: NodeJS.ReadableStream): Promise<Uint8Array> {
  if (source === "-") {
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk));
    return Buffer.concat(chunks);
  }
  try {
    return await readFile(source);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : code === "EACCES" ? "permission denied" : errorMessage(error);
    throw new InputError(`cannot read ${source}: ${reason}`);
  }
}
