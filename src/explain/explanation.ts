import type { Change } from "../plan/model.js";
import type { CatalogEntry, Explanation, Risk, Text } from "./types.js";
import { ChangeView } from "./view.js";

/** How a summary is worded: planned changes and drift say different things. */
export type Summarizer = (view: ChangeView, entry: CatalogEntry) => Text;

/** Words the attribute sentences of a change. */
export type Describer = (view: ChangeView) => Text[];

export interface Wording {
  summarize: Summarizer;
  describe: Describer;
}

/**
 * An explanation whose summary and sentences are worded on first read. A
 * comment shows details for a few hundred changes of a plan of thousands, and
 * wording is most of the cost of explaining; sorting and counting need only
 * the risks, which are computed at once. `summary` and `sentences` are still
 * own, enumerable, writable properties, in the same key order (JSON,
 * spreading and `toEqual` see them as before), backed by the private fields
 * below; only a check of the constructor tells an instance from a literal.
 */
export class LazyExplanation implements Explanation {
  declare change: Change;
  declare source: Explanation["source"];
  declare entry: CatalogEntry;
  declare summary: Text;
  declare sentences: Text[];
  declare risks: Risk[];
  readonly #wording: Wording;
  #summary: Text | undefined;
  #sentences: Text[] | undefined;
  /** Shared by the summary and the sentences; dropped once both are worded. */
  #view: ChangeView | undefined;

  constructor(change: Change, source: Explanation["source"], entry: CatalogEntry, risks: Risk[], wording: Wording) {
    this.#wording = wording;
    // Keys in the order of a plain explanation object.
    this.change = change;
    this.source = source;
    this.entry = entry;
    // Two calls cost less than one Object.defineProperties (no descriptor map to read).
    Object.defineProperty(this, "summary", SUMMARY);
    Object.defineProperty(this, "sentences", SENTENCES);
    this.risks = risks;
  }

  static summaryOf(explanation: LazyExplanation): Text {
    if (explanation.#summary === undefined) {
      explanation.#summary = explanation.#wording.summarize(explanation.view(), explanation.entry);
      explanation.releaseView();
    }
    return explanation.#summary;
  }

  static sentencesOf(explanation: LazyExplanation): Text[] {
    if (explanation.#sentences === undefined) {
      explanation.#sentences = explanation.#wording.describe(explanation.view());
      explanation.releaseView();
    }
    return explanation.#sentences;
  }

  static setSummary(explanation: LazyExplanation, summary: Text): void {
    explanation.#summary = summary;
  }

  static setSentences(explanation: LazyExplanation, sentences: Text[]): void {
    explanation.#sentences = sentences;
  }

  private view(): ChangeView {
    return (this.#view ??= new ChangeView(this.change));
  }

  private releaseView(): void {
    if (this.#summary !== undefined && this.#sentences !== undefined) this.#view = undefined;
  }
}

/** One set of accessor functions for every instance: defining them costs no closure per explanation. */
const SUMMARY: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: LazyExplanation) {
    return LazyExplanation.summaryOf(this);
  },
  set(this: LazyExplanation, value: Text) {
    LazyExplanation.setSummary(this, value);
  },
};

const SENTENCES: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: LazyExplanation) {
    return LazyExplanation.sentencesOf(this);
  },
  set(this: LazyExplanation, value: Text[]) {
    LazyExplanation.setSentences(this, value);
  },
};
