import { Sensitive, Unknown, type Value } from "../../plan/model.js";
import { code, ja, listEn, listJa } from "../text.js";
import type { Text } from "../types.js";
import { asBool, asNumber, asString, asStrings, block, deepEqual, isMasked } from "../values.js";
import type { ChangeView } from "../view.js";
import { parseContainers, type ContainerSummary } from "./ecs-containers.js";
import { WEIGHT, sentence, type Sentence, type SentenceFamily } from "./types.js";

export const ecsTaskDefinitionSentences: SentenceFamily = {
  types: ["aws_ecs_task_definition"],
  describe(view) {
    const sentences: Sentence[] = [];
    if (view.changed("container_definitions") && view.action !== "delete") sentences.push(...containerSentences(view));
    if (view.action === "update" || view.action === "replace") {
      sentences.push(...sizeSentence(view, "cpu", { en: "task CPU", ja: "タスクの CPU" }, "units"));
      sentences.push(...sizeSentence(view, "memory", { en: "task memory", ja: "タスクのメモリ" }, "MiB"));
    }
    return sentences;
  },
};

function sizeSentence(view: ChangeView, attribute: string, what: Text, unit: string): Sentence[] {
  if (!view.changed(attribute)) return [];
  const before = asNumber(view.before(attribute));
  const after = asNumber(view.after(attribute));
  if (before === undefined || after === undefined) return [];
  const verb = after > before ? { en: "raises", ja: "増やします" } : { en: "lowers", ja: "減らします" };
  return [sentence(`${verb.en} ${what.en} ${before} → ${after} ${unit}`, ja(what.ja, "を", `${before} → ${after} ${unit}`, "に", verb.ja), [attribute], WEIGHT.important)];
}

const COVERS_DEFINITIONS = ["container_definitions"];

function containerSentences(view: ChangeView): Sentence[] {
  const after = view.after("container_definitions");
  if (after instanceof Unknown) {
    return [sentence("the container definitions will be known after apply", "コンテナ定義は apply 後に決まります", COVERS_DEFINITIONS, WEIGHT.normal)];
  }
  const before = view.before("container_definitions");
  const beforeList = typeof before === "string" ? parseContainers(before) : [];
  const afterList = typeof after === "string" ? parseContainers(after) : undefined;
  // The JSON can carry environment values: when it cannot be read, say so without printing it.
  if (!afterList || !beforeList || after instanceof Sensitive || before instanceof Sensitive) {
    return [sentence("changes the container definitions", "コンテナ定義を変更します", COVERS_DEFINITIONS, WEIGHT.normal)];
  }
  const beforeByName = new Map(beforeList.map((c) => [c.name, c]));
  const afterNames = new Set(afterList.map((c) => c.name));
  const sentences: Sentence[] = [];
  for (const c of afterList) {
    const old = beforeByName.get(c.name);
    if (!old) sentences.push(addedContainer(c, beforeList.length === 0));
    else sentences.push(...changedContainer(old, c));
  }
  for (const c of beforeList) {
    if (!afterNames.has(c.name)) sentences.push(sentence(`removes container ${code(c.name)}`, ja("コンテナ", code(c.name), "を削除します"), COVERS_DEFINITIONS, WEIGHT.important));
  }
  return sentences;
}

function addedContainer(c: ContainerSummary, newTask: boolean): Sentence {
  const name = code(c.name);
  const image = c.image ? code(c.image) : "(no image)";
  if (newTask) return sentence(`runs container ${name} from image ${image}`, ja("コンテナ", name, "をイメージ", image, "で動かします"), COVERS_DEFINITIONS, WEIGHT.critical);
  return sentence(`adds container ${name} (image ${image})`, ja("コンテナ", name, `（イメージ ${image}）を追加します`), COVERS_DEFINITIONS, WEIGHT.critical);
}

