/**
 * The containers chapter: registry → task definition → service → cluster,
 * and how a deploy flows through them, told with the team's own resources
 * (ECS; Cloud Run and Azure container apps get the same picture).
 */
import { inlineCode } from "../render/escape.js";
import { listWords, ofTypes, resourceText, say, type ChapterStudy, type QuizQuestion, type StudyContext } from "./context.js";
import { blocksOf, isRecord } from "./expressions.js";
import type { StudyResource } from "./model.js";
import { stagePicture } from "./pictures.js";

const STAGES: readonly [RegExp, number][] = [
  [/^(aws_ecr_repository|aws_ecrpublic_repository|google_artifact_registry_repository|azurerm_container_registry)$/, 0],
  [/^aws_ecs_task_definition$/, 1],
  [/^(aws_ecs_service|aws_eks_node_group|google_cloud_run_(v2_)?service|azurerm_container_app|azurerm_(linux|windows)_web_app)$/, 2],
  [/^(aws_ecs_cluster|aws_eks_cluster|azurerm_container_app_environment|azurerm_service_plan|azurerm_kubernetes_cluster)$/, 3],
];

function containerStage(resource: StudyResource): number | undefined {
  for (const [pattern, stage] of STAGES) if (pattern.test(resource.type)) return stage;
  return undefined;
}

interface EcsDeploy {
  service: StudyResource;
  taskDefinitions: StudyResource[];
  repositories: StudyResource[];
  images: string[];
  clusters: StudyResource[];
  targetGroups: StudyResource[];
}

export function studyCompute(context: StudyContext): ChapterStudy {
  const sections: ChapterStudy["sections"] = [];
  const picture = stagePicture(context, containerStage);
  if (picture.markdown) {
    sections.push({
      heading: say(context, "Picture: from image to running containers", "図: イメージから動くコンテナまで"),
      markdown: `${say(context, "Left to right: where the image is stored, what describes the containers, what keeps them running, and where they run.", "左から右へ: イメージの置き場所、コンテナの記述、コンテナを動かし続けるもの、動く場所です。")}\n\n${picture.markdown}`,
    });
  }
  const deploys = ofTypes(context, /^aws_ecs_service$/).map((service) => ecsDeploy(context, service));
  for (const deploy of deploys) {
    sections.push({
      heading: say(context, `How a deploy of ${resourceText(context, deploy.service)} flows`, `${resourceText(context, deploy.service)} のデプロイの流れ`),
      markdown: `${deploySteps(context, deploy).map((step, index) => `${index + 1}. ${step}`).join("\n")}\n`,
    });
  }
  const cloudRun = ofTypes(context, /^google_cloud_run_(v2_)?service$/);
  if (cloudRun.length > 0) {
    sections.push({
      heading: say(context, "How a Cloud Run deploy flows", "Cloud Run のデプロイの流れ"),
      markdown: `${say(
        context,
        `Deploying a new image (or changing a setting) of ${listWords(context, cloudRun.map((service) => resourceText(context, service)))} creates a new *revision*. Cloud Run starts it, and once it answers, moves traffic to it; the old revision stays available to roll back to.`,
        `${listWords(context, cloudRun.map((service) => resourceText(context, service)))} に新しいイメージをデプロイする（または設定を変える）と、新しい「リビジョン」が作られます。Cloud Run はそれを起動し、応答できるようになるとトラフィックを移します。古いリビジョンは切り戻し用に残ります。`,
      )}\n`,
    });
  }
  return { sections, quiz: computeQuiz(context, deploys, cloudRun) };
}

function targetsOfType(context: StudyContext, owner: StudyResource, value: unknown, type: RegExp): StudyResource[] {
  return context.graph.attributeTargets(owner, value).filter((target) => target.mode === "managed" && type.test(target.type));
}

