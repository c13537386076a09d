import { parsePlan, PlanError, Sensitive, Unknown, type Change, type MaskOptions, type Plan } from "../../src/plan/index.js";

/** Secrets planted in the hand-built plan below; none may survive parsing. */
const SECRETS = {
  awsSecretKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  awsKeyId: "AKIAIOSFODNN7EXAMPLE",
  githubToken: "ghp_0123456789abcdefghijABCDEFGHIJ012345",
  pem: "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----",
  jwt: "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
  dbPassword: "correct-horse-battery",
  envPassword: "env-pass-1234",
  clientSecret: "client-secret-value",
  sasUrl: "https://acct.blob.core.windows.net/c?sv=2022&sig=abcdefghijklmnopqrstu",
  urlCredential: "postgres://app:pg-pass-999@db.internal:5432/app",
  markedWhole: "marked-whole-subtree",
  markedElement: "marked-list-element",
  embeddedPassword: "embedded-pass-42",
  pairedValue: "paired-value-secret",
  copiedByProvider: "copied-by-provider",
  driftSecret: "drift-secret-value",
  outputSecret: "output-by-name-secret",
  customPattern: "ACME-0000-1111-2222",
  customName: "pin-code-7777",
};

function resource(address: string, change: Record<string, unknown>): Record<string, unknown> {
  const [type, name] = address.split(".");
  return { address, mode: "managed", type, name, provider_name: "registry.terraform.io/hashicorp/aws", change };
}

const handBuiltPlan = {
  format_version: "1.2",
  resource_changes: [
    resource("aws_db_instance.main", {
      actions: ["update"],
      before: {
        identifier: "main-db",
        password: "old-db-password",
        password_length: 24,
        manage_master_user_password: true,
        master_user_secret: [{ secret_arn: "arn:aws:secretsmanager:us-east-1:1:secret:db", secret_status: "active" }],
        tags: { Team: "data" },
      },
      after: {
        identifier: "main-db",
        password: SECRETS.dbPassword,
        password_length: 32,
        manage_master_user_password: true,
        master_user_secret: [{ secret_arn: "arn:aws:secretsmanager:us-east-1:1:secret:db", secret_status: "active" }],
        tags: { Team: "data" },
      },
      after_unknown: {},
    }),
    resource("aws_lambda_function.api", {
      actions: ["create"],
      before: null,
      after: {
        function_name: "api",
        environment: [
          {
            variables: {
              LOG_LEVEL: "info",
              DB_PASSWORD: SECRETS.envPassword,
              AWS_SECRET_ACCESS_KEY: SECRETS.awsSecretKey,
              AWS_ACCESS_KEY_ID: SECRETS.awsKeyId,
              GITHUB: SECRETS.githubToken,
              SIGNED_URL: SECRETS.sasUrl,
              DATABASE_URL: SECRETS.urlCredential,
              SESSION: SECRETS.jwt,
              COMMIT: "3f786850e387550fdab836ed7e6dc881de23001b",
            },
          },
        ],
        token_ttl: "1h",
        oauth: { clientSecret: SECRETS.clientSecret, client_id: "public-client-id" },
        certificate: SECRETS.pem,
      },
      after_unknown: { arn: true },
    }),
    resource("aws_ecs_task_definition.web", {
      actions: ["create"],
      before: null,
      after: {
        family: "web",
        container_definitions: JSON.stringify([
          {
            name: "web",
            image: "nginx:1.27",
            environment: [
              { name: "DB_PASSWORD", value: SECRETS.embeddedPassword },
              { name: "PORT", value: "8080" },
            ],
          },
        ]),
        volume: [{ name: "data", settings: { name: "API_TOKEN", value: SECRETS.pairedValue } }],
      },
      after_unknown: {},
    }),
    resource("aws_ssm_parameter.config", {
      actions: ["update"],
      before: {
        name: "/app/config",
        value: { nested: { keep: "visible-before", hidden: SECRETS.markedWhole } },
        list: ["first-visible", SECRETS.markedElement, "third-visible"],
      },
      after: {
        name: "/app/config",
        value: { nested: { keep: "visible-after", hidden: SECRETS.markedWhole } },
        list: ["first-visible", SECRETS.markedElement, "third-visible", "fourth-visible"],
      },
      before_sensitive: { value: true, list: [false, true, false] },
      after_sensitive: { value: true, list: [false, true, false, false] },
      after_unknown: {},
    }),
    resource("terraform_data.copy", {
      actions: ["update"],
      before: { input: SECRETS.copiedByProvider, output: SECRETS.copiedByProvider },
      after: { input: SECRETS.copiedByProvider },
      before_sensitive: { input: true },
      after_sensitive: { input: true },
      after_unknown: { output: true },
    }),
    resource("aws_iam_access_key.ci", {
      actions: ["create"],
      before: null,
      after: { user: "ci", custom: SECRETS.customPattern, pin_code: SECRETS.customName },
      after_unknown: { id: true },
      importing: { id: SECRETS.awsKeyId },
    }),
  ],
  resource_drift: [
    resource("aws_secretsmanager_secret_version.api", {
      actions: ["update"],
      before: { secret_id: "api", secret_string: "old-drift" },
      after: { secret_id: "api", secret_string: SECRETS.driftSecret },
    }),
  ],
  output_changes: {
    admin_password: { actions: ["create"], before: null, after: SECRETS.outputSecret, after_unknown: false },
    endpoint: { actions: ["create"], before: null, after: "db.internal", after_unknown: false },
  },
};

