import type { Risk, Severity, Text } from "../types.js";

/** What a risk says: what is risky here, and why it matters. */
export interface RiskWords {
  message: Text;
  why: Text;
}

/**
 * A risk whose message and why are worded on first read. Every change's
 * risks are found at once (their ids and severities sort the explanations
 * and fill the counts and labels), but a comment shows the words of a few
 * hundred of a large plan's thousands. `message` and `why` are still own,
 * enumerable, writable properties after `id` and `severity`, as in a plain
 * risk (JSON, spreading and `toEqual` see no difference), backed by the
 * private fields below.
 *
 * The subject is what the wording needs, kept until then: the change and
 * the facts the rule found, never a ChangeView (its memos would outlive the
 * rule for every change at risk).
 */
class LazyRisk<S> implements Risk {
  declare id: string;
  declare severity: Severity;
  declare message: Text;
  declare why: Text;
  #subject: S | undefined;
  #word: ((subject: S) => RiskWords) | undefined;
  #words: RiskWords | undefined;

  constructor(id: string, severity: Severity, subject: S, word: (subject: S) => RiskWords) {
    this.#subject = subject;
    this.#word = word;
    this.id = id;
    this.severity = severity;
    Object.defineProperty(this, "message", MESSAGE);
    Object.defineProperty(this, "why", WHY);
  }

  static wordsOf(risk: LazyRisk<unknown>): RiskWords {
    if (risk.#words === undefined) {
      const { message, why } = (risk.#word as (subject: unknown) => RiskWords)(risk.#subject);
      risk.#words = { message, why };
      risk.#word = undefined;
      risk.#subject = undefined;
    }
    return risk.#words;
  }
}

/** One set of accessor functions for every instance: defining them costs no closure per risk. */
const MESSAGE: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: LazyRisk<unknown>) {
    return LazyRisk.wordsOf(this).message;
  },
  set(this: LazyRisk<unknown>, value: Text) {
    LazyRisk.wordsOf(this).message = value;
  },
};

const WHY: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: LazyRisk<unknown>) {
    return LazyRisk.wordsOf(this).why;
  },
  set(this: LazyRisk<unknown>, value: Text) {
    LazyRisk.wordsOf(this).why = value;
  },
};

/** A risk worded by `word(subject)` when its message or why is first read. */
export function lazyRisk<S>(id: string, severity: Severity, subject: S, word: (subject: S) => RiskWords): Risk {
  return new LazyRisk(id, severity, subject, word);
}
