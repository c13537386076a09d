/**
 * The entry-points chapter: the request path from DNS to running code
 * (Route 53 → load balancer → listener → rules → target group → service, and
 * the Google and Azure equivalents), drawn from references, with the
 * listeners, rules and records explained in the team's own values.
 */
import { inlineCode } from "../render/escape.js";
import { capitalise, listWords, ofTypes, resourceText, say, type ChapterStudy, type QuizQuestion, type StudyContext } from "./context.js";
import { blocksOf } from "./expressions.js";
import type { StudyResource } from "./model.js";
import { longestChain, stagePicture } from "./pictures.js";

/** Position on the request path; resources of other types are not on it. */
const STAGES: readonly [RegExp, number][] = [
  [/^(aws_route53_record|google_dns_record_set|azurerm_dns_\w+_record)$/, 1],
  [/^(aws_cloudfront_distribution|azurerm_public_ip|azurerm_cdn_\w+|azurerm_frontdoor)$/, 2],
  [/^(aws_lb|aws_alb|aws_elb|google_compute_(global_)?forwarding_rule|azurerm_lb|azurerm_application_gateway|aws_apigatewayv2_api|aws_api_gateway_rest_api)$/, 3],
  [/^(aws_lb_listener|aws_alb_listener|google_compute_target_https?_proxy|azurerm_lb_rule|aws_apigatewayv2_route)$/, 4],
  [/^(aws_lb_listener_rule|aws_alb_listener_rule|google_compute_(region_)?url_map|aws_apigatewayv2_integration)$/, 5],
  [/^(aws_lb_target_group|aws_alb_target_group|google_compute_(region_)?backend_service|azurerm_lb_backend_address_pool)$/, 6],
  [/^(aws_lb_target_group_attachment|aws_alb_target_group_attachment|azurerm_network_interface_backend_address_pool_association|google_compute_(global_|region_)?network_endpoint_group)$/, 7],
  [/^(aws_ecs_service|aws_autoscaling_group|azurerm_network_interface|google_compute_(region_)?instance_group_manager|google_cloud_run_(v2_)?service)$/, 8],
  [/^(aws_instance|aws_lambda_function|azurerm_(linux|windows)_virtual_machine(_scale_set)?|google_compute_instance)$/, 9],
];

function requestStage(resource: StudyResource): number | undefined {
  for (const [pattern, stage] of STAGES) if (pattern.test(resource.type)) return stage;
  return undefined;
}

export function studyEntry(context: StudyContext): ChapterStudy {
  const sections: ChapterStudy["sections"] = [];
  const picture = stagePicture(context, requestStage);
  const explained = [...recordLines(context), ...listenerLines(context), ...ruleLines(context), ...targetGroupLines(context)];
  if (explained.length > 0) {
    sections.push({ heading: say(context, "Where requests go", "リクエストの行き先"), markdown: `${explained.join("\n")}\n` });
  }
  if (picture.markdown) {
    sections.push({
      heading: say(context, "Picture: the request path", "図: リクエストの通り道"),
      markdown: `${say(context, "A request enters on the left and moves right until it reaches your code.", "リクエストは左から入り、右へ進んでコードに届きます。")}\n\n${picture.markdown}`,
    });
  }
  return { sections, quiz: entryQuiz(context, longestChain(picture.edges)) };
}

function text(context: StudyContext, resource: StudyResource, attribute: string, from: Record<string, unknown> = resource.body): string | undefined {
  return context.resolver.literalText(resource.instance, from[attribute]);
}

function named(context: StudyContext, resource: StudyResource, value: unknown): StudyResource[] {
  return context.resolver.targets(resource.instance, value).filter((target) => target.mode === "managed");
}

function names(context: StudyContext, resources: StudyResource[]): string {
  return listWords(context, resources.map((resource) => resourceText(context, resource)));
}

