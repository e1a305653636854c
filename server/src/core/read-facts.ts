/**
 * Every fact a schema requires, read from every sentence a reviewer would read for it:
 * where its step is written, in text elsewhere that is mainly about that step, in the items
 * of its own sub-section's lists and tables, and, for facts that allow it, stated outright
 * anywhere in the document ("real-time prediction" among the requirements).
 */
import { readFact, readItems, scopeUnits, uniqueUnits, type FactResult } from './facts.js';
import { documentText, type Outline } from './outline.js';
import { stepOf, type Schema } from './schema.js';
import type { StepLocations } from './steps.js';
import type { TextUnit } from './text.js';

export function readFacts(schema: Schema, outline: Outline, { matches, topics, implied }: StepLocations): Map<string, FactResult> {
  const facts = new Map<string, FactResult>();
  let wholeText: TextUnit[] | undefined;
  for (const spec of schema.byId.values()) {
    if (spec.facts.length === 0) continue;
    const step = stepOf(spec);
    const units = implied.get(step) ?? scopeUnits(spec, matches);
    const own = new Set(units);
    // Elsewhere, only what the text names counts: a latency budget among the requirements is a requirement.
    const about = (topics.get(step) ?? []).filter((topic) => topic.leading && !own.has(topic.unit)).map((topic) => topic.unit);
    for (const id of spec.facts) {
      const fact = schema.facts[id]!;
      let result = either(readFact(fact, spec, units, schema), () => readFact(fact, spec, about, schema, { inferred: false }));
      if (!result.found && fact.items && outline.hasProse) {
        const own = uniqueUnits(matches.bySpec.get(spec.id) ?? []);
        if (own.length > 0) result = readItems(fact, spec, own, schema);
      }
      if (!result.found && fact.anywhere) {
        wholeText ??= outline.hasProse ? documentText(outline) : [];
        const elsewhere = readFact(fact, spec, wholeText, schema, { strongOnly: true, patterns: fact.anywhere.patterns ?? null });
        if (elsewhere.found) result = elsewhere;
      }
      facts.set(id, result);
    }
  }
  return facts;
}

/** The first reading that finds the fact, or the last. */
function either(first: FactResult, second: () => FactResult): FactResult {
  return first.found ? first : second();
}



