import { explainChange } from "../../../src/explain/index.js";
import type { Text } from "../../../src/explain/types.js";
import { change, unknown } from "../builders.js";

const rule = (over: Record<string, unknown>) => ({
  protocol: "tcp", from_port: 22, to_port: 22, cidr_blocks: ["0.0.0.0/0"], ipv6_cidr_blocks: [], prefix_list_ids: [], security_groups: [], self: false, description: "", ...over,
});

function sentences(c: Parameters<typeof change>[0]): Text[] {
  return explainChange(change(c)).sentences;
}

describe("network rule sentences", () => {
  it("tells a new security group's open SSH rule as who may reach what", () => {
    const texts = sentences({ type: "aws_security_group", after: { name: "web", ingress: [rule({})], egress: [] } });
    expect(texts[0]).toEqual({
      en: "adds an ingress rule that lets anyone on the internet reach TCP 22",
      ja: "インターネット上のあらゆる送信元から TCP 22 への接続を許可するインバウンドルールを追加します",
    });
  });

  it("reports only the rule an update adds, not every rule of the set", () => {
    const before = { name: "db", ingress: [rule({ from_port: 443, to_port: 443 })], egress: [] };
    const after = { name: "db", ingress: [rule({ from_port: 443, to_port: 443 }), rule({ from_port: 5432, to_port: 5432, cidr_blocks: ["10.0.0.0/16"] })], egress: [] };
    const texts = sentences({ type: "aws_security_group", before, after });
    expect(texts).toEqual([
      { en: "adds an ingress rule that lets 10.0.0.0/16 reach TCP 5432", ja: "10.0.0.0/16 から TCP 5432 への接続を許可するインバウンドルールを追加します" },
    ]);
  });

  it("handles protocol -1, port ranges, IPv6 and other security groups", () => {
    const after = {
      ingress: [rule({ protocol: "tcp", from_port: 8000, to_port: 8080, cidr_blocks: [], security_groups: ["sg-123"] })],
      egress: [rule({ protocol: "-1", from_port: 0, to_port: 0, ipv6_cidr_blocks: ["::/0"] })],
    };
    const texts = sentences({ type: "aws_security_group", after });
    expect(texts).toContainEqual({
      en: "adds an ingress rule that lets security group sg-123 reach TCP 8000-8080",
      ja: "セキュリティグループ sg-123 から TCP 8000-8080 への接続を許可するインバウンドルールを追加します",
    });
    expect(texts).toContainEqual({
      en: "adds an egress rule that lets it reach anywhere on the internet (IPv4 and IPv6) on all ports and protocols",
      ja: "インターネット上のあらゆる宛先（IPv4 と IPv6）への全プロトコル・全ポートの通信を許可するアウトバウンドルールを追加します",
    });
  });

  it("tells a removed rule in the past", () => {
    const texts = sentences({ type: "aws_security_group", before: { ingress: [rule({ from_port: 3389, to_port: 3389 })], egress: [] }, after: { ingress: [], egress: [] } });
    expect(texts[0]).toEqual({
      en: "removes the ingress rule that let anyone on the internet reach TCP 3389",
      ja: "インターネット上のあらゆる送信元から TCP 3389 への接続を許可するインバウンドルールを削除します",
    });
  });

  it("explains standalone rules: aws_security_group_rule and the VPC rule resources", () => {
    expect(sentences({ type: "aws_security_group_rule", after: { type: "ingress", protocol: "tcp", from_port: 0, to_port: 65535, cidr_blocks: ["0.0.0.0/0"], self: false } })[0]?.en)
      .toBe("adds an ingress rule that lets anyone on the internet reach all TCP ports");
    expect(sentences({ type: "aws_security_group_rule", action: "delete", before: { type: "egress", protocol: "udp", from_port: 53, to_port: 53, cidr_blocks: ["10.0.0.2/32"] }, after: null })[0]?.en)
      .toBe("removes the egress rule that let it reach 10.0.0.2/32 on UDP 53");
    expect(sentences({ type: "aws_vpc_security_group_ingress_rule", after: { ip_protocol: "tcp", from_port: 443, to_port: 443, cidr_ipv6: "::/0" } })[0]?.en)
      .toBe("adds an ingress rule that lets anyone on the internet (IPv6) reach TCP 443");
    expect(sentences({ type: "aws_vpc_security_group_egress_rule", after: { ip_protocol: "-1", cidr_ipv4: "0.0.0.0/0" } })[0]?.en)
      .toBe("adds an egress rule that lets it reach anywhere on the internet on all ports and protocols");
  });

  it("says when a source is only known after apply", () => {
    expect(sentences({ type: "aws_security_group_rule", after: { type: "ingress", protocol: "tcp", from_port: 5432, to_port: 5432, source_security_group_id: unknown } })[0]?.en)
      .toBe("adds an ingress rule that lets (known after apply) reach TCP 5432");
  });

  it("does not claim rules are removed when the new rule list is only known after apply", () => {
    const texts = sentences({ type: "aws_security_group", before: { ingress: [rule({})], egress: [] }, after: { ingress: unknown, egress: [] } });
    expect(texts).toEqual([{ en: "`ingress` will be known after apply", ja: "`ingress` は apply 後に決まります" }]);
  });

  it("explains GCP firewalls, allow and deny, with several ports", () => {
    const texts = sentences({
      type: "google_compute_firewall",
      provider: "google",
      after: { direction: "INGRESS", source_ranges: ["0.0.0.0/0"], allow: [{ protocol: "tcp", ports: ["80", "443", "8000-8100"] }], deny: [], disabled: false },
    });
    expect(texts[0]).toEqual({
      en: "adds an ingress rule that lets anyone on the internet reach TCP 80, 443 and 8000-8100",
      ja: "インターネット上のあらゆる送信元から TCP 80、443、8000-8100 への接続を許可するインバウンドルールを追加します",
    });
    const deny = sentences({ type: "google_compute_firewall", provider: "google", after: { direction: "EGRESS", destination_ranges: ["10.1.0.0/16"], allow: [], deny: [{ protocol: "all", ports: [] }] } });
    expect(deny[0]).toEqual({
      en: "adds an egress rule that blocks it from reaching 10.1.0.0/16 on all ports and protocols",
      ja: "10.1.0.0/16 への全プロトコル・全ポートの通信を拒否するアウトバウンドルールを追加します",
    });
  });

  it("explains Azure security rules, standalone and inline", () => {
    const standalone = sentences({
      type: "azurerm_network_security_rule",
      provider: "azurerm",
      after: { direction: "Inbound", access: "Allow", protocol: "Tcp", destination_port_range: "3389", source_address_prefix: "Internet", destination_address_prefix: "*" },
    });
    expect(standalone[0]?.en).toBe("adds an ingress rule that lets anyone on the internet reach TCP 3389");
    const inline = sentences({
      type: "azurerm_network_security_group",
      provider: "azurerm",
      after: {
        security_rule: [
          { direction: "Inbound", access: "Deny", protocol: "*", destination_port_range: "*", destination_port_ranges: [], source_address_prefix: "VirtualNetwork", source_address_prefixes: [] },
        ],
      },
    });
    expect(inline[0]?.en).toBe("adds an ingress rule that blocks the VirtualNetwork service tag from reaching all ports and protocols");
  });
});