function ecsDeploy(context: StudyContext, service: StudyResource): EcsDeploy {
  const taskDefinitions = targetsOfType(context, service, service.body["task_definition"], /^aws_ecs_task_definition$/);
  const repositories = taskDefinitions.flatMap((task) => context.graph.refersTo(task).filter((target) => /^aws_ecr(public)?_repository$/.test(target.type)));
  const images = taskDefinitions.flatMap((task) => literalImages(context, task));
  const clusters = targetsOfType(context, service, service.body["cluster"], /^aws_ecs_cluster$/);
  const targetGroups = blocksOf(service.body["load_balancer"]).flatMap((block) => targetsOfType(context, service, block["target_group_arn"], /^aws_(lb|alb)_target_group$/));
  return { service, taskDefinitions, repositories, images, clusters, targetGroups };
}

/** Images written literally in container definitions (`nginx:1.27`), when the definitions can be read. */
function literalImages(context: StudyContext, task: StudyResource): string[] {
  const document = context.resolver.document(task.instance, task.body["container_definitions"]);
  if (!document || !Array.isArray(document.value)) return [];
  return document.value
    .filter(isRecord)
    .map((container) => context.resolver.literalText(document.instance, container["image"]))
    .filter((image): image is string => image !== undefined && image !== "");
}

function deploySteps(context: StudyContext, deploy: EcsDeploy): string[] {
  const service = resourceText(context, deploy.service);
  const tasks = deploy.taskDefinitions.length > 0 ? listWords(context, deploy.taskDefinitions.map((task) => resourceText(context, task))) : say(context, "its task definition", "タスク定義");
  const steps: string[] = [];
  if (deploy.repositories.length > 0) {
    const repositories = listWords(context, deploy.repositories.map((repository) => resourceText(context, repository)));
    steps.push(say(context, `**Build and push.** CI builds a new image of your application and pushes it to the ECR repository ${repositories}.`, `**ビルドとプッシュ。** CI がアプリケーションの新しいイメージを作り、ECR リポジトリ ${repositories} にプッシュします。`));
  } else if (deploy.images.length > 0) {
    const images = listWords(context, deploy.images.map(inlineCode));
    steps.push(say(context, `**Image.** The containers run the image ${images}, written in the task definition.`, `**イメージ。** コンテナはタスク定義に書かれたイメージ ${images} を使います。`));
  } else {
    steps.push(say(context, "**Image.** The image is set in the task definition's container definitions (computed, so not shown here).", "**イメージ。** イメージはタスク定義のコンテナ定義で決まります（計算で作られるため、ここには出せません）。"));
  }
  steps.push(
    say(
      context,
      `**New revision.** A new revision of ${tasks} points at the new image. Task definitions never change in place: every change makes a new numbered revision.`,
      `**新しいリビジョン。** ${tasks} の新しいリビジョンが新しいイメージを指します。タスク定義はその場では変わらず、変更のたびに番号付きの新しいリビジョンが作られます。`,
    ),
  );
  const count = context.resolver.literalText(deploy.service.instance, deploy.service.body["desired_count"]);
  const launch = context.resolver.literalText(deploy.service.instance, deploy.service.body["launch_type"]);
  const where = deploy.clusters.length > 0 ? say(context, ` in the cluster ${listWords(context, deploy.clusters.map((cluster) => resourceText(context, cluster)))}`, `（クラスター ${listWords(context, deploy.clusters.map((cluster) => resourceText(context, cluster)))}）`) : "";
  const copies = count ? say(context, ` ${inlineCode(count)} new task(s)`, `${inlineCode(count)} 個の新しいタスク`) : say(context, " new tasks", "新しいタスク");
  const on = launch ? say(context, ` on ${inlineCode(launch)}`, `（${inlineCode(launch)}）`) : "";
  steps.push(say(context, `**Roll out.** ${service} switches to the new revision and starts${copies}${on}${where}.`, `**ロールアウト。** ${service} が新しいリビジョンに切り替え、${copies}${on}を起動します${where}。`));
  if (deploy.targetGroups.length > 0) {
    const groups = listWords(context, deploy.targetGroups.map((group) => resourceText(context, group)));
    steps.push(
      say(
        context,
        `**Health check and switch.** The new tasks register with ${groups}; once they pass its health check they get traffic, and ECS drains and stops the old tasks. If they never become healthy, the old tasks keep serving.`,
        `**ヘルスチェックと切り替え。** 新しいタスクが ${groups} に登録され、ヘルスチェックに通るとトラフィックを受けます。その後 ECS が古いタスクを止めます。正常にならなければ古いタスクが処理を続けます。`,
      ),
    );
  } else {
    steps.push(say(context, "**Switch.** When the new tasks are running, ECS stops the old ones.", "**切り替え。** 新しいタスクが動き始めると、ECS が古いタスクを止めます。"));
  }
  return steps;
}

