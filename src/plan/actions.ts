import type { Action, Change } from "./model.js";

export const KNOWN_ACTIONS: readonly string[] = ["no-op", "create", "read", "update", "delete", "forget"];

export interface ActionMeaning {
  action: Action;
  replaceOrder?: Change["replaceOrder"];
}

/**
 * Every `actions` array terraform prints (internal/command/jsonplan): single
 * actions plus the three replacements. `["create","forget"]` (terraform 1.7+,
 * `removed { lifecycle { destroy = false } }` on a replaced object) creates the
 * new object and leaves the old one running unmanaged: a replacement of its
 * own order.
 */
const MEANINGS: ReadonlyMap<string, ActionMeaning> = new Map<string, ActionMeaning>([
  ["no-op", { action: "no-op" }],
  ["create", { action: "create" }],
  ["read", { action: "read" }],
  ["update", { action: "update" }],
  ["delete", { action: "delete" }],
  ["forget", { action: "forget" }],
  ["delete,create", { action: "replace", replaceOrder: "delete-before-create" }],
  ["create,delete", { action: "replace", replaceOrder: "create-before-destroy" }],
  ["create,forget", { action: "replace", replaceOrder: "create-then-forget" }],
]);

/** The meaning of a raw `actions` array, or undefined for a combination terraform never prints. */
export function actionMeaning(rawActions: readonly string[]): ActionMeaning | undefined {
  // Most entries hold one action: no need to build a key.
  return MEANINGS.get(rawActions.length === 1 ? (rawActions[0] as string) : rawActions.join(","));
}
