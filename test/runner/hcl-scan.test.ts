import { scanHcl } from "../../src/runner/hcl-scan.js";

function summary(text: string) {
  return scanHcl(text).blocks.map((block) => [block.type, ...block.labels, block.startLine, block.endLine]);
}

describe("scanHcl", () => {
  it("finds top-level blocks with quoted and unquoted labels and their line ranges", () => {
    const text = [
      'resource "aws_s3_bucket" "logs" {', // 1
      '  bucket = "logs"', // 2
      "}", // 3
      "", // 4
      "data aws_iam_policy_document assume {", // 5
      "  statement {", // 6
      '    actions = ["sts:AssumeRole"]', // 7
      "  }", // 8
      "}", // 9
      'resource "terraform_data" "one_line" {}', // 10
    ].join("\n");
    expect(summary(text)).toEqual([
      ["resource", "aws_s3_bucket", "logs", 1, 3],
      ["data", "aws_iam_policy_document", "assume", 5, 9],
      ["resource", "terraform_data", "one_line", 10, 10],
    ]);
  });

  it("ignores braces inside #, // and multi-line /* */ comments", () => {
    const text = [
      'resource "a" "b" { # }', // 1
      "  // }}}", // 2
      "  /* }", // 3
      "     { } } */", // 4
      "  x = 1", // 5
      "}", // 6
      'resource "a" "c" {', // 7
      "}", // 8
    ].join("\n");
    expect(summary(text)).toEqual([
      ["resource", "a", "b", 1, 6],
      ["resource", "a", "c", 7, 8],
    ]);
  });

  it("ignores braces inside strings, escapes and template interpolations with nested strings", () => {
    const text = [
      'resource "a" "b" {', // 1
      '  s1 = "}"', // 2
      '  s2 = "quote \\" } still string"', // 3
      '  s3 = "${ {a = 1}["a"] }"', // 4
      '  s4 = "${lookup(var.m, "k}")}"', // 5
      '  s5 = "%{ if var.x }}{%{ endif }"', // 6
      '  s6 = "$${not_interpolated} {"', // 7
      "}", // 8
      'resource "a" "c" {}', // 9
    ].join("\n");
    expect(summary(text)).toEqual([
      ["resource", "a", "b", 1, 8],
      ["resource", "a", "c", 9, 9],
    ]);
    const attributes = scanHcl(text).blocks[0]?.body.attributes ?? [];
    expect(attributes.map((attribute) => [attribute.name, attribute.line, attribute.stringValue])).toEqual([
      ["s1", 2, "}"],
      ["s2", 3, 'quote " } still string'],
      ["s3", 4, undefined],
      ["s4", 5, undefined],
      ["s5", 6, undefined],
      ["s6", 7, "${not_interpolated} {"],
    ]);
  });

  it("skips heredoc bodies, including indented <<- markers", () => {
    const text = [
      'resource "aws_iam_policy" "p" {', // 1
      "  policy = <<EOF", // 2
      '{ "Statement": [ { "Effect": "Allow" } ', // 3
      "EOF", // 4
      "  description = <<-EOT", // 5
      "    }} unbalanced {", // 6
      "    EOT", // 7
      "}", // 8
      'resource "a" "after" {', // 9
      "}", // 10
    ].join("\n");
    expect(summary(text)).toEqual([
      ["resource", "aws_iam_policy", "p", 1, 8],
      ["resource", "a", "after", 9, 10],
    ]);
    expect(scanHcl(text).blocks[0]?.body.attributes.map((attribute) => attribute.name)).toEqual(["policy", "description"]);
  });

  it("keeps nested blocks and does not mistake for-expression operators for attributes", () => {
    const text = [
      'resource "aws_security_group" "web" {', // 1
      '  tags = { for k, v in var.tags : k => v if v != "}" && k == "x" }', // 2
      "  dynamic \"ingress\" {", // 3
      "    for_each = var.ports", // 4
      "    content {", // 5
      "      from_port = ingress.value", // 6
      "    }", // 7
      "  }", // 8
      "  lifecycle { create_before_destroy = true }", // 9
      "}", // 10
    ].join("\n");
    const [block] = scanHcl(text).blocks;
    expect(block?.endLine).toBe(10);
    expect(block?.body.attributes.map((attribute) => attribute.name)).toEqual(["tags"]);
    expect(block?.body.blocks.map((inner) => [inner.type, ...inner.labels, inner.startLine, inner.endLine])).toEqual([
      ["dynamic", "ingress", 3, 8],
      ["lifecycle", 9, 9],
    ]);
    expect(block?.body.blocks[0]?.body.blocks[0]?.body.attributes[0]?.name).toBe("from_port");
  });

  it("reads a module source only when it is a plain string literal", () => {
    const text = [
      'module "app" {',
      '  source = "../modules/app" # local',
      "}",
      'module "templated" {',
      '  source = "${path.module}/x"',
      "}",
    ].join("\n");
    const sources = scanHcl(text).blocks.map((block) => block.body.attributes.find((a) => a.name === "source")?.stringValue);
    expect(sources).toEqual(["../modules/app", undefined]);
  });

  it("survives unbalanced input without throwing", () => {
    const text = ['resource "a" "b" {', '  x = "unterminated', '  y = "${ oops', "", ""].join("\n");
    const blocks = scanHcl(text).blocks;
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.endLine).toBe(5);
    expect(scanHcl("}}} {{{ = = \n resource")).toEqual({ attributes: [], blocks: [] });
  });

  it("handles CRLF line endings", () => {
    const text = 'resource "a" "b" {\r\n  x = 1\r\n}\r\nresource "a" "c" {\r\n}\r\n';
    expect(summary(text)).toEqual([
      ["resource", "a", "b", 1, 3],
      ["resource", "a", "c", 4, 5],
    ]);
  });
});