const options: MaskOptions = { valuePatterns: ["ACME-\\d{4}-\\d{4}"], secretNames: ["pin"] };

let plan: Plan;
beforeAll(() => {
  plan = parsePlan(JSON.stringify(handBuiltPlan), options);
});

function change(address: string, list: Change[] = plan.changes): Change {
  const found = list.find((c) => c.address === address);
  if (found === undefined) throw new Error(`no change for ${address}`);
  return found;
}

test.each(Object.entries(SECRETS))("the secret %s appears nowhere in the parsed plan", (_name, secret) => {
  const serialised = JSON.stringify(plan);
  expect(serialised).not.toContain(secret);
  // A distinctive piece of it either: nothing was shown half-masked.
  expect(serialised).not.toContain(secret.slice(-10));
});

test("masked values stay masked in both objects and in the diffs", () => {
  const db = change("aws_db_instance.main");
  expect(db.after).toMatchObject({ password: Sensitive.instance, identifier: "main-db" });
  expect(db.before).toMatchObject({ password: Sensitive.instance });
  expect(db.diffs.map((d) => [d.pathText, d.before, d.after])).toEqual([
    ["password", Sensitive.instance, Sensitive.instance],
    ["password_length", 24, 32],
  ]);
});

test("neighbours of secrets stay visible", () => {
  const db = change("aws_db_instance.main");
  expect(db.after).toMatchObject({
    password_length: 32,
    manage_master_user_password: true,
    master_user_secret: [{ secret_arn: "arn:aws:secretsmanager:us-east-1:1:secret:db" }],
    tags: { Team: "data" },
  });
  const lambda = change("aws_lambda_function.api").after as { [key: string]: unknown };
  expect(lambda["token_ttl"]).toBe("1h");
  expect(lambda["oauth"]).toEqual({ clientSecret: Sensitive.instance, client_id: "public-client-id" });
  expect((lambda["environment"] as { variables: unknown }[])[0]?.variables).toEqual({
    LOG_LEVEL: "info",
    DB_PASSWORD: Sensitive.instance,
    AWS_SECRET_ACCESS_KEY: Sensitive.instance,
    AWS_ACCESS_KEY_ID: Sensitive.instance,
    GITHUB: Sensitive.instance,
    SIGNED_URL: Sensitive.instance,
    DATABASE_URL: Sensitive.instance,
    SESSION: Sensitive.instance,
    COMMIT: "3f786850e387550fdab836ed7e6dc881de23001b",
  });
  expect(lambda["certificate"]).toBe(Sensitive.instance);
  expect(lambda["arn"]).toBe(Unknown.instance);
});

test("a secret-named block keeps its descriptive settings", () => {
  const secret = (change("aws_db_instance.main").after as { master_user_secret: unknown[] }).master_user_secret[0];
  expect(secret).toEqual({ secret_arn: "arn:aws:secretsmanager:us-east-1:1:secret:db", secret_status: "active" });
});

