import { openStore, type Store } from "../../src/store/index.js";
import { harnessFor, type Harness } from "./harness.js";

const RACES = 50;
const T0 = new Date("2026-06-01T00:00:00.000Z");

/*
 * Two Store instances on one PostgreSQL database are two replicas: separate pools, separate
 * connections. Each race fires every contender's call at once; the unique constraints must let
 * exactly one win, and only the winner's side effects (exposure) may exist afterwards.
 */
describe("two replicas on one PostgreSQL", () => {
  let harness: Harness;
  let replicaA: Store;
  let replicaB: Store;

  beforeAll(async () => {
    harness = await harnessFor("postgres");
    const options = await harness.fresh();
    [replicaA, replicaB] = await Promise.all([openStore(options), openStore(options)]);
    // Open several connections per pool up front, so the races are between live connections.
    await Promise.all([replicaA, replicaB].flatMap((store) => [1, 2, 3].map(() => store.recentPairings())));
  });
  afterAll(async () => {
    await Promise.all([replicaA?.close(), replicaB?.close()]);
    await harness?.teardown();
  });

  test(`racing ${RACES} times for the same PR: exactly one assignment each time`, async () => {
    const logins = ["aiko", "ben", "chen", "dana", "emre", "fumi"];
    for (let pr = 1; pr <= RACES; pr += 1) {
      const type = `type_${pr}`;
      const results = await Promise.all(
        logins.map((login, index) =>
          (index % 2 === 0 ? replicaA : replicaB).claimAssignment({
            repo: "octo/infra",
            pr,
            round: 0,
            login,
            kind: "rotation",
            types: [type],
            at: T0,
          }),
        ),
      );
      const winners = logins.filter((_, index) => results[index]);
      expect(winners).toHaveLength(1);
      const stored = await replicaB.assignmentsForPr("octo/infra", pr);
      expect(stored.map((a) => a.login)).toEqual(winners);
    }
    const exposure = await replicaA.exposureFor(logins);
    const bumps = Object.values(exposure).flatMap((types) => Object.entries(types));
    expect(bumps).toHaveLength(RACES);
    expect(bumps.every(([, count]) => count === 1)).toBe(true);
  });

  test(`the same delivery redelivered to both replicas ${RACES} times: handled once each time`, async () => {
    for (let race = 0; race < RACES; race += 1) {
      const id = `delivery-${race}`;
      const results = await Promise.all([replicaA, replicaB, replicaA, replicaB].map((store) => store.recordDelivery(id)));
      expect(results.filter(Boolean)).toHaveLength(1);
    }
  });

  test(`racing ${RACES} times to pair the same operation: one pair recorded each time`, async () => {
    for (let subject = 1; subject <= RACES; subject += 1) {
      const results = await Promise.all([
        replicaA.recordPairing({ repo: "octo/infra", subject, commander: "aiko", driver: "ben", at: T0 }),
        replicaB.recordPairing({ repo: "octo/infra", subject, commander: "chen", driver: "dana", at: T0 }),
      ]);
      expect(results.filter(Boolean)).toHaveLength(1);
      const stored = await replicaA.pairingFor("octo/infra", subject);
      expect(stored?.commander).toBe(results[0] ? "aiko" : "chen");
    }
  });

  test("the same runbook issue opened on both replicas creates one operation", async () => {
    for (let issueNumber = 1; issueNumber <= 10; issueNumber += 1) {
      const input = { repo: "octo/infra", issueNumber, title: `Operation ${issueNumber}`, plannedAt: T0 };
      const [a, b] = await Promise.all([replicaA.createOperation(input), replicaB.createOperation(input)]);
      expect([a.created, b.created].filter(Boolean)).toHaveLength(1);
      expect(a.operation.id).toBe(b.operation.id);
    }
  });

  test("manual requests for different people at once all land, each in its own round", async () => {
    const results = await Promise.all(
      ["hiro", "ines", "jun", "kai"].map((login, index) =>
        (index % 2 === 0 ? replicaA : replicaB).claimAssignment({
          repo: "octo/web",
          pr: 1,
          login,
          kind: "manual",
          types: [],
          at: T0,
        }),
      ),
    );
    expect(results).toEqual([true, true, true, true]);
    const rounds = (await replicaA.assignmentsForPr("octo/web", 1)).map((a) => a.round);
    expect(rounds).toEqual([0, 1, 2, 3]);
  });
});

describe("one SQLite replica handling the same event twice at once", () => {
  let harness: Harness;
  let store: Store;

  beforeAll(async () => {
    harness = await harnessFor("sqlite");
    store = await openStore(await harness.fresh());
  });
  afterAll(async () => {
    await store?.close();
    await harness?.teardown();
  });

  test(`${RACES} concurrent double deliveries: one assignment and one delivery each`, async () => {
    for (let pr = 1; pr <= RACES; pr += 1) {
      const claims = ["aiko", "ben"].map((login) =>
        store.claimAssignment({ repo: "octo/infra", pr, round: 0, login, kind: "rotation", types: ["t"], at: T0 }),
      );
      const deliveries = [1, 2].map(() => store.recordDelivery(`d-${pr}`));
      const results = await Promise.all([...claims, ...deliveries]);
      expect(results.slice(0, 2).filter(Boolean)).toHaveLength(1);
      expect(results.slice(2).filter(Boolean)).toHaveLength(1);
    }
    const exposure = await store.exposureFor(["aiko", "ben"]);
    expect((exposure.aiko?.t ?? 0) + (exposure.ben?.t ?? 0)).toBe(RACES);
  });
});
