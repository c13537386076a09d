/**
 * Allowed network flows, read from firewall rules as written: AWS security
 * groups (inline rules and separate rule resources), Google firewall rules
 * and Azure network security groups. Each flow says who may reach whom, with
 * what traffic, guarded by which group, written where.
 */
import type { Text } from "../explain/types.js";
import { describeTraffic, hasPorts, normaliseProtocol, type PortSpan } from "../explain/network/rules.js";
import { escapeInline, inlineCode } from "../render/escape.js";
import { ofTypes, outsideParty, resourceParty, resourceText, say, type Party, type StudyContext } from "./context.js";
import { blocksOf, writtenText } from "./expressions.js";
import type { StudyResource } from "./model.js";

export interface Flow {
  direction: "ingress" | "egress";
  /** The other side of the rule: the source of ingress, the destination of egress. */
  peer: Party;
  /** The group the rule belongs to (security group, firewall, NSG). */
  guard: StudyResource;
  /** Google firewall rules apply to tagged instances, not to members of a group. */
  guardWords?: string;
  /** "TCP 80" as Markdown, and as plain text for pictures. */
  traffic: string;
  trafficLabel: string;
  /** The resource whose block holds the rule. */
  written: StudyResource;
}

export interface NetworkFlows {
  flows: Flow[];
  /** Guard id → the resources it protects (a load balancer, a service, a subnet…). */
  members: Map<string, StudyResource[]>;
  /** Rules that deny traffic (Azure, Google): counted, not drawn. */
  denied: number;
}

const AWS_GROUPS = /^aws_(default_)?security_group$/;
const RULE_TYPES = /^(aws_security_group_rule|aws_vpc_security_group_(ingress|egress)_rule|azurerm_network_security_rule|google_compute_firewall)$/;
const INTERNET = new Set(["0.0.0.0/0", "::/0", "*", "internet", "any"]);

export function readFlows(context: StudyContext): NetworkFlows {
  const result: NetworkFlows = { flows: [], members: new Map(), denied: 0 };
  for (const group of ofTypes(context, AWS_GROUPS)) {
    for (const direction of ["ingress", "egress"] as const) {
      for (const rule of blocksOf(group.body[direction])) {
        result.flows.push(...awsRule(context, group, group, direction, rule, rule["security_groups"]));
      }
    }
  }
  for (const rule of ofTypes(context, /^aws_security_group_rule$/)) {
    const guard = firstOfType(context, rule, rule.body["security_group_id"], AWS_GROUPS);
    const direction = context.resolver.literalText(rule.instance, rule.body["type"]) === "egress" ? "egress" : "ingress";
    if (guard) result.flows.push(...awsRule(context, guard, rule, direction, rule.body, rule.body["source_security_group_id"]));
  }
  for (const rule of ofTypes(context, /^aws_vpc_security_group_(ingress|egress)_rule$/)) {
    const guard = firstOfType(context, rule, rule.body["security_group_id"], AWS_GROUPS);
    if (!guard) continue;
    const direction = rule.type.endsWith("ingress_rule") ? "ingress" : "egress";
    const body = { ...rule.body, protocol: rule.body["ip_protocol"], cidr_blocks: [rule.body["cidr_ipv4"], rule.body["cidr_ipv6"]].filter((v) => v !== undefined) };
    result.flows.push(...awsRule(context, guard, rule, direction, body, rule.body["referenced_security_group_id"]));
  }
  for (const firewall of ofTypes(context, /^google_compute_firewall$/)) googleFirewall(context, firewall, result);
  for (const group of ofTypes(context, /^azurerm_network_security_group$/)) {
    for (const rule of blocksOf(group.body["security_rule"])) azureRule(context, group, group, rule, result);
  }
  for (const rule of ofTypes(context, /^azurerm_network_security_rule$/)) {
    const guard = firstOfType(context, rule, rule.body["network_security_group_name"], /^azurerm_network_security_group$/);
    if (guard) azureRule(context, guard, rule, rule.body, result);
  }
  for (const guard of new Set(result.flows.map((flow) => flow.guard))) result.members.set(guard.id, membersOf(context, guard));
  for (const group of ofTypes(context, AWS_GROUPS)) if (!result.members.has(group.id)) result.members.set(group.id, membersOf(context, group));
  return result;
}

