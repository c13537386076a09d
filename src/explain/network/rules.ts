import type { Text } from "../types.js";
import { ja, listEn, listJa } from "../text.js";

export type Direction = "ingress" | "egress";

/** Who is on the other side of a rule: the source of ingress, the destination of egress. */
export type Peer =
  | { kind: "internet"; family: "ipv4" | "ipv6" | "any" }
  | { kind: "cidr" | "security-group" | "prefix-list" | "network-tag" | "service-account" | "service-tag" | "app-security-group"; value: string }
  | { kind: "self" }
  | { kind: "unknown" };

export interface PortSpan {
  from: number;
  to: number;
}

/** One allowed or denied path for traffic, flattened to a single peer. */
export interface NetworkRule {
  direction: Direction;
  allow: boolean;
  /** tcp, udp, icmp, icmpv6, all, or another protocol name in lower case. */
  protocol: string;
  /** "all" for every port, "unknown" when not known until apply. */
  ports: PortSpan[] | "all" | "unknown";
  peer: Peer;
}

const PROTOCOL_NUMBERS: Readonly<Record<string, string>> = { "-1": "all", "6": "tcp", "17": "udp", "1": "icmp", "58": "icmpv6" };
const ALL_PROTOCOLS = new Set(["all", "*", "asterisk", "any"]);
const PORTED_PROTOCOLS = new Set(["tcp", "udp", "all"]);

export function normaliseProtocol(raw: string): string {
  const lower = raw.trim().toLowerCase();
  const named = PROTOCOL_NUMBERS[lower] ?? lower;
  return ALL_PROTOCOLS.has(named) ? "all" : named;
}

/** Ports only mean something for TCP and UDP; ICMP reuses the fields for type/code. */
export function hasPorts(protocol: string): boolean {
  return PORTED_PROTOCOLS.has(protocol);
}

export function isEveryPort(spans: PortSpan[]): boolean {
  return spans.some((s) => s.from <= 1 && s.to >= 65535);
}

const INTERNET_V4 = "0.0.0.0/0";
const INTERNET_V6 = "::/0";
/** Azure spells "anywhere" several ways; all include the internet. */
const AZURE_ANYWHERE = new Set(["*", "internet", "any", INTERNET_V4]);
const ADDRESS_LIKE = /^[\d.:]+$/;

export function cidrPeer(cidr: string): Peer {
  if (cidr === INTERNET_V4) return { kind: "internet", family: "ipv4" };
  if (cidr === INTERNET_V6) return { kind: "internet", family: "ipv6" };
  return { kind: "cidr", value: cidr };
}

export function azurePrefixPeer(prefix: string): Peer {
  if (AZURE_ANYWHERE.has(prefix.toLowerCase())) return { kind: "internet", family: "any" };
  if (prefix === INTERNET_V6) return { kind: "internet", family: "ipv6" };
  // Service tags (VirtualNetwork, AzureLoadBalancer, Storage.WestEurope) have no digits-and-slash shape.
  return prefix.includes("/") || ADDRESS_LIKE.test(prefix) ? { kind: "cidr", value: prefix } : { kind: "service-tag", value: prefix };
}

export function ruleKey(rule: NetworkRule): string {
  return `${rule.direction}|${rule.allow}|${rule.protocol}|${portsKey(rule.ports)}|${peerKey(rule.peer)}`;
}

function portsKey(ports: NetworkRule["ports"]): string {
  return typeof ports === "string" ? ports : ports.map((p) => `${p.from}-${p.to}`).join(",");
}

function peerKey(peer: Peer): string {
  if (peer.kind === "internet") return `internet:${peer.family}`;
  if (peer.kind === "self" || peer.kind === "unknown") return peer.kind;
  return `${peer.kind}:${peer.value}`;
}

export function isInternet(peer: Peer): boolean {
  return peer.kind === "internet";
}

