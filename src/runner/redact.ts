/**
 * Cleans terraform output before it leaves the runner (comment, check run,
 * logs): terminal control sequences are removed and anything that looks like a
 * credential is replaced. Terraform echoes configuration lines and provider
 * errors, both of which can carry secrets.
 */

const REDACTED = "[REDACTED]";

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ANSI_SEQUENCE = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g;
// eslint-disable-next-line no-control-regex -- every control character except tab and newline
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

export function stripAnsi(text: string): string {
  return text.replace(ANSI_SEQUENCE, "").replace(CONTROL_CHARACTER, "");
}

const PEM_BLOCK = /-----BEGIN [A-Z0-9 ]{1,64}-----[\s\S]*?(?:-----END [A-Z0-9 ]{1,64}-----|$)/g;
/** The end of a PEM block whose beginning was cut off when the log was truncated. */
const ORPHAN_PEM_END = /^[\s\S]*?-----END [A-Z0-9 ]{1,64}-----/;
const AWS_ACCESS_KEY_ID = /\b(?:AKIA|ASIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ABIA|ACCA)[A-Z0-9]{16}\b/g;
const GITHUB_TOKEN = /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})/g;
const AUTHORIZATION_SCHEME = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi;
/** Bounded scheme length keeps matching linear on long runs of word characters. */
const URL_USERINFO = /\b([a-z][a-z0-9+.-]{0,30}:\/\/)[^\s/?#@]+@/gi;
/** Bounded key length (no word-boundary anchor, so longer keys still match their tail) keeps matching linear. */
const SECRET_ASSIGNMENT =
  /([A-Za-z0-9_.-]{0,40}(?:password|passwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credentials?|authorization|signature)[A-Za-z0-9_.-]{0,40})(["']?[ \t]*[:=][ \t]*)("[^"\n]*"|'[^'\n]*'|[^\s,;&"']+)/gi;

/**
 * @param extraPatterns configured masks (`masks:` in the config); each match is replaced
 */
export function redactSecrets(text: string, extraPatterns: readonly RegExp[] = []): string {
  let result = stripAnsi(text)
    .replace(PEM_BLOCK, "[REDACTED PEM BLOCK]")
    .replace(ORPHAN_PEM_END, "[REDACTED PEM BLOCK]")
    .replace(URL_USERINFO, `$1${REDACTED}@`)
    .replace(AWS_ACCESS_KEY_ID, REDACTED)
    .replace(GITHUB_TOKEN, REDACTED)
    .replace(AUTHORIZATION_SCHEME, `$1 ${REDACTED}`)
    .replace(SECRET_ASSIGNMENT, (_match, key: string, separator: string) => `${key}${separator}${REDACTED}`);
  for (const pattern of extraPatterns) {
    const global = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
    result = result.replace(global, REDACTED);
  }
  return result;
}
