import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { validateConfig } from "../../src/config/load.js";

describe("docs/configuration.md", () => {
  it("documents exactly the defaults the schema applies", () => {
    const doc = readFileSync(new URL("../../docs/configuration.md", import.meta.url), "utf8");
    const reference = /```yaml\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(reference).toBeDefined();
    const defaults = validateConfig(null);
    expect(defaults.ok).toBe(true);
    if (!defaults.ok) return;
    expect(parse(reference!)).toEqual(defaults.config);
  });
});
