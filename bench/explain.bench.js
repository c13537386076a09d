// Benchmark of the whole explain path (parse + explain + render) on synthetic
// AWS plans of 5,000 and 50,000 changes, against the floor of merely reading
// and JSON.parse-ing the same file. Run after `npm run build`:
//   node bench/explain.bench.js
//   node bench/explain.bench.js --write /tmp/plan.json 50000   (a plan to profile with)
// Each measurement runs in its own child process so that peak memory is
// clean; floor and pipeline get the same warm-up rounds and collections.
// Targets: time ≤ 2× the floor, peak RSS ≤ 4× the file size + 100 MB, and
// linear growth (5k → 50k ≈ 10×).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
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
const REPEATS = 5;
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
      const bytes = statSync(path).size;
      const floor = child(self, "--floor", path);
      const pipeline = child(self, "--pipeline", path);
      results.push({ size, bytes, floor, pipeline });
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
  report(results);
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

function report(results) {
  const rows = [
    ["changes", "file MB", "floor ms", "pipeline ms", "parse", "explain", "render", "time/floor", "floor peak MB", "peak MB", "RSS budget MB", "RSS/budget"],
  ];
  for (const { size, bytes, floor, pipeline } of results) {
    const budget = MEMORY_FILE_FACTOR * bytes + MEMORY_ALLOWANCE;
    rows.push([
      size.toLocaleString("en-US"),
      fmt(bytes / MB, 1),
      fmt(floor.ms),
      fmt(pipeline.ms),
      fmt(pipeline.stages.parse),
      fmt(pipeline.stages.explain),
      fmt(pipeline.stages.render),
      `${fmt(pipeline.ms / floor.ms, 2)}× ${pipeline.ms / floor.ms <= TIME_RATIO_TARGET ? "ok" : "MISS"}`,
      fmt(floor.peakRss / MB),
      fmt(pipeline.peakRss / MB),
      fmt(budget / MB),
      `${fmt(pipeline.peakRss / budget, 2)} ${pipeline.peakRss <= budget ? "ok" : "MISS"}`,
    ]);
  }
  const notes = results.map(
    ({ size, floor, pipeline }) =>
      `${size.toLocaleString("en-US")} changes: RSS after parse ${fmt(pipeline.stages.afterParse / MB)} MB, ` +
      `after explain ${fmt(pipeline.stages.afterExplain / MB)} MB, after render ${fmt(pipeline.stages.afterRender / MB)} MB; ` +
      `first (cold) round: floor ${fmt(floor.coldMs)} ms, pipeline ${fmt(pipeline.coldMs)} ms ` +
      `(${fmt(pipeline.coldMs / floor.coldMs, 2)}×)`,
  );
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  for (const row of rows) console.log(row.map((cell, column) => String(cell).padStart(widths[column])).join("  "));
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
      tags: { team: `team-${n % 7}`, env: "prod" },
    }),
    unknown: { arn: true, id: true, unique_id: true },
  },
  {
    type: "aws_iam_role_policy",
    values: (n, version) => ({
      name: `svc-${n}-policy`,
      role: `svc-${n}-role`,
      policy: version === 1 ? policy(["s3:GetObject"], `arn:aws:s3:::bucket-${n}/*`) : policy(["s3:*"], "*"),
    }),
    unknown: { id: true },
  },
  {
    type: "aws_security_group",
    values: (n, version) => ({
      name: `svc-${n}-sg`,
      description: "Managed by Terraform",
      vpc_id: `vpc-${(n % 13).toString(16).padStart(8, "0")}`,
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
    }),
    unknown: { arn: true, id: true, owner_id: true },
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
    }),
    unknown: { arn: true, id: true, revision: true },
  },
  {
    type: "aws_ecs_service",
    values: (n, version) => ({
      name: `svc-${n}`,
      cluster: "arn:aws:ecs:ap-northeast-1:123456789012:cluster/main",
      desired_count: 2 * version,
      launch_type: "FARGATE",
      network_configuration: [{ subnets: ["subnet-0a", "subnet-0b"], security_groups: [`sg-${n}`], assign_public_ip: false }],
      load_balancer: [{ container_name: "app", container_port: 8080, target_group_arn: `arn:tg/${n}` }],
    }),
    unknown: { id: true, task_definition: true },
  },
  {
    type: "aws_lb_target_group",
    values: (n, version) => ({
      name: `svc-${n}-tg`,
      port: 8080,
      protocol: "HTTP",
      target_type: "ip",
      health_check: [{ path: version === 1 ? "/health" : "/healthz", interval: 30, matcher: "200" }],
    }),
    unknown: { arn: true, id: true },
  },
  {
    type: "aws_route53_record",
    values: (n, version) => ({
      zone_id: "Z0123456789ABCDEFGHIJ",
      name: `svc-${n}.example.com`,
      type: "CNAME",
      ttl: 300 * version,
      records: [`lb-${n}.ap-northeast-1.elb.amazonaws.com`],
    }),
    unknown: { fqdn: true, id: true },
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
    }),
    unknown: { arn: true, endpoint: true, id: true },
    sensitive: { password: true },
  },
];

