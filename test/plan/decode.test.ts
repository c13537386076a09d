import { decodePlanInput } from "../../src/plan/decode.js";
import { readJsonDocuments } from "../../src/plan/documents.js";
import { parsePlan, parsePlans, PlanError } from "../../src/plan/index.js";

const plan = JSON.stringify({
  format_version: "1.2",
  resource_changes: [
    {
      address: "aws_s3_bucket.logs",
      type: "aws_s3_bucket",
      name: "logs",
      mode: "managed",
      provider_name: "registry.terraform.io/hashicorp/aws",
      change: { actions: ["create"], before: null, after: { bucket: "logs-é-日本" }, after_unknown: {} },
    },
  ],
});

function utf16(text: string, order: "LE" | "BE", bom: boolean): Uint8Array {
  const little = Buffer.from(text, "utf16le");
  const bytes = order === "LE" ? little : Buffer.from(little).swap16();
  const mark = order === "LE" ? [0xff, 0xfe] : [0xfe, 0xff];
  return bom ? Buffer.concat([Buffer.from(mark), bytes]) : bytes;
}

function errorOf(run: () => unknown): PlanError {
  try {
    run();
  } catch (error) {
    if (error instanceof PlanError) return error;
    throw error;
  }
  throw new Error("expected a PlanError");
}

describe("encodings", () => {
  test.each([
    ["a string", plan],
    ["a string starting with U+FEFF", `\uFEFF${plan}`],
    ["UTF-8 bytes", Buffer.from(plan, "utf8")],
    ["UTF-8 bytes with a byte-order mark", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(plan, "utf8")])],
    ["UTF-16 LE with a byte-order mark (PowerShell >)", utf16(plan, "LE", true)],
    ["UTF-16 BE with a byte-order mark", utf16(plan, "BE", true)],
    ["UTF-16 LE without a byte-order mark", utf16(plan, "LE", false)],
    ["UTF-16 BE without a byte-order mark", utf16(plan, "BE", false)],
    ["a Uint8Array that is not a Buffer", new Uint8Array(Buffer.from(plan, "utf8"))],
  ])("%s", (_name, input) => {
    expect(decodePlanInput(input)).toBe(plan);
    expect(parsePlan(input).changes[0]?.after).toEqual({ bucket: "logs-é-日本" });
  });

  test("Latin-1 bytes are rejected with the place of the first bad byte", () => {
    const latin1 = Buffer.concat([Buffer.from('{\n  "format_version": "1.2",\n  "x": "caf'), Buffer.from([0xe9]), Buffer.from('"\n}')]);
    expect(errorOf(() => parsePlans(latin1)).message).toBe(
      "not UTF-8: invalid byte 0xE9 at line 3 (byte offset 40); save the plan as UTF-8 or as UTF-16 with a byte-order mark",
    );
  });

  test("an overlong UTF-8 sequence is rejected", () => {
    const overlong = Buffer.concat([Buffer.from('{"a":"'), Buffer.from([0xc0, 0xaf]), Buffer.from('"}')]);
    expect(errorOf(() => decodePlanInput(overlong)).message).toMatch(/^not UTF-8: invalid byte 0xC0 at line 1 \(byte offset 6\)/);
  });

  test("a cut UTF-16 file is rejected", () => {
    const cut = utf16(plan, "LE", true).subarray(0, 101);
    expect(errorOf(() => decodePlanInput(cut)).message).toBe(
      "not UTF-16LE: the input has an odd number of bytes (99), so it is cut short or not UTF-16",
    );
  });

  test("a binary plan file gets a hint", () => {
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x08, 0x00]);
    expect(errorOf(() => decodePlanInput(zip)).message).toBe(
      "input is a binary plan file (zip), not JSON: pass the output of `terraform show -json <planfile>`",
    );
  });

  test.each([[""], ["  \n\t"], [Buffer.alloc(0)]])("empty input %j", (input) => {
    expect(errorOf(() => decodePlanInput(input)).message).toBe("input is empty: expected the output of `terraform show -json`");
  });
});

