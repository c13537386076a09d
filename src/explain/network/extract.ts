import type { Value } from "../../plan/model.js";
import { asList, asNumber, asString, asStrings, isMasked, isObject, type ValueObject } from "../values.js";
import { azurePrefixPeer, cidrPeer, hasPorts, normaliseProtocol, type Direction, type NetworkRule, type Peer, type PortSpan } from "./rules.js";

/** Undefined when the rule list itself is only known after apply (or masked). */
type Extractor = (resource: ValueObject) => NetworkRule[] | undefined;

/** Reads the network rules an object describes; one extractor per resource type. */
const EXTRACTORS: Readonly<Record<string, Extractor>> = {
  aws_security_group: awsInlineRules,
  aws_default_security_group: awsInlineRules,
  aws_security_group_rule: (r) => {
    const direction: Direction = asString(r.type) === "egress" ? "egress" : "ingress";
    return awsRule(direction, r, [
      ...peersFrom(r.cidr_blocks, cidrPeer),
      ...peersFrom(r.ipv6_cidr_blocks, cidrPeer),
      ...peersFrom(r.prefix_list_ids, (v) => ({ kind: "prefix-list", value: v })),
      ...peersFrom(r.source_security_group_id, (v) => ({ kind: "security-group", value: v })),
      ...(r.self === true ? [{ kind: "self" } as const] : []),
    ]);
  },
  aws_vpc_security_group_ingress_rule: (r) => vpcRule("ingress", r),
  aws_vpc_security_group_egress_rule: (r) => vpcRule("egress", r),
  google_compute_firewall: googleFirewallRules,
  azurerm_network_security_rule: (r) => azureRules(r),
  azurerm_network_security_group: (r) => (isMasked(r.security_rule) ? undefined : asList(r.security_rule).filter(isObject).flatMap(azureRules)),
};

/** The attributes whose changes the rules cover, per type. */
export const RULE_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  aws_security_group: ["ingress", "egress"],
  aws_default_security_group: ["ingress", "egress"],
  aws_security_group_rule: ["type", "protocol", "from_port", "to_port", "cidr_blocks", "ipv6_cidr_blocks", "prefix_list_ids", "source_security_group_id", "self"],
  aws_vpc_security_group_ingress_rule: ["ip_protocol", "from_port", "to_port", "cidr_ipv4", "cidr_ipv6", "prefix_list_id", "referenced_security_group_id"],
  aws_vpc_security_group_egress_rule: ["ip_protocol", "from_port", "to_port", "cidr_ipv4", "cidr_ipv6", "prefix_list_id", "referenced_security_group_id"],
  google_compute_firewall: ["direction", "allow", "deny", "source_ranges", "destination_ranges", "source_tags", "source_service_accounts", "disabled"],
  azurerm_network_security_rule: [
    "direction", "access", "protocol", "destination_port_range", "destination_port_ranges", "source_address_prefix",
    "source_address_prefixes", "destination_address_prefix", "destination_address_prefixes", "source_application_security_group_ids",
    "destination_application_security_group_ids",
  ],
  azurerm_network_security_group: ["security_rule"],
};

/** Whether objects of this type hold network rules that networkRules reads. */
export function describesNetworkRules(type: string): boolean {
  return Object.hasOwn(EXTRACTORS, type);
}

/** Rules of one side (before or after) of a change: none when absent, undefined when unknown. */
export function networkRules(type: string, resource: Value | undefined): NetworkRule[] | undefined {
  const extract = EXTRACTORS[type];
  if (!extract) return [];
  if (isMasked(resource)) return undefined;
  return isObject(resource) ? extract(resource) : [];
}

function peersFrom(v: Value | undefined, make: (s: string) => Peer): Peer[] {
  if (isMasked(v)) return [{ kind: "unknown" }];
  return asStrings(v).filter((s) => s !== "").map(make);
}

function span(from: Value | undefined, to: Value | undefined): NetworkRule["ports"] {
  if (isMasked(from) || isMasked(to)) return "unknown";
  const start = asNumber(from);
  const end = asNumber(to) ?? start;
  if (start === undefined || end === undefined) return "all";
  return [{ from: start, to: end }];
}

function rule(direction: Direction, allow: boolean, rawProtocol: Value | undefined, ports: NetworkRule["ports"], peers: Peer[]): NetworkRule[] {
  const protocol = isMasked(rawProtocol) ? "unknown" : normaliseProtocol(asString(rawProtocol) ?? String(rawProtocol ?? "all"));
  // AWS writes "all protocols" as -1 with ports 0-0: every port, whatever the numbers say.
  const effectivePorts = protocol === "all" && ports !== "unknown" ? "all" : hasPorts(protocol) ? ports : "all";
  return peers.map((peer) => ({ direction, allow, protocol, ports: effectivePorts, peer }));
}

