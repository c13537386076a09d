import { readFileSync, writeFileSync } from "node:fs";
import { renderWalkthrough } from "./walkthrough.js";

const target = new URL("../../docs/release-walkthrough.md", import.meta.url);

describe("docs/release-walkthrough.md", () => {
  it("is exactly what the code renders today", () => {
    const generated = renderWalkthrough();
    if (process.env.UPDATE_WALKTHROUGH === "1") writeFileSync(target, generated);
    expect(readFileSync(target, "utf8")).toBe(generated);
  });

  it("walks through the whole release: insert, failing check, passing check, ops-log, approval, completion, index", () => {
    const page = renderWalkthrough();
    expect(page).toContain("conclusion **failure**");
    expect(page).toContain("**Title:** 5 required items open (Pre-work 1/6)");
    expect(page).toContain("conclusion **success**");
    expect(page).toContain("**Title:** All required items done (Pre-work 6/6)");
    expect(page).toContain("**Issue title:** [ops-log] Release v1.4.0 to production");
    expect(page).toContain("(`isApproval` → **true**)");
    expect(page).toContain("### Outcome: ✅ success");
    expect(page).toContain("| #131 | 2025-03-14 | Release v1.4.0 to production | `release.md` |");
  });
});
