import { pickCoReviewer, type CoReviewerInput } from "../../src/review/rotation.js";

const NOW = new Date("2026-03-10T12:00:00.000Z");
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();

function input(overrides: Partial<CoReviewerInput> = {}): CoReviewerInput {
  return {
    candidates: ["aiko", "ben", "chen"],
    author: "zed",
    now: NOW,
    prKey: "octo/infra#1",
    history: [],
    exposure: {},
    openReviews: {},
    away: [],
    busy: [],
    prTypes: [],
    ...overrides,
  };
}

describe("pickCoReviewer: who can never or cannot now be picked", () => {
  test("the author and bots are never picked", () => {
    const pick = pickCoReviewer(
      input({ candidates: ["Aiko", "dependabot[bot]", "renovate", "deploy-bot", "ben"], author: "aiko" }),
    );
    expect(pick.login).toBe("ben");
    expect(pick.reason).toMatchObject({
      kind: "picked",
      decidedBy: "only-eligible",
      eligible: 1,
      skipped: [
        { login: "Aiko", because: "author" },
        { login: "dependabot[bot]", because: "bot" },
        { login: "renovate", because: "bot" },
        { login: "deploy-bot", because: "bot" },
      ],
    });
  });

  test("away (inclusive dates), busy, excluded and at-capacity people are skipped, each with its reason", () => {
    const pick = pickCoReviewer(
      input({
        candidates: ["aiko", "ben", "chen", "dana", "emre", "fumi"],
        away: [
          { login: "AIKO", from: "2026-03-10", until: "2026-03-10" },
          { login: "ben", from: "2026-03-01", until: "2026-03-09" },
        ],
        busy: ["Chen"],
        exclude: ["dana"],
        openReviews: { EMRE: 3, fumi: 2 },
        maxOpenReviews: 3,
        history: [{ login: "fumi", at: daysAgo(1) }],
      }),
    );
    expect(pick.login).toBe("ben");
    expect(pick.reason).toEqual({
      kind: "picked",
      decidedBy: "load",
      windowDays: 14,
      load: 0,
      newTypes: [],
      exposure: 0,
      lastAssignedAt: null,
      eligible: 2,
      skipped: [
        { login: "aiko", because: "away" },
        { login: "chen", because: "busy" },
        { login: "dana", because: "excluded" },
        { login: "emre", because: "at-capacity" },
      ],
    });
  });

  test("away dates are read in the given time zone", () => {
    // 2026-03-09T20:00Z is already 2026-03-10 in Tokyo.
    const evening = new Date("2026-03-09T20:00:00.000Z");
    const away = [{ login: "aiko", from: "2026-03-10", until: "2026-03-12" }];
    const base = input({ candidates: ["aiko"], now: evening, away });
    expect(pickCoReviewer(base).login).toBe("aiko");
    expect(pickCoReviewer({ ...base, timeZone: "Asia/Tokyo" }).login).toBeNull();
  });

  test("nobody available: no pick, and every skipped person says why", () => {
    const pick = pickCoReviewer(input({ candidates: ["aiko", "ben"], author: "aiko", busy: ["ben"] }));
    expect(pick).toEqual({
      login: null,
      reason: {
        kind: "none",
        skipped: [
          { login: "aiko", because: "author" },
          { login: "ben", because: "busy" },
        ],
      },
    });
    expect(pickCoReviewer(input({ candidates: [] }))).toEqual({ login: null, reason: { kind: "none", skipped: [] } });
  });

  test("duplicate candidates (a user also in a team) count once", () => {
    const pick = pickCoReviewer(input({ candidates: ["aiko", "Aiko", "AIKO"] }));
    expect(pick.login).toBe("aiko");
    expect(pick.reason).toMatchObject({ decidedBy: "only-eligible", eligible: 1 });
  });
});

