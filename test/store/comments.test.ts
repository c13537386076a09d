import { openStore, type Store } from "../../src/store/index.js";
import { ENGINES, harnessFor, type Harness } from "./harness.js";

describe.each(ENGINES)("%s store: remembered comment ids", (engine) => {
  let harness: Harness;
  let store: Store;

  beforeAll(async () => {
    harness = await harnessFor(engine);
    store = await openStore(await harness.fresh());
  });

  afterAll(async () => {
    await store.close();
    await harness.teardown();
  });

  it("keeps one id per issue and purpose, beyond 32 bits, and replaces it", async () => {
    expect(await store.commentIdFor("octo/infra", 7, "plan")).toBeNull();
    await store.rememberComment("octo/infra", 7, "plan", 2_512_345_678);
    await store.rememberComment("octo/infra", 7, "pairing", 11);
    expect(await store.commentIdFor("octo/infra", 7, "plan")).toBe(2_512_345_678);
    await store.rememberComment("octo/infra", 7, "plan", 3_000_000_001);
    expect(await store.commentIdFor("octo/infra", 7, "plan")).toBe(3_000_000_001);
    expect(await store.commentIdFor("octo/infra", 7, "pairing")).toBe(11);
    expect(await store.commentIdFor("octo/other", 7, "plan")).toBeNull();
  });
});
