import { DEFAULT_HEADINGS, matchSectionHeading } from "../../src/checklist/headings.js";

describe("matchSectionHeading", () => {
  it.each([
    ["Pre-work", "pre"],
    ["pre work", "pre"],
    ["PREWORK", "pre"],
    ["Ｐｒｅ－ｗｏｒｋ", "pre"],
    ["Pre-work (the day before)", "pre"],
    ["**Pre-work**", "pre"],
    ["1. 事前作業", "pre"],
    ["1\\. 事前作業", "pre"],
    ["① 事前作業", "pre"],
    ["事前作業（前日まで）", "pre"],
    ["事前作業:", "pre"],
    ["Day of", "dayof"],
    ["day-of work", "dayof"],
    ["当日作業", "dayof"],
    ["✅ Verification steps", "verify"],
    ["動作確認", "verify"],
  ])("%j opens the %s section", (heading, kind) => {
    expect(matchSectionHeading(heading)).toBe(kind);
  });

  it.each([["Preworkshop"], ["Verify"], ["当日作業手順"], ["Notes"], [""], ["Work before the day"]])("%j opens no section", (heading) => {
    expect(matchSectionHeading(heading)).toBeUndefined();
  });

  it("prefers the longest configured name, so overlapping names cannot steal a heading", () => {
    const headings = { ...DEFAULT_HEADINGS, verify: ["Check"], dayof: ["Check and deploy"] };
    expect(matchSectionHeading("Check and deploy", headings)).toBe("dayof");
    expect(matchSectionHeading("Check", headings)).toBe("verify");
  });

  it("treats regular-expression characters in configured names literally", () => {
    const headings = { ...DEFAULT_HEADINGS, pre: ["Step (1)"] };
    expect(matchSectionHeading("Step (1)", headings)).toBe("pre");
    expect(matchSectionHeading("Step 1", headings)).toBeUndefined();
  });
});
