// Benchmark of the whole explain path (parse + explain + render) on synthetic
// AWS plans of 5,000 and 50,000 changes, against the floor of merely reading
// and JSON.parse-ing the same file (what a naive tool does). The plans are
// shaped like `terraform show -json` output: besides resource_changes they
// hold planned_values (the after-state again), prior_state (the state of
// everything that exists), variables, a configuration block with references,
// relevant_attributes, sensitivity and unknown masks that mirror the values,
// everything sorted by address. Run after `npm run build`:
//   node bench/explain.bench.js
//   node bench/explain.bench.js --write /tmp/plan.json 50000   (a plan to profile with)
// Each measurement runs in its own child process so that peak memory is
// clean; floor and pipeline get the same warm-up rounds and collections.
// Targets: time ≤ 2× the floor, peak RSS ≤ 4× the file size + 100 MB, and
// linear growth (5k → 50k ≈ 10×).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const SIZES = [5_000, 50_000];
/**
 * Rounds run before measuring, the same for the floor and the pipeline. The
 * app is a long-running server, so the steady state is what counts; the
 * pipeline's JavaScript needs a few rounds to be fully optimised (JSON.parse is
 * native and needs none), so the first round is also reported, as "cold".
 */
const WARMUP_ROUNDS = 3;
/** Rounds vary by ±20% on a shared machine: the median of seven is steadier than of five. */
const REPEATS = 7;
const TIME_RATIO_TARGET = 2;
const MEMORY_FILE_FACTOR = 4;
const MEMORY_ALLOWANCE = 100 * 1024 * 1024;

// ---------------------------------------------------------------- children

async function measure(path, run) {
  const rounds = [];
  let coldMs = 0;
  // WARMUP_ROUNDS rounds to warm the JIT up, then the median of REPEATS rounds.
  for (let round = 0; round < WARMUP_ROUNDS + REPEATS; round++) {
    fullGc();
    const started = performance.now();
    const stages = run(path);
    const ms = performance.now() - started;
    if (round === 0) coldMs = ms;
    if (round >= WARMUP_ROUNDS) rounds.push({ ms, stages });
  }
  rounds.sort((a, b) => a.ms - b.ms);
  const median = rounds[Math.floor(rounds.length / 2)];
  // ru_maxrss: the true peak resident set of this process (kilobytes on Linux).
  const peakRss = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(`${JSON.stringify({ ...median, coldMs, peakRss })}\n`);
}

/**
 * Each round starts from a clean heap. One collection finds the previous
 * round's input buffer and text dead, but their memory outside the heap is
 * released by the next one; without it a round could start with the last
 * round's 45 MB still resident.
 */
function fullGc() {
  globalThis.gc?.();
  globalThis.gc?.();
}

function floorRun(path) {
  JSON.parse(readFileSync(path, "utf8"));
  return {};
}

async function pipelineRun() {
  const dist = new URL("../dist/", import.meta.url);
  const { parsePlans } = await import(new URL("plan/index.js", dist).href);
  const { explainPlan } = await import(new URL("explain/index.js", dist).href);
  const { renderComment } = await import(new URL("render/comment.js", dist).href);
  return (path) => {
    const rss = () => process.memoryUsage.rss();
    const t0 = performance.now();
    const plans = parsePlans(readFileSync(path));
    const t1 = performance.now();
    const afterParse = rss();
    const explained = plans.map((plan) => explainPlan(plan));
    const t2 = performance.now();
    const afterExplain = rss();
    const markdown = renderComment(
      explained.map((item) => ({ title: "bench", explained: item })),
      { lang: "en" },
    );
    const t3 = performance.now();
    if (markdown.length > 60_000) throw new Error(`comment of ${markdown.length} characters`);
    return { parse: t1 - t0, explain: t2 - t1, render: t3 - t2, afterParse, afterExplain, afterRender: rss() };
  };
}

// ------------------------------------------------------------------ parent