function changedContainer(old: ContainerSummary, c: ContainerSummary): Sentence[] {
  const name = code(c.name);
  const out: Sentence[] = [];
  if (old.image !== c.image) {
    const image = c.image ? code(c.image) : "(no image)";
    out.push(sentence(`changes the container image of ${name} to ${image}`, ja("コンテナ", name, "のイメージを", image, "に変更します"), COVERS_DEFINITIONS, WEIGHT.critical));
  }
  const sizes: ["cpu" | "memory" | "memoryReservation", Text, string][] = [
    ["cpu", { en: "CPU", ja: "CPU" }, "units"],
    ["memory", { en: "memory", ja: "メモリ" }, "MiB"],
    ["memoryReservation", { en: "reserved memory", ja: "予約メモリ" }, "MiB"],
  ];
  for (const [field, what, unit] of sizes) {
    if (old[field] === c[field]) continue;
    const from = old[field] ?? "unset";
    const to = c[field] ?? "unset";
    out.push(sentence(`changes ${what.en} of container ${name} ${from} → ${to} ${unit}`, ja("コンテナ", name, "の", what.ja, "を", `${from} → ${to} ${unit}`, "に変更します"), COVERS_DEFINITIONS, WEIGHT.important));
  }
  out.push(...namedChanges(name, old.environment, c.environment, { en: "environment variables", ja: "環境変数" }));
  out.push(...namedChanges(name, old.secrets, c.secrets, { en: "secrets", ja: "シークレット" }));
  if (old.ports.join(",") !== c.ports.join(",")) {
    const list = (ports: number[]) => (ports.length > 0 ? ports.join(", ") : "none");
    out.push(sentence(
      `changes the ports of container ${name} from ${list(old.ports)} to ${list(c.ports)}`,
      ja("コンテナ", name, "のポートを", list(old.ports), "から", list(c.ports), "に変更します"),
      COVERS_DEFINITIONS,
      WEIGHT.important,
    ));
  }
  if (out.length === 0 && old.fingerprint !== c.fingerprint) {
    out.push(sentence(`changes other settings of container ${name}`, ja("コンテナ", name, "のその他の設定を変更します"), COVERS_DEFINITIONS, WEIGHT.normal));
  }
  return out;
}

/** Names only: values of environment variables and secrets are never shown. */
function namedChanges(container: string, before: Map<string, string>, after: Map<string, string>, what: Text): Sentence[] {
  const added = [...after.keys()].filter((k) => !before.has(k)).map(code);
  const removed = [...before.keys()].filter((k) => !after.has(k)).map(code);
  const changed = [...after.keys()].filter((k) => before.has(k) && before.get(k) !== after.get(k)).map(code);
  if (added.length + removed.length + changed.length === 0) return [];
  const parts = changeParts({ added, removed, changed });
  return [sentence(
    `changes ${what.en} of container ${container}: ${parts.en}`,
    ja("コンテナ", container, "の", what.ja, `を変更します（${parts.ja}）`),
    COVERS_DEFINITIONS,
    WEIGHT.normal,
  )];
}

/** "adds `A`; removes `B`" and "追加: `A`、削除: `B`". */
function changeParts(names: { added: string[]; removed: string[]; changed: string[] }): Text {
  const parts: [string[], string, string][] = [
    [names.added, "adds", "追加"],
    [names.removed, "removes", "削除"],
    [names.changed, "changes", "変更"],
  ];
  const present = parts.filter(([list]) => list.length > 0);
  return {
    en: present.map(([list, verb]) => `${verb} ${listEn(list)}`).join("; "),
    ja: present.map(([list, , word]) => `${word}: ${listJa(list)}`).join("、"),
  };
}

const TASK_DEFINITION_REVISION = /(?:task-definition\/)?([^/:]+):(\d+)$/;
const TASK_DEFINITION_FAMILY = /(?:task-definition\/)?([^/:]+)$/;

