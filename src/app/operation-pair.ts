import type { Logger } from "probot";
import type { Lang } from "../checklist/types.js";
import type { Config } from "../config/schema.js";
import type { GitHub } from "../github/octokit.js";
import type { Store } from "../store/index.js";
import { assignPair } from "./pairing.js";

export interface PairRequest {
  owner: string;
  repo: string;
  /** The operation's subject: the issue the command was typed on, or the release PR. */
  number: number;
  /** Who asked for the operation. */
  author: string;
  config: Config;
  lang: Lang;
}

export type PairOutcome = { commander: string; driver: string } | { error: string };

/** Chooses commander and driver for an operation; tests pass their own. */
export type PairPicker = (gh: GitHub, deps: { store: Store; log: Logger }, request: PairRequest) => Promise<PairOutcome>;

/** The pairing feature: rotation-balanced pair, assignees and one pairing comment on the subject. */
export const rotationPairPicker: PairPicker = (gh, deps, request) => assignPair(gh, deps, request);
