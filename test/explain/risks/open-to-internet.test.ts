import { explainChange } from "../../../src/explain/index.js";
import { change } from "../builders.js";

const risks = (c: Parameters<typeof change>[0]) => explainChange(change(c)).risks;
const ingress = (from: number, to: number, cidrs: string[] = ["0.0.0.0/0"], protocol = "tcp") => ({ protocol, from_port: from, to_port: to, cidr_blocks: cidrs, ipv6_cidr_blocks: [], security_groups: [], self: false });

describe("exposure to the internet", () => {
  it("rates SSH, RDP and database ports high, naming the service", () => {
    const [ssh] = risks({ type: "aws_security_group", name: "bastion", after: { ingress: [ingress(22, 22)], egress: [] } });
    expect(ssh).toEqual({
      id: "open-to-internet",
      severity: "high",
      message: { en: "`aws_security_group.bastion` lets anyone on the internet reach TCP 22 (SSH)", ja: "`aws_security_group.bastion` はインターネット上の誰からでも TCP 22（SSH）に到達できるようにします" },
      why: expect.objectContaining({ en: expect.stringContaining("remote-administration") }),
    });
    expect(risks({ type: "aws_security_group_rule", after: { type: "ingress", protocol: "tcp", from_port: 5432, to_port: 5432, cidr_blocks: ["0.0.0.0/0"] } })[0]?.message.en).toContain("(PostgreSQL)");
    expect(risks({ type: "azurerm_network_security_rule", provider: "azurerm", after: { direction: "Inbound", access: "Allow", protocol: "Tcp", destination_port_range: "3389", source_address_prefix: "*" } })[0]?.severity).toBe("high");
    expect(risks({ type: "aws_vpc_security_group_ingress_rule", after: { ip_protocol: "-1", cidr_ipv6: "::/0" } })[0]?.severity).toBe("high");
  });

  it("rates a port range containing SSH high, other ports medium and web ports low", () => {
    expect(risks({ type: "aws_security_group", after: { ingress: [ingress(20, 25)], egress: [] } })[0]?.severity).toBe("high");
    expect(risks({ type: "aws_security_group", after: { ingress: [ingress(8080, 8080)], egress: [] } })[0]?.severity).toBe("medium");
    const web = risks({ type: "google_compute_firewall", provider: "google", after: { direction: "INGRESS", source_ranges: ["0.0.0.0/0"], allow: [{ protocol: "tcp", ports: ["80", "443"] }] } });
    expect(web[0]?.severity).toBe("low");
    expect(web[0]?.message.en).toBe("`google_compute_firewall.this` lets anyone on the internet reach TCP 80 and 443");
  });

  it("ignores private sources, egress, denies, and rules that were already open", () => {
    expect(risks({ type: "aws_security_group", after: { ingress: [ingress(22, 22, ["10.0.0.0/8"])], egress: [ingress(0, 0, ["0.0.0.0/0"], "-1")] } })).toEqual([]);
    expect(risks({ type: "google_compute_firewall", provider: "google", after: { direction: "INGRESS", source_ranges: ["0.0.0.0/0"], deny: [{ protocol: "tcp", ports: ["22"] }] } })).toEqual([]);
    const open = { ingress: [ingress(22, 22)], egress: [] };
    expect(risks({ type: "aws_security_group", before: { ...open, description: "a" }, after: { ...open, description: "b" } })).toEqual([]);
  });

  it("flags a database made publicly accessible", () => {
    const [risk] = risks({ type: "aws_db_instance", name: "main", before: { publicly_accessible: false }, after: { publicly_accessible: true } });
    expect(risk?.id).toBe("open-to-internet");
    expect(risk?.severity).toBe("medium");
    expect(risk?.message.en).toBe("makes the database `aws_db_instance.main` reachable from the internet (`publicly_accessible = true`)");
  });
});
