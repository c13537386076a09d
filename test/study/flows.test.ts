/** The table of allowed flows for each way of writing firewall rules. */
import { buildStudyGuide } from "../../src/study/index.js";

async function flowRows(text: string): Promise<string[]> {
  const { markdown } = await buildStudyGuide({ files: new Map([["main.tf", text]]), lang: "en" });
  const section = markdown.slice(markdown.indexOf("### Allowed flows"), markdown.indexOf("### Picture: who can reach what"));
  return section
    .split("\n")
    .filter((line) => line.startsWith("| ") && !line.startsWith("| From |") && !line.startsWith("| --- |"))
    .map((line) => line.replace(/ \| \[main\.tf L\d+–L\d+\]\(main\.tf#L\d+-L\d+\) \|$/, " |"));
}

describe("allowed flows", () => {
  it("AWS: separate rule resources, old and new, from groups, ranges and unknown ports", async () => {
    const rows = await flowRows(`
resource "aws_security_group" "lb" {}
resource "aws_security_group" "app" {}
resource "aws_lb" "web" {
  security_groups = [aws_security_group.lb.id]
}
resource "aws_ecs_service" "api" {
  network_configuration {
    security_groups = [aws_security_group.app.id]
  }
}
resource "aws_security_group_rule" "lb_to_app" {
  type                     = "ingress"
  security_group_id        = aws_security_group.app.id
  source_security_group_id = aws_security_group.lb.id
  protocol                 = "tcp"
  from_port                = var.app_port
  to_port                  = var.app_port
}
resource "aws_vpc_security_group_ingress_rule" "https" {
  security_group_id = aws_security_group.lb.id
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
}
resource "aws_vpc_security_group_egress_rule" "out" {
  security_group_id = aws_security_group.app.id
  cidr_ipv4         = "10.0.0.0/8"
  ip_protocol       = "-1"
}
`);
    expect(rows).toEqual([
      "| `aws_security_group.lb`, which protects `aws_lb.web` | `aws_security_group.app`, which protects `aws_ecs_service.api` | `tcp var.app_port` |",
      "| anyone on the internet (`0.0.0.0/0`) | `aws_security_group.lb`, which protects `aws_lb.web` | TCP 443 |",
      "| `aws_security_group.app`, which protects `aws_ecs_service.api` | `10.0.0.0/8` | all ports and protocols |",
    ]);
  });

  it("Google: firewall rules from ranges and tags to tagged instances; deny rules are counted, not listed", async () => {
    const { markdown } = await buildStudyGuide({
      files: new Map([
        [
          "main.tf",
          `
resource "google_compute_network" "vpc" {
  name = "vpc"
}
resource "google_compute_firewall" "web" {
  network       = google_compute_network.vpc.name
  source_ranges = ["0.0.0.0/0"]
  target_tags   = ["web"]
  allow {
    protocol = "tcp"
    ports    = ["80", "8000-8080"]
  }
}
resource "google_compute_firewall" "internal" {
  network     = google_compute_network.vpc.name
  source_tags = ["web"]
  allow {
    protocol = "tcp"
    ports    = ["5432"]
  }
  deny {
    protocol = "udp"
  }
}
`,
        ],
      ]),
      lang: "en",
    });
    expect(markdown).toContain("| instances tagged `web` | every instance in `google_compute_network.vpc` (`google_compute_firewall.internal`) | TCP 5432 |");
    expect(markdown).toContain("| anyone on the internet (`0.0.0.0/0`) | instances tagged `web` (`google_compute_firewall.web`) | TCP 80 and 8000-8080 |");
    expect(markdown).toContain("1 rule(s) deny traffic; they are not listed here.");
  });

  it("Azure: rules written as separate resources, with service tags and port lists", async () => {
    const rows = await flowRows(`
resource "azurerm_network_security_group" "app" {
  name = "app-nsg"
}
resource "azurerm_subnet" "app" {
  name = "app"
}
resource "azurerm_subnet_network_security_group_association" "app" {
  subnet_id                 = azurerm_subnet.app.id
  network_security_group_id = azurerm_network_security_group.app.id
}
resource "azurerm_network_security_rule" "lb" {
  network_security_group_name = azurerm_network_security_group.app.name
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_address_prefix       = "AzureLoadBalancer"
  destination_port_ranges     = ["80", "443"]
}
resource "azurerm_network_security_rule" "deny" {
  network_security_group_name = azurerm_network_security_group.app.name
  direction                   = "Inbound"
  access                      = "Deny"
  protocol                    = "*"
  source_address_prefix       = "*"
}
`);
    expect(rows).toEqual(["| `AzureLoadBalancer` | `azurerm_network_security_group.app` (“app-nsg”), which protects `azurerm_subnet.app` | TCP 80 and 443 |"]);
  });
});