test("JSON held in a string is masked inside and rewritten only then", () => {
  const task = change("aws_ecs_task_definition.web").after as { container_definitions: string; volume: unknown };
  expect(JSON.parse(task.container_definitions)).toEqual([
    {
      name: "web",
      image: "nginx:1.27",
      environment: [
        { name: "DB_PASSWORD", value: "(sensitive)" },
        { name: "PORT", value: "8080" },
      ],
    },
  ]);
  expect(task.volume).toEqual([{ name: "data", settings: { name: "API_TOKEN", value: Sensitive.instance } }]);
  const untouched = JSON.stringify({ Statement: [{ Action: "secretsmanager:GetSecretValue", Resource: "*" }] }, null, 2);
  const withPolicy = { format_version: "1.2", resource_changes: [resource("aws_iam_policy.read", { actions: ["create"], before: null, after: { policy: untouched } })] };
  expect((parsePlan(JSON.stringify(withPolicy)).changes[0]?.after as { policy: string }).policy).toBe(untouched);
});

test("terraform's masks: a whole subtree, and one element of a list", () => {
  const config = change("aws_ssm_parameter.config");
  expect(config.before).toEqual({
    name: "/app/config",
    value: Sensitive.instance,
    list: ["first-visible", Sensitive.instance, "third-visible"],
  });
  expect(config.diffs.map((d) => [d.pathText, d.before, d.after])).toEqual([
    ["value", Sensitive.instance, Sensitive.instance],
    ["list[3]", undefined, "fourth-visible"],
  ]);
});

test("a copy of a marked value that terraform did not mark is hidden too", () => {
  expect(change("terraform_data.copy").before).toEqual({ input: Sensitive.instance, output: Sensitive.instance });
});

test("options add value patterns and name fragments; a secret-looking import id is dropped", () => {
  const key = change("aws_iam_access_key.ci");
  expect(key.after).toEqual({ user: "ci", custom: Sensitive.instance, pin_code: Sensitive.instance, id: Unknown.instance });
  expect(key.importing).toEqual({});
  const withoutOptions = parsePlan(JSON.stringify(handBuiltPlan));
  expect(change("aws_iam_access_key.ci", withoutOptions.changes).after).toMatchObject({
    custom: SECRETS.customPattern,
    pin_code: SECRETS.customName,
  });
});

test("drift is masked like planned changes", () => {
  const drift = change("aws_secretsmanager_secret_version.api", plan.drift);
  expect(drift.after).toEqual({ secret_id: "api", secret_string: Sensitive.instance });
  expect(drift.diffs).toEqual([
    { path: ["secret_string"], pathText: "secret_string", before: Sensitive.instance, after: Sensitive.instance, forcesReplacement: false },
  ]);
});

test("outputs are masked by name; others stay visible", () => {
  expect(plan.outputs).toEqual([
    { name: "admin_password", action: "create", sensitive: false, before: null, after: Sensitive.instance },
    { name: "endpoint", action: "create", sensitive: false, before: null, after: "db.internal" },
  ]);
});

test("numbers and booleans are never masked by name", () => {
  const input = {
    format_version: "1.2",
    resource_changes: [
      resource("random_password.db", {
        actions: ["create"],
        before: null,
        after: { length: 16, special: true, password: null, min_password_length: 8, secret: 42 },
      }),
    ],
  };
  expect(parsePlan(JSON.stringify(input)).changes[0]?.after).toEqual({
    length: 16,
    special: true,
    password: null,
    min_password_length: 8,
    secret: 42,
  });
});

test("a key named __proto__ is kept as data", () => {
  const input = `{"format_version":"1.2","resource_changes":[{"address":"x_y.z","change":{"actions":["create"],"before":null,"after":{"__proto__":{"password":"proto-pass"}}}}]}`;
  const after = parsePlan(input).changes[0]?.after as Record<string, unknown>;
  expect(Object.getPrototypeOf(after)).toBe(Object.prototype);
  expect(Object.keys(after)).toEqual(["__proto__"]);
  expect(JSON.stringify(after)).toBe('{"__proto__":{"password":"(sensitive)"}}');
});

test("a bad pattern in the options is a PlanError", () => {
  expect(() => parsePlan(JSON.stringify(handBuiltPlan), { valuePatterns: ["(unclosed"] })).toThrow(
    new PlanError('MaskOptions.valuePatterns[0]: "(unclosed" is not a valid regular expression'),
  );
});
