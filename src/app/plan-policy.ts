import type { ExplainedPlan, Text } from "../explain/types.js";

/** Labels the app owns on a PR; any other label is the humans'. */
export const PLAN_LABELS = {
  destroy: "infra-coach:destroy",
  replace: "infra-coach:replace",
  noChanges: "infra-coach:no-changes",
  risk: "infra-coach:risk",
} as const;
export const MANAGED_PLAN_LABELS: readonly string[] = Object.values(PLAN_LABELS);

export interface RootOutcome {
  root: string;
  explained?: ExplainedPlan;
  /** One line, already redacted, when no plan could be produced. */
  error?: string;
  /** The end of terraform's output when it failed, already redacted (shown in the check run). */
  log?: string;
}

/**
 * Whether terraform may run on this PR's code on the app's machine. Running
 * `plan` executes the PR's code (providers, `external` data sources), so code
 * from forks or from people without write access never runs unless the
 * default-branch config opts in.
 */
export function localRunDecision(input: {
  isFork: boolean;
  authorCanWrite: boolean;
  allowForks: boolean;
}): { allowed: true } | { allowed: false; reason: Text } {
  if (input.allowForks) return { allowed: true };
  if (input.isFork) {
    return {
      allowed: false,
      reason: {
        en: "This pull request comes from a fork. infra-coach does not run terraform on code from forks unless `allow_forks: true` is set in the default branch's `.github/infra-coach.yml` (see docs/security.md), or the plan is produced by your own workflow (`runner: actions`).",
        ja: "このプルリクエストはフォークから来ています。デフォルトブランチの `.github/infra-coach.yml` で `allow_forks: true` を設定しない限り、infra-coach はフォークのコードで terraform を実行しません（docs/security.md 参照）。リポジトリ自身のワークフローで plan を作る方法（`runner: actions`）もあります。",
      },
    };
  }
  if (!input.authorCanWrite) {
    return {
      allowed: false,
      reason: {
        en: "The author of this pull request does not have write access, so infra-coach does not run terraform on it. A maintainer can comment `/infra-coach plan` after reading the change.",
        ja: "このプルリクエストの作成者には書き込み権限がないため、infra-coach は terraform を実行しません。変更内容を確認したうえで、メンテナーが `/infra-coach plan` とコメントすると実行できます。",
      },
    };
  }
  return { allowed: true };
}

/** The app's labels for a PR, from every root's outcome. */
export function labelsFor(outcomes: RootOutcome[]): string[] {
  const plans = outcomes.flatMap((outcome) => (outcome.explained ? [outcome.explained] : []));
  const labels = new Set<string>();
  for (const plan of plans) {
    if ((plan.counts.delete ?? 0) > 0) labels.add(PLAN_LABELS.destroy);
    if ((plan.counts.replace ?? 0) > 0) labels.add(PLAN_LABELS.replace);
    if (plan.explanations.some((explanation) => explanation.risks.length > 0)) labels.add(PLAN_LABELS.risk);
  }
  const allPlanned = plans.length === outcomes.length && outcomes.length > 0;
  if (allPlanned && plans.every((plan) => plan.explanations.length === 0)) labels.add(PLAN_LABELS.noChanges);
  return [...labels].sort();
}

/** Most important root first: failures, then high risks, destroys, replaces, size. */
export function orderOutcomes(outcomes: RootOutcome[]): RootOutcome[] {
  return [...outcomes].sort((a, b) => importance(b) - importance(a) || a.root.localeCompare(b.root));
}

function importance(outcome: RootOutcome): number {
  if (!outcome.explained) return 1e12;
  const plan = outcome.explained;
  const high = plan.explanations.filter((e) => e.risks.some((risk) => risk.severity === "high")).length;
  const risky = plan.explanations.filter((e) => e.risks.length > 0).length;
  return high * 1e9 + (plan.counts.delete ?? 0) * 1e6 + (plan.counts.replace ?? 0) * 1e6 + risky * 1e3 + plan.explanations.length;
}
