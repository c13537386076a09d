import type { ChangeView } from "../view.js";
import { describesNetworkRules, networkRules } from "./extract.js";
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
  // Most types hold no network rules: nothing to compute or remember.
  if (!describesNetworkRules(view.type)) return { added: [], removed: [] };
  return view.memo("network-rule-changes", () => {
    const before = networkRules(view.type, view.change.before);
    const after = networkRules(view.type, view.change.after);
    // A side only known after apply cannot be compared: the generic sentences say so.
    if (!before || !after) return { added: [], removed: [] };
    const beforeKeys = before.map(ruleKey);
    const afterKeys = after.map(ruleKey);
    return { added: onlyIn(after, afterKeys, new Set(beforeKeys)), removed: onlyIn(before, beforeKeys, new Set(afterKeys)) };
  });
}

/** The rules whose key the other side lacks, each key once. */
function onlyIn(rules: NetworkRule[], keys: string[], otherSide: ReadonlySet<string>): NetworkRule[] {
  const seen = new Set<string>();
  const kept: NetworkRule[] = [];
  for (let i = 0; i < rules.length; i++) {
    const key = keys[i] as string;
    if (otherSide.has(key) || seen.has(key)) continue;
    seen.add(key);
    kept.push(rules[i] as NetworkRule);
  }
  return kept;
}