function computeQuiz(context: StudyContext, deploys: EcsDeploy[], cloudRun: StudyResource[]): QuizQuestion[] {
  const quiz: QuizQuestion[] = [];
  const deploy = deploys.find((candidate) => candidate.clusters.length > 0) ?? deploys[0];
  if (deploy) {
    const count = context.resolver.literalText(deploy.service.instance, deploy.service.body["desired_count"]);
    if (deploy.clusters.length > 0) {
      const clusters = listWords(context, deploy.clusters.map((cluster) => resourceText(context, cluster)));
      quiz.push({
        question: say(context, `Which cluster runs ${resourceText(context, deploy.service)}, and how many copies of it are kept running?`, `${resourceText(context, deploy.service)} はどのクラスターで動き、いくつのコピーが動き続けますか？`),
        answer: count
          ? say(context, `${clusters}; \`desired_count\` is ${inlineCode(count)} (auto scaling may change it).`, `${clusters} です。\`desired_count\` は ${inlineCode(count)} です（オートスケーリングで変わることがあります）。`)
          : say(context, `${clusters}; the number of copies is computed (\`desired_count\`).`, `${clusters} です。コピーの数は計算で決まります（\`desired_count\`）。`),
      });
    }
    const source = deploy.repositories.length > 0 ? listWords(context, deploy.repositories.map((repository) => resourceText(context, repository))) : listWords(context, deploy.images.map(inlineCode));
    if (source !== "" && deploy.taskDefinitions.length > 0) {
      quiz.push({
        question: say(context, `Where does the image that ${resourceText(context, deploy.service)} runs come from?`, `${resourceText(context, deploy.service)} が動かすイメージはどこから来ますか？`),
        answer: say(
          context,
          `From ${source}, named in the container definitions of ${listWords(context, deploy.taskDefinitions.map((task) => resourceText(context, task)))}.`,
          `${source} からです。${listWords(context, deploy.taskDefinitions.map((task) => resourceText(context, task)))} のコンテナ定義に書かれています。`,
        ),
      });
    }
    quiz.push({
      question: say(context, `You merged a change to the application. What happens, step by step, until ${resourceText(context, deploy.service)} serves the new version?`, `アプリケーションの変更をマージしました。${resourceText(context, deploy.service)} が新しい版を返すまでに何が起きますか？`),
      answer: deploySteps(context, deploy).map((step, index) => `${index + 1}. ${step}`).join("\n"),
    });
  }
  for (const service of cloudRun) {
    const accounts = blocksOf(service.body["template"])
      .flatMap((template) => blocksOf(template["spec"]).map((spec) => spec["service_account_name"]).concat(template["service_account"]))
      .flatMap((value) => targetsOfType(context, service, value, /^google_service_account$/));
    const [account] = accounts;
    if (!account) continue;
    quiz.push({
      question: say(context, `Which identity does ${resourceText(context, service)} run as?`, `${resourceText(context, service)} はどの ID で動きますか？`),
      answer: say(context, `The service account ${resourceText(context, account)}: its permissions are what the code may do in Google Cloud.`, `サービスアカウント ${resourceText(context, account)} です。その権限が、コードが Google Cloud でできることです。`),
    });
    break;
  }
  return quiz;
}
