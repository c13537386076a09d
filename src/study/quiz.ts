/**
 * Quiz questions any chapter can ask about its own resources, used to fill a
 * chapter whose specific questions are few: "what is X for?" and "how many
 * copies of X are created?". The Markdown of a quiz: answers collapsed.
 */
import { escapeKeepingCode, inlineCode } from "../render/escape.js";
import { resourceText, say, type QuizQuestion, type StudyContext } from "./context.js";
import type { StudyResource } from "./model.js";
import { entryOf } from "./present.js";

const MAX_QUESTIONS_PER_CHAPTER = 4;
const MIN_QUESTIONS_PER_CHAPTER = 2;

export function withGenericQuestions(context: StudyContext, resources: readonly StudyResource[], specific: QuizQuestion[]): QuizQuestion[] {
  const quiz = specific.slice(0, MAX_QUESTIONS_PER_CHAPTER);
  if (quiz.length >= MIN_QUESTIONS_PER_CHAPTER) return quiz;
  const managed = resources.filter((resource) => resource.mode === "managed");
  const repeated = managed.find((resource) => Number(context.resolver.literalText(resource.instance, resource.body["count"])) > 1);
  if (repeated) {
    const count = context.resolver.literalText(repeated.instance, repeated.body["count"]) ?? "";
    quiz.push({
      question: say(context, `How many copies of ${resourceText(context, repeated)} does this configuration create?`, `この設定は ${resourceText(context, repeated)} をいくつ作りますか？`),
      answer: say(
        context,
        `${inlineCode(count)}: the block sets \`count = ${count}\`, so Terraform creates that many, addressed ${inlineCode(`${repeated.address}[0]`)}, ${inlineCode(`${repeated.address}[1]`)}…`,
        `${inlineCode(count)} 個です。ブロックに \`count = ${count}\` とあるので、Terraform はその数だけ作り、${inlineCode(`${repeated.address}[0]`)}、${inlineCode(`${repeated.address}[1]`)}… と呼びます。`,
      ),
    });
  }
  // The most-used resource of a type the catalog explains: the one a newcomer will meet first.
  const explained = managed
    .filter((resource) => entryOf(resource).source === "catalog")
    .sort((a, b) => context.graph.referredBy(b).length - context.graph.referredBy(a).length || (a.id < b.id ? -1 : 1));
  for (const resource of explained) {
    if (quiz.length >= MIN_QUESTIONS_PER_CHAPTER) break;
    if (quiz.some((question) => question.question.includes(resourceText(context, resource)))) continue;
    const { entry } = entryOf(resource);
    quiz.push({
      question: say(context, `What is ${resourceText(context, resource)}, and what does it compare to in application code?`, `${resourceText(context, resource)} は何で、アプリケーションのコードでいえば何にあたりますか？`),
      answer: `${escapeKeepingCode(`${entry.title[context.lang]}: ${entry.what[context.lang]}`)}\n\n${escapeKeepingCode(entry.analogy[context.lang])}`,
    });
  }
  return quiz;
}

export function renderQuiz(context: StudyContext, quiz: readonly QuizQuestion[]): string {
  const summary = say(context, "Answer", "答え");
  return quiz
    .map((question, index) => `**${index + 1}. ${question.question}**\n\n<details><summary>${summary}</summary>\n\n${question.answer}\n\n</details>\n`)
    .join("\n");
}
