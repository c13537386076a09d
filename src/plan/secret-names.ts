/**
 * Which attribute names hold secrets, for values providers do not mark
 * sensitive (and for hand-written plans and module inputs).
 *
 * The rule looks at the last path segment, the attribute or map key itself:
 * 1. The name is split into lower-case words at `_`, `-`, `.`, spaces and
 *    camelCase humps: `DB_PASSWORD` → db password, `clientSecret` → client secret.
 * 2. It is SECRET when a word contains password, passwd, passphrase, secret,
 *    token, credential, apikey, accesskey, secretkey or privatekey; or a word
 *    is pwd or sas; or two neighbouring words are private key, access key,
 *    api key, account key, auth key, master key, shared key, signing key,
 *    connection string or sas url; or it contains one of the
 *    `MaskOptions.secretNames` fragments.
 * 3. It is PUBLIC, whatever rule 2 says, when its last word says it describes
 *    a secret rather than holds one: arn, id, name, type, length, ttl, version,
 *    policy, count, min, max, days, duration, period, interval, rotation,
 *    expiry, expiration, status, state, enabled, required, endpoint, path,
 *    format, algorithm, location (and plurals arns, ids, names). So
 *    `secret_arn`, `token_ttl`, `password_policy`, `AWS_ACCESS_KEY_ID` stay
 *    visible (the key id itself is caught by its value pattern).
 * 4. Only strings are masked by name: numbers, booleans and null never are,
 *    so `password_length = 16` or `enable_token_auth = true` stay visible.
 * 5. Maps and lists under a secret name keep their shape and the strings in
 *    them are masked, except under a PUBLIC name: in
 *    `master_user_secret = [{ secret_arn, kms_key_id, secret_status }]` all
 *    three stay visible.
 */

export type NameKind = "secret" | "public" | "neutral";

const SECRET_FRAGMENTS = [
  "password",
  "passwd",
  "passphrase",
  "secret",
  "token",
  "credential",
  "apikey",
  "accesskey",
  "secretkey",
  "privatekey",
];
const SECRET_WORDS = new Set(["pwd", "sas"]);
const SECRET_PAIRS = new Set([
  "private key",
  "access key",
  "api key",
  "account key",
  "auth key",
  "master key",
  "shared key",
  "signing key",
  "connection string",
  "sas url",
]);
const DESCRIBING_WORDS = new Set([
  "arn",
  "arns",
  "id",
  "ids",
  "name",
  "names",
  "type",
  "length",
  "ttl",
  "version",
  "policy",
  "count",
  "min",
  "max",
  "days",
  "duration",
  "period",
  "interval",
  "rotation",
  "expiry",
  "expiration",
  "status",
  "state",
  "enabled",
  "required",
  "endpoint",
  "path",
  "format",
  "algorithm",
  "location",
]);

/** A quick test that a text may mention a secret-looking name (used before parsing embedded JSON). */
export const MAY_NAME_A_SECRET = /pass|secret|token|credential|key|pwd|sas|connection/i;

export class SecretNames {
  private readonly cache = new Map<string, NameKind>();
  private readonly extraFragments: string[];

  constructor(extraFragments: readonly string[] = []) {
    this.extraFragments = extraFragments.map((fragment) => words(fragment).join("")).filter((f) => f !== "");
  }

  kind(name: string): NameKind {
    let kind = this.cache.get(name);
    if (kind === undefined) {
      kind = this.classify(name);
      this.cache.set(name, kind);
    }
    return kind;
  }

  private classify(name: string): NameKind {
    const nameWords = words(name);
    const last = nameWords[nameWords.length - 1];
    if (last === undefined) return "neutral";
    if (DESCRIBING_WORDS.has(last)) return "public";
    if (nameWords.some((word) => SECRET_WORDS.has(word) || SECRET_FRAGMENTS.some((f) => word.includes(f)))) {
      return "secret";
    }
    for (let i = 0; i + 1 < nameWords.length; i++) {
      if (SECRET_PAIRS.has(`${nameWords[i]} ${nameWords[i + 1]}`)) return "secret";
    }
    const joined = nameWords.join("");
    if (this.extraFragments.some((fragment) => joined.includes(fragment))) return "secret";
    return "neutral";
  }
}

function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "");
}
