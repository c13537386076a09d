import { scanMarkdown } from "../checklist/markdown-lines.js";
import { sanitizeText, truncate } from "../render/escape.js";

export type OperationCommand =
  | {
      ok: true;
      /** Runbook name as typed, without `.md`: `release`, `ecs-service-restart.ja`. */
      runbook: string;
      /** File to read under the runbooks folder: `release.md`. */
      file: string;
      /** The rest of the line ("" when none was given). */
      title: string;
    }
  | { ok: false; error: "missing-runbook" | "invalid-runbook"; message: string };

const COMMAND = /^\/infra-coach[ \t]+operation(?:[ \t]+(.*))?$/;
/** A file name, never a path: no slashes, no `..`, so it cannot leave the runbooks folder. */
const RUNBOOK_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*$/;
const TITLE_LIMIT = 200;

/**
 * `/infra-coach operation <runbook> [title...]` on a line of its own (not in
 * code or a quote; the first such line counts). Undefined when the comment
 * has no such command; an error result when the runbook name is missing or
 * could name a path.
 */
export function parseOperationCommand(commentBody: string | null | undefined): OperationCommand | undefined {
  for (const line of scanMarkdown(commentBody ?? "").lines) {
    if (line.kind !== "text") continue;
    const match = COMMAND.exec(line.visible.trim());
    if (!match) continue;
    const [name = "", ...words] = (match[1] ?? "").trim().split(/\s+/).filter(Boolean);
    if (name === "") {
      return { ok: false, error: "missing-runbook", message: "usage: /infra-coach operation <runbook> [title]" };
    }
    const runbook = name.replace(/\.md$/i, "");
    if (!RUNBOOK_NAME.test(runbook) || runbook.length > 100) {
      return { ok: false, error: "invalid-runbook", message: "a runbook name is a file name such as release or ecs-service-restart.ja" };
    }
    return { ok: true, runbook, file: `${runbook}.md`, title: truncate(sanitizeText(words.join(" ")), TITLE_LIMIT) };
  }
  return undefined;
}
