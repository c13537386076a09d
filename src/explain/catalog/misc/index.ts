import type { CatalogEntry } from "../../types.js";
import { githubEntries } from "./github.js";
import { kubernetesEntries } from "./kubernetes.js";
import { oktaEntries } from "./okta.js";
import { randomAndTlsEntries } from "./random-and-tls.js";
import { saasEntries } from "./saas.js";
import { terraformUtilityEntries } from "./terraform-utilities.js";
import { testProviderEntries } from "./test-providers.js";

/** Catalog entries for everything that is neither AWS, Google nor Azure. */
export const miscEntries: CatalogEntry[] = [
  ...terraformUtilityEntries,
  ...randomAndTlsEntries,
  ...kubernetesEntries,
  ...githubEntries,
  ...oktaEntries,
  ...saasEntries,
  ...testProviderEntries,
];
