import { code, ja, listEn, listJa } from "../text.js";
import type { Text } from "../types.js";
import { isTrustStatement, type PolicyStatement } from "./document.js";
import { describePrincipals } from "./principals.js";

/** Whether the statement is new (on an existing policy), gone, or part of a new policy. */
export type Tense = "new-policy" | "added" | "removed";

function actionsText(s: PolicyStatement): Text {
  if (s.actions.includes("*") && !s.notAction) return { en: "every action (`*`)", ja: "すべての操作（`*`）" };
  const names = s.actions.map(code);
  if (s.notAction) return { en: `every action except ${listEn(names)}`, ja: ja(listJa(names), "以外のすべての操作") };
  return { en: listEn(names), ja: listJa(names) };
}

function resourcesText(s: PolicyStatement): Text | undefined {
  if (s.resources.length === 0) return undefined;
  if (s.resources.includes("*") && !s.notResource) return { en: "every resource (`*`)", ja: "すべてのリソース（`*`）" };
  const names = s.resources.map(code);
  if (s.notResource) return { en: `every resource except ${listEn(names, 3)}`, ja: ja(listJa(names, 3), "以外のすべてのリソース") };
  return { en: listEn(names, 3), ja: listJa(names, 3) };
}

/** Conditions worth a mention; web-identity subjects are already named with the principal. */
function conditionNote(s: PolicyStatement): Text {
  return s.conditions ? { en: " (with conditions)", ja: "（条件付き）" } : { en: "", ja: "" };
}

/**
 * "lets the ECS tasks service (ecs-tasks.amazonaws.com) take on this role",
 * "now also lets AWS account 123456789012 take on this role".
 */
function trustText(s: PolicyStatement, tense: Tense): Text {
  const who = describePrincipals(s);
  const hasSubjectLimit = s.principals?.some((p) => p.type === "Federated") ?? false;
  const note = hasSubjectLimit ? { en: "", ja: "" } : conditionNote(s);
  if (s.effect === "Deny") {
    const en = `${tense === "removed" ? "no longer stops" : tense === "added" ? "now stops" : "stops"} ${who.en} from taking on this role${note.en}`;
    const jp = tense === "removed" ? ja(who.ja, "がこのロールを引き受けるのを禁止しなくなります", note.ja) : ja(who.ja, "がこのロールを引き受けるのを禁止します", note.ja);
    return { en, ja: jp };
  }
  if (tense === "removed") return { en: `no longer lets ${who.en} take on this role${note.en}`, ja: ja(who.ja, "はこのロールを引き受けられなくなります", note.ja) };
  const prefix = tense === "added" ? { en: "now also lets", ja: "新たに" } : { en: "lets", ja: "" };
  return { en: `${prefix.en} ${who.en} take on this role${note.en}`, ja: ja(prefix.ja, who.ja, "がこのロールを引き受けられるようにします", note.ja) };
}

/**
 * "grants `s3:GetObject` on `arn:aws:s3:::b/*`", "lets anyone (`*`) use
 * `s3:GetObject` on ...", "no longer denies ...".
 */
export function grantText(s: PolicyStatement, tense: Tense): Text {
  if (isTrustStatement(s)) return trustText(s, tense);
  const actions = actionsText(s);
  const resources = resourcesText(s);
  const note = conditionNote(s);
  const on = resources ? { en: ` on ${resources.en}`, ja: ja(resources.ja, "に対する") } : { en: "", ja: "" };
  const allow = s.effect === "Allow";
  let phrase: Text;
  if (s.principals) {
    const who = describePrincipals(s);
    phrase = allow
      ? { en: `lets ${who.en} use ${actions.en}${on.en}`, ja: ja(who.ja, "に", on.ja, actions.ja) }
      : { en: `stops ${who.en} from using ${actions.en}${on.en}`, ja: ja(who.ja, "に", on.ja, actions.ja) };
  } else {
    phrase = { en: `${allow ? "grants" : "denies"} ${actions.en}${on.en}`, ja: ja(on.ja, actions.ja) };
  }
  const noun = allow ? "許可" : "拒否";
  if (tense === "removed") {
    return { en: `no longer ${phrase.en}${note.en}`, ja: ja(phrase.ja, "の", noun, "をやめます", note.ja) };
  }
  const en = tense === "added" ? `now ${phrase.en}` : phrase.en;
  return { en: `${en}${note.en}`, ja: ja(tense === "added" ? "新たに" : "", phrase.ja, "を", noun, "します", note.ja) };
}
