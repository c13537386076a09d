import { redactSecrets, stripAnsi } from "../../src/runner/redact.js";

describe("redactSecrets", () => {
  it.each([
    ["AWS access key ids", "using AKIAIOSFODNN7EXAMPLE and ASIAY34FZKBOKMUTVV7A", "using [REDACTED] and [REDACTED]"],
    ["GitHub tokens", "token ghs_16C7e42F292c6912E7710c838347Ae178B4a and github_pat_11ABCDEFG0123456789_abcdefghijklmnop", "token [REDACTED] and [REDACTED]"],
    ["bearer tokens", "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.abc", "Authorization: [REDACTED] [REDACTED]"],
    ["URL userinfo", "source = git::https://user:p%40ss@example.com/m.git", "source = git::https://[REDACTED]@example.com/m.git"],
    ["secret-looking assignments", 'password = "hunter2", "client_secret": "abc", db_token=xyz;', 'password = [REDACTED], "client_secret": [REDACTED], db_token=[REDACTED];'],
  ])("removes %s", (_kind, input, expected) => {
    expect(redactSecrets(input)).toBe(expected);
  });

  it("removes PEM blocks, unterminated ones, and the tail of one whose start was cut off", () => {
    const pem = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\nabc\n-----END RSA PRIVATE KEY-----";
    expect(redactSecrets(`key:\n${pem}\nafter`)).toBe("key:\n[REDACTED PEM BLOCK]\nafter");
    expect(redactSecrets("x\n-----BEGIN PRIVATE KEY-----\nMIIEvQ")).toBe("x\n[REDACTED PEM BLOCK]");
    expect(redactSecrets("MIIEowIBAAKCAQEA\n-----END PRIVATE KEY-----\nError: x")).toBe("[REDACTED PEM BLOCK]\nError: x");
  });

  it("applies configured masks and leaves ordinary text alone", () => {
    expect(redactSecrets("account acct-123456 in us-east-1", [/acct-\d+/])).toBe("account [REDACTED] in us-east-1");
    const plain = 'Error: Unsupported argument\n\n  on main.tf line 3, in resource "aws_s3_bucket" "b":';
    expect(redactSecrets(plain)).toBe(plain);
  });

  it("stays fast on adversarial input", () => {
    const input = "a.".repeat(50000) + "token" + "-".repeat(50000);
    const started = Date.now();
    redactSecrets(input);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe("stripAnsi", () => {
  it("removes colour codes, OSC sequences and control characters but keeps newlines and tabs", () => {
    expect(stripAnsi("\u001b[1m\u001b[31mError:\u001b[0m x\u001b]8;;http://e\u0007link\u001b]8;;\u0007\r\n\tok\u0007")).toBe(
      "Error: xlink\n\tok",
    );
  });
});
