/**
 * What the `infra-coach` commands (explain, history, study) share: exit
 * codes, the error for a wrong command line, and reading and writing.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import type { Lang } from "./explain/types.js";

/** Exit codes: 0 done, 1 the input or the database could not be used, 2 the command line is wrong. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** A mistake on the command line; its message is the one line the user sees. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig["options"]>;

/** `parseArgs` with positionals, strict; a wrong option is a UsageError pointing at the command's help. */
export function parseCommandLine<T extends Options>(command: string, args: string[], options: T) {
  try {
    return parseArgs({ args, allowPositionals: true, strict: true, options });
  } catch (error) {
    throw new UsageError(`${errorMessage(error)} (try \`infra-coach ${command} --help\`)`);
  }
}

/** The `--lang` value; English when it is not given. */
export function readLang(value: string | undefined): Lang {
  const lang = value ?? "en";
  if (lang !== "en" && lang !== "ja") throw new UsageError(`--lang must be en or ja, not ${JSON.stringify(lang)}`);
  return lang;
}

export function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (error) => (error ? reject(error) : resolve()));
  });
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
