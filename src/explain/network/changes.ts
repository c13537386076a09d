import type { ChangeView } from "../view.js";
import { networkRules } from "./extract.js";
import { ruleKey, type NetworkRule } from "./rules.js";

export interface RuleChanges {
  added: NetworkRule[];
  removed: NetworkRule[];
}

/**
 * Rules added and removed by a change. Rule lists are sets in the provider
 * schema, so they are compared by content, never by list position.
 */
export function ruleChanges(view: ChangeView): RuleChanges {
  return view.memo("network-rule-changes", () => {
    const before = networkRules(view.type, view.change.before);
    const after = networkRules(view.type, view.change.after);
    // A side only known after apply cannot be compared: the generic sentences say so.
    if (!before || !after) return { added: [], removed: [] };
    const beforeKeys = new Set(before.map(ruleKey));
    const afterKeys = new Set(after.map(ruleKey));
    return {
      added: unique(after.filter((r) => !beforeKeys.has(ruleKey(r)))),
      removed: unique(before.filter((r) => !afterKeys.has(ruleKey(r)))),
    };
  });
}

function unique(rules: NetworkRule[]): NetworkRule[] {
  const seen = new Set<string>();
  return rules.filter((r) => {
    const key = ruleKey(r);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
