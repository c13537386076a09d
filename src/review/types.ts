/** Shapes shared by the rotation and pairing functions. Plain data, so the store can return them as is. */

export type Lang = "en" | "ja";

/** A co-review given to someone; `at` is an ISO-8601 timestamp. */
export interface Assignment {
  login: string;
  at: string;
}

/** A commander/driver pair given to an operation; `at` is an ISO-8601 timestamp. */
export interface Pairing {
  commander: string;
  driver: string;
  at: string;
}

/** Config `away:` entry; `from` and `until` are inclusive calendar dates (YYYY-MM-DD). */
export interface Away {
  login: string;
  from: string;
  until: string;
}

export type SkipCause = "bot" | "author" | "excluded" | "away" | "busy" | "at-capacity";

/** Someone named as a candidate who could not be picked, and the first rule that ruled them out. */
export interface Skipped {
  login: string;
  because: SkipCause;
}
