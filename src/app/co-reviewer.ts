import type { Logger } from "probot";
import type { Config } from "../config/schema.js";
import { httpStatus, type GitHub } from "../github/octokit.js";
import { requestReviewers } from "../github/reviewers.js";
import {
  includesLogin,
  reviewGuide,
  rotationReasonText,
  sameLogin,
  skippedText,
  uniqueLogins,
  withArticle,
  type Lang,
} from "../review/index.js";
import type { AssignmentRecord, Store } from "../store/index.js";
import type { RootOutcome } from "./plan-policy.js";
import { pullKey, type PullRef } from "./pull-ref.js";
import { resolvePool } from "./review-pools.js";
import { infraReviewers, pickFromPool, standing } from "./review-rotation.js";
import { coReviewPreamble, typeTitle, type CoReviewerLine } from "./review-text.js";

export interface CoReviewerDeps {
  store: Store;
  log: Logger;
}

export interface CoReviewerInput {
  /** Resource types changed by the PR's plan(s). */
  resourceTypes: string[];
  /** Risk ids flagged on the plan(s). */
  riskIds: string[];
  /** Logins whose review is already requested on the PR (`pull_request.requested_reviewers`), when at hand. */
  requestedReviewers?: string[];
  now?: Date;
}

/** What the co-reviewer flow needs from explained plans: the changed resource types and the flagged risks. */
export function reviewInputFrom(outcomes: RootOutcome[]): { resourceTypes: string[]; riskIds: string[] } {
  const explanations = outcomes.flatMap((outcome) => outcome.explained?.explanations ?? []);
  return {
    resourceTypes: [...new Set(explanations.filter((e) => e.change.mode === "managed").map((e) => e.change.type))].sort(),
    riskIds: [...new Set(explanations.flatMap((e) => e.risks.map((risk) => risk.id)))].sort(),
  };
}

/**
 * Makes sure the PR has an application engineer as co-reviewer and returns the trusted Markdown
 * preamble for the plan comment (who, why, what to look at).
 *
 * Picks only when nobody stands as co-reviewer yet (rotation, reroll, or a person's own request).
 * The pick is CLAIMED in the store before anything is requested, and only the winner of the claim
 * requests, so a redelivered event or two replicas racing never request twice. Infra reviewers
 * are requested once per PR, in the same call when both are due.
 */
export async function assignCoReviewer(
  gh: GitHub,
  deps: CoReviewerDeps,
  pull: PullRef,
  config: Config,
  input: CoReviewerInput,
): Promise<{ preamble?: string }> {
  if (!config.review.enabled || pull.draft) return {};
  // Review pools not set up yet: the plan comment stays about the plan.
  if (config.review.app_engineers.length === 0 && config.review.infra_reviewers.length === 0) return {};
  const now = input.now ?? new Date();
  const types = [...new Set(input.resourceTypes)].sort();
  const engineers = await resolvePool(gh, deps, config.review.app_engineers, now);
  const infra = infraReviewers(config, pull.owner, pull.author);
  const requested = input.requestedReviewers ?? [];
  const choice = await chooseCoReviewer(gh, deps, { pull, config, engineers, infra: infra.users, types, requested, now });

  // Infra reviewers once per PR; whoever lost the claim leaves them to the winner, so a race still makes one call.
  const hasInfra = infra.users.length > 0 || infra.teams.length > 0;
  const infraDue = hasInfra && !choice.lostRace && (await deps.store.recordDelivery(`review-request:${pullKey(pull)}`, now));
  const reviewers = uniqueLogins([...(choice.picked ? [choice.picked] : []), ...(infraDue ? infra.users : [])]);
  const teamReviewers = infraDue ? infra.teams : [];
  let problem: string | undefined;
  try {
    await requestReviewers(gh, { owner: pull.owner, repo: pull.repo, pullNumber: pull.number, reviewers, teamReviewers });
  } catch (error) {
    // The plan comment matters more than the request: report on the PR instead of failing the publish.
    deps.log.error({ err: error, pull: pull.number, reviewers, teamReviewers }, "review request refused");
    problem = requestProblem(httpStatus(error), config.lang);
    if (choice.picked) {
      await deps.store.settleAssignments({ repo: `${pull.owner}/${pull.repo}`, pr: pull.number, login: choice.picked, at: now });
    }
  }
  const { lines, nobody, skipped } = choice;
  const guide = reviewGuide({ riskIds: input.riskIds, types });
  return {
    preamble: coReviewPreamble({
      lang: config.lang,
      coReviewers: lines,
      ...(nobody ? { nobody } : {}),
      ...(skipped ? { skipped } : {}),
      ...(problem ? { problem } : {}),
      guide,
    }),
  };
}

interface ChoiceInput {
  pull: PullRef;
  config: Config;
  engineers: string[];
  /** Infra reviewer users: requested anyway, so not co-reviewers. */
  infra: string[];
  types: string[];
  requested: string[];
  now: Date;
}

