/** Display names of providers whose short name is not what people call them. */
const PROVIDER_NAMES: Readonly<Record<string, string>> = {
  aws: "AWS",
  awscc: "AWS (Cloud Control)",
  google: "Google Cloud",
  "google-beta": "Google Cloud",
  azurerm: "Azure",
  azuread: "Microsoft Entra ID",
  azapi: "Azure",
  kubernetes: "Kubernetes",
  helm: "Helm",
  github: "GitHub",
  gitlab: "GitLab",
  datadog: "Datadog",
  okta: "Okta",
  cloudflare: "Cloudflare",
  digitalocean: "DigitalOcean",
  oci: "Oracle Cloud",
  alicloud: "Alibaba Cloud",
  ibm: "IBM Cloud",
  vsphere: "vSphere",
  tfe: "HCP Terraform",
  hcp: "HashiCorp Cloud Platform",
  newrelic: "New Relic",
  pagerduty: "PagerDuty",
  mongodbatlas: "MongoDB Atlas",
  postgresql: "PostgreSQL",
  mysql: "MySQL",
  terraform: "Terraform",
};

export function providerDisplayName(provider: string): string {
  const known = PROVIDER_NAMES[provider];
  if (known) return known;
  return provider ? provider.charAt(0).toUpperCase() + provider.slice(1) : "the provider";
}

export interface ProviderSource {
  /** `registry.terraform.io`, or another host; `terraform.io` for built-ins. */
  host: string;
  namespace: string;
  name: string;
}

const LEGACY_PREFIX = "provider.";
const BRACKETED = /^provider\["(.*)"\]/;

/**
 * Reads `registry.terraform.io/hashicorp/aws`, `hashicorp/aws`, `aws`, and the
 * 0.12-era `provider.aws` / `provider["registry.terraform.io/hashicorp/aws"]`.
 */
export function providerSource(providerName: string, provider: string): ProviderSource {
  let source = providerName.trim();
  const bracketed = BRACKETED.exec(source);
  if (bracketed?.[1]) source = bracketed[1];
  else if (source.startsWith(LEGACY_PREFIX)) source = source.slice(LEGACY_PREFIX.length).split(".")[0] ?? "";
  const parts = source.split("/").filter((p) => p !== "");
  if (parts.length >= 3) return { host: parts[0]!, namespace: parts[1]!, name: parts[2]! };
  if (parts.length === 2) return { host: "registry.terraform.io", namespace: parts[0]!, name: parts[1]! };
  return { host: "registry.terraform.io", namespace: "hashicorp", name: parts[0] || provider || "unknown" };
}