/** "TCP 22", "TCP 80 and 443", "all TCP ports", "all ports and protocols". */
export function describeTraffic(protocol: string, ports: NetworkRule["ports"]): Text {
  if (protocol === "unknown") return { en: "traffic (protocol known after apply)", ja: "通信（プロトコルは apply 後に決定）" };
  const everyPort = ports === "all" || (Array.isArray(ports) && isEveryPort(ports));
  if (protocol === "all" && everyPort) {
    return { en: "all ports and protocols", ja: "全プロトコル・全ポート" };
  }
  const name = protocol === "all" ? "TCP/UDP" : protocol.toUpperCase();
  if (!hasPorts(protocol)) return { en: name, ja: name };
  if (ports === "unknown") return { en: `${name} (ports known after apply)`, ja: `${name}（ポートは apply 後に決定）` };
  if (everyPort) return { en: `all ${name} ports`, ja: `すべての ${name} ポート` };
  const spans = ports.map((p) => (p.from === p.to ? String(p.from) : `${p.from}-${p.to}`));
  return { en: `${name} ${listEn(spans, 6)}`, ja: `${name} ${listJa(spans, 6)}` };
}

/** Peers as words; IPv4 and IPv6 "anywhere" fold into one phrase. */
export function describePeers(peers: Peer[], direction: Direction): Text {
  const internet = new Set(peers.filter((p) => p.kind === "internet").map((p) => (p.kind === "internet" ? p.family : "any")));
  const words: Text[] = [];
  if (internet.size > 0) words.push(internetWords(internet, direction));
  for (const peer of peers) if (peer.kind !== "internet") words.push(peerWords(peer));
  return { en: listEn(words.map((w) => w.en)), ja: listJa(words.map((w) => w.ja)) };
}

function internetWords(families: Set<string>, direction: Direction): Text {
  const base = direction === "ingress"
    ? { en: "anyone on the internet", ja: "インターネット上のあらゆる送信元" }
    : { en: "anywhere on the internet", ja: "インターネット上のあらゆる宛先" };
  if (families.has("any") || families.size === 1 && families.has("ipv4")) return base;
  if (families.size === 1) return { en: `${base.en} (IPv6)`, ja: `${base.ja}（IPv6）` };
  return { en: `${base.en} (IPv4 and IPv6)`, ja: `${base.ja}（IPv4 と IPv6）` };
}

function peerWords(peer: Exclude<Peer, { kind: "internet" }>): Text {
  switch (peer.kind) {
    case "self":
      return { en: "other members of this security group", ja: "このセキュリティグループの他のメンバー" };
    case "unknown":
      return { en: "(known after apply)", ja: "(known after apply)" };
    case "cidr":
      return { en: peer.value, ja: peer.value };
    case "security-group":
      return { en: `security group ${peer.value}`, ja: ja("セキュリティグループ", peer.value) };
    case "prefix-list":
      return { en: `prefix list ${peer.value}`, ja: ja("プレフィックスリスト", peer.value) };
    case "network-tag":
      return { en: `instances tagged ${peer.value}`, ja: ja("タグ", peer.value, "の付いたインスタンス") };
    case "service-account":
      return { en: `instances running as ${peer.value}`, ja: ja("サービスアカウント", peer.value, "で動くインスタンス") };
    case "service-tag":
      return { en: `the ${peer.value} service tag`, ja: ja("サービスタグ", peer.value) };
    case "app-security-group":
      return { en: `application security group ${peer.value}`, ja: ja("アプリケーションセキュリティグループ", peer.value) };
  }
}

/** Rules sharing direction, access and traffic, so one sentence can name all their peers. */
export interface RuleGroup {
  direction: Direction;
  allow: boolean;
  protocol: string;
  ports: NetworkRule["ports"];
  peers: Peer[];
}

export function groupRules(rules: NetworkRule[]): RuleGroup[] {
  const groups = new Map<string, RuleGroup>();
  for (const rule of rules) {
    const key = `${rule.direction}|${rule.allow}|${rule.protocol}|${portsKey(rule.ports)}`;
    const group = groups.get(key);
    if (group) group.peers.push(rule.peer);
    else groups.set(key, { direction: rule.direction, allow: rule.allow, protocol: rule.protocol, ports: rule.ports, peers: [rule.peer] });
  }
  return [...groups.values()];
}

