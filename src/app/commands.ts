/**
 * The `/infra-coach plan` and `/infra-coach reroll` commands in PR comments.
 * (`operation` and `outcome` are parsed by history/ and operation-steps.ts.)
 * Only a line that starts with the command counts, so quoting a command in a
 * reply does not run it.
 */
export type Command = { name: "plan" } | { name: "reroll" };

const COMMANDS = new Set(["plan", "reroll"]);

export function parseCommand(body: string | null | undefined): Command | undefined {
  for (const rawLine of (body ?? "").split(/\r?\n/)) {
    const match = /^\/infra-coach\s+(\S+)\s*$/.exec(rawLine.trim());
    if (match && COMMANDS.has(match[1]!)) return { name: match[1] as Command["name"] };
  }
  return undefined;
}
