import type { CatalogEntry } from "../../types.js";
import { googleComputeEntries } from "./compute.js";
import { googleDatabaseEntries } from "./databases.js";
import { googleDnsEntries } from "./dns.js";
import { googleGkeEntries } from "./gke.js";
import { googleIamFamilyEntries } from "./iam-families.js";
import { googleIamEntries } from "./iam.js";
import { googleLoadBalancingEntries } from "./load-balancing.js";
import { googleObservabilityEntries } from "./observability.js";
import { googlePubSubEntries } from "./pubsub.js";
import { googleResourceManagerEntries } from "./resource-manager.js";
import { googleSecurityEntries } from "./security.js";
import { googleServerlessEntries } from "./serverless.js";
import { googleStorageEntries } from "./storage.js";
import { googleVpcEntries } from "./vpc.js";

/** Catalog entries for the Google Cloud provider (`google_*`, `google-beta` uses the same types). */
export const googleEntries: CatalogEntry[] = [
  ...googleResourceManagerEntries,
  ...googleIamEntries,
  ...googleIamFamilyEntries,
  ...googleVpcEntries,
  ...googleComputeEntries,
  ...googleLoadBalancingEntries,
  ...googleStorageEntries,
  ...googleDatabaseEntries,
  ...googlePubSubEntries,
  ...googleServerlessEntries,
  ...googleSecurityEntries,
  ...googleDnsEntries,
  ...googleGkeEntries,
  ...googleObservabilityEntries,
];
