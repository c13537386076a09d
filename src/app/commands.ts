/**
 * Slash commands in issue and PR comments. Only the first line that starts
 * with `/infra-coach` counts, so quoting a command in a reply does not run it.
 */
export type Command =
  | { name: "plan" }
  | { name: "reroll" }
  | { name: "operation"; runbook: string; title: string }
  | { name: "help" }
  | { name: "unknown"; text: string };

const PREFIX = "/infra-coach";

export function parseCommand(body: string | null | undefined): Command | undefined {
  const line = (body ?? "")
    .split(/\r?\n/)
    .map((candidate) => candidate.trim())
    .find((candidate) => candidate === PREFIX || candidate.startsWith(`${PREFIX} `));
  if (line === undefined) return undefined;
  const [name = "help", ...rest] = line.slice(PREFIX.length).trim().split(/\s+/).filter(Boolean);
  switch (name) {
    case "plan":
      return { name: "plan" };
    case "reroll":
      return { name: "reroll" };
    case "help":
      return { name: "help" };
    case "operation": {
      const [runbook, ...title] = rest;
      if (!runbook) return { name: "unknown", text: line };
      return { name: "operation", runbook, title: title.join(" ") };
    }
    default:
      return { name: "unknown", text: line };
  }
}