function awsRule(direction: Direction, r: ValueObject, peers: Peer[]): NetworkRule[] {
  return rule(direction, true, r.protocol, span(r.from_port, r.to_port), peers);
}

function awsInlineRules(sg: ValueObject): NetworkRule[] | undefined {
  if (isMasked(sg.ingress) || isMasked(sg.egress)) return undefined;
  const rules: NetworkRule[] = [];
  for (const direction of ["ingress", "egress"] as const) {
    for (const r of asList(sg[direction])) {
      if (!isObject(r)) continue;
      // Security groups are the most common rule holders: peers are gathered without intermediate lists.
      const peers: Peer[] = [];
      addPeers(peers, r.cidr_blocks, cidrPeer);
      addPeers(peers, r.ipv6_cidr_blocks, cidrPeer);
      addPeers(peers, r.prefix_list_ids, prefixListPeer);
      addPeers(peers, r.security_groups, securityGroupPeer);
      if (r.self === true) peers.push({ kind: "self" });
      for (const rule of awsRule(direction, r, peers)) rules.push(rule);
    }
  }
  return rules;
}

/** What peersFrom returns, added to `into`. */
function addPeers(into: Peer[], v: Value | undefined, make: (s: string) => Peer): void {
  if (isMasked(v)) {
    into.push({ kind: "unknown" });
    return;
  }
  if (typeof v === "string") {
    if (v !== "") into.push(make(v));
    return;
  }
  for (const item of asList(v)) if (typeof item === "string" && item !== "") into.push(make(item));
}

function prefixListPeer(value: string): Peer {
  return { kind: "prefix-list", value };
}

function securityGroupPeer(value: string): Peer {
  return { kind: "security-group", value };
}

function vpcRule(direction: Direction, r: ValueObject): NetworkRule[] {
  const peers = [
    ...peersFrom(r.cidr_ipv4, cidrPeer),
    ...peersFrom(r.cidr_ipv6, cidrPeer),
    ...peersFrom(r.prefix_list_id, (v) => ({ kind: "prefix-list", value: v })),
    ...peersFrom(r.referenced_security_group_id, (v) => ({ kind: "security-group", value: v })),
  ];
  return rule(direction, true, r.ip_protocol, span(r.from_port, r.to_port), peers);
}

function portList(v: Value | undefined): NetworkRule["ports"] {
  if (isMasked(v)) return "unknown";
  const spans: PortSpan[] = [];
  for (const p of asStrings(v)) {
    const [from, to] = p.split("-");
    const start = Number(from);
    const end = to === undefined ? start : Number(to);
    if (Number.isFinite(start) && Number.isFinite(end)) spans.push({ from: start, to: end });
  }
  return spans.length > 0 ? spans : "all";
}

function googleFirewallRules(fw: ValueObject): NetworkRule[] | undefined {
  if (isMasked(fw.allow) || isMasked(fw.deny)) return undefined;
  if (fw.disabled === true) return [];
  const direction: Direction = asString(fw.direction)?.toUpperCase() === "EGRESS" ? "egress" : "ingress";
  const peers = direction === "ingress"
    ? [
        ...peersFrom(fw.source_ranges, cidrPeer),
        ...peersFrom(fw.source_tags, (v) => ({ kind: "network-tag", value: v })),
        ...peersFrom(fw.source_service_accounts, (v) => ({ kind: "service-account", value: v })),
      ]
    : peersFrom(fw.destination_ranges, cidrPeer);
  const rules: NetworkRule[] = [];
  for (const [blockName, allow] of [["allow", true], ["deny", false]] as const) {
    for (const b of asList(fw[blockName])) {
      if (!isObject(b)) continue;
      rules.push(...rule(direction, allow, b.protocol, portList(b.ports), peers));
    }
  }
  return rules;
}

function azureRules(r: ValueObject): NetworkRule[] {
  const direction: Direction = asString(r.direction)?.toLowerCase() === "outbound" ? "egress" : "ingress";
  const allow = asString(r.access)?.toLowerCase() !== "deny";
  const side = direction === "ingress" ? "source" : "destination";
  const peers = [
    ...peersFrom(r[`${side}_address_prefix`], azurePrefixPeer),
    ...peersFrom(r[`${side}_address_prefixes`], azurePrefixPeer),
    ...peersFrom(r[`${side}_application_security_group_ids`], (v) => ({ kind: "app-security-group", value: v })),
  ];
  const portValues = [...asStrings(r.destination_port_range), ...asStrings(r.destination_port_ranges)];
  const ports: NetworkRule["ports"] = isMasked(r.destination_port_range) || isMasked(r.destination_port_ranges)
    ? "unknown"
    : portValues.includes("*") || portValues.length === 0 ? "all" : portList(portValues);
  return rule(direction, allow, r.protocol, ports, peers);
}
