import { oneLine, summarizeTerraformError } from "../../src/runner/terraform-errors.js";

describe("summarizeTerraformError", () => {
  it("prefers the diagnostic that points at a file over init's generic error", () => {
    const log = [
      "Error: Terraform encountered problems during initialisation, including problems",
      "with the configuration, described below.",
      "",
      "Error: Missing newline after block definition",
      "",
      '  on main.tf line 3, in resource "terraform_data" "x":',
      "   3: }}",
    ].join("\n");
    expect(summarizeTerraformError(log)).toBe("Missing newline after block definition (main.tf line 3)");
  });

  it("reads boxed diagnostics and falls back to the first error or line", () => {
    expect(summarizeTerraformError("│ Error: Failed to query available provider packages\n│\n│ Could not retrieve")).toBe(
      "Failed to query available provider packages",
    );
    expect(summarizeTerraformError("\n\nsegmentation fault\nmore")).toBe("segmentation fault");
    expect(summarizeTerraformError("")).toBe("no output");
  });

  it("does not borrow the location of a later error", () => {
    const log = "Error: First\n\nError: Second\n\n  on b.tf line 9:";
    expect(summarizeTerraformError(log)).toBe("Second (b.tf line 9)");
  });
});

describe("oneLine", () => {
  it("flattens whitespace and truncates long messages", () => {
    expect(oneLine("a\n  b\tc ")).toBe("a b c");
    const long = oneLine("x".repeat(1000));
    expect(long).toHaveLength(300);
    expect(long.endsWith("…")).toBe(true);
  });
});
