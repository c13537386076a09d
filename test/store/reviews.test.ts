import { openStore, type Store } from "../../src/store/index.js";
import { ENGINES, harnessFor, type Harness } from "./harness.js";

const T0 = new Date("2026-03-02T09:00:00.000Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

describe.each(ENGINES)("%s store: deliveries, assignments, exposure, pairings, teams", (engine) => {
  let harness: Harness;
  let store: Store;

  beforeAll(async () => {
    harness = await harnessFor(engine);
  });
  afterAll(async () => {
    await harness?.teardown();
  });
  beforeEach(async () => {
    store = await openStore(await harness.fresh());
  });
  afterEach(async () => {
    await store?.close();
  });

  test("reports its engine", () => {
    expect(store.engine).toBe(engine);
  });

  test("a delivery id is new only the first time; pruning forgets old ones", async () => {
    expect(await store.recordDelivery("d-1", at(0))).toBe(true);
    expect(await store.recordDelivery("d-1", at(5))).toBe(false);
    expect(await store.recordDelivery("d-2", at(10))).toBe(true);
    expect(await store.pruneDeliveries(at(5))).toBe(1);
    expect(await store.recordDelivery("d-1", at(20))).toBe(true);
    expect(await store.recordDelivery("d-2", at(20))).toBe(false);
  });

  test("round 0 is won once; the loser neither assigns nor bumps exposure", async () => {
    const claim = { repo: "octo/infra", pr: 7, round: 0, kind: "rotation" as const, types: ["aws_ecs_service"], at: at(0) };
    expect(await store.claimAssignment({ ...claim, login: "aiko" })).toBe(true);
    expect(await store.claimAssignment({ ...claim, login: "ben" })).toBe(false);
    expect(await store.claimAssignment({ ...claim, login: "aiko" })).toBe(false);

    const assignments = await store.assignmentsForPr("octo/infra", 7);
    expect(assignments).toEqual([
      {
        repo: "octo/infra",
        pr: 7,
        round: 0,
        login: "aiko",
        kind: "rotation",
        types: ["aws_ecs_service"],
        at: at(0).toISOString(),
        releasedAt: null,
        settledAt: null,
      },
    ]);
    expect(await store.exposureFor(["aiko", "ben"])).toEqual({ aiko: { aws_ecs_service: 1 } });
  });

  test("a manual request takes the next free round, once per person", async () => {
    const base = { repo: "octo/infra", pr: 8, types: ["aws_iam_role", "aws_iam_role", "aws_s3_bucket"] };
    expect(await store.claimAssignment({ ...base, round: 0, login: "aiko", kind: "rotation", at: at(0) })).toBe(true);
    expect(await store.claimAssignment({ ...base, login: "ben", kind: "manual", at: at(1) })).toBe(true);
    expect(await store.claimAssignment({ ...base, login: "Ben", kind: "manual", at: at(2) })).toBe(false);
    expect(await store.claimAssignment({ ...base, login: "aiko", kind: "manual", at: at(3) })).toBe(false);

    const rounds = (await store.assignmentsForPr("octo/infra", 8)).map((a) => [a.round, a.login, a.kind, a.types]);
    expect(rounds).toEqual([
      [0, "aiko", "rotation", ["aws_iam_role", "aws_s3_bucket"]],
      [1, "ben", "manual", ["aws_iam_role", "aws_s3_bucket"]],
    ]);
    expect(await store.exposureFor(["aiko", "ben"])).toEqual({
      aiko: { aws_iam_role: 1, aws_s3_bucket: 1 },
      ben: { aws_iam_role: 1, aws_s3_bucket: 1 },
    });
  });

  test("a reroll releases the replaced person and undoes their exposure bump", async () => {
    await store.bumpExposure("aiko", ["aws_ecs_service"], at(-100));
    const base = { repo: "octo/infra", pr: 9, types: ["aws_ecs_service", "aws_lb"] };
    expect(await store.claimAssignment({ ...base, round: 0, login: "aiko", kind: "rotation", at: at(0) })).toBe(true);
    expect(await store.exposureFor(["aiko"])).toEqual({ aiko: { aws_ecs_service: 2, aws_lb: 1 } });

    const reroll = { ...base, round: 1, kind: "reroll" as const, replaces: "aiko", at: at(30) };
    expect(await store.claimAssignment({ ...reroll, login: "chen" })).toBe(true);
    expect(await store.claimAssignment({ ...reroll, login: "dana" })).toBe(false);

    const [first, second] = await store.assignmentsForPr("octo/infra", 9);
    expect(first).toMatchObject({ login: "aiko", releasedAt: at(30).toISOString() });
    expect(second).toMatchObject({ login: "chen", kind: "reroll", releasedAt: null });
    expect(await store.exposureFor(["aiko", "chen"])).toEqual({
      aiko: { aws_ecs_service: 1 },
      chen: { aws_ecs_service: 1, aws_lb: 1 },
    });
    expect((await store.recentAssignments({ since: at(-1) })).map((a) => a.login)).toEqual(["chen"]);
  });

  test("recentAssignments filters by time and repo, oldest first, usable as rotation history", async () => {
    const claim = (repo: string, pr: number, login: string, minutes: number) =>
      store.claimAssignment({ repo, pr, round: 0, login, kind: "rotation", types: [], at: at(minutes) });
    await claim("octo/infra", 1, "aiko", 0);
    await claim("octo/web", 2, "ben", 10);
    await claim("octo/infra", 3, "chen", 20);

    const since5 = await store.recentAssignments({ since: at(5) });
    expect(since5.map((a) => [a.repo, a.login, a.at])).toEqual([
      ["octo/web", "ben", at(10).toISOString()],
      ["octo/infra", "chen", at(20).toISOString()],
    ]);
    const infraOnly = await store.recentAssignments({ since: at(-1), repo: "octo/infra" });
    expect(infraOnly.map((a) => a.login)).toEqual(["aiko", "chen"]);
  });

  test("open reviews are counted until settled", async () => {
    const claim = (pr: number, login: string) =>
      store.claimAssignment({ repo: "octo/infra", pr, round: 0, login, kind: "rotation", types: [], at: at(pr) });
    await claim(1, "aiko");
    await claim(2, "aiko");
    await claim(3, "ben");
    await store.claimAssignment({ repo: "octo/infra", pr: 3, login: "aiko", kind: "manual", types: [], at: at(4) });
    expect(await store.openAssignmentCounts()).toEqual({ aiko: 3, ben: 1 });

    expect(await store.settleAssignments({ repo: "octo/infra", pr: 3, login: "AIKO", at: at(60) })).toBe(1);
    expect(await store.openAssignmentCounts()).toEqual({ aiko: 2, ben: 1 });
    expect(await store.settleAssignments({ repo: "octo/infra", pr: 1, at: at(61) })).toBe(1);
    expect(await store.settleAssignments({ repo: "octo/infra", pr: 1, at: at(62) })).toBe(0);
    expect(await store.openAssignmentCounts()).toEqual({ aiko: 1, ben: 1 });
    // Settled reviews still count as history for fairness.
    expect(await store.recentAssignments({ since: at(-1) })).toHaveLength(4);
  });

  test("logins are stored lower-case and matched case-insensitively", async () => {
    await store.bumpExposure("Aiko", ["aws_kms_key"]);
    await store.bumpExposure("AIKO", ["aws_kms_key"]);
    expect(await store.exposureFor(["aIKo"])).toEqual({ aiko: { aws_kms_key: 2 } });
    expect(await store.exposureFor([])).toEqual({});
  });

  test("a pairing is recorded once per (repo, subject, round) and read back as history", async () => {
    const pair = { repo: "octo/infra", commander: "Aiko", driver: "ben" };
    expect(await store.recordPairing({ ...pair, subject: 5, at: at(0) })).toBe(true);
    expect(await store.recordPairing({ ...pair, subject: 5, commander: "chen", at: at(1) })).toBe(false);
    expect(await store.recordPairing({ ...pair, subject: 5, round: 1, commander: "chen", at: at(2) })).toBe(true);
    expect(await store.recordPairing({ ...pair, subject: 6, repo: "octo/web", at: at(3) })).toBe(true);

    expect(await store.pairingFor("octo/infra", 5)).toEqual({
      repo: "octo/infra",
      subject: 5,
      round: 1,
      commander: "chen",
      driver: "ben",
      at: at(2).toISOString(),
    });
    expect(await store.pairingFor("octo/infra", 99)).toBeNull();
    const recent = await store.recentPairings();
    expect(recent.map((p) => [p.subject, p.round, p.commander])).toEqual([
      [5, 0, "aiko"],
      [5, 1, "chen"],
      [6, 0, "aiko"],
    ]);
    expect((await store.recentPairings({ limit: 2 })).map((p) => p.at)).toEqual([at(2).toISOString(), at(3).toISOString()]);
    expect((await store.recentPairings({ repo: "octo/web" })).map((p) => p.subject)).toEqual([6]);
    expect((await store.recentPairings({ since: at(1) })).map((p) => p.subject)).toEqual([5, 6]);
  });

  test("team members are cached per org/team and expire by age", async () => {
    expect(await store.cachedTeam("octo", "app")).toBeNull();
    await store.putTeam("Octo", "app", ["Ben", "aiko", "ben"], at(0));
    expect(await store.cachedTeam("octo", "App")).toEqual({ members: ["aiko", "ben"], fetchedAt: at(0).toISOString() });
    expect(await store.cachedTeam("octo", "app", 60 * 60_000, at(59))).not.toBeNull();
    expect(await store.cachedTeam("octo", "app", 60 * 60_000, at(61))).toBeNull();
    await store.putTeam("octo", "app", ["chen"], at(61));
    expect(await store.cachedTeam("octo", "app", 60 * 60_000, at(62))).toEqual({
      members: ["chen"],
      fetchedAt: at(61).toISOString(),
    });
  });
});