function firstOfType(context: StudyContext, from: StudyResource, value: unknown, type: RegExp): StudyResource | undefined {
  return context.resolver.targets(from.instance, value).find((target) => type.test(target.type));
}

function awsRule(
  context: StudyContext,
  guard: StudyResource,
  written: StudyResource,
  direction: "ingress" | "egress",
  rule: Record<string, unknown>,
  groups: unknown,
): Flow[] {
  const traffic = trafficOf(context, written, rule["protocol"], rule["from_port"], rule["to_port"]);
  const peers: Party[] = [
    ...addressPeers(context, written, rule["cidr_blocks"], direction),
    ...addressPeers(context, written, rule["ipv6_cidr_blocks"], direction),
    ...addressPeers(context, written, rule["prefix_list_ids"], direction),
    ...context.resolver.targets(written.instance, groups).filter((target) => AWS_GROUPS.test(target.type)).map(resourceParty),
  ];
  const self = context.resolver.literalText(written.instance, rule["self"]);
  if (self === "true") peers.push(resourceParty(guard));
  return peers.map((peer) => ({ direction, peer, guard, written, ...traffic }));
}

/** CIDR blocks (or prefix lists) as parties: the internet, a literal range, or the network a reference names. */
function addressPeers(context: StudyContext, from: StudyResource, value: unknown, direction: Flow["direction"]): Party[] {
  if (value === undefined || value === null) return [];
  const literal = context.resolver.literalTexts(from.instance, value);
  if (literal) return literal.filter((text) => text !== "").map((text) => addressParty(context, text, direction));
  const targets = context.resolver.targets(from.instance, value).filter((target) => target.mode === "managed");
  if (targets.length > 0) return targets.map(resourceParty);
  const written = writtenText(value);
  return [outsideParty(`expr:${written}`, written)];
}

function addressParty(context: StudyContext, text: string, direction: Flow["direction"]): Party {
  if (INTERNET.has(text.toLowerCase())) {
    const words =
      direction === "ingress"
        ? say(context, `anyone on the internet (${inlineCode(text)})`, `インターネット上の誰でも（${inlineCode(text)}）`)
        : say(context, `anywhere on the internet (${inlineCode(text)})`, `インターネット上のどこへでも（${inlineCode(text)}）`);
    return outsideParty("internet", say(context, "internet", "インターネット"), words);
  }
  return outsideParty(`address:${text}`, text);
}

function trafficOf(context: StudyContext, from: StudyResource, protocolValue: unknown, fromPort: unknown, toPort: unknown): Pick<Flow, "traffic" | "trafficLabel"> {
  const protocolText = context.resolver.literalText(from.instance, protocolValue);
  const protocol = protocolText === undefined ? "unknown" : normaliseProtocol(protocolText);
  const first = numberOf(context.resolver.literalText(from.instance, fromPort));
  const last = numberOf(context.resolver.literalText(from.instance, toPort)) ?? first;
  if (protocol !== "unknown" && (fromPort === undefined || (first !== undefined && last !== undefined))) {
    // AWS writes "all protocols" as -1 with ports 0-0, and ICMP reuses the port fields for type and code.
    const ports: PortSpan[] | "all" = first === undefined || last === undefined || !hasPorts(protocol) || protocol === "all" ? "all" : [{ from: first, to: last }];
    const words = trafficWords(describeTraffic(protocol, ports), context);
    return { traffic: escapeInline(words), trafficLabel: words };
  }
  const [protocolWritten, start, end] = [protocolValue, fromPort, toPort].map((value) => (value === undefined || value === null ? "?" : writtenText(value)));
  const label = `${protocolWritten} ${start === end ? start : `${start}-${end}`}`;
  return { traffic: inlineCode(label), trafficLabel: label };
}

function trafficWords(text: Text, context: StudyContext): string {
  return context.lang === "ja" ? text.ja : text.en;
}