function deploySentence(view: ChangeView): Sentence[] {
  if (!view.changed("task_definition")) return [];
  const value = view.after("task_definition");
  const covers = ["task_definition"];
  if (value instanceof Unknown) {
    return [sentence("deploys a new task definition revision (known after apply)", "新しいタスク定義のリビジョンをデプロイします（apply 後に決定）", covers, WEIGHT.critical)];
  }
  const text = asString(value);
  if (text === undefined) return [];
  const revision = TASK_DEFINITION_REVISION.exec(text);
  if (revision) {
    const family = code(revision[1]!);
    return [sentence(`deploys task definition revision ${revision[2]} of ${family}`, ja("タスク定義", family, "のリビジョン", revision[2]!, "をデプロイします"), covers, WEIGHT.critical)];
  }
  const family = code(TASK_DEFINITION_FAMILY.exec(text)?.[1] ?? text);
  return [sentence(`deploys the latest revision of task definition ${family}`, ja("タスク定義", family, "の最新リビジョンをデプロイします"), covers, WEIGHT.critical)];
}

function desiredCountSentence(view: ChangeView): Sentence[] {
  if (!view.changed("desired_count")) return [];
  const before = asNumber(view.before("desired_count"));
  const after = asNumber(view.after("desired_count"));
  if (after === undefined) return [];
  const covers = ["desired_count"];
  if (view.action === "create" || before === undefined) {
    return [sentence(`runs ${after} ${after === 1 ? "copy" : "copies"} of the task (desired_count ${after})`, ja("タスクを", String(after), `個動かします（desired_count ${after}）`), covers, WEIGHT.critical)];
  }
  const up = after > before;
  return [sentence(
    `${up ? "raises" : "lowers"} desired_count ${before} → ${after}`,
    ja("desired_count", "を", String(before), "から", String(after), up ? "に増やします" : "に減らします"),
    covers,
    WEIGHT.critical,
  )];
}

function launchTypeSentence(view: ChangeView): Sentence[] {
  if (view.action === "create" || !view.changed("launch_type")) return [];
  const before = view.before("launch_type");
  const after = view.after("launch_type");
  if (isMasked(after) || isMasked(before)) return [];
  const from = code(asString(before) || "default");
  const to = code(asString(after) || "default");
  return [sentence(`changes the launch type from ${from} to ${to}`, ja("起動タイプを", from, "から", to, "に変更します"), ["launch_type"], WEIGHT.important)];
}

function setChange(before: Value | undefined, after: Value | undefined): { added: string[]; removed: string[] } {
  const b = new Set(asStrings(before));
  const a = new Set(asStrings(after));
  return { added: [...a].filter((x) => !b.has(x)).map(code), removed: [...b].filter((x) => !a.has(x)).map(code) };
}

function networkSentences(view: ChangeView): Sentence[] {
  if (!view.changed("network_configuration")) return [];
  const before = block(view.before("network_configuration"));
  const after = block(view.after("network_configuration"));
  if (!after) return [];
  const covers = ["network_configuration"];
  const out: Sentence[] = [];
  const publicBefore = asBool(before?.assign_public_ip) ?? false;
  const publicAfter = asBool(after.assign_public_ip) ?? false;
  if (publicAfter && !publicBefore) out.push(sentence("gives each task a public IP address", "各タスクにパブリック IP アドレスを付けます", covers, WEIGHT.security));
  if (!publicAfter && publicBefore) out.push(sentence("stops giving tasks a public IP address", "タスクにパブリック IP アドレスを付けるのをやめます", covers, WEIGHT.important));
  if (!before) return out;
  const groups = setChange(before.security_groups, after.security_groups);
  if (groups.added.length + groups.removed.length > 0) {
    const parts = changeParts({ ...groups, changed: [] });
    out.push(sentence(`changes the security groups of the tasks: ${parts.en}`, `タスクのセキュリティグループを変更します（${parts.ja}）`, covers, WEIGHT.important));
  }
  if (!deepEqual(before.subnets, after.subnets)) {
    out.push(sentence("moves the tasks to different subnets", "タスクを別のサブネットに移します", covers, WEIGHT.important));
  }
  return out;
}

export const ecsServiceSentences: SentenceFamily = {
  types: ["aws_ecs_service"],
  describe(view) {
    if (view.action === "delete") return [];
    return [...deploySentence(view), ...desiredCountSentence(view), ...launchTypeSentence(view), ...networkSentences(view)];
  },
};
