import { applyAutoVerify } from "../../src/checklist/auto-verify.js";
import { insertChecklist } from "../../src/checklist/insert.js";
import { evaluateChecklist } from "../../src/checklist/verdict.js";
import { starterRunbook } from "./helpers.js";

const release = starterRunbook("release.md");
const body = insertChecklist("Release v1.4.0\r\n\r\nNotes", release, { context: { version: "v1.4.0" } }).body;
const boxes = (text: string) => [...text.matchAll(/^- \[([ x])\].*verify: ([\w-]+)/gm)].map((match) => `${match[2]}=${match[1]}`);

describe("applyAutoVerify", () => {
  it("ticks the items whose fact is true and leaves unknown facts alone, changing only the box characters", () => {
    const result = applyAutoVerify(body, { "release-exists": true, "plan-clean": false }, { runbook: release });
    expect(boxes(result.body)).toEqual(["release-exists=x", "plan-clean= ", "co-review-approved= "]);
    expect(result.changes).toEqual([
      {
        id: "create-the-github-release-a-draft-is-fine-for-version",
        verify: "release-exists",
        text: "Create the GitHub release (a draft is fine) for v1.4.0 _auto_",
        checked: true,
        reason: "a GitHub release or draft exists for this version",
      },
    ]);
    expect(result.body.length).toBe(body.length);
    const differing = [...result.body].filter((character, index) => character !== body[index]);
    expect(differing).toEqual(["x"]);
    expect(result.body).toContain("\r\n");
  });

  it("unticks a box a person ticked when the fact says otherwise, with a reason", () => {
    const humanTicked = body.replace(/- \[ \](.*verify: co-review-approved)/, "- [x]$1");
    const result = applyAutoVerify(humanTicked, { "co-review-approved": false }, { lang: "ja" });
    expect(boxes(result.body)).toEqual(["release-exists= ", "plan-clean= ", "co-review-approved= "]);
    expect(result.changes.map((change) => [change.verify, change.checked, change.reason])).toEqual([
      ["co-review-approved", false, "チェックを外しました: アプリケーションエンジニアの共同レビュアーがまだ承認していません"],
    ]);
  });

  it("returns the very same body when every box already agrees", () => {
    const once = applyAutoVerify(body, { "release-exists": true }).body;
    const twice = applyAutoVerify(once, { "release-exists": true });
    expect(twice.body).toBe(once);
    expect(twice.changes).toEqual([]);
    expect(applyAutoVerify(body, {}).body).toBe(body);
    expect(applyAutoVerify(null, { "plan-clean": true })).toEqual({ body: "", changes: [] });
    expect(applyAutoVerify("no block here\n- [ ] x <!-- verify: plan-clean -->", { "plan-clean": true }).changes).toEqual([]);
  });

  it("uses the runbook's markers, so deleting a marker in the body does not free the item from its fact", () => {
    const stripped = body.replace(" <!-- verify: plan-clean -->", "").replace(/- \[ \](.*item=the-latest-infra-coach-plan)/, "- [x]$1");
    expect(applyAutoVerify(stripped, { "plan-clean": false }).changes).toEqual([]);
    const withRunbook = applyAutoVerify(stripped, { "plan-clean": false }, { runbook: release });
    expect(withRunbook.changes.map((change) => [change.verify, change.checked])).toEqual([["plan-clean", false]]);
    expect(evaluateChecklist({ body: stripped, runbook: release, facts: { "plan-clean": false } }).missing.pre.map((item) => item.verify)).toContain(
      "plan-clean",
    );
  });

  it("honours a marker people put on their own item, and facts the caller defines", () => {
    const added = body.replace("### Day-of", "- [ ] DNS has propagated <!-- verify: dns-propagated -->\n\n### Day-of");
    const result = applyAutoVerify(added, { "dns-propagated": true }, { runbook: release });
    expect(result.changes.map((change) => [change.text, change.reason])).toEqual([["DNS has propagated", "the automatic check 'dns-propagated' passed"]]);
    expect(result.body).toContain("- [x] DNS has propagated");
  });

  it("agrees with the verdict: after applying the facts, the boxes alone give the same conclusion", () => {
    const facts = { "release-exists": true, "plan-clean": true, "co-review-approved": false };
    const applied = applyAutoVerify(body, facts, { runbook: release }).body;
    expect(evaluateChecklist({ body: applied, runbook: release }).missing.pre).toEqual(
      evaluateChecklist({ body, runbook: release, facts }).missing.pre,
    );
  });
});
