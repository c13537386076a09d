// Co-reviewer rotation and commander/driver pairing over 5,000 simulated PRs (6 app engineers,
// 2 infra engineers, random authors, absences, busy statuses, skewed resource types): prints the
// fairness and learning figures and the time per pick. Needs `npm run build` first (npm run bench).
import { simulateRotation, SIMULATED_TYPES } from "../dist/review/simulation.js";

const PRS = 5_000;
const SEED = 2026;

const started = performance.now();
const result = simulateRotation({ prs: PRS, seed: SEED });
const totalMs = performance.now() - started;
const picks = PRS;

console.log(`PRs: ${PRS}, seed ${SEED}, simulated in ${totalMs.toFixed(0)} ms`);
console.log(`co-review max/min ratio: ${result.ratio.toFixed(3)} (target ≤ 1.25)`);
console.log(`unassigned PRs (everyone away, busy or at the limit): ${result.unassigned}; longest streak: ${result.longestStreak}`);
console.log(`time per pickCoReviewer: ${((result.pickMillis / picks) * 1000).toFixed(1)} µs`);
console.log(`decided by: ${JSON.stringify(result.decidedBy)}`);
for (const [login, count] of Object.entries(result.assigned)) {
  const roles = result.pairing.roles[login] ?? { commander: 0, driver: 0 };
  console.log(
    `  ${login.padEnd(5)} co-reviews ${String(count).padStart(4)}  types ${result.distinctTypes[login]}/${SIMULATED_TYPES.length}` +
      `  days away ${String(result.daysAway[login]).padStart(3)}  commander ${roles.commander}  driver ${roles.driver}`,
  );
}
const { operations, consecutiveRepeats, avoidableRepeats, notEnoughPeople } = result.pairing;
console.log(
  `pairing: ${operations} operations, consecutive repeated pairs ${consecutiveRepeats} (avoidable ${avoidableRepeats}), not enough people ${notEnoughPeople}`,
);
if (result.ratio > 1.25 || avoidableRepeats > 0) process.exitCode = 1;
