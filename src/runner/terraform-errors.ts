/**
 * One line that says what went wrong, from terraform's (already redacted)
 * diagnostic output: `Missing newline after block definition (main.tf line 3)`.
 */

const MAX_MESSAGE_LENGTH = 300;
const ERROR_TITLE = /^[│|\s]*Error: (.+)$/;
const LOCATION = /^[│|\s]*on (\S+) line (\d+)/;
/** How far below an error title terraform prints its `on <file> line <n>` line. */
const LOCATION_SEARCH_LINES = 4;

interface Diagnostic {
  title: string;
  location?: string;
}

export function summarizeTerraformError(log: string): string {
  const lines = log.split("\n");
  const diagnostics: Diagnostic[] = [];
  lines.forEach((line, index) => {
    const title = ERROR_TITLE.exec(line)?.[1]?.trim();
    if (!title) return;
    const diagnostic: Diagnostic = { title };
    for (const candidate of lines.slice(index + 1, index + 1 + LOCATION_SEARCH_LINES)) {
      const location = LOCATION.exec(candidate);
      if (location) {
        diagnostic.location = `${location[1]} line ${location[2]}`;
        break;
      }
      if (ERROR_TITLE.test(candidate)) break;
    }
    diagnostics.push(diagnostic);
  });
  // `terraform init` leads with a generic "encountered problems" error; the one pointing at a file says more.
  const chosen = diagnostics.find((diagnostic) => diagnostic.location) ?? diagnostics[0];
  const text = chosen
    ? chosen.location
      ? `${chosen.title} (${chosen.location})`
      : chosen.title
    : (lines.find((line) => line.trim() !== "")?.trim() ?? "no output");
  return oneLine(text);
}

export function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > MAX_MESSAGE_LENGTH ? `${flat.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : flat;
}
