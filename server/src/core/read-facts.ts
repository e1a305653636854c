/**
 * Every fact a schema requires, read from every sentence a reviewer would read for it:
 * where its step is written, in text elsewhere that is mainly about that step, in the items
 * of its own sub-section's lists and tables, and, for facts that allow it, stated outright
 * anywhere in the document ("real-time prediction" among the requirements).
 */
import { readComparedMethods } from './comparisons.js';
import { readContextHeadings } from './context-headings.js';
import { readHeadings } from './fact-headings.js';
import { readLeadInItems } from './lead-ins.js';
import { readItems } from './fact-items.js';
import { readResultsTables } from './results-tables.js';
import { inDocumentOrder, readFact, scopeRuns, uniqueRuns, type FactResult } from './facts.js';
import type { Run } from './occurrences.js';
import { documentText, type Outline } from './outline.js';
import { stepOf, type FactSpec, type Schema, type SectionSpec } from './schema.js';
import { titleNames } from './headings.js';
import type { TextUnit } from './text.js';
import { readWeakAnywhere } from './weak-anywhere.js';
import type { StepLocations } from './steps.js';

export function readFacts(
  schema: Schema,
  outline: Outline,
  { matches, topics, implied }: StepLocations,
  /** The document's title: it may say the product itself raises alerts. */
  title?: string,
): Map<string, FactResult> {
  const facts = new Map<string, FactResult>();
  let wholeText: Run[] | undefined;
  // A sub-section reads its step's own text and its own; each step's is gathered once.
  const stepText = new Map<SectionSpec, Run[]>();
  const scopeOf = (spec: SectionSpec): Run[] => {
    if (!spec.parent) return scopeRuns(spec, matches);
    const step = stepOf(spec);
    let text = stepText.get(step);
    if (!text) stepText.set(step, (text = uniqueRuns(matches.bySpec.get(step.id) ?? [])));
    return inOrder([...text, ...scopeRuns(spec, matches, { withParents: false })]);
  };
  for (const spec of schema.byId.values()) {
    if (spec.facts.length === 0) continue;
    const step = stepOf(spec);
    const impliedText = implied.get(step);
    const runs = impliedText ?? scopeOf(spec);
    const own = new Set(runs);
    // Elsewhere, only what the text names counts: a latency budget among the requirements is a requirement.
    const about = (topics.get(step) ?? []).filter((topic) => topic.leading && !own.has(topic.run)).map((topic) => unitRun(topic.unit));
    for (const id of spec.facts) {
      const fact = asTitled(schema.facts[id]!, title);
      // In a step only implied, a fact whose weak words count outside its step on `weak-anywhere`'s terms takes them on
      // those terms alone (below), not on its broader context anywhere in the text ("índice en línea" of an option declined).
      const strongOnly = impliedText !== undefined && fact.weakAnywhere !== undefined;
      let result = either(readFact(fact, spec, runs, schema, { inOwnStep: !impliedText, strongOnly }), () => readFact(fact, spec, about, schema, { inferred: false, patterns: null }));
      // Then the text of the other steps the schema reads the fact in (`also-in`): the bundled baseline is named where the model is compared.
      for (const other of fact.alsoIn) {
        if (result.found) break;
        const otherSpec = schema.byId.get(other);
        if (otherSpec && otherSpec !== step) result = withoutObjectives(readFact(fact, spec, uniqueRuns(matches.bySpec.get(otherSpec.id) ?? []), schema));
      }
      // Then the results tables there: the rows that name no model are what the models are measured
      // against, and the measures they score the methods on are named by the tables' shape.
      const tables = () => [runs, ...fact.alsoIn.map((other) => uniqueRuns(matches.bySpec.get(other) ?? []))].flat();
      if (!result.found && fact.comparedMethods) result = readComparedMethods(fact.comparedMethods, fact.id, spec, tables(), schema);
      if (!result.found && fact.resultsTables) result = readResultsTables(fact, spec, tables(), schema);
      if (!result.found && fact.items && outline.hasProse) {
        const items = uniqueRuns(matches.bySpec.get(spec.id) ?? []);
        if (items.length > 0) result = readItems(fact, spec, items, schema);
      }
      // Then the lists its step's text introduces as its measures ("During the pilot we track:").
      if (!result.found && fact.leadIn && outline.hasProse) result = readLeadInItems(fact, spec, runs, schema);
      // Then the text a heading or label puts in the fact's context ("Pilot plan" over "Measure: search rate").
      if (!result.found && fact.contextHeadings && outline.hasProse) result = readContextHeadings(fact, spec, outline, matches, schema);
      if (!result.found && fact.anywhere) {
        wholeText ??= outline.hasProse ? documentText(outline, schema.isAside) : [];
        const elsewhere = readFact(fact, spec, wholeText, schema, { strongOnly: true, patterns: fact.anywhere.patterns ?? null, terms: fact.anywhere.terms ?? true });
        if (elsewhere.found) result = elsewhere;
        else {
          // And its weak words, in a sentence that names what they are said of ("scoring tous les lundis à 6h").
          const weak = readWeakAnywhere(fact, spec, outline, matches, schema, fact.anywhere.patterns ?? null);
          if (weak?.found) result = weak;
        }
      }
      // Then a part headed for it: "What we do today" describes what the model is measured against.
      if (!result.found && fact.headings && outline.hasProse) result = readHeadings(fact, spec, outline, schema);
      facts.set(id, result);
    }
  }
  return facts;
}

const withoutWeakPatterns = new WeakMap<FactSpec, FactSpec>();

/**
 * The fact as a document with this title states it: where the title names a product that
 * itself raises alerts, "alert" is the product's word, and only the fact's other words count.
 * One reading per fact, so what is kept per fact is kept across edits.
 */
function asTitled(fact: FactSpec, title: string | undefined): FactSpec {
  if (!fact.weakPatterns || !titleNames(title, fact.productTitles)) return fact;
  let variant = withoutWeakPatterns.get(fact);
  if (!variant) withoutWeakPatterns.set(fact, (variant = { ...fact, weakPatterns: undefined }));
  return variant;
}

const unitRuns = new WeakMap<TextUnit, Run>();

/** A unit as a run of its own: the same array for the same unit, so what is read per run is kept. */
function unitRun(unit: TextUnit): Run {
  let run = unitRuns.get(unit);
  if (!run) unitRuns.set(unit, (run = [unit]));
  return run;
}

/** Runs in document order, each once. */
function inOrder(runs: Run[]): Run[] {
  return inDocumentOrder([...new Set(runs)]);
}

/** A reading without the terms that also name a training objective: "trained with cross-entropy" under the model evaluates nothing. */
function withoutObjectives(result: FactResult): FactResult {
  const keep = result.hits.map((hit) => !hit.term?.objective);
  if (keep.every(Boolean)) return result;
  const hits = result.hits.filter((_, index) => keep[index]);
  return { ...result, found: hits.length > 0, hits, values: result.values.filter((_, index) => keep[index]) };
}

/** The first reading that finds the fact, or the last. */
function either(first: FactResult, second: () => FactResult): FactResult {
  return first.found ? first : second();
}
