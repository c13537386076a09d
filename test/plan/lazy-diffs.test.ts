import { readdirSync, readFileSync } from "node:fs";
import { parsePlan, parsePlans, type AttributeDiff, type Change, type Plan } from "../../src/plan/index.js";
import { pendingDiffsUnder, pendingForcingDiffs, pendingHasDiffs } from "../../src/plan/lazy-diffs.js";
import { Masker } from "../../src/plan/mask.js";

const plansDir = new URL("../../../shared/corpus/plans/", import.meta.url);
const files = readdirSync(plansDir).filter((name) => name.endsWith(".json")).sort();
const parseFile = (file: string): Plan[] => parsePlans(readFileSync(new URL(file, plansDir)));

function topLevelNames(change: Change): string[] {
  const names = new Set<string>();
  for (const side of [change.before, change.after]) {
    if (typeof side === "object" && side !== null && !Array.isArray(side)) for (const key of Object.keys(side)) names.add(key);
  }
  // And a name on neither side, which has no diff.
  names.add("no_such_attribute");
  return [...names];
}

const forcing = (diffs: readonly AttributeDiff[]) => diffs.filter((d) => d.forcesReplacement);

test("diffs computed on demand, in whole or in part, equal the diffs read afterwards, over the whole corpus", () => {
  let pendingChanges = 0;
  const mismatches: string[] = [];
  for (const file of files) {
    // Two parses: one is only asked in part (before anything computes its diffs), the other read in whole.
    const asked = parseFile(file);
    const read = parseFile(file);
    asked.forEach((plan, p) => {
      plan.changes.forEach((change, c) => {
        const whole = read[p]?.changes[c]?.diffs ?? [];
        const any = pendingHasDiffs(change);
        if (any === undefined) return; // computed while parsing: nothing is pending
        pendingChanges++;
        if (any !== whole.length > 0) mismatches.push(`${file} ${change.address}: any diff ${any}`);
        const forcingDiffs = pendingForcingDiffs(change);
        if (JSON.stringify(forcingDiffs) !== JSON.stringify(forcing(whole))) mismatches.push(`${file} ${change.address}: forcing diffs`);
        for (const name of topLevelNames(change)) {
          const under = pendingDiffsUnder(change, name);
          const expected = whole.filter((d) => d.path[0] === name);
          if (JSON.stringify(under) !== JSON.stringify(expected)) mismatches.push(`${file} ${change.address}: diffs under ${name}`);
        }
        // Reading the diffs settles them; nothing is pending any more.
        expect(JSON.stringify(change.diffs)).toBe(JSON.stringify(whole));
        expect(pendingDiffsUnder(change, "anything")).toBeUndefined();
      });
    });
  }
  expect(mismatches).toEqual([]);
  // The corpus exercises the lazy path, not only the eager one.
  expect(pendingChanges).toBeGreaterThan(1000);
});

const secretPlan = JSON.stringify({
  format_version: "1.2",
  resource_changes: [
    {
      address: "aws_db_instance.main",
      type: "aws_db_instance",
      name: "main",
      change: {
        actions: ["update"],
        before: { password: "old-password-123", size: 1 },
        after: { password: "new-password-456", size: 2 },
        before_sensitive: { password: true },
        after_sensitive: { password: true },
      },
    },
    {
      address: "aws_s3_bucket.logs",
      type: "aws_s3_bucket",
      name: "logs",
      change: { actions: ["update"], before: { bucket: "logs", acl: "private" }, after: { bucket: "logs", acl: "public-read" }, after_unknown: { arn: true } },
    },
  ],
});

test("a change whose masking hid a value has its diffs computed while parsing, so no raw value outlives parsing", () => {
  const plan = parsePlan(secretPlan);
  const [db, bucket] = plan.changes;
  // Nothing pending for the database: its raw values held a secret.
  expect(pendingHasDiffs(db!)).toBeUndefined();
  expect(db!.diffs.map((d) => [d.pathText, d.before, d.after])).toEqual([
    ["password", expect.anything(), expect.anything()],
    ["size", 1, 2],
  ]);
  expect(JSON.stringify(db)).not.toContain("password-");
  // The bucket hid nothing: its diffs wait until read.
  expect(pendingHasDiffs(bucket!)).toBe(true);
});

test("lazy diffs keep the shape of a plain change: own, enumerable, in the same place, serialised, writable", () => {
  const plan = parsePlan(secretPlan);
  const bucket = plan.changes[1]!;
  const eager = plan.changes[0]!;
  expect(Object.keys(bucket)).toEqual(Object.keys(eager));
  expect(Object.keys(bucket).indexOf("diffs")).toBe(Object.keys(bucket).indexOf("after") + 1);
  expect(JSON.parse(JSON.stringify(bucket)).diffs).toEqual([
    { path: ["acl"], pathText: "acl", before: "private", after: "public-read", forcesReplacement: false },
    { path: ["arn"], pathText: "arn", after: "(known after apply)", forcesReplacement: false },
  ]);
  expect({ ...bucket }.diffs).toBe(bucket.diffs);
  bucket.diffs = [];
  expect(bucket.diffs).toEqual([]);
});

describe("masking copies only what it changes", () => {
  test("a value with nothing to hide comes back as it is", () => {
    const raw = { name: "web", ports: [80, 443], tags: { team: "a" }, nested: [{ a: [1, { b: null }] }] };
    const masker = new Masker();
    expect(masker.maskObject(raw, {}, undefined)).toBe(raw);
    expect(masker.hiddenValues).toBe(0);
  });

  test("a hidden value copies the path to it, shares the rest, and leaves the parsed value untouched", () => {
    const raw = { name: "web", settings: { password: "hunter2-hunter2", port: 5432 }, tags: { team: "a" }, list: [{ a: 1 }, { token: "t0ken-value-1" }] };
    const before = JSON.stringify(raw);
    const masker = new Masker();
    const masked = masker.maskObject(raw, {}, undefined) as Record<string, unknown>;
    expect(masked).not.toBe(raw);
    expect(masked["settings"]).not.toBe(raw.settings);
    expect(masked["tags"]).toBe(raw.tags);
    expect((masked["list"] as unknown[])[0]).toBe(raw.list[0]);
    expect(JSON.stringify(masked)).toBe(
      '{"name":"web","settings":{"password":"(sensitive)","port":5432},"tags":{"team":"a"},"list":[{"a":1},{"token":"(sensitive)"}]}',
    );
    expect(JSON.stringify(raw)).toBe(before);
    expect(masker.hiddenValues).toBe(2);
  });

  test("unknown values copy the path to them and count as hidden only over a value", () => {
    const raw = { name: "web", block: { size: 1 } };
    const masker = new Masker();
    const masked = masker.maskObject(raw, {}, { id: true, block: { id: true } }) as Record<string, unknown>;
    expect(JSON.stringify(masked)).toBe('{"name":"web","block":{"size":1,"id":"(known after apply)"},"id":"(known after apply)"}');
    expect(masker.hiddenValues).toBe(0);
    masker.maskObject({ id: "i-123" }, {}, { id: true });
    expect(masker.hiddenValues).toBe(1);
  });
});
