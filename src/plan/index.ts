import { decodePlanInput } from "./decode.js";
import { readJsonDocuments, readSelectedDocuments, type JsonDocument } from "./documents.js";
import { PlanError } from "./errors.js";
import { collectMarkedSecrets } from "./marked-secrets.js";
import { Masker } from "./mask.js";
import { deepestPath } from "./nesting.js";
import type { MaskOptions, Plan } from "./model.js";
import { buildPlan } from "./parse.js";
import { looksLikePlan, PLAN_MEMBERS, validatePlan } from "./validate.js";

export * from "./model.js";
export { PlanError } from "./errors.js";
export { readModuleSources } from "./references.js";

/**
 * Parses the output of `terraform show -json` (or OpenTofu's), as bytes in
 * UTF-8/UTF-16 or as text, possibly wrapped in CI log lines or holding several
 * plans one after another (terragrunt run-all): one Plan per plan document.
 * Sensitive values are masked here; the result holds no raw secret.
 * Throws PlanError, with a one-line message, for anything it cannot read.
 */
export function parsePlans(input: string | Uint8Array, options?: MaskOptions): Plan[] {
  return locatedDocuments(input, readPlanMembers).map(({ document, label }) =>
    withLabel(label, document, () => {
      const raw = validatePlan(document);
      return buildPlan(raw, new Masker(options, collectMarkedSecrets(raw)));
    }),
  );
}

/** Like parsePlans, for input that must hold exactly one plan. */
export function parsePlan(input: string | Uint8Array, options?: MaskOptions): Plan {
  const plans = parsePlans(input, options);
  const [only] = plans;
  if (only === undefined || plans.length !== 1) {
    throw new PlanError(`expected one plan, found ${plans.length} plan documents (use parsePlans for terragrunt run-all output)`);
  }
  return only;
}

/**
 * The plan documents of the input as parsed JSON, unvalidated, in the order
 * parsePlans returns them; for readModuleSources and other raw look-ups.
 */
export function readPlanDocuments(input: string | Uint8Array): unknown[] {
  return locatedDocuments(input, readJsonDocuments).map(({ document }) => document);
}

/**
 * The documents with only the members a Plan is built from. A document
 * that is not a plan is read whole: its syntax errors are worth more to
 * the user than "not a plan".
 */
function readPlanMembers(text: string): JsonDocument[] {
  return readSelectedDocuments(text, PLAN_MEMBERS, looksLikePlan);
}

interface LocatedDocument {
  document: unknown;
  /** Prefix for error messages when the input holds several documents: `document 2 (line 41): `. */
  label: string;
}

/**
 * In a stream of several documents, JSON log lines that are not plans are
 * skipped; a lone document that is not a plan is reported by validation.
 * Labels are worked out here, so that the decoded text, as large as the
 * input, can be freed before the plans are built.
 */
function locatedDocuments(input: string | Uint8Array, read: (text: string) => JsonDocument[]): LocatedDocument[] {
  const text = decodePlanInput(input);
  const documents = read(text);
  const plans = documents.length > 1 ? documents.filter((d) => looksLikePlan(d.value)) : documents;
  const kept = plans.length > 0 ? plans : documents.slice(0, 1);
  if (kept.length === 1) return kept.map((document) => ({ document: document.value, label: "" }));
  const lines = startLines(text, kept);
  return kept.map((document, i) => ({ document: document.value, label: `document ${i + 1} (line ${lines[i]}): ` }));
}

/** The line each document starts on, counting the text once (documents come in order). */
function startLines(text: string, documents: readonly JsonDocument[]): number[] {
  let line = 1;
  let counted = 0;
  return documents.map((document) => {
    for (let i = text.indexOf("\n", counted); i !== -1 && i < document.offset; i = text.indexOf("\n", i + 1)) line++;
    counted = document.offset;
    return line;
  });
}

/**
 * Adds the document label to errors, and turns a stack overflow on absurdly
 * nested values into a PlanError instead of a crash.
 */
function withLabel<T>(label: string, document: unknown, build: () => T): T {
  try {
    return build();
  } catch (error) {
    if (error instanceof PlanError) {
      throw label === "" ? error : new PlanError(`${label}${error.message}`, error.location);
    }
    if (error instanceof RangeError && error.message.includes("call stack")) {
      const where = deepestPath(document);
      throw new PlanError(`${label}${where}: values are nested too deeply to read`, where);
    }
    throw error;
  }
}
