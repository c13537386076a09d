import { PlanError, quote } from "./errors.js";

/**
 * Values that are secrets whatever their attribute is called. A string
 * containing a match is masked whole. Each pattern comes with a literal that
 * any match contains, checked first because most strings in a plan are short
 * names and ids that a quick `includes` rules out.
 */
const DEFAULT_PATTERNS: readonly { literal: string; pattern: RegExp }[] = [
  // AWS access key ids, long-term and temporary.
  { literal: "AKIA", pattern: /\bAKIA[A-Z0-9]{16}\b/ },
  { literal: "ASIA", pattern: /\bASIA[A-Z0-9]{16}\b/ },
  // GitHub tokens: personal, OAuth, user-to-server, server-to-server, refresh, fine-grained.
  { literal: "gh", pattern: /\bgh[pousr]_[A-Za-z0-9]{36,}/ },
  { literal: "github_pat_", pattern: /\bgithub_pat_[A-Za-z0-9_]{22,}/ },
  // Any PEM block: private keys above all, and certificates bundled with them.
  { literal: "-----BEGIN", pattern: /-----BEGIN[A-Z0-9 ]*-----/ },
  // JSON Web Tokens: base64url of `{"` twice, then a signature.
  { literal: "eyJ", pattern: /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]*/ },
  // Slack, Google API and Stripe live keys.
  { literal: "xox", pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/ },
  { literal: "AIza", pattern: /\bAIza[0-9A-Za-z_-]{35}/ },
  { literal: "k_live_", pattern: /\b[rs]k_live_[0-9A-Za-z]{16,}/ },
  // Credentials inside URLs and connection strings: scheme://user:password@host, Azure keys and SAS signatures.
  { literal: "://", pattern: /:\/\/[^\s:@/]+:[^\s@/]+@/ },
  { literal: "=", pattern: /\b(?:AccountKey|SharedAccessKey|SharedAccessSignature|sig)=[A-Za-z0-9%+/=]{16,}/ },
];

const ANY_LITERAL = new RegExp(DEFAULT_PATTERNS.map(({ literal }) => literal.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&")).join("|"));

/** AWS secret access keys have no prefix: 40 base64 characters standing alone. */
const AWS_SECRET_KEY_LENGTH = 40;

/** No default pattern matches a string shorter than this. */
const SHORTEST_DEFAULT_MATCH = 10;

export class SecretValues {
  private readonly extraPatterns: RegExp[];

  constructor(extraPatternSources: readonly string[] = []) {
    this.extraPatterns = extraPatternSources.map((source, i) => compile(source, i));
  }

  matches(value: string): boolean {
    for (const pattern of this.extraPatterns) if (pattern.test(value)) return true;
    if (value.length < SHORTEST_DEFAULT_MATCH) return false;
    if (ANY_LITERAL.test(value)) {
      for (const { literal, pattern } of DEFAULT_PATTERNS) {
        if (value.includes(literal) && pattern.test(value)) return true;
      }
    }
    return value.length >= AWS_SECRET_KEY_LENGTH && containsAwsSecretKey(value);
  }
}

/**
 * A run of exactly 40 characters from [A-Za-z0-9/+], with no `=` padding on
 * either side, holding upper case, lower case and a digit (which keeps hex
 * digests such as git commits and SHA-1 etags visible). The ends of the text
 * are boundaries, so a value that is exactly a key is masked. Looks at every
 * 40th character first: where
 * that one is not a key character, no run long enough crosses it, so most
 * text is skipped in strides; plans hold long base64 blobs where a regular
 * expression would retry at every position.
 */
function containsAwsSecretKey(value: string): boolean {
  const length = value.length;
  let start = 0;
  while (start + AWS_SECRET_KEY_LENGTH <= length) {
    const probe = start + AWS_SECRET_KEY_LENGTH - 1;
    if (!isKeyCharacter(value.charCodeAt(probe))) {
      start = probe + 1;
      continue;
    }
    let runStart = probe;
    while (runStart > start && isKeyCharacter(value.charCodeAt(runStart - 1))) runStart--;
    let runEnd = probe + 1;
    while (runEnd < length && isKeyCharacter(value.charCodeAt(runEnd))) runEnd++;
    if (
      runEnd - runStart === AWS_SECRET_KEY_LENGTH &&
      value.charCodeAt(runEnd) !== EQUALS_SIGN &&
      value.charCodeAt(runStart - 1) !== EQUALS_SIGN &&
      hasMixedCharacters(value, runStart, runEnd)
    ) {
      return true;
    }
    start = runEnd + 1;
  }
  return false;
}

const EQUALS_SIGN = 0x3d;

function isKeyCharacter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2f || c === 0x2b;
}

function hasMixedCharacters(value: string, start: number, end: number): boolean {
  const candidate = value.slice(start, end);
  return /[A-Z]/.test(candidate) && /[a-z]/.test(candidate) && /[0-9]/.test(candidate);
}

function compile(source: string, i: number): RegExp {
  try {
    return new RegExp(source);
  } catch {
    throw new PlanError(`MaskOptions.valuePatterns[${i}]: ${quote(source)} is not a valid regular expression`);
  }
}
