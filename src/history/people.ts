import { escapeInline } from "../render/escape.js";

const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;

/**
 * `@login` that notifies the person: used where they are being assigned
 * (the ops-log issue). Anything that is not a plain GitHub login is escaped.
 */
export function mention(login: string): string {
  return LOGIN.test(login) ? `@${login}` : escapeInline(login);
}

/** A login shown without notifying anyone (index, step records). */
export function quietLogin(login: string): string {
  return escapeInline(`@${login.replace(/^@/, "")}`);
}
