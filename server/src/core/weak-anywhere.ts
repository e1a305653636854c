/**
 * A fact's weak words read outside its own step (`weak-anywhere`): a bare "weekly" or "in real
 * time" states the serving mode wherever a sentence names the predictions themselves ("scoring
 * tous les lundis à 6h", "every user is scored every Monday"), but not in the steps
 * where such words are about something else (a latency budget among the requirements, a data
 * refresh, a retraining, a check of the forecasts against what happened).
 */
import { readFact, type FactResult } from './facts.js';
import type { Matches, Run } from './occurrences.js';
import { documentText, type Outline } from './outline.js';
import { stepOf, type FactSpec, type Schema, type SectionSpec } from './schema.js';
import type { TextUnit } from './text.js';

export function readWeakAnywhere(
  fact: FactSpec,
  spec: SectionSpec,
  outline: Outline,
  matches: Matches,
  schema: Schema,
  patterns: RegExp | null,
): FactResult | undefined {
  const weak = weakReading(fact);
  if (!weak || !outline.hasProse) return undefined;
  return readFact(weak, spec, textOutside(fact, outline, matches, schema), schema, { patterns });
}

/** The document's sentences without what the steps the fact's weak words are never read in took. */
function textOutside(fact: FactSpec, outline: Outline, matches: Matches, schema: Schema): Run[] {
  const notIn = new Set(fact.weakAnywhere?.notIn ?? []);
  const taken = new Set<TextUnit>();
  for (const [id, occurrences] of matches.bySpec) {
    const spec = schema.byId.get(id);
    if (!spec || !notIn.has(stepOf(spec).id)) continue;
    for (const occurrence of occurrences) if (!occurrence.spread) for (const run of occurrence.runs) for (const unit of run) taken.add(unit);
  }
  // Sentences only: a title or heading names the subject ("Predicción de abandono en cursos en línea"), it states no mode.
  const runs = documentText(outline, schema.isAside, { titles: false });
  if (taken.size === 0) return runs;
  // A run none of whose text was taken is kept as it is: what is read per run is kept across edits.
  return runs.map((run) => (run.some((unit) => taken.has(unit)) ? run.filter((unit) => !taken.has(unit)) : run)).filter((run) => run.length > 0);
}

const weakReadings = new WeakMap<FactSpec, FactSpec>();

/** The fact with its `weak-anywhere` context as the context its weak words need, one variant per fact. */
function weakReading(fact: FactSpec): FactSpec | undefined {
  if (!fact.weakAnywhere) return undefined;
  let variant = weakReadings.get(fact);
  if (!variant) weakReadings.set(fact, (variant = { ...fact, context: fact.weakAnywhere.context }));
  return variant;
}