function syntheticPlan(count) {
  const next = random(count);
  const resourceChanges = [];
  const configured = new Map();
  for (let index = 0; index < count; index++) {
    const kind = TYPES[index % TYPES.length];
    const roll = next();
    const actions = ACTIONS.find(([threshold]) => roll < threshold)[1];
    const module = `module.svc${index % 200}`;
    const name = `r${Math.floor(index / TYPES.length)}`;
    const before = actions[0] === "create" && actions.length === 1 ? null : kind.values(index, 1);
    const after = actions[0] === "delete" && actions.length === 1 ? null : kind.values(index, actions[0] === "no-op" ? 1 : 2);
    const change = {
      actions,
      before,
      after,
      after_unknown: after === null ? {} : actions[0] === "no-op" ? {} : kind.unknown,
      before_sensitive: before === null ? false : (kind.sensitive ?? {}),
      after_sensitive: after === null ? false : (kind.sensitive ?? {}),
    };
    const resourceChange = {
      address: `${module}.${kind.type}.${name}`,
      module_address: module,
      mode: "managed",
      type: kind.type,
      name,
      provider_name: "registry.terraform.io/hashicorp/aws",
      change,
    };
    if (actions.length === 2) {
      resourceChange.action_reason = "replace_because_cannot_update";
      change.replace_paths = [[Object.keys(after)[0]]];
    }
    resourceChanges.push(resourceChange);
    const moduleResources = configured.get(module) ?? [];
    moduleResources.push({
      address: `${kind.type}.${name}`,
      mode: "managed",
      type: kind.type,
      name,
      provider_config_key: "aws",
      expressions: { name: { references: [`aws_iam_role.${name}.name`, `aws_iam_role.${name}`] } },
      schema_version: 0,
    });
    configured.set(module, moduleResources);
  }
  const moduleCalls = {};
  for (const [module, resources] of configured) {
    moduleCalls[module.slice("module.".length)] = { source: "./modules/service", module: { resources } };
  }
  return {
    format_version: "1.2",
    terraform_version: "1.11.4",
    planned_values: { root_module: {} },
    resource_changes: resourceChanges,
    configuration: { provider_config: { aws: { name: "aws" } }, root_module: { module_calls: moduleCalls } },
    timestamp: "2025-01-01T00:00:00Z",
    applyable: true,
    complete: true,
    errored: false,
  };
}

// Last, so that every constant above is initialised before it runs.
const [mode, file, size] = process.argv.slice(2);
// `--write plan.json 50000` keeps a synthetic plan around for profiling (node --cpu-prof).
if (mode === "--write") writeFileSync(file, JSON.stringify(syntheticPlan(Number(size))));
else if (mode === "--floor") await measure(file, floorRun);
else if (mode === "--pipeline") await measure(file, await pipelineRun());
else await parent();
