import { referencesIn, soleExpression, templateParts, traversalsIn } from "../../src/study/expressions.js";

describe("templateParts", () => {
  it("splits literal text and interpolations, following quotes and braces inside them", () => {
    expect(templateParts('${var.env}-web-${file("${path.module}/a.json")}')).toEqual([
      { kind: "expression", text: "var.env" },
      { kind: "literal", text: "-web-" },
      { kind: "expression", text: 'file("${path.module}/a.json")' },
    ]);
    expect(templateParts("${jsonencode({ a = { b = 1 } })}")).toEqual([{ kind: "expression", text: "jsonencode({ a = { b = 1 } })" }]);
  });

  it("reads escapes as literal text, directives as directives, and an unterminated interpolation as text", () => {
    expect(templateParts("$${not} %%{either}")).toEqual([{ kind: "literal", text: "${not} %{either}" }]);
    expect(templateParts("a%{ if x }b%{ endif }")).toEqual([
      { kind: "literal", text: "a" },
      { kind: "directive", text: "if x" },
      { kind: "literal", text: "b" },
      { kind: "directive", text: "endif" },
    ]);
    expect(templateParts("x${oops")).toEqual([{ kind: "literal", text: "x${oops" }]);
  });

  it("knows a string that is exactly one interpolation", () => {
    expect(soleExpression("${aws_lb.main.arn}")).toBe("aws_lb.main.arn");
    expect(soleExpression("${a}-${b}")).toBeUndefined();
    expect(soleExpression("plain")).toBeUndefined();
  });
});

describe("traversalsIn", () => {
  it("finds references without instance keys or splats, including those inside indexes", () => {
    expect(traversalsIn("element(aws_subnet.public.*.id, count.index)")).toEqual([
      ["aws_subnet", "public", "id"],
      ["count", "index"],
    ]);
    expect(traversalsIn("azurerm_network_interface.example[count.index].id")).toEqual([
      ["azurerm_network_interface", "example", "id"],
      ["count", "index"],
    ]);
    expect(traversalsIn('module.net["a"].vpc_id')).toEqual([["module", "net", "vpc_id"]]);
    expect(traversalsIn("data.aws_iam_policy_document.trust.json")).toEqual([["data", "aws_iam_policy_document", "trust", "json"]]);
  });

  it("does not start a reference in the middle of another name", () => {
    expect(traversalsIn("x.aws_lb.main")).toEqual([["x", "aws_lb", "main"]]);
    expect(traversalsIn("42 + 1.5")).toEqual([]);
  });
});

describe("referencesIn", () => {
  it("collects references from every string at any depth, and none from literal strings", () => {
    const body = {
      name: "literal aws_lb.main",
      ingress: [{ security_groups: ["${aws_security_group.lb.id}"] }],
      tags: { Name: "${var.env}-x" },
    };
    expect(referencesIn(body)).toEqual([
      ["aws_security_group", "lb", "id"],
      ["var", "env"],
    ]);
  });
});
