// Benchmark of the study guide on a generated repository of 2,000 resources
// across 50 local modules (a root calling every module, each module a small
// ECS service stack: IAM, security groups, load balancer, ECS, logs, data).
// Run after `npm run build`:
//   node bench/study.bench.js
// Prints the time to read the tree and build the guide (median of 3), the
// parse share, the guide's size, and the peak resident memory of the process.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const MODULES = 50;
const RESOURCES_PER_MODULE = 40;
const REPEATS = 3;

const dist = new URL("../dist/", import.meta.url);
const { buildStudyGuide } = await import(new URL("study/index.js", dist).href);
const { readTerraformTree } = await import(new URL("study/read-tree.js", dist).href);
const { parseConfiguration } = await import(new URL("study/parse-files.js", dist).href);

const root = mkdtempSync(join(tmpdir(), "study-bench-"));
try {
  const resources = generateRepository(root);
  const timings = [];
  let guide;
  let parseMs = 0;
  for (let round = 0; round < REPEATS; round++) {
    globalThis.gc?.();
    const started = performance.now();
    const tree = await readTerraformTree(root);
    const parseStarted = performance.now();
    await parseConfiguration(tree.files);
    parseMs = performance.now() - parseStarted;
    guide = await buildStudyGuide({ files: tree.files, lang: "en", linkBase: "https://github.com/acme/infra/blob/main" });
    // buildStudyGuide parses again: subtract the measured parse so the figure is read + parse + build.
    timings.push(performance.now() - started - parseMs);
  }
  timings.sort((a, b) => a - b);
  const peakRss = process.resourceUsage().maxRSS * 1024;
  const { stats } = guide;
  if (stats.resources + stats.dataSources !== resources) throw new Error(`expected ${resources} resources, the guide has ${stats.resources + stats.dataSources}`);
  console.log(`study guide: ${resources} resources in ${MODULES} local modules (${stats.files} files)`);
  console.log(`  time (read + parse + guide), median of ${REPEATS}: ${Math.round(timings[Math.floor(REPEATS / 2)])} ms`);
  console.log(`  of which parsing with @cdktf/hcl2json: ${Math.round(parseMs)} ms`);
  console.log(`  guide: ${(stats.characters / 1024).toFixed(0)} KiB, ${stats.mermaidBlocks} pictures, ${stats.quizQuestions} quiz questions, ${stats.sourceLinks} links`);
  console.log(`  peak RSS: ${(peakRss / 1024 / 1024).toFixed(0)} MB`);
  const fitted = await buildStudyGuide({ files: (await readTerraformTree(root)).files, lang: "en", maxLength: 65_000 });
  console.log(`  fitted to an issue body (65,000 characters): ${fitted.stats.characters} characters, ${fitted.stats.rowsOmitted} rows summarised`);
} finally {
  rmSync(root, { recursive: true, force: true });
}

/** Writes the repository; returns the number of resources and data sources in it. */
function generateRepository(dir) {
  const calls = [];
  let count = 0;
  for (let index = 0; index < MODULES; index++) {
    const name = `svc${String(index).padStart(2, "0")}`;
    calls.push(`module "${name}" {\n  source = "./modules/${name}"\n  name   = "${name}"\n  vpc_id = aws_vpc.main.id\n}\n`);
    const moduleDir = join(dir, "modules", name);
    mkdirSync(moduleDir, { recursive: true });
    const { text, resources } = moduleText();
    writeFileSync(join(moduleDir, "main.tf"), text);
    count += resources;
  }
  writeFileSync(join(dir, "main.tf"), `resource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n\n${calls.join("\n")}`);
  return count + 1;
}