describe("finding documents", () => {
  const wrapped = [
    "[command]/home/runner/work/_temp/abc/terraform-bin show -json plan.tfplan",
    plan,
    "::debug::Terraform exited with code 0.",
    `::debug::stdout: ${plan}`,
    `::set-output name=stdout::${plan}%0A`,
    "::set-output name=exitcode::0",
  ].join("\n");

  test("the setup-terraform wrapper's lines around the plan are skipped, even those holding JSON", () => {
    expect(readJsonDocuments(wrapped)).toHaveLength(1);
    expect(parsePlan(wrapped).changes).toHaveLength(1);
  });

  test("several documents, pretty-printed or not, with CRLF and log lines", () => {
    const pretty = JSON.stringify(JSON.parse(plan), null, 2).replace(/\n/g, "\r\n");
    const text = `INFO[0000] Running command: terraform show -json\r\n${pretty}\r\n${plan}\n\n   ${plan}   \n`;
    const documents = readJsonDocuments(text);
    expect(documents.map((d) => d.offset)).toEqual([
      text.indexOf("{"),
      text.indexOf(plan),
      text.lastIndexOf(plan),
    ]);
    expect(parsePlans(text)).toHaveLength(3);
  });

  test("JSON log lines between plans are skipped, but a lone non-plan document is an error", () => {
    const text = `{"@level":"info","@message":"Terraform 1.11.4"}\n${plan}\n`;
    expect(parsePlans(text)).toHaveLength(1);
    expect(errorOf(() => parsePlans('{"@level":"info","@message":"Terraform 1.11.4"}')).message).toBe(
      "not a terraform plan: it has none of resource_changes, resource_drift, output_changes, planned_values, plan_format_version, errored, applyable " +
        "(it looks like the log of terraform plan -json; save the plan with -out and run terraform show -json on it)",
    );
  });

  test.each([
    ["text after a document on its last line", `${plan} trailing`, `not JSON: unexpected "t" after the end of the JSON document at line 1 column ${plan.length + 2}`],
    ["a stray comma line between documents", `${plan}\n,\n${plan}`, `not JSON: unexpected "," outside a JSON document at line 2 column 1`],
    ["a document cut short", `log line\n${plan.slice(0, plan.indexOf("[") + 1)}`, `not JSON: unexpected end of input (the document is cut short) at line 2 column ${plan.indexOf("[") + 2}`],
    ["a document cut inside a string", `log line\n${plan.slice(0, 40)}`, "not JSON: string never closed at line 2 column 25"],
    ["an unquoted key", "{oops: 1}", `not JSON: unexpected "o", expected a property name in double quotes at line 1 column 2`],
    ["a missing comma", '{\n  "a": 1\n  "b": 2\n}', `not JSON: unexpected "\\"", expected ',' or '}' after a property value at line 3 column 3`],
    ["a trailing comma in an array", '{"a": [1, 2,]}', `not JSON: unexpected "]", expected a value at line 1 column 13`],
    ["a bad escape", '{"a": "x\\q"}', "not JSON: invalid escape in a string at line 1 column 9"],
    ["a raw newline in a string", '{"a": "x\ny"}', "not JSON: control character inside a string (a string is not closed?) at line 1 column 9"],
    ["an unclosed string", '{"a": "xyz', "not JSON: string never closed at line 1 column 7"],
    ["a bad number", '{"a": -x}', `not JSON: unexpected "-", invalid number at line 1 column 7`],
    ["no JSON at all", "Terraform used the selected providers to generate the following execution plan.", 'not JSON: no JSON object found (line 1 starts with "Terraform used the selected providers to…"); expected the output of `terraform show -json <planfile>`'],
  ])("%s", (_name, text, message) => {
    const error = errorOf(() => parsePlans(text));
    expect(error.message).toBe(message);
    expect(error.message).not.toMatch(/\n/);
  });

  test("a JSON array is not a plan", () => {
    expect(errorOf(() => parsePlans("[1, 2]")).message).toBe(
      "expected a JSON object (the output of terraform show -json), got array",
    );
  });

  test("errors in the second of several documents name the document", () => {
    const broken = plan.replace('"actions":["create"]', '"actions":"create"');
    expect(errorOf(() => parsePlans(`${plan}\n${broken}\n`)).message).toBe(
      "document 2 (line 2): resource_changes[0].change.actions: expected array, got string",
    );
  });

  test("absurdly deep nesting is an error, not a crash", () => {
    const depth = 200_000;
    const deep = plan.replace('"bucket":"logs-é-日本"', `"bucket":${"[".repeat(depth)}${"]".repeat(depth)}`);
    const error = errorOf(() => parsePlans(deep));
    // Located: the path names the first steps, then how deep it goes.
    expect(error.message).toMatch(/^resource_changes\[0\]\.change\.after\.bucket\[0\]… \(200\d{3} levels\): values are nested too deeply to read$/);
    expect(error.location).toMatch(/^resource_changes\[0\]\.change\.after\.bucket\[0\]… /);
  });
});
