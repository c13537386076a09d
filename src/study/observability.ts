/**
 * The observability chapter: where the logs go, what each alarm watches and
 * what it sets off when it fires.
 */
import { inlineCode } from "../render/escape.js";
import { listWords, ofTypes, resourceText, say, type ChapterStudy, type QuizQuestion, type StudyContext } from "./context.js";
import { blocksOf } from "./expressions.js";
import type { StudyResource } from "./model.js";
import { usesPicture } from "./pictures.js";

const LOG_DESTINATIONS = /^(aws_cloudwatch_log_group|google_logging_\w+|azurerm_log_analytics_workspace)$/;

interface Alarm {
  alarm: StudyResource;
  metric: string | undefined;
  watched: StudyResource[];
  onAlarm: StudyResource[];
  onOk: StudyResource[];
}

export function studyObservability(context: StudyContext): ChapterStudy {
  const resources = context.chapters.get("observability") ?? [];
  const sections: ChapterStudy["sections"] = [];
  const writers = logWriters(context);
  if (writers.length > 0) {
    sections.push({
      heading: say(context, "Where the logs go", "ログの行き先"),
      markdown: `${writers
        .map(({ destination, sources }) =>
          say(
            context,
            `- ${resourceText(context, destination)} receives the logs of ${listWords(context, sources.map((source) => resourceText(context, source)))}.`,
            `- ${resourceText(context, destination)} に ${listWords(context, sources.map((source) => resourceText(context, source)))} のログが届きます。`,
          ),
        )
        .join("\n")}\n`,
    });
  }
  const alarms = ofTypes(context, /^aws_cloudwatch_metric_alarm$/).map((alarm) => readAlarm(context, alarm));
  if (alarms.length > 0) {
    sections.push({ heading: say(context, "Alarms", "アラーム"), markdown: `${alarms.map((alarm) => `- ${alarmSentence(context, alarm)}`).join("\n")}\n` });
  }
  const picture = usesPicture(context, resources);
  if (picture) {
    sections.push({
      heading: say(context, "Picture: what is watched", "図: 何を見ているか"),
      markdown: `${say(context, "An arrow reads \"uses\": the resource on the left refers to the one on the right.", "矢印は「使う」の意味です。左のリソースが右のリソースを参照しています。")}\n\n${picture}`,
    });
  }
  const quiz: QuizQuestion[] = [];
  const [writer] = writers;
  if (writer) {
    const [source] = writer.sources;
    if (source) {
      quiz.push({
        question: say(context, `Something went wrong in ${resourceText(context, source)}. Where do you read its logs?`, `${resourceText(context, source)} で問題が起きました。ログはどこで読めますか？`),
        answer: say(context, `In ${resourceText(context, writer.destination)}.`, `${resourceText(context, writer.destination)} です。`),
      });
    }
  }
  const [alarm] = alarms;
  if (alarm) {
    quiz.push({
      question: say(context, `What does the alarm ${resourceText(context, alarm.alarm)} watch, and what happens when it fires?`, `アラーム ${resourceText(context, alarm.alarm)} は何を見ていて、鳴ると何が起きますか？`),
      answer: alarmSentence(context, alarm),
    });
  }
  return { sections, quiz };
}

/** Log destinations and the resources that write to them (a task definition naming the log group…). */
function logWriters(context: StudyContext): { destination: StudyResource; sources: StudyResource[] }[] {
  return context.model.resources
    .filter((resource) => resource.mode === "managed" && LOG_DESTINATIONS.test(resource.type))
    .map((destination) => ({
      destination,
      sources: context.graph.referredBy(destination).filter((source) => source.mode === "managed" && /^(aws_ecs_task_definition|aws_lambda_function|google_cloud_run_(v2_)?service|azurerm_\w*app\w*)$/.test(source.type)),
    }))
    .filter((entry) => entry.sources.length > 0);
}

function readAlarm(context: StudyContext, alarm: StudyResource): Alarm {
  const literal = (attribute: string) => context.resolver.literalText(alarm.instance, alarm.body[attribute]);
  const name = literal("metric_name");
  const namespace = literal("namespace");
  const targets = (value: unknown) => context.graph.attributeTargets(alarm, value).filter((target) => target.mode === "managed");
  return {
    alarm,
    metric: name === undefined ? undefined : namespace === undefined ? name : `${namespace} ${name}`,
    watched: blocksOf(alarm.body["dimensions"]).flatMap((dimensions) => targets(dimensions)),
    onAlarm: targets(alarm.body["alarm_actions"]),
    onOk: targets(alarm.body["ok_actions"]),
  };
}

function alarmSentence(context: StudyContext, alarm: Alarm): string {
  const metric = alarm.metric === undefined ? say(context, "a computed metric", "計算で決まるメトリクス") : inlineCode(alarm.metric);
  const of = alarm.watched.length > 0 ? say(context, ` of ${listWords(context, alarm.watched.map((target) => resourceText(context, target)))}`, `（${listWords(context, alarm.watched.map((target) => resourceText(context, target)))}）`) : "";
  const fires =
    alarm.onAlarm.length > 0
      ? say(context, ` When it fires it triggers ${listWords(context, alarm.onAlarm.map((target) => resourceText(context, target)))}.`, `鳴ると ${listWords(context, alarm.onAlarm.map((target) => resourceText(context, target)))} が動きます。`)
      : say(context, " It triggers nothing written here (it may notify through actions set elsewhere).", "ここに書かれた動作はありません（別の場所で通知を設定している可能性があります）。");
  const ok = alarm.onOk.length > 0 ? say(context, ` Back to OK, it triggers ${listWords(context, alarm.onOk.map((target) => resourceText(context, target)))}.`, `正常に戻ると ${listWords(context, alarm.onOk.map((target) => resourceText(context, target)))} が動きます。`) : "";
  return say(context, `${resourceText(context, alarm.alarm)} watches ${metric}${of}.${fires}${ok}`, `${resourceText(context, alarm.alarm)} は ${metric}${of}を見ています。${fires}${ok}`);
}