/** One service: 40 blocks that refer to each other the way real stacks do. */
function moduleText() {
  const blocks = [
    `variable "name" {}\nvariable "vpc_id" {}\n`,
    `resource "aws_iam_role" "task" {\n  name = "\${var.name}-task"\n  assume_role_policy = jsonencode({\n    Statement = [{ Action = "sts:AssumeRole", Effect = "Allow", Principal = { Service = "ecs-tasks.amazonaws.com" } }]\n  })\n}\n`,
    `resource "aws_iam_role_policy" "task" {\n  role = aws_iam_role.task.id\n  policy = jsonencode({\n    Statement = [{ Action = ["s3:GetObject"], Effect = "Allow", Resource = "*" }]\n  })\n}\n`,
    `resource "aws_security_group" "lb" {\n  name   = "\${var.name}-lb"\n  vpc_id = var.vpc_id\n  ingress {\n    protocol    = "tcp"\n    from_port   = 443\n    to_port     = 443\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n`,
    `resource "aws_security_group" "app" {\n  name   = "\${var.name}-app"\n  vpc_id = var.vpc_id\n  ingress {\n    protocol        = "tcp"\n    from_port       = 8080\n    to_port         = 8080\n    security_groups = [aws_security_group.lb.id]\n  }\n}\n`,
    `resource "aws_lb" "main" {\n  name            = "\${var.name}"\n  security_groups = [aws_security_group.lb.id]\n}\n`,
    `resource "aws_lb_target_group" "app" {\n  port        = 8080\n  protocol    = "HTTP"\n  vpc_id      = var.vpc_id\n  target_type = "ip"\n}\n`,
    `resource "aws_lb_listener" "https" {\n  load_balancer_arn = aws_lb.main.arn\n  port              = 443\n  protocol          = "HTTPS"\n  default_action {\n    type             = "forward"\n    target_group_arn = aws_lb_target_group.app.arn\n  }\n}\n`,
    `resource "aws_ecr_repository" "app" {\n  name = var.name\n}\n`,
    `resource "aws_ecs_cluster" "main" {\n  name = var.name\n}\n`,
    `resource "aws_cloudwatch_log_group" "app" {\n  name = "/ecs/\${var.name}"\n}\n`,
    `resource "aws_ecs_task_definition" "app" {\n  family        = var.name\n  task_role_arn = aws_iam_role.task.arn\n  container_definitions = jsonencode([{ name = "app", image = "\${aws_ecr_repository.app.repository_url}:latest", logConfiguration = { options = { "awslogs-group" = aws_cloudwatch_log_group.app.name } } }])\n}\n`,
    `resource "aws_ecs_service" "app" {\n  name            = var.name\n  cluster         = aws_ecs_cluster.main.id\n  task_definition = aws_ecs_task_definition.app.arn\n  desired_count   = 2\n  network_configuration {\n    security_groups = [aws_security_group.app.id]\n    subnets         = []\n  }\n  load_balancer {\n    target_group_arn = aws_lb_target_group.app.arn\n    container_name   = "app"\n    container_port   = 8080\n  }\n}\n`,
    `resource "aws_cloudwatch_metric_alarm" "cpu" {\n  alarm_name  = "\${var.name}-cpu"\n  metric_name = "CPUUtilization"\n  namespace   = "AWS/ECS"\n  dimensions = {\n    ServiceName = aws_ecs_service.app.name\n  }\n}\n`,
  ];
  let resources = blocks.length - 1;
  // The rest: buckets with their settings, parameters and an unknown type, to reach 40 per module.
  for (let index = 0; resources < RESOURCES_PER_MODULE; index++) {
    const kind = index % 4;
    if (kind === 0) blocks.push(`resource "aws_s3_bucket" "b${index}" {\n  bucket = "\${var.name}-b${index}"\n}\n`);
    if (kind === 1) blocks.push(`resource "aws_s3_bucket_versioning" "b${index}" {\n  bucket = aws_s3_bucket.b${index - 1}.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n`);
    if (kind === 2) blocks.push(`resource "aws_ssm_parameter" "p${index}" {\n  name  = "/\${var.name}/p${index}"\n  type  = "String"\n  value = aws_lb.main.dns_name\n}\n`);
    if (kind === 3) blocks.push(`resource "acme_widget" "w${index}" {\n  name = "\${var.name}-w${index}"\n}\n`);
    resources += 1;
  }
  return { text: blocks.join("\n"), resources };
}
