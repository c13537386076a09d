import { escapeInline } from "../render/escape.js";
import type { Lang } from "../review/index.js";
import { mention } from "./review-text.js";

/** The pairing comment: who commands, who drives, and why (the reason is plain text, escaped here). */
export function pairingCommentBody(input: {
  marker: string;
  lang: Lang;
  commander: string;
  driver: string;
  why: string;
}): string {
  const ja = input.lang === "ja";
  return [
    input.marker,
    ja ? "**作業ペア**" : "**Operation pair**",
    "",
    ja
      ? `- **コマンダー:** ${mention(input.commander)} — 手順を指示し、各ステップを確認します`
      : `- **Commander:** ${mention(input.commander)} — directs the work and checks each step`,
    ja ? `- **ドライバー:** ${mention(input.driver)} — コマンドを入力します` : `- **Driver:** ${mention(input.driver)} — types the commands`,
    "",
    `<sub>${ja ? "理由" : "Why"}: ${escapeInline(input.why)}</sub>`,
    "",
  ].join("\n");
}

/** The same comment when no pair could be formed. */
export function pairingProblemBody(input: { marker: string; lang: Lang; why: string }): string {
  const ja = input.lang === "ja";
  const hint = ja
    ? "`.github/infra-coach.yml` の `pairing.team`（または `review.app_engineers` と `review.infra_reviewers`）を" +
      "確認してください。"
    : "Check `pairing.team` (or `review.app_engineers` and `review.infra_reviewers`) in `.github/infra-coach.yml`.";
  return [input.marker, `**${ja ? "作業ペア" : "Operation pair"}:** ${escapeInline(input.why)}`, "", hint, ""].join("\n");
}
