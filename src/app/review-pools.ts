import type { Logger } from "probot";
import type { Config } from "../config/schema.js";
import type { GitHub } from "../github/octokit.js";
import { listTeamMembers } from "../github/reviewers.js";
import { uniqueLogins } from "../review/index.js";
import type { Store } from "../store/index.js";

/** Team members change rarely; an hour keeps the members API out of the hot path. */
export const TEAM_CACHE_MS = 60 * 60 * 1000;

export interface PoolDeps {
  store: Store;
  log: Logger;
}

export interface TeamRef {
  org: string;
  slug: string;
}

/** Config entries split into plain logins and `org/team` references. */
export function splitPool(entries: string[]): { users: string[]; teams: TeamRef[] } {
  const users: string[] = [];
  const teams: TeamRef[] = [];
  for (const entry of entries) {
    const [org, slug] = entry.split("/");
    if (org && slug) teams.push({ org, slug });
    else users.push(entry);
  }
  return { users, teams };
}

/**
 * The logins a pool names: users as written, teams replaced by their members (cached in the
 * store for {@link TEAM_CACHE_MS}). A team GitHub will not list (missing `members: read`, renamed
 * team, API down) falls back to its last cached members, else to nobody, with a warning: a broken
 * team entry must not stop the plan comment.
 */
export async function resolvePool(gh: GitHub, deps: PoolDeps, entries: string[], now: Date): Promise<string[]> {
  const { users, teams } = splitPool(entries);
  const logins = [...users];
  for (const team of teams) logins.push(...(await teamMembers(gh, deps, team, now)));
  return uniqueLogins(logins);
}

async function teamMembers(gh: GitHub, deps: PoolDeps, team: TeamRef, now: Date): Promise<string[]> {
  const fresh = await deps.store.cachedTeam(team.org, team.slug, TEAM_CACHE_MS, now);
  if (fresh) return fresh.members;
  try {
    const members = await listTeamMembers(gh, { org: team.org, teamSlug: team.slug });
    await deps.store.putTeam(team.org, team.slug, members, now);
    return members;
  } catch (error) {
    const stale = await deps.store.cachedTeam(team.org, team.slug);
    deps.log.warn({ err: error, team: `${team.org}/${team.slug}`, usingCache: stale !== null }, "could not list team members");
    return stale?.members ?? [];
  }
}

/** Everyone who may be commander or driver: `pairing.team`, or app engineers plus infra reviewers. */
export function pairingPoolEntries(config: Config): string[] {
  return config.pairing.team.length > 0 ? config.pairing.team : [...config.review.app_engineers, ...config.review.infra_reviewers];
}
