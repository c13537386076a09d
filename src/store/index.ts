export { openStore, DEFAULT_SQLITE_PATH, type StoreOptions } from "./open.js";
export { StoreUnavailableError } from "./errors.js";
export type * from "./types.js";
