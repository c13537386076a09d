import { fillPlaceholders } from "../../src/checklist/placeholders.js";

describe("fillPlaceholders", () => {
  const encode = (value: string) => `<${value}>`;

  it("fills known names through the encoder and leaves unknown ones for people", () => {
    expect(fillPlaceholders("{{version}} on {{ date }} at {{start_time}} / {{version}}", { version: "v1", date: "d" }, encode)).toEqual({
      text: "<v1> on <d> at {{start_time}} / <v1>",
      unfilled: ["start_time"],
    });
  });

  it("inserts values literally (no $& expansion) and never reads inherited properties", () => {
    expect(fillPlaceholders("{{a}}", { a: "$&$1" }, (value) => value).text).toBe("$&$1");
    expect(fillPlaceholders("{{constructor}} {{toString}}", {}, encode)).toEqual({
      text: "{{constructor}} {{toString}}",
      unfilled: ["constructor", "toString"],
    });
  });

  it("leaves malformed placeholders alone", () => {
    expect(fillPlaceholders("{{ }} {{1x}} {version}", { version: "v" }, encode)).toEqual({ text: "{{ }} {{1x}} {version}", unfilled: [] });
  });
});