function numberOf(text: string | undefined): number | undefined {
  if (text === undefined || text.trim() === "") return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

function googleFirewall(context: StudyContext, firewall: StudyResource, result: NetworkFlows): void {
  const literal = (value: unknown) => context.resolver.literalText(firewall.instance, value);
  if (literal(firewall.body["disabled"]) === "true") return;
  const direction = literal(firewall.body["direction"])?.toUpperCase() === "EGRESS" ? "egress" : "ingress";
  const side = direction === "ingress" ? "source_ranges" : "destination_ranges";
  const peers = [
    ...addressPeers(context, firewall, firewall.body[side], direction),
    ...(context.resolver.literalTexts(firewall.instance, firewall.body["source_tags"]) ?? []).map((tag) =>
      outsideParty(`tag:${tag}`, `tag ${tag}`, say(context, `instances tagged ${inlineCode(tag)}`, `タグ ${inlineCode(tag)} の付いたインスタンス`)),
    ),
  ];
  const tags = context.resolver.literalTexts(firewall.instance, firewall.body["target_tags"]);
  const [network] = context.resolver.targets(firewall.instance, firewall.body["network"]).filter((target) => target.type === "google_compute_network");
  const guardWords =
    tags && tags.length > 0
      ? say(context, `instances tagged ${tags.map(inlineCode).join(", ")}`, `タグ ${tags.map(inlineCode).join("、")} の付いたインスタンス`)
      : network && !("target_service_accounts" in firewall.body)
        ? say(context, `every instance in ${resourceText(context, network)}`, `${resourceText(context, network)} のすべてのインスタンス`)
        : undefined;
  result.denied += blocksOf(firewall.body["deny"]).length;
  for (const allow of blocksOf(firewall.body["allow"])) {
    const protocolText = literal(allow["protocol"]);
    const ports = context.resolver.literalTexts(firewall.instance, allow["ports"]);
    const traffic = portsTraffic(context, protocolText, ports);
    for (const peer of peers) result.flows.push({ direction, peer, guard: firewall, written: firewall, ...traffic, ...(guardWords ? { guardWords } : {}) });
  }
}

function azureRule(context: StudyContext, guard: StudyResource, written: StudyResource, rule: Record<string, unknown>, result: NetworkFlows): void {
  const literal = (value: unknown) => context.resolver.literalText(written.instance, value);
  if (literal(rule["access"])?.toLowerCase() === "deny") {
    result.denied += 1;
    return;
  }
  const direction = literal(rule["direction"])?.toLowerCase() === "outbound" ? "egress" : "ingress";
  const side = direction === "ingress" ? "source" : "destination";
  const peers = [...addressPeers(context, written, rule[`${side}_address_prefix`], direction), ...addressPeers(context, written, rule[`${side}_address_prefixes`], direction)];
  const ports = [
    ...(context.resolver.literalTexts(written.instance, rule["destination_port_range"]) ?? []),
    ...(context.resolver.literalTexts(written.instance, rule["destination_port_ranges"]) ?? []),
  ];
  const traffic = portsTraffic(context, literal(rule["protocol"]), ports.includes("*") ? [] : ports);
  for (const peer of peers) result.flows.push({ direction, peer, guard, written, ...traffic });
}

/** Google and Azure write ports as strings: "80", "8000-8080", "*". */
function portsTraffic(context: StudyContext, protocolText: string | undefined, ports: string[] | undefined): Pick<Flow, "traffic" | "trafficLabel"> {
  const protocol = protocolText === undefined ? "unknown" : normaliseProtocol(protocolText);
  const spans: PortSpan[] = [];
  for (const port of ports ?? []) {
    const [from, to] = port.split("-").map(Number);
    if (from !== undefined && Number.isFinite(from)) spans.push({ from, to: to !== undefined && Number.isFinite(to) ? to : from });
  }
  const words = trafficWords(describeTraffic(protocol, spans.length > 0 ? spans : "all"), context);
  return { traffic: escapeInline(words), trafficLabel: words };
}

/**
 * What a group protects: resources that name it (a load balancer's
 * `security_groups`, a service's `network_configuration`), looking through
 * association resources (Azure attaches an NSG to a subnet with one).
 */
function membersOf(context: StudyContext, guard: StudyResource): StudyResource[] {
  const members = new Map<string, StudyResource>();
  for (const user of context.graph.referredBy(guard)) {
    if (user.mode !== "managed" || RULE_TYPES.test(user.type) || AWS_GROUPS.test(user.type)) continue;
    if (/_association$/.test(user.type)) {
      for (const attached of context.graph.refersTo(user)) {
        if (attached.id !== guard.id && attached.mode === "managed") members.set(attached.id, attached);
      }
      continue;
    }
    members.set(user.id, user);
  }
  return [...members.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
