import { sameLogin, screenCandidates } from "./eligibility.js";
import { stableHash } from "./hash.js";
import { ascending } from "./order.js";
import type { Away, Pairing, Skipped } from "./types.js";

/*
 * How commander and driver are chosen for operation work.
 *
 * Every ordered pair (commander, driver) of eligible people is ranked by, in order:
 * 1. Not the previous pair (in either order) — a hard rule whenever another pair exists, so that
 *    nobody works with the same partner twice in a row and knowledge spreads.
 * 2. Fewest operations so far for the two together: everyone takes part about equally often.
 * 3. Roles: the one of the two who has commanded less (relative to driving) commands. Measured as
 *    the imbalance |commander count − driver count| each would have after this pick, so each
 *    person's two counts converge.
 * 4. Fewest operations these two have done together: new partnerships before old ones.
 * 5. Waited longest: the later of the two people's previous operations, earliest first.
 * 6. A stable hash of the seed and the pair, so a redelivered event picks the same pair.
 */

export interface PairInput {
  /** Everyone who can be commander or driver (logins, teams already resolved). */
  team: string[];
  /** Past pairings, any order. */
  history: Pairing[];
  now: Date;
  away: Away[];
  busy: string[];
  exclude?: string[];
  /** Identifies the operation (e.g. "octo/infra#42"); seeds the tie-break. */
  seed: string;
  /** Time zone in which `away` dates are read; default UTC. */
  timeZone?: string;
}

/** Someone's role counts before this pick. */
export interface RoleCounts {
  login: string;
  asCommander: number;
  asDriver: number;
}

export interface PairingReason {
  commander: RoleCounts;
  driver: RoleCounts;
  /** The previous pair was available again and was passed over on purpose. */
  avoidedRepeat: boolean;
  /** The previous pair was picked again because no other pair was available. */
  repeated: boolean;
  eligible: number;
  skipped: Skipped[];
}

export interface PairingError {
  kind: "not-enough-people";
  eligible: string[];
  skipped: Skipped[];
}

export type PairResult = { commander: string; driver: string; reason: PairingReason } | { error: PairingError };

interface Person {
  login: string;
  asCommander: number;
  asDriver: number;
  lastMs: number;
}

interface Candidate {
  commander: Person;
  driver: Person;
  isPreviousPair: boolean;
  keys: number[];
}

export function pickPair(input: PairInput): PairResult {
  const { eligible, skipped } = screenCandidates(input.team, input);
  if (eligible.length < 2) return { error: { kind: "not-enough-people", eligible, skipped } };

  const people = eligible.map((login) => personFrom(login, input.history));
  const previous = latest(input.history);
  const together = pairCounts(input.history);
  const candidates: Candidate[] = [];
  for (const commander of people) {
    for (const driver of people) {
      if (commander === driver) continue;
      const isPreviousPair = previous !== undefined && isSamePair(previous, commander.login, driver.login);
      candidates.push({
        commander,
        driver,
        isPreviousPair,
        keys: [
          commander.asCommander + commander.asDriver + driver.asCommander + driver.asDriver,
          Math.abs(commander.asCommander + 1 - commander.asDriver) + Math.abs(driver.asDriver + 1 - driver.asCommander),
          together.get(pairKey(commander.login, driver.login)) ?? 0,
          Math.max(commander.lastMs, driver.lastMs),
          stableHash(`${input.seed}\u0000${commander.login.toLowerCase()}\u0000${driver.login.toLowerCase()}`),
        ],
      });
    }
  }
  const fresh = candidates.filter((candidate) => !candidate.isPreviousPair);
  const best = bestOf(fresh.length > 0 ? fresh : candidates);
  return {
    commander: best.commander.login,
    driver: best.driver.login,
    reason: {
      commander: countsOf(best.commander),
      driver: countsOf(best.driver),
      avoidedRepeat: fresh.length > 0 && bestOf(candidates).isPreviousPair,
      repeated: best.isPreviousPair,
      eligible: eligible.length,
      skipped,
    },
  };
}

function personFrom(login: string, history: Pairing[]): Person {
  const person: Person = { login, asCommander: 0, asDriver: 0, lastMs: -Infinity };
  for (const pairing of history) {
    const isCommander = sameLogin(pairing.commander, login);
    const isDriver = sameLogin(pairing.driver, login);
    if (!isCommander && !isDriver) continue;
    if (isCommander) person.asCommander += 1;
    if (isDriver) person.asDriver += 1;
    person.lastMs = Math.max(person.lastMs, Date.parse(pairing.at) || -Infinity);
  }
  return person;
}

function latest(history: Pairing[]): Pairing | undefined {
  let result: Pairing | undefined;
  for (const pairing of history) {
    if (result === undefined || Date.parse(pairing.at) >= Date.parse(result.at)) result = pairing;
  }
  return result;
}

function pairKey(a: string, b: string): string {
  return [a.toLowerCase(), b.toLowerCase()].sort().join("\u0000");
}

function isSamePair(pairing: Pairing, a: string, b: string): boolean {
  return pairKey(pairing.commander, pairing.driver) === pairKey(a, b);
}

function pairCounts(history: Pairing[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const pairing of history) {
    const key = pairKey(pairing.commander, pairing.driver);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function bestOf(candidates: Candidate[]): Candidate {
  return candidates.reduce((a, b) => (compareKeys(a.keys, b.keys) <= 0 ? a : b));
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i += 1) {
    const order = ascending(a[i] ?? 0, b[i] ?? 0);
    if (order !== 0) return order;
  }
  return 0;
}

function countsOf(person: Person): RoleCounts {
  return { login: person.login, asCommander: person.asCommander, asDriver: person.asDriver };
}
