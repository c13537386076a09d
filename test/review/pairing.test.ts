import { pickPair, type PairInput } from "../../src/review/pairing.js";
import type { Pairing } from "../../src/review/types.js";

const NOW = new Date("2026-03-10T12:00:00.000Z");
const at = (day: number) => new Date(Date.UTC(2026, 2, day, 9)).toISOString();

function input(overrides: Partial<PairInput> = {}): PairInput {
  return { team: ["aiko", "ben", "chen"], history: [], now: NOW, away: [], busy: [], seed: "octo/infra#7", ...overrides };
}

function pairOf(result: ReturnType<typeof pickPair>): [string, string] {
  if ("error" in result) throw new Error(`expected a pair, got ${result.error.kind}`);
  return [result.commander, result.driver];
}

describe("pickPair", () => {
  test("fewer than two people available is an error that says who was skipped", () => {
    const result = pickPair(
      input({ team: ["aiko", "ben", "renovate[bot]", "chen"], away: [{ login: "ben", from: "2026-03-01", until: "2026-03-31" }], busy: ["chen"] }),
    );
    expect(result).toEqual({
      error: {
        kind: "not-enough-people",
        eligible: ["aiko"],
        skipped: [
          { login: "ben", because: "away" },
          { login: "renovate[bot]", because: "bot" },
          { login: "chen", because: "busy" },
        ],
      },
    });
  });

  test("the people who have taken part least are paired; the one who commanded less commands", () => {
    const history: Pairing[] = [
      { commander: "aiko", driver: "ben", at: at(1) },
      { commander: "ben", driver: "chen", at: at(2) },
      { commander: "aiko", driver: "chen", at: at(3) },
      { commander: "ben", driver: "aiko", at: at(4) },
    ];
    // Totals: aiko 3, ben 3, chen 2 (driven twice, never commanded), dana 0: chen and dana go, and
    // chen commands (imbalance after: chen 1 + dana 1 = 2, against 1 + 3 = 4 the other way round).
    const result = pickPair(input({ team: ["aiko", "ben", "chen", "dana"], history }));
    expect(pairOf(result)).toEqual(["chen", "dana"]);
    expect("reason" in result && result.reason).toEqual({
      commander: { login: "chen", asCommander: 0, asDriver: 2 },
      driver: { login: "dana", asCommander: 0, asDriver: 0 },
      avoidedRepeat: false,
      repeated: false,
      eligible: 4,
      skipped: [],
    });
  });

  test("someone who has driven more than commanded becomes commander", () => {
    const history: Pairing[] = [
      { commander: "chen", driver: "aiko", at: at(1) },
      { commander: "chen", driver: "aiko", at: at(2) },
      { commander: "aiko", driver: "ben", at: at(3) },
      { commander: "ben", driver: "chen", at: at(4) },
    ];
    // aiko: 1 commander / 2 driver; ben: 1 / 1; chen: 2 / 1. Totals 3, 2, 3: ben plus aiko or chen.
    // aiko (last seen day 3) waited longer than chen (day 4); aiko should command, ben drive.
    expect(pairOf(pickPair(input({ history })))).toEqual(["aiko", "ben"]);
  });

  test("never the same two people twice in a row when anyone else is available", () => {
    const history: Pairing[] = [
      { commander: "chen", driver: "dana", at: at(1) },
      { commander: "dana", driver: "chen", at: at(2) },
      { commander: "chen", driver: "dana", at: at(3) },
      { commander: "dana", driver: "chen", at: at(4) },
      { commander: "aiko", driver: "ben", at: at(5) },
    ];
    const team = ["aiko", "ben", "chen", "dana"];
    // By participation aiko and ben (1 each, against 4) would go again; the repeat rule comes first.
    const result = pickPair(input({ team, history }));
    expect(pairOf(result).sort()).not.toEqual(["aiko", "ben"]);
    expect("reason" in result && result.reason).toMatchObject({ avoidedRepeat: true, repeated: false });

    const forced = pickPair(input({ team, history, busy: ["chen", "dana"] }));
    expect(pairOf(forced)).toEqual(["ben", "aiko"]);
    expect("reason" in forced && forced.reason).toMatchObject({ repeated: true, avoidedRepeat: false, eligible: 2 });
  });

  test("the previous pair is the latest by time, whatever the order of the history", () => {
    const history: Pairing[] = [
      { commander: "aiko", driver: "ben", at: at(5) },
      { commander: "chen", driver: "aiko", at: at(1) },
    ];
    const pair = pairOf(pickPair(input({ team: ["aiko", "ben", "chen"], history })));
    expect(pair.sort()).not.toEqual(["aiko", "ben"]);
  });

  test("deterministic for a seed, and a full tie spreads over people as seeds change", () => {
    const team = ["aiko", "ben", "chen", "dana"];
    expect(pickPair(input({ team, seed: "octo/infra#1" }))).toEqual(pickPair(input({ team, seed: "octo/infra#1" })));
    const commanders = new Set(
      Array.from({ length: 40 }, (_, n) => pairOf(pickPair(input({ team, seed: `octo/infra#${n}` })))[0]),
    );
    expect([...commanders].sort()).toEqual(team);
  });

  test("excluded people (e.g. the author of the operation PR) are skipped", () => {
    const result = pickPair(input({ exclude: ["Aiko"] }));
    expect(pairOf(result).sort()).toEqual(["ben", "chen"]);
    expect("reason" in result && result.reason.skipped).toEqual([{ login: "aiko", because: "excluded" }]);
  });
});
