import { fallbackEntryFor, registryDocsUrl, typeWithoutProvider } from "../../src/explain/fallback.js";
import { change } from "./builders.js";

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

describe("fallback entry for types the catalog does not know", () => {
  it("names the cloud and the kind of object, and links the Registry page", () => {
    const entry = fallbackEntryFor(change({ type: "aws_foo_bar" }));
    expect(entry.title).toEqual({ en: "AWS foo bar", ja: "AWS の foo bar" });
    expect(entry.service).toBe("AWS");
    expect(entry.docs).toBe("https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/foo_bar");
    expect(entry.what.en).toContain("hashicorp/aws provider");
    expect(entry.types).toEqual(["aws_foo_bar"]);
  });

  it("has plain effects text for every action, in both languages", () => {
    const entry = fallbackEntryFor(change({ type: "google_thing_widget", provider: "google" }));
    for (const action of ["create", "update", "delete", "replace"] as const) {
      const text = entry.effects[action];
      expect(text?.en).toMatch(/\w/);
      expect(text?.ja).toMatch(JAPANESE);
    }
    expect(entry.effects.delete?.en).toBe("Terraform deletes this thing widget from Google Cloud. Anything still using it breaks, and whatever it held is gone.");
    expect(entry.analogy.ja).toMatch(JAPANESE);
  });

  it("links data sources under data-sources and explains that they only read", () => {
    const entry = fallbackEntryFor(change({ type: "aws_caller_identity", mode: "data", action: "read", after: {} }));
    expect(entry.docs).toBe("https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/caller_identity");
    expect(entry.title.en).toBe("AWS caller identity (data source)");
    expect(entry.what.en).toContain("never creates or changes anything");
  });

  it("reads provider sources in every spelling terraform has used", () => {
    const base = { mode: "managed" as const, type: "github_repository", provider: "github" };
    expect(registryDocsUrl({ ...base, providerName: "registry.terraform.io/integrations/github" })).toBe(
      "https://registry.terraform.io/providers/integrations/github/latest/docs/resources/repository",
    );
    expect(registryDocsUrl({ ...base, providerName: "integrations/github" })).toContain("/providers/integrations/github/");
    expect(registryDocsUrl({ ...base, providerName: "provider.github" })).toContain("/providers/hashicorp/github/");
    expect(registryDocsUrl({ ...base, providerName: 'provider["registry.terraform.io/integrations/github"]' })).toContain("/providers/integrations/github/");
    expect(registryDocsUrl({ mode: "managed", type: "terraform_data", provider: "terraform", providerName: "terraform.io/builtin/terraform" })).toBe(
      "https://developer.hashicorp.com/terraform/language/resources/terraform-data",
    );
  });

  it("strips the provider prefix as the Registry names its pages", () => {
    expect(typeWithoutProvider("null_resource", "null")).toBe("resource");
    expect(typeWithoutProvider("google_compute_instance", "google-beta")).toBe("compute_instance");
    expect(typeWithoutProvider("azurerm_resource_group", "azurerm")).toBe("resource_group");
  });

  it("builds one entry per type and reuses it", () => {
    const a = fallbackEntryFor(change({ type: "aws_foo_bar", name: "a" }));
    const b = fallbackEntryFor(change({ type: "aws_foo_bar", name: "b" }));
    expect(a).toBe(b);
  });
});
