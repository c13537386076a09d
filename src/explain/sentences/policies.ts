import { policyChanges } from "../policy/changes.js";
import { isTrustStatement, type PolicyStatement } from "../policy/document.js";
import { grantText } from "../policy/statements.js";
import { code, ja } from "../text.js";
import { WEIGHT, type Sentence, type SentenceFamily } from "./types.js";

/** IAM-style JSON policies on any AWS resource: role trust, permissions, resource policies. */
export const policySentences: SentenceFamily = {
  matches: (type) => type.startsWith("aws_"),
  describe(view) {
    const sentences: Sentence[] = [];
    for (const change of policyChanges(view)) {
      const covers = [change.attribute];
      for (const s of change.added) {
        sentences.push({ text: grantText(s, change.isNew ? "new-policy" : "added"), covers, weight: addedWeight(s) });
      }
      for (const s of change.removed) sentences.push({ text: grantText(s, "removed"), covers, weight: WEIGHT.important });
      if (change.reworded) {
        const name = code(change.attribute);
        sentences.push({
          text: { en: `rewrites ${name} without changing what it allows`, ja: ja(name, "を書き換えますが、許可の内容は変わりません") },
          covers,
          weight: WEIGHT.generic,
        });
      }
    }
    return sentences;
  },
};

/** Who can act and with what power comes first: trust and broad grants. */
function addedWeight(s: PolicyStatement): number {
  if (isTrustStatement(s) || s.principals !== null) return WEIGHT.security;
  return s.effect === "Allow" && (s.actions.some((a) => a.includes("*")) || s.resources.includes("*")) ? WEIGHT.security : WEIGHT.important;
}
