import type { Lang } from "../checklist/types.js";
import { quietLogin } from "../history/people.js";
import { escapeInline, inlineCode } from "../render/escape.js";
import type { LoadedRunbook } from "./operation-runbook.js";
import { problemList } from "./release-output.js";

/** What the app answers on the issue where `/infra-coach operation` was typed, and the texts it writes into the log. */
export const operationReply = {
  runbookProblem(loaded: Exclude<LoadedRunbook, { ok: true }>, lang: Lang): string {
    const path = inlineCode(loaded.path);
    if (loaded.reason === "missing") {
      const names = loaded.available.map((name) => inlineCode(name.replace(/\.md$/i, ""))).join(", ");
      if (lang === "ja") {
        return `手順書 ${path} がデフォルトブランチにないため、作業記録を作成しませんでした。${names === "" ? "フォルダーに手順書がありません。" : `使える手順書: ${names}`}`;
      }
      return `No operation log was opened: the runbook ${path} does not exist on the default branch. ${names === "" ? "The folder holds no runbooks." : `Runbooks you can use: ${names}`}`;
    }
    const lead =
      lang === "ja"
        ? `手順書 ${path} に問題があるため、作業記録を作成しませんでした。デフォルトブランチの手順書を直してから、もう一度コマンドを送ってください。`
        : `No operation log was opened: the runbook ${path} has problems. Fix it on the default branch, then send the command again.`;
    return [lead, "", ...problemList(loaded.errors, lang), ""].join("\n");
  },

  noPair(error: string, lang: Lang): string {
    return lang === "ja"
      ? `コマンダーとドライバーを決められなかったため、作業記録を作成しませんでした: ${escapeInline(error)}`
      : `No operation log was opened: no commander and driver could be chosen (${escapeInline(error)}).`;
  },

  opened(input: { number: number; runbook: string; commander: string; driver: string }, lang: Lang): string {
    const people = `${quietLogin(input.commander)} / ${quietLogin(input.driver)}`;
    return lang === "ja"
      ? `作業記録 #${input.number} を手順書 ${inlineCode(input.runbook)} から作成しました（コマンダー / ドライバー: ${people}）。作業の前に、依頼者以外の人がそこで承認します（\`/approve\`、\`LGTM\`、\`承認\` または 👍）。`
      : `Opened the operation log #${input.number} from the runbook ${inlineCode(input.runbook)} (commander / driver: ${people}). Before the work, someone other than the requester approves it there (\`/approve\`, \`LGTM\`, \`承認\` or 👍).`;
  },

  /** Plain text: the ops-log renderer escapes it. */
  what(title: string, issueNumber: number, author: string, lang: Lang): string {
    return lang === "ja" ? `${title}（#${issueNumber} で ${author} が依頼）` : `${title} (requested by ${author} in #${issueNumber})`;
  },

  noWhy(issueNumber: number, lang: Lang): string {
    return lang === "ja" ? `#${issueNumber} に理由は書かれていません。` : `No reason was written in #${issueNumber}.`;
  },
};