describe("pickCoReviewer: order of preference", () => {
  test("1. lowest load within the window; older assignments do not count", () => {
    const history = [
      { login: "aiko", at: daysAgo(2) },
      { login: "ben", at: daysAgo(3) },
      { login: "ben", at: daysAgo(4) },
      { login: "chen", at: daysAgo(1) },
      { login: "Chen", at: daysAgo(13.9) },
      { login: "aiko", at: daysAgo(20) },
      { login: "aiko", at: daysAgo(30) },
    ];
    // In the last 14 days: aiko 1, ben 2, chen 2. Learning would prefer chen, but load comes first.
    const pick = pickCoReviewer(
      input({ history, prTypes: ["aws_ecs_service"], exposure: { aiko: { aws_ecs_service: 4 } } }),
    );
    expect(pick.login).toBe("aiko");
    expect(pick.reason).toMatchObject({ decidedBy: "load", load: 1, lastAssignedAt: daysAgo(2), exposure: 4, newTypes: [] });

    // A 30-day window counts aiko's older reviews too: 3 against 2, 2; load is tied between ben and
    // chen, and chen has never reviewed an ECS service.
    const wide = pickCoReviewer(
      input({ history, windowDays: 31, prTypes: ["aws_ecs_service"], exposure: { ben: { aws_ecs_service: 1 } } }),
    );
    expect(wide.login).toBe("chen");
    expect(wide.reason).toMatchObject({ decidedBy: "new-types", windowDays: 31, load: 2, newTypes: ["aws_ecs_service"] });
  });

  test("2. among equal load, whoever has never reviewed the most of this PR's types", () => {
    const pick = pickCoReviewer(
      input({
        prTypes: ["aws_ecs_service", "aws_iam_role", "aws_ecs_service"],
        exposure: {
          aiko: { aws_ecs_service: 1 },
          ben: { aws_ecs_service: 3, aws_iam_role: 5 },
          chen: { aws_iam_role: 9 },
        },
      }),
    );
    // aiko and chen each lack one of the two types (ben none), so exposure decides: aiko 1, chen 9.
    expect(pick.login).toBe("aiko");
    expect(pick.reason).toMatchObject({ decidedBy: "exposure", newTypes: ["aws_iam_role"], exposure: 1 });

    const fresh = pickCoReviewer(
      input({
        prTypes: ["aws_ecs_service", "aws_iam_role"],
        exposure: { aiko: { aws_ecs_service: 1 }, ben: { aws_s3_bucket: 7 }, chen: { aws_iam_role: 1 } },
      }),
    );
    expect(fresh.login).toBe("ben");
    expect(fresh.reason).toMatchObject({ decidedBy: "new-types", newTypes: ["aws_ecs_service", "aws_iam_role"], exposure: 0 });
  });

  test("3. then fewest past reviews of this PR's types", () => {
    const pick = pickCoReviewer(
      input({
        prTypes: ["aws_lb"],
        exposure: { aiko: { aws_lb: 5 }, ben: { aws_lb: 2 }, chen: { aws_lb: 3 } },
      }),
    );
    expect(pick.login).toBe("ben");
    expect(pick.reason).toMatchObject({ decidedBy: "exposure", exposure: 2 });
  });

  test("4. then least recently assigned, never-assigned first", () => {
    const history = [
      { login: "aiko", at: daysAgo(20) },
      { login: "ben", at: daysAgo(40) },
    ];
    expect(pickCoReviewer(input({ history })).login).toBe("chen");
    const pick = pickCoReviewer(input({ history, candidates: ["aiko", "ben"] }));
    expect(pick.login).toBe("ben");
    expect(pick.reason).toMatchObject({ decidedBy: "least-recent", lastAssignedAt: daysAgo(40) });
  });

  test("5. a full tie is broken by PR key: stable for one PR, spread over many", () => {
    const first = pickCoReviewer(input({ prKey: "octo/infra#41" }));
    expect(first.reason).toMatchObject({ decidedBy: "tie-break" });
    // Same input again (a redelivery, another replica): the same person, the same reason.
    expect(pickCoReviewer(input({ prKey: "octo/infra#41" }))).toEqual(first);
    // Reordering candidates does not change the outcome.
    expect(pickCoReviewer(input({ prKey: "octo/infra#41", candidates: ["chen", "ben", "aiko"] })).login).toBe(first.login);

    const winners = new Set(
      Array.from({ length: 30 }, (_, n) => pickCoReviewer(input({ prKey: `octo/infra#${n}` })).login),
    );
    expect([...winners].sort()).toEqual(["aiko", "ben", "chen"]);
  });

  test("history and exposure keys match candidates case-insensitively", () => {
    const pick = pickCoReviewer(
      input({
        candidates: ["Aiko", "Ben"],
        history: [{ login: "aiko", at: daysAgo(1) }],
        exposure: { BEN: { aws_lb: 1 } },
        prTypes: ["aws_lb"],
      }),
    );
    expect(pick.login).toBe("Ben");
    expect(pick.reason).toMatchObject({ decidedBy: "load", exposure: 1, newTypes: [] });
  });

  test("unparseable history timestamps are ignored", () => {
    const pick = pickCoReviewer(input({ candidates: ["aiko", "ben"], history: [{ login: "aiko", at: "yesterday" }] }));
    expect(pick.reason).toMatchObject({ decidedBy: "tie-break" });
  });
});