function recordLines(context: StudyContext): string[] {
  return ofTypes(context, /^aws_route53_record$/).flatMap((record) => {
    const alias = blocksOf(record.body["alias"])[0];
    const targets = alias ? named(context, record, alias["name"]) : named(context, record, record.body["records"]);
    if (targets.length === 0) return [];
    const type = text(context, record, "type") ?? "?";
    const shown = resourceText(context, record);
    return [say(context, `- The DNS record ${shown} (type ${inlineCode(type)}) points to ${names(context, targets)}.`, `- DNS レコード ${shown}（タイプ ${inlineCode(type)}）は ${names(context, targets)} を指します。`)];
  });
}

function listenerLines(context: StudyContext): string[] {
  return ofTypes(context, /^aws_(lb|alb)_listener$/).map((listener) => {
    const port = text(context, listener, "port") ?? "?";
    const protocol = text(context, listener, "protocol") ?? "";
    const balancers = named(context, listener, listener.body["load_balancer_arn"]);
    const actions = blocksOf(listener.body["default_action"]).map((action) => actionWords(context, listener, action));
    const on = inlineCode(`${protocol} ${port}`.trim());
    return say(
      context,
      `- ${resourceText(context, listener)} listens on ${on}${balancers.length > 0 ? ` of ${names(context, balancers)}` : ""} and by default ${listWords(context, actions)}.`,
      `- ${resourceText(context, listener)} は${balancers.length > 0 ? ` ${names(context, balancers)} の` : ""} ${on} で待ち受け、既定では ${listWords(context, actions)}。`,
    );
  });
}

function actionWords(context: StudyContext, owner: StudyResource, action: Record<string, unknown>): string {
  const type = context.resolver.literalText(owner.instance, action["type"]);
  const groups = named(context, owner, action["target_group_arn"] ?? action["forward"]);
  if (groups.length > 0) return say(context, `forwards to ${names(context, groups)}`, `${names(context, groups)} に転送します`);
  const redirect = blocksOf(action["redirect"])[0];
  if (type === "redirect" || redirect) {
    const protocol = redirect ? context.resolver.literalText(owner.instance, redirect["protocol"]) : undefined;
    return protocol ? say(context, `redirects to ${inlineCode(protocol)}`, `${inlineCode(protocol)} にリダイレクトします`) : say(context, "redirects", "リダイレクトします");
  }
  if (type === "fixed-response") return say(context, "answers with a fixed response", "固定のレスポンスを返します");
  return type ? say(context, `does ${inlineCode(type)}`, `${inlineCode(type)} を行います`) : say(context, "does a computed action", "計算で決まる動作をします");
}

function ruleLines(context: StudyContext): string[] {
  return ofTypes(context, /^aws_(lb|alb)_listener_rule$/).map((rule) => {
    const conditions = blocksOf(rule.body["condition"]).flatMap((condition) =>
      Object.entries(condition).flatMap(([field, block]) =>
        blocksOf(block).flatMap((values) => (context.resolver.literalTexts(rule.instance, values["values"]) ?? []).map((value) => `${field.replace(/_/g, " ")} ${inlineCode(value)}`)),
      ),
    );
    const actions = blocksOf(rule.body["action"]).map((action) => actionWords(context, rule, action));
    const when = conditions.length > 0 ? listWords(context, conditions) : say(context, "the rule's conditions", "ルールの条件");
    return say(context, `- ${resourceText(context, rule)}: requests matching ${when} — it ${listWords(context, actions)}.`, `- ${resourceText(context, rule)}: ${when} に一致するリクエストを${listWords(context, actions)}。`);
  });
}

