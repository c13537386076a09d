/** Graceful on any repository: unknown types, external modules, broken files, hostile text, size. */
import { jest } from "@jest/globals";
import { buildStudyGuide, isStudyInput, sameGuide } from "../../src/study/index.js";

const tf = (text: string) => `${text.trim()}\n`;

describe("unknown resource types", () => {
  it("fall back to the generic explanation, with the provider's own documentation page", async () => {
    const files = new Map([
      [
        "main.tf",
        tf(`
terraform {
  required_providers {
    acme = { source = "acme-corp/acme" }
  }
}
resource "acme_widget" "blue" {
  name = "blue-widget"
}
resource "aws_quantum_teleporter" "t" {
}
`),
      ],
    ]);
    const { markdown, stats } = await buildStudyGuide({ files, lang: "en" });
    expect(stats.fallbackTypes).toBe(2);
    expect(stats.chapters.other).toBe(2);
    expect(markdown).toContain("#### Acme widget (`acme_widget`)");
    expect(markdown).toContain("(https://registry.terraform.io/providers/acme-corp/acme/latest/docs/resources/widget)");
    expect(markdown).toContain("| `acme_widget.blue` | blue-widget | [main.tf L6–L8](main.tf#L6-L8) |");
    expect(markdown).toContain("#### AWS quantum teleporter (`aws_quantum_teleporter`)");
  });
});

describe("modules that are not in the repository", () => {
  const files = new Map([
    [
      "main.tf",
      tf(`
module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.1.0"
}
module "shared" {
  source = "git::https://example.com/infra/shared.git?ref=v1.2.0"
}
module "gone" {
  source = "./modules/gone"
}
resource "aws_security_group" "app" {
  vpc_id = module.vpc.vpc_id
}
`),
    ],
  ]);

  it("are named with their source and version, never fetched", async () => {
    const fetchSpy = jest.spyOn(globalThis, "fetch").mockImplementation(() => Promise.reject(new Error("no network in tests")));
    try {
      const { markdown, stats } = await buildStudyGuide({ files, lang: "en" });
      expect(fetchSpy).not.toHaveBeenCalled();
      expect(stats.externalModules).toBe(3);
      expect(stats.resources).toBe(1);
      expect(markdown).toContain(
        "| `module.vpc` | `terraform-aws-modules/vpc/aws` `5.1.0`: a Terraform Registry module, named here but not downloaded (its resources are not in this guide) | [main.tf L1–L4](main.tf#L1-L4) |",
      );
      expect(markdown).toContain("`git::https://example.com/infra/shared.git?ref=v1.2.0`: a module fetched from elsewhere, named here but not downloaded");
      expect(markdown).toContain("`./modules/gone`: a local folder that is not among the files read");
    } finally {
      fetchSpy.mockRestore();
    }
  });
});

describe("files that do not parse", () => {
  it("are listed in the guide with the parser's reason, and the rest is still studied", async () => {
    const files = new Map([
      ["main.tf", tf(`resource "aws_s3_bucket" "ok" {\n  bucket = "ok"\n}`)],
      ["broken.tf", tf(`resource "aws_s3_bucket" "half" {\n  bucket = \n`)],
      ["broken.tf.json", '{ "resource": { "aws_s3_bucket": '],
      ["notes.json", "not even json"],
    ]);
    const { markdown, stats } = await buildStudyGuide({ files, lang: "en" });
    expect(stats.unreadableFiles).toBe(2);
    expect(stats.resources).toBe(1);
    expect(markdown).toContain("### Files we could not read");
    expect(markdown).toMatch(/- `broken\.tf`: line 2: Invalid expression; Expected the start of an expression/);
    expect(markdown).toMatch(/- `broken\.tf\.json`: .+JSON/);
    expect(markdown).toContain("| `aws_s3_bucket.ok` | ok | [main.tf L1–L3](main.tf#L1-L3) |");
  });

  it("an empty repository gives a guide that says so", async () => {
    const { markdown, stats } = await buildStudyGuide({ files: new Map(), lang: "ja" });
    expect(stats.resources).toBe(0);
    expect(markdown).toContain("# インフラ学習ガイド");
    expect(markdown).toContain("この設定にはリソースが見つかりませんでした。");
    expect(markdown).not.toContain("## 1.");
  });
});

describe("text from the repository", () => {
  it("is escaped: no HTML, links, mentions or table breaks; secrets and sensitive values never appear", async () => {
    const files = new Map([
      [
        "main.tf",
        tf(`
variable "token" {
  default   = "tok-12345"
  sensitive = true
}
resource "aws_s3_bucket" "b" {
  bucket = "@octocat <img src=x onerror=alert(1)> | #12 [x](javascript:alert(1))"
}
resource "aws_db_instance" "db" {
  identifier = var.token
  password   = "hunter2-literal"
  tags       = { Name = "**bold** \`code\`" }
}
`),
      ],
    ]);
    const { markdown } = await buildStudyGuide({ files, lang: "en" });
    expect(markdown).not.toContain("<img");
    // An unescaped "](" would start a link.
    expect(markdown).not.toMatch(/(?<!\\)\]\(javascript:/);
    expect(markdown).toContain("@\u200Doctocat &lt;img src=x onerror=alert(1)&gt; \\| #\u200D12 \\[x\\](javascript:alert(1))");
    expect(markdown).toContain("| `aws_db_instance.db` | \\*\\*bold\\*\\* \\`code\\` |");
    expect(markdown).not.toContain("tok-12345");
    expect(markdown).not.toContain("hunter2");
  });
});