interface Choice {
  /** Claimed by this call: its review is still to be requested. */
  picked?: string;
  /** Another caller claimed the PR first. */
  lostRace: boolean;
  lines: CoReviewerLine[];
  nobody?: string;
  skipped?: string;
}

/** Whoever stands as co-reviewer, else a fresh pick claimed in the store. */
async function chooseCoReviewer(gh: GitHub, deps: CoReviewerDeps, input: ChoiceInput): Promise<Choice> {
  const { pull, config, engineers, types, now } = input;
  const { store } = deps;
  const repoKey = `${pull.owner}/${pull.repo}`;
  const lang = config.lang;
  const standingNow = async (lostRace: boolean): Promise<Choice> => {
    const current = standing(await store.assignmentsForPr(repoKey, pull.number));
    return { lostRace, lines: await standingLines(store, current, types, engineers, lang) };
  };

  const before = await standingNow(false);
  if (before.lines.length > 0) return before;
  // Asked for by a person before this plan (their review_requested event may not be handled yet).
  const askedByHand = input.requested.filter((login) => includesLogin(engineers, login) && !sameLogin(login, pull.author));
  if (askedByHand.length > 0) {
    for (const login of askedByHand) {
      await store.claimAssignment({ repo: repoKey, pr: pull.number, login, kind: "manual", types, at: now });
    }
    return standingNow(false);
  }

  const pick = await pickFromPool(gh, deps, engineers, {
    config,
    author: pull.author,
    prKey: pullKey(pull),
    types,
    exclude: uniqueLogins([...input.requested, ...input.infra]),
    now,
  });
  if (pick.login === null) return { lostRace: false, lines: [], nobody: rotationReasonText(pick.reason, lang, typeTitle) };
  const claim = { repo: repoKey, pr: pull.number, round: 0, login: pick.login, kind: "rotation" as const, types, at: now };
  if (!(await store.claimAssignment(claim))) return standingNow(true);
  const passedOver = pick.reason.skipped.filter((person) => person.because !== "author" && person.because !== "bot");
  return {
    picked: pick.login,
    lostRace: false,
    lines: [{ login: pick.login, why: rotationReasonText(pick.reason, lang, typeTitle) }],
    ...(passedOver.length > 0 ? { skipped: skippedText(passedOver, lang) } : {}),
  };
}

/**
 * Lines for co-reviewers chosen earlier. Why they were picked then is not stored, so the line says
 * how and when, plus the types of this PR that are new to them: exposure minus this assignment's
 * own bump is what they had seen before.
 */
async function standingLines(
  store: Store,
  current: AssignmentRecord[],
  types: string[],
  engineers: string[],
  lang: Lang,
): Promise<CoReviewerLine[]> {
  if (current.length === 0) return [];
  const exposure = await store.exposureFor(current.map((assignment) => assignment.login));
  return current.map((assignment) => {
    const seen = exposure[assignment.login.toLowerCase()] ?? {};
    const newTypes = types.filter((type) => (seen[type] ?? 0) - (assignment.types.includes(type) ? 1 : 0) <= 0);
    return {
      login: engineers.find((login) => sameLogin(login, assignment.login)) ?? assignment.login,
      why: howAssigned(assignment, lang) + learningClause(newTypes, lang),
    };
  });
}

function howAssigned(assignment: AssignmentRecord, lang: Lang): string {
  const date = assignment.at.slice(0, 10);
  const ja = lang === "ja";
  switch (assignment.kind) {
    case "rotation":
      return ja ? `${date} にローテーションで選ばれました` : `picked by the rotation on ${date}`;
    case "reroll":
      return ja ? `${date} に選び直しで選ばれました` : `picked on ${date} when the co-reviewer was rerolled`;
    case "manual":
      return ja ? `${date} にメンバーがレビューを依頼しました` : `review requested by a teammate on ${date}`;
  }
}

const MAX_TYPES_NAMED = 2;

function learningClause(newTypes: string[], lang: Lang): string {
  if (newTypes.length === 0) return "";
  const named = newTypes.slice(0, MAX_TYPES_NAMED).map((type) => typeTitle(type, lang));
  const rest = newTypes.length - named.length;
  if (lang === "ja") return `。${named.join("、")}${rest > 0 ? ` ほか${rest}種類` : ""}のレビューは初めてです`;
  const items = named.map(withArticle);
  if (rest > 0) items.push(`${rest} more ${rest === 1 ? "type" : "types"}`);
  return `; first review of ${items.join(", ")}`;
}

function requestProblem(status: number | undefined, lang: Lang): string {
  const code = status ?? "error";
  return lang === "ja"
    ? `GitHub がレビュー依頼を受け付けませんでした（HTTP ${code}）。` +
        "依頼先の人やチームがこのリポジトリにアクセスできるか確認してください。"
    : `GitHub refused the review request (HTTP ${code}): check that these people and teams can access this repository.`;
}
