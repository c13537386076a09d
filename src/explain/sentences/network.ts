import { ruleChanges } from "../network/changes.js";
import { RULE_ATTRIBUTES } from "../network/extract.js";
import { describePeers, describeTraffic, groupRules, isInternet, type RuleGroup } from "../network/rules.js";
import { ja } from "../text.js";
import type { Text } from "../types.js";
import { WEIGHT, type Sentence, type SentenceFamily } from "./types.js";

/** Security groups, their rules, GCP firewalls and Azure NSGs, told as who may reach what. */
export const networkSentences: SentenceFamily = {
  types: Object.keys(RULE_ATTRIBUTES),
  describe(view) {
    const covers = RULE_ATTRIBUTES[view.type] ?? [];
    const { added, removed } = ruleChanges(view);
    const sentences: Sentence[] = [];
    for (const group of groupRules(added)) {
      const weight = group.allow && group.direction === "ingress" && group.peers.some(isInternet) ? WEIGHT.security : WEIGHT.important;
      sentences.push({ text: ruleText(group, "adds"), covers, weight });
    }
    for (const group of groupRules(removed)) sentences.push({ text: ruleText(group, "removes"), covers, weight: WEIGHT.important });
    return sentences;
  },
};

/**
 * "adds an ingress rule that lets anyone on the internet reach TCP 22",
 * "removes the egress rule that let it reach 10.0.0.0/8 on all TCP ports".
 */
function ruleText(group: RuleGroup, verb: "adds" | "removes"): Text {
  const who = describePeers(group.peers, group.direction);
  const what = describeTraffic(group.protocol, group.ports);
  const adding = verb === "adds";
  const jaVerb = adding ? "を追加します" : "を削除します";
  if (group.direction === "ingress") {
    const kind = adding ? "adds an ingress rule that" : "removes the ingress rule that";
    const en = group.allow ? `${kind} ${adding ? "lets" : "let"} ${who.en} reach ${what.en}` : `${kind} ${adding ? "blocks" : "blocked"} ${who.en} from reaching ${what.en}`;
    const jaText = ja(who.ja, "から", what.ja, group.allow ? "への接続を許可するインバウンドルール" : "への接続を拒否するインバウンドルール", jaVerb);
    return { en, ja: jaText };
  }
  const kind = adding ? "adds an egress rule that" : "removes the egress rule that";
  const en = group.allow
    ? `${kind} ${adding ? "lets" : "let"} it reach ${who.en} on ${what.en}`
    : `${kind} ${adding ? "blocks" : "blocked"} it from reaching ${who.en} on ${what.en}`;
  const jaText = ja(who.ja, "への", what.ja, group.allow ? "の通信を許可するアウトバウンドルール" : "の通信を拒否するアウトバウンドルール", jaVerb);
  return { en, ja: jaText };
}
