import type { CatalogEntry } from "../../types.js";
import { azureComputeEntries } from "./compute.js";
import { azureDataAndMessagingEntries } from "./data-and-messaging.js";
import { azureDatabaseEntries } from "./databases.js";
import { azureKeyVaultEntries } from "./key-vault.js";
import { azureManagementEntries } from "./management.js";
import { azureNetworkEntries } from "./network.js";
import { azureStorageEntries } from "./storage.js";
import { azureWanEntries } from "./wan.js";

/** Catalog entries for the Azure provider (`azurerm_*`). */
export const azureEntries: CatalogEntry[] = [
  ...azureManagementEntries,
  ...azureNetworkEntries,
  ...azureWanEntries,
  ...azureComputeEntries,
  ...azureStorageEntries,
  ...azureDatabaseEntries,
  ...azureKeyVaultEntries,
  ...azureDataAndMessagingEntries,
];
