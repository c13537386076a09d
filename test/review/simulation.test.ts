import { simulateRotation, SIMULATED_TYPES, type SimulationResult } from "../../src/review/simulation.js";

/*
 * The fairness proof from the issue: 500 PRs over six app engineers with random (seeded) authors,
 * absences, busy statuses and resource types. The figures are printed so the run shows them.
 */
describe("simulation: 500 PRs, 6 app engineers", () => {
  let result: SimulationResult;
  let engineers: string[];

  beforeAll(() => {
    result = simulateRotation({ prs: 500, seed: 2026 });
    engineers = Object.keys(result.assigned);
    const rows = engineers.map((login) => {
      const roles = result.pairing.roles[login];
      return `${login.padEnd(5)} co-reviews ${String(result.assigned[login]).padStart(3)}  types ${String(result.distinctTypes[login]).padStart(2)}/${SIMULATED_TYPES.length}  days away ${String(result.daysAway[login]).padStart(3)}  commander ${roles?.commander}  driver ${roles?.driver}`;
    });
    const infra = Object.entries(result.pairing.roles)
      .filter(([login]) => !engineers.includes(login))
      .map(([login, roles]) => `${login.padEnd(5)} (infra) commander ${roles.commander}  driver ${roles.driver}`);
    console.log(
      [
        `max/min co-review ratio: ${result.ratio.toFixed(3)} (target ≤ 1.25); unassigned PRs: ${result.unassigned}; longest streak: ${result.longestStreak}`,
        `decided by: ${JSON.stringify(result.decidedBy)}`,
        ...rows,
        ...infra,
        `operations paired: ${result.pairing.operations}; consecutive repeated pairs: ${result.pairing.consecutiveRepeats} (avoidable: ${result.pairing.avoidableRepeats})`,
      ].join("\n"),
    );
  });

  test("co-reviews are balanced: max/min ≤ 1.25, and the simulation really had absences", () => {
    expect(result.ratio).toBeLessThanOrEqual(1.25);
    const assigned = Object.values(result.assigned).reduce((sum, n) => sum + n, 0);
    expect(assigned + result.unassigned).toBe(500);
    expect(engineers).toHaveLength(6);
    expect(Math.min(...Object.values(result.daysAway))).toBeGreaterThan(0);
  });

  test("the ratio holds for other seeds too, not just the printed one", () => {
    const ratios = [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => simulateRotation({ prs: 500, seed }).ratio);
    console.log(`ratios for seeds 1..8: ${ratios.map((ratio) => ratio.toFixed(3)).join(", ")}`);
    expect(Math.max(...ratios)).toBeLessThanOrEqual(1.25);
  });

  test("learning is spread: everyone has reviewed most of the resource types in use", () => {
    for (const login of engineers) expect(result.distinctTypes[login]).toBeGreaterThanOrEqual(result.typesInUse - 3);
    expect((result.decidedBy["new-types"] ?? 0) + (result.decidedBy.exposure ?? 0)).toBeGreaterThan(100);
  });

  test("pairing: each person's commander and driver counts stay within one, nobody is left out, no avoidable repeat", () => {
    const roles = Object.values(result.pairing.roles);
    for (const { commander, driver } of roles) expect(Math.abs(commander - driver)).toBeLessThanOrEqual(1);
    const totals = roles.map(({ commander, driver }) => commander + driver);
    expect(Math.max(...totals) - Math.min(...totals)).toBeLessThanOrEqual(2);
    expect(result.pairing.operations).toBe(125);
    expect(result.pairing.avoidableRepeats).toBe(0);
  });

  test("the same seed gives the same figures", () => {
    const again = simulateRotation({ prs: 500, seed: 2026 });
    expect({ ...again, pickMillis: 0 }).toEqual({ ...result, pickMillis: 0 });
  });
});
