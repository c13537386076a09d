/**
 * The one error type the plan layer throws for bad input. Its message is a
 * single line naming what is wrong and where (a JSON path such as
 * `resource_changes[3].change.actions`, or a line and column), so that the app
 * can show it as-is on a pull request.
 */
export class PlanError extends Error {
  override readonly name = "PlanError";
  /** Where the problem is: a JSON path or `line L column C`; absent when it concerns the whole input. */
  readonly location?: string;

  constructor(message: string, location?: string) {
    super(toOneLine(message));
    if (location !== undefined) this.location = location;
  }
}

const MAX_QUOTED_LENGTH = 60;

/** Quotes untrusted text for an error message: one line, bounded length. */
export function quote(text: string, maxLength = MAX_QUOTED_LENGTH): string {
  const shortened = text.length > maxLength ? `${text.slice(0, maxLength)}…` : text;
  return JSON.stringify(shortened);
}

/** The JSON type of a value as a user would name it. */
export function describeType(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

/** Messages embed untrusted text; newlines in it must never split the message. */
function toOneLine(message: string): string {
  return message.replace(/[\r\n\u2028\u2029]+/g, " ");
}