describe("determinism", () => {
  it("gives the same text whatever order the files come in", async () => {
    const entries: [string, string][] = [
      ["b.tf", tf(`resource "aws_security_group" "web" {\n  ingress {\n    protocol = "tcp"\n    from_port = 443\n    to_port = 443\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}`)],
      ["a.tf", tf(`resource "aws_lb" "web" {\n  security_groups = [aws_security_group.web.id]\n}`)],
      ["modules/x/main.tf", tf(`resource "aws_s3_bucket" "x" {\n}`)],
      ["c.tf", tf(`module "x" {\n  source = "./modules/x"\n}`)],
    ];
    const first = await buildStudyGuide({ files: new Map(entries), lang: "en" });
    const second = await buildStudyGuide({ files: new Map([...entries].reverse()), lang: "en" });
    expect(second.markdown).toBe(first.markdown);
    expect(first.markdown).toContain("| anyone on the internet (`0.0.0.0/0`) | `aws_security_group.web`, which protects `aws_lb.web` | TCP 443 | [b.tf L1–L8](b.tf#L1-L8) |");
  });
});

describe("repositories with several roots and reused modules", () => {
  const module = tf(`
variable "name" {}
resource "aws_ecs_cluster" "this" {
  name = "\${var.name}-cluster"
}
`);
  const files = new Map([
    ["modules/cluster/main.tf", module],
    ["envs/prod/main.tf", tf(`module "blue" {\n  source = "../../modules/cluster"\n  name = "blue"\n}\nmodule "green" {\n  source = "../../modules/cluster"\n  name = "green"\n}`)],
    ["envs/staging/main.tf.json", JSON.stringify({ module: { one: { source: "../../modules/cluster", name: "staging" } } }, null, 2)],
  ]);

  it("lists each instance of a module with its own name, and says which root it belongs to", async () => {
    const { markdown, stats } = await buildStudyGuide({ files, lang: "en" });
    expect(stats.roots).toBe(2);
    expect(stats.localModuleCalls).toBe(3);
    expect(markdown).toContain("| `envs/prod: module.blue.aws_ecs_cluster.this` | blue-cluster | [modules/cluster/main.tf L2–L4](modules/cluster/main.tf#L2-L4) |");
    expect(markdown).toContain("| `envs/prod: module.green.aws_ecs_cluster.this` | green-cluster |");
    expect(markdown).toContain("| `envs/staging: module.one.aws_ecs_cluster.this` | staging-cluster |");
    // The JSON-syntax call is located too.
    expect(markdown).toContain("| `envs/staging: module.one` | `../../modules/cluster` (local: its resources are in this guide) | [envs/staging/main.tf.json L3–L6](envs/staging/main.tf.json#L3-L6) |");
  });
});

describe("size", () => {
  it("shortens the resource lists to fit a maximum length, and says how many rows are left out", async () => {
    const files = new Map([["main.tf", Array.from({ length: 300 }, (_, i) => `resource "aws_s3_bucket" "b${i}" {\n  bucket = "bucket-${i}"\n}\n`).join("")]]);
    const full = await buildStudyGuide({ files, lang: "en" });
    expect(full.stats.rowsOmitted).toBe(0);
    expect(full.markdown.length).toBeGreaterThan(20_000);
    const short = await buildStudyGuide({ files, lang: "en", maxLength: 20_000 });
    expect(short.markdown.length).toBeLessThanOrEqual(20_000);
    expect(short.stats.rowsOmitted).toBeGreaterThan(0);
    expect(short.markdown).toContain(`…and ${short.stats.rowsOmitted} more of this type`);
    const tiny = await buildStudyGuide({ files, lang: "en", maxLength: 1_500 });
    expect(tiny.markdown.length).toBeLessThanOrEqual(1_500);
    expect(tiny.markdown).toContain("The guide is too long");
  });
});

describe("helpers for the app", () => {
  it("isStudyInput: Terraform and JSON files outside hidden folders, provider caches and packages", () => {
    expect(isStudyInput("main.tf")).toBe(true);
    expect(isStudyInput("infra/envs/prod/main.tf.json")).toBe(true);
    expect(isStudyInput("modules/ecs/policies/trust.json")).toBe(true);
    expect(isStudyInput("README.md")).toBe(false);
    expect(isStudyInput("infra/.terraform/modules/vpc/main.tf")).toBe(false);
    expect(isStudyInput("node_modules/x/main.tf")).toBe(false);
    expect(isStudyInput(".github/x.tf")).toBe(false);
  });

  it("sameGuide ignores line-ending and trailing-space differences only", async () => {
    const { markdown } = await buildStudyGuide({ files: new Map([["main.tf", 'resource "aws_s3_bucket" "b" {\n}\n']]), lang: "en" });
    expect(sameGuide(markdown.replace(/\n/g, "\r\n").trimEnd(), markdown)).toBe(true);
    expect(sameGuide(markdown.replace("aws_s3_bucket.b", "aws_s3_bucket.c"), markdown)).toBe(false);
  });
});