async function parent() {
  const directory = mkdtempSync(join(tmpdir(), "infra-coach-bench-"));
  const self = fileURLToPath(import.meta.url);
  const results = [];
  try {
    for (const size of SIZES) {
      const path = join(directory, `plan-${size}.json`);
      writeFileSync(path, JSON.stringify(syntheticPlan(size)));
      results.push(measureFile(self, path, size.toLocaleString("en-US"), size));
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
  const real = biggestCorpusPlan();
  report(results, real === undefined ? undefined : measureFile(self, real.path, "corpus", undefined, real.name));
}

function measureFile(self, path, label, size, name) {
  const bytes = statSync(path).size;
  return { label, size, name, bytes, floor: child(self, "--floor", path), pipeline: child(self, "--pipeline", path) };
}

/** The largest real plan in ../shared/corpus/plans, when it is there: real plans are small, so this shows the fixed costs. */
function biggestCorpusPlan() {
  const directory = fileURLToPath(new URL("../../shared/corpus/plans/", import.meta.url));
  if (!existsSync(directory)) return undefined;
  const [biggest] = readdirSync(directory)
    .map((name) => ({ name, path: join(directory, name), size: statSync(join(directory, name)).size }))
    .sort((a, b) => b.size - a.size);
  return biggest;
}

function child(self, mode, path) {
  const result = spawnSync(process.execPath, ["--expose-gc", self, mode, path], {
    encoding: "utf8",
    maxBuffer: 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`${mode} failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split("\n").pop());
}

const MB = 1024 * 1024;
const fmt = (value, digits = 0) => value.toFixed(digits);

function report(results, real) {
  const rows = [
    ["changes", "file MB", "floor ms", "pipeline ms", "parse", "explain", "render", "time/floor", "floor peak MB", "peak MB", "RSS budget MB", "RSS/budget"],
  ];
  for (const result of results) rows.push(row(result, true));
  // A real plan is small, so fixed costs (rendering a whole comment) weigh more: shown without a verdict.
  if (real !== undefined) rows.push(row(real, false));
  const notes = results.map(
    ({ label, floor, pipeline }) =>
      `${label} changes: RSS after parse ${fmt(pipeline.stages.afterParse / MB)} MB, ` +
      `after explain ${fmt(pipeline.stages.afterExplain / MB)} MB, after render ${fmt(pipeline.stages.afterRender / MB)} MB; ` +
      `first (cold) round: floor ${fmt(floor.coldMs)} ms, pipeline ${fmt(pipeline.coldMs)} ms ` +
      `(${fmt(pipeline.coldMs / floor.coldMs, 2)}×)`,
  );
  if (real !== undefined) notes.push(`corpus: the largest real plan, ${real.name} (no target: see above)`);
  const widths = rows[0].map((_, column) => Math.max(...rows.map((cells) => String(cells[column]).length)));
  for (const cells of rows) console.log(cells.map((cell, column) => String(cell).padStart(widths[column])).join("  "));
  for (const note of notes) console.log(note);

  const [small, large] = results;
  if (small !== undefined && large !== undefined) {
    const sizeFactor = large.size / small.size;
    const growth = large.pipeline.ms / small.pipeline.ms;
    const floorGrowth = large.floor.ms / small.floor.ms;
    console.log(
      `growth ${fmt(small.size / 1000)}k → ${fmt(large.size / 1000)}k changes: pipeline ${fmt(growth, 1)}× ` +
        `(floor ${fmt(floorGrowth, 1)}×, linear = ${sizeFactor}×) ${growth <= sizeFactor * 1.5 ? "ok" : "MISS"}`,
    );
  }
  console.log(`targets: time ≤ ${TIME_RATIO_TARGET}× floor; peak RSS ≤ ${MEMORY_FILE_FACTOR}× file + 100 MB; growth ≈ linear`);
}

function row({ label, bytes, floor, pipeline }, judged) {
  const budget = MEMORY_FILE_FACTOR * bytes + MEMORY_ALLOWANCE;
  const verdict = (ok) => (judged ? (ok ? " ok" : " MISS") : "");
  return [
    label,
    fmt(bytes / MB, 1),
    fmt(floor.ms, judged ? 0 : 1),
    fmt(pipeline.ms, judged ? 0 : 1),
    fmt(pipeline.stages.parse, judged ? 0 : 1),
    fmt(pipeline.stages.explain, judged ? 0 : 1),
    fmt(pipeline.stages.render, judged ? 0 : 1),
    `${fmt(pipeline.ms / floor.ms, 2)}×${verdict(pipeline.ms / floor.ms <= TIME_RATIO_TARGET)}`,
    fmt(floor.peakRss / MB),
    fmt(pipeline.peakRss / MB),
    fmt(budget / MB),
    `${fmt(pipeline.peakRss / budget, 2)}${verdict(pipeline.peakRss <= budget)}`,
  ];
}

// ------------------------------------------------------- synthetic plans

/** Deterministic pseudo-random numbers, so that every run measures the same plan. */
function random(seed) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const ACTIONS = [
  [0.55, ["create"]],
  [0.75, ["update"]],
  [0.83, ["delete", "create"]],
  [0.88, ["create", "delete"]],
  [0.94, ["delete"]],
  [1.0, ["no-op"]],
];

function policy(actions, resource) {
  return JSON.stringify({
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Action: actions, Resource: resource }],
  });
}

/**
 * Resource kinds of a service stack. `values` are the configured arguments
 * (version 1 as in state, version 2 as the pull request wants them),
 * `computed` what the provider fills in (known in state, unknown while
 * creating), `references` what the configuration refers to, by argument.
 */
const TYPES = [
  {
    type: "aws_iam_role",
    values: (n, version) => ({
      name: `svc-${n}-role`,
      assume_role_policy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Principal: { Service: "ecs-tasks.amazonaws.com" }, Action: "sts:AssumeRole" }],
      }),
      max_session_duration: 3600 * version,
      path: "/",
      tags: { team: `team-${n % 7}`, env: "prod" },
    }),
    computed: (n) => ({ arn: `arn:aws:iam::123456789012:role/svc-${n}-role`, id: `svc-${n}-role`, unique_id: `AROA${String(n).padStart(17, "0")}`, create_date: "2024-05-01T00:00:00Z" }),
    references: {},
  },
  {
    type: "aws_iam_role_policy",
    values: (n, version) => ({
      name: `svc-${n}-policy`,
      role: `svc-${n}-role`,
      policy: version === 1 ? policy(["s3:GetObject"], `arn:aws:s3:::bucket-${n}/*`) : policy(["s3:*"], "*"),
    }),
    computed: (n) => ({ id: `svc-${n}-role:svc-${n}-policy` }),
    references: { role: ["aws_iam_role.NAME.name", "aws_iam_role.NAME"] },
  },
  {
    type: "aws_security_group",
    values: (n, version) => ({
      name: `svc-${n}-sg`,
      description: "Managed by Terraform",
      vpc_id: `vpc-${(n % 13).toString(16).padStart(8, "0")}`,
      revoke_rules_on_delete: false,
      ingress: [
        {
          from_port: 443,
          to_port: 443,
          protocol: "tcp",
          cidr_blocks: [version === 1 ? "10.0.0.0/16" : "0.0.0.0/0"],
          ipv6_cidr_blocks: [],
          prefix_list_ids: [],
          security_groups: [],
          self: false,
          description: "https",
        },
      ],
      egress: [
        {
          from_port: 0,
          to_port: 0,
          protocol: "-1",
          cidr_blocks: ["0.0.0.0/0"],
          ipv6_cidr_blocks: [],
          prefix_list_ids: [],
          security_groups: [],
          self: false,
          description: "",
        },
      ],
      tags: { Name: `svc-${n}` },
      timeouts: null,
    }),
    computed: (n) => ({ arn: `arn:aws:ec2:ap-northeast-1:123456789012:security-group/sg-${n.toString(16).padStart(17, "0")}`, id: `sg-${n.toString(16).padStart(17, "0")}`, owner_id: "123456789012", name_prefix: "", tags_all: { Name: `svc-${n}` } }),
    references: { vpc_id: ["var.vpc_id"] },
  },
  {
    type: "aws_ecs_task_definition",
    values: (n, version) => ({
      family: `svc-${n}`,
      cpu: "256",
      memory: "512",
      network_mode: "awsvpc",
      requires_compatibilities: ["FARGATE"],
      container_definitions: JSON.stringify([
        {
          name: "app",
          image: `123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/svc-${n}:v${version}`,
          portMappings: [{ containerPort: 8080, protocol: "tcp" }],
          environment: [{ name: "RAILS_ENV", value: "production" }],
        },
      ]),
      runtime_platform: [],
      volume: [],
    }),
    computed: (n) => ({ arn: `arn:aws:ecs:ap-northeast-1:123456789012:task-definition/svc-${n}:3`, id: `svc-${n}`, revision: 3, arn_without_revision: `arn:aws:ecs:ap-northeast-1:123456789012:task-definition/svc-${n}` }),
    references: { execution_role_arn: ["aws_iam_role.NAME.arn", "aws_iam_role.NAME"] },
  },
  {
    type: "aws_ecs_service",
    values: (n, version) => ({
      name: `svc-${n}`,
      cluster: "arn:aws:ecs:ap-northeast-1:123456789012:cluster/main",
      desired_count: 2 * version,
      launch_type: "FARGATE",
      network_configuration: [{ subnets: ["subnet-0a", "subnet-0b"], security_groups: [`sg-${n}`], assign_public_ip: false }],
      load_balancer: [{ container_name: "app", container_port: 8080, target_group_arn: `arn:tg/${n}`, elb_name: "" }],
      deployment_circuit_breaker: [{ enable: true, rollback: true }],
      propagate_tags: "NONE",
    }),
    computed: (n) => ({ id: `arn:aws:ecs:ap-northeast-1:123456789012:service/main/svc-${n}`, task_definition: `arn:aws:ecs:ap-northeast-1:123456789012:task-definition/svc-${n}:3`, iam_role: "/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS" }),
    references: {
      task_definition: ["aws_ecs_task_definition.NAME.arn", "aws_ecs_task_definition.NAME"],
      network_configuration: ["aws_security_group.NAME.id", "aws_security_group.NAME", "var.subnet_ids"],
      load_balancer: ["aws_lb_target_group.NAME.arn", "aws_lb_target_group.NAME"],
    },
  },
  {
    type: "aws_lb_target_group",
    values: (n, version) => ({
      name: `svc-${n}-tg`,
      port: 8080,
      protocol: "HTTP",
      target_type: "ip",
      deregistration_delay: "300",
      health_check: [{ path: version === 1 ? "/health" : "/healthz", interval: 30, matcher: "200", healthy_threshold: 3, unhealthy_threshold: 3, timeout: 5 }],
      stickiness: [{ enabled: false, type: "lb_cookie", cookie_duration: 86400 }],
    }),
    computed: (n) => ({ arn: `arn:aws:elasticloadbalancing:ap-northeast-1:123456789012:targetgroup/svc-${n}-tg/${n.toString(16).padStart(16, "0")}`, id: `arn:tg/${n}`, arn_suffix: `targetgroup/svc-${n}-tg/${n.toString(16)}`, load_balancer_arns: [] }),
    references: { vpc_id: ["var.vpc_id"] },
  },
  {
    type: "aws_route53_record",
    values: (n, version) => ({
      zone_id: "Z0123456789ABCDEFGHIJ",
      name: `svc-${n}.example.com`,
      type: "CNAME",
      ttl: 300 * version,
      records: [`lb-${n}.ap-northeast-1.elb.amazonaws.com`],
      alias: [],
    }),
    computed: (n) => ({ fqdn: `svc-${n}.example.com`, id: `Z0123456789ABCDEFGHIJ_svc-${n}.example.com_CNAME` }),
    references: { zone_id: ["var.zone_id"] },
  },
  {
    type: "aws_db_instance",
    values: (n, version) => ({
      identifier: `svc-${n}-db`,
      engine: "postgres",
      engine_version: version === 1 ? "15.4" : "16.1",
      instance_class: "db.t4g.medium",
      allocated_storage: 20 * version,
      username: "app",
      password: `not-a-real-password-${n}`,
      storage_encrypted: true,
      skip_final_snapshot: false,
      backup_retention_period: 7,
      tags: { Name: `svc-${n}-db` },
    }),
    computed: (n) => ({ arn: `arn:aws:rds:ap-northeast-1:123456789012:db:svc-${n}-db`, endpoint: `svc-${n}-db.abcdefghij.ap-northeast-1.rds.amazonaws.com:5432`, id: `db-${String(n).padStart(26, "A")}`, address: `svc-${n}-db.abcdefghij.ap-northeast-1.rds.amazonaws.com`, port: 5432, hosted_zone_id: "Z24O6O9L7SGTNB", tags_all: { Name: `svc-${n}-db` } }),
    sensitive: ["password"],
    references: { password: ["var.db_password"], vpc_security_group_ids: ["aws_security_group.NAME.id", "aws_security_group.NAME"] },
  },
];

/** Terraform prints object attributes in name order. */
function sortedKeys(object) {
  return Object.fromEntries(Object.keys(object).sort().map((key) => [key, object[key]]));
}

/**
 * The shape terraform prints beside values (`before_sensitive`,
 * `after_unknown`, `sensitive_values`): containers mirrored, list elements
 * that are not containers `false`, other attributes left out unless `flagged`.
 */
function shapeOf(value, flagged = []) {
  if (Array.isArray(value)) return value.map((item) => (item !== null && typeof item === "object" ? shapeOf(item) : false));
  const shape = {};
  for (const [key, item] of Object.entries(value)) {
    if (flagged.includes(key)) shape[key] = true;
    else if (item !== null && typeof item === "object") shape[key] = shapeOf(item);
  }
  return shape;
}

function withFlags(shape, flagged) {
  return sortedKeys({ ...shape, ...Object.fromEntries(flagged.map((key) => [key, true])) });
}

function syntheticPlan(count) {
  const next = random(count);
  const resourceChanges = [];
  /** Per module: configured resources, planned and prior resource values. */
  const modules = new Map();
  const relevant = [];
  for (let index = 0; index < count; index++) {
    const kind = TYPES[index % TYPES.length];
    const roll = next();
    const actions = ACTIONS.find(([threshold]) => roll < threshold)[1];
    // Each service is one of each kind, under one name, in one of 200 modules.
    const service = Math.floor(index / TYPES.length);
    const module = `module.svc${service % 200}`;
    const name = `r${service}`;
    const address = `${module}.${kind.type}.${name}`;
    const sensitive = kind.sensitive ?? [];
    const computedKeys = Object.keys(kind.computed(index));
    const creates = actions.includes("create");
    const state = actions[0] === "create" && actions.length === 1 ? null : sortedKeys({ ...kind.values(index, 1), ...kind.computed(index) });
    let after = null;
    if (actions[0] === "no-op") after = state;
    else if (actions.length === 2) after = sortedKeys(kind.values(index, 2));
    else if (actions[0] === "create") after = sortedKeys(kind.values(index, 2));
    else if (actions[0] === "update") after = sortedKeys({ ...kind.values(index, 2), ...kind.computed(index) });
    const unknownKeys = creates ? computedKeys : [];
    const change = {
      actions,
      before: state,
      after,
      after_unknown: after === null || actions[0] === "no-op" ? {} : withFlags(shapeOf(after), unknownKeys),
      before_sensitive: state === null ? false : shapeOf(state, sensitive),
      after_sensitive: after === null ? false : shapeOf(after, sensitive),
    };
    const resourceChange = {
      address,
      module_address: module,
      mode: "managed",
      type: kind.type,
      name,
      provider_name: "registry.terraform.io/hashicorp/aws",
      change,
    };
    if (actions.length === 2) {
      resourceChange.action_reason = "replace_because_cannot_update";
      change.replace_paths = [[Object.keys(kind.values(index, 2))[0]]];
    }
    resourceChanges.push(resourceChange);

    let entry = modules.get(module);
    if (entry === undefined) {
      entry = { configured: [], planned: [], prior: [] };
      modules.set(module, entry);
    }
    const common = { address, mode: "managed", type: kind.type, name, provider_name: "registry.terraform.io/hashicorp/aws", schema_version: 0 };
    if (after !== null) entry.planned.push({ ...common, values: after, sensitive_values: change.after_sensitive });
    if (state !== null) {
      const dependsOn = Object.values(kind.references).flat().filter((r) => !r.startsWith("var.") && !r.includes(".NAME."));
      entry.prior.push({
        ...common,
        values: state,
        sensitive_values: change.before_sensitive,
        ...(dependsOn.length > 0 ? { depends_on: dependsOn.map((r) => `${module}.${r.replace("NAME", name)}`) } : {}),
      });
    }
    entry.configured.push(configuredResource(kind, name, index));
    for (const targets of Object.values(kind.references)) {
      for (const target of targets) {
        if (target.includes(".NAME.")) {
          const [type, , attribute] = target.split(".");
          relevant.push({ resource: `${module}.${type}.${name}`, attribute: [attribute] });
        }
      }
    }
  }
  const variables = {
    vpc_id: { value: "vpc-00000001" },
    subnet_ids: { value: ["subnet-0a", "subnet-0b"] },
    zone_id: { value: "Z0123456789ABCDEFGHIJ" },
    db_password: { value: "synthetic-db-password-value" },
    environment: { value: "prod" },
  };
  // Terraform sorts resource changes, modules and their resources by address.
  resourceChanges.sort(byAddress);
  const moduleCalls = {};
  const plannedModules = [];
  const priorModules = [];
  for (const [module, { configured, planned, prior }] of [...modules].sort(([a], [b]) => (a < b ? -1 : 1))) {
    planned.sort(byAddress);
    prior.sort(byAddress);
    moduleCalls[module.slice("module.".length)] = {
      source: "./modules/service",
      expressions: {
        vpc_id: { references: ["var.vpc_id"] },
        subnet_ids: { references: ["var.subnet_ids"] },
        zone_id: { references: ["var.zone_id"] },
        db_password: { references: ["var.db_password"] },
      },
      module: {
        outputs: { service_name: { expression: { references: [`aws_ecs_service.${configured.find((r) => r.type === "aws_ecs_service")?.name ?? "r0"}.name`] } } },
        resources: configured,
        variables: {
          vpc_id: { description: "VPC of the service" },
          subnet_ids: { description: "Subnets of the tasks" },
          zone_id: { description: "Hosted zone" },
          db_password: { description: "Database password", sensitive: true },
        },
      },
    };
    if (planned.length > 0) plannedModules.push({ resources: planned, address: module });
    if (prior.length > 0) priorModules.push({ resources: prior, address: module });
  }
  const outputs = { services: { sensitive: false, type: "number", value: modules.size } };
  return {
    format_version: "1.2",
    terraform_version: "1.11.4",
    variables,
    planned_values: { outputs, root_module: { child_modules: plannedModules } },
    resource_changes: resourceChanges,
    output_changes: { services: { actions: ["no-op"], before: modules.size, after: modules.size, after_unknown: false, before_sensitive: false, after_sensitive: false } },
    prior_state: {
      format_version: "1.0",
      terraform_version: "1.11.4",
      values: { outputs, root_module: { child_modules: priorModules } },
    },
    configuration: {
      provider_config: {
        aws: { name: "aws", full_name: "registry.terraform.io/hashicorp/aws", version_constraint: "~> 5.0", expressions: { region: { constant_value: "ap-northeast-1" } } },
      },
      root_module: {
        outputs: { services: { expression: { references: ["module.svc0.service_name", "module.svc0"] } } },
        module_calls: moduleCalls,
        variables: {
          vpc_id: {},
          subnet_ids: {},
          zone_id: {},
          db_password: { sensitive: true },
          environment: { default: "prod" },
        },
      },
    },
    relevant_attributes: relevant,
    timestamp: "2025-01-01T00:00:00Z",
    applyable: true,
    complete: true,
    errored: false,
  };
}

function byAddress(a, b) {
  return a.address < b.address ? -1 : a.address > b.address ? 1 : 0;
}

/** A resource as the configuration block lists it: constant arguments and references. */
function configuredResource(kind, name, index) {
  const expressions = {};
  for (const [argument, value] of Object.entries(kind.values(index, 2))) {
    if (kind.references[argument] !== undefined) continue;
    if (value !== null && typeof value !== "object" && !(kind.sensitive ?? []).includes(argument)) expressions[argument] = { constant_value: value };
  }
  for (const [argument, targets] of Object.entries(kind.references)) {
    expressions[argument] = { references: targets.map((target) => target.replace("NAME", name)) };
  }
  return {
    address: `${kind.type}.${name}`,
    mode: "managed",
    type: kind.type,
    name,
    provider_config_key: "aws",
    expressions,
    schema_version: 0,
  };
}

// Last, so that every constant above is initialised before it runs.
const [mode, file, size] = process.argv.slice(2);
// `--write plan.json 50000` keeps a synthetic plan around for profiling (node --cpu-prof).
if (mode === "--write") writeFileSync(file, JSON.stringify(syntheticPlan(Number(size))));
else if (mode === "--floor") await measure(file, floorRun);
else if (mode === "--pipeline") await measure(file, await pipelineRun());
else await parent();