function targetGroupLines(context: StudyContext): string[] {
  return ofTypes(context, /^aws_(lb|alb)_target_group$/).map((group) => {
    const port = text(context, group, "port");
    const protocol = text(context, group, "protocol");
    const targetType = text(context, group, "target_type") ?? "instance";
    const services = containerTargets(context, group);
    const sends = port ? say(context, ` sends requests to port ${inlineCode(`${protocol ?? ""} ${port}`.trim())} of its targets (type ${inlineCode(targetType)})`, ` は対象（タイプ ${inlineCode(targetType)}）のポート ${inlineCode(`${protocol ?? ""} ${port}`.trim())} に送ります`) : "";
    const registered = services.length > 0 ? say(context, `; ${listWords(context, services)}`, `。${listWords(context, services)}`) : "";
    return say(context, `- ${resourceText(context, group)}${sends}${registered}.`, `- ${resourceText(context, group)}${sends}${registered}。`);
  });
}

/** "the service `web` registers its container `web` on port 80" for each ECS service using the target group. */
function containerTargets(context: StudyContext, group: StudyResource): string[] {
  return context.graph
    .referredBy(group)
    .filter((user) => user.type === "aws_ecs_service")
    .flatMap((service) =>
      blocksOf(service.body["load_balancer"])
        .filter((block) => named(context, service, block["target_group_arn"]).some((target) => target.id === group.id))
        .map((block) => {
          const container = context.resolver.literalText(service.instance, block["container_name"]) ?? "?";
          const port = context.resolver.literalText(service.instance, block["container_port"]) ?? "?";
          return say(
            context,
            `${resourceText(context, service)} registers each task's container ${inlineCode(container)} (port ${inlineCode(port)}) with it`,
            `${resourceText(context, service)} が各タスクのコンテナ ${inlineCode(container)}（ポート ${inlineCode(port)}）を登録します`,
          );
        }),
    );
}

function entryQuiz(context: StudyContext, chain: StudyResource[]): QuizQuestion[] {
  const quiz: QuizQuestion[] = [];
  const first = chain[0];
  const last = chain[chain.length - 1];
  if (chain.length >= 3 && first && last) {
    quiz.push({
      question: say(
        context,
        `A request arrives at ${resourceText(context, first)}. Which resources does it pass through, in order, before it reaches ${resourceText(context, last)}?`,
        `リクエストが ${resourceText(context, first)} に届きました。${resourceText(context, last)} に着くまでに、どのリソースをどの順で通りますか？`,
      ),
      answer: chain.map((resource, index) => `${index + 1}. ${resourceText(context, resource)}`).join("\n"),
    });
  }
  const [listener] = ofTypes(context, /^aws_(lb|alb)_listener$/);
  if (listener) {
    const port = text(context, listener, "port") ?? "?";
    const protocol = text(context, listener, "protocol") ?? "";
    const actions = blocksOf(listener.body["default_action"]).map((action) => actionWords(context, listener, action));
    const balancers = named(context, listener, listener.body["load_balancer_arn"]);
    const balancer = balancers[0] ? resourceText(context, balancers[0]) : resourceText(context, listener);
    quiz.push({
      question: say(context, `On which port does ${balancer} accept requests, and what does it do with them?`, `${balancer} はどのポートでリクエストを受け、それをどうしますか？`),
      answer: say(
        context,
        `${inlineCode(`${protocol} ${port}`.trim())}, through ${resourceText(context, listener)}, which ${listWords(context, actions)}.`,
        `${inlineCode(`${protocol} ${port}`.trim())} です。${resourceText(context, listener)} が受け、${listWords(context, actions)}。`,
      ),
    });
  }
  const group = ofTypes(context, /^aws_(lb|alb)_target_group$/).find((candidate) => containerTargets(context, candidate).length > 0);
  if (group) {
    quiz.push({
      question: say(context, `How do requests get from ${resourceText(context, group)} to your containers?`, `${resourceText(context, group)} からコンテナへ、リクエストはどう届きますか？`),
      answer: say(
        context,
        `${capitalise(listWords(context, containerTargets(context, group)))}. The target group sends each request to one of the registered, healthy tasks.`,
        `${listWords(context, containerTargets(context, group))}。ターゲットグループは、登録された正常なタスクのどれかに各リクエストを送ります。`,
      ),
    });
  }
  return quiz;
}
