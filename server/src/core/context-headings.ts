/**
 * Text whose heading or label gives the fact's context, read for a fact whose weak words need
 * one (`context`): under "Pilot plan", "**Piloto em campo**" or "Les résultats depuis le lancement ?"
 * a reviewer reads "Measure: ghost room-hours %, search rate" or "83 % des avis publiés en moins
 * d'une heure" as measured in the pilot, though no sentence says "pilot" again. The document's
 * title is no such heading: a whole proposal named after its pilot is not all pilot. Nor is the
 * heading of another step: under "Контроль после запуска" the comparisons watch the live model.
 */
import { readFact, inContext, type FactResult } from './facts.js';
import type { Matches, Run } from './occurrences.js';
import { readableRuns, type Outline, type Section } from './outline.js';
import { stepOf, type FactSpec, type Schema, type SectionSpec } from './schema.js';

export function readContextHeadings(fact: FactSpec, spec: SectionSpec, outline: Outline, matches: Matches, schema: Schema): FactResult {
  const step = stepOf(spec);
  const otherSteps = new Set<Section>();
  for (const found of matches.bySpec.values()) for (const o of found) if (o.kind === 'heading' && o.section && stepOf(o.spec) !== step) otherSteps.add(o.section);
  const runs: Run[] = [];
  const gather = (section: Section, headed: boolean) => {
    if (schema.isAside(section.title) || otherSteps.has(section)) return;
    const own = headed || (section.depth > 1 && inContext(fact, section.title));
    if (own) runs.push(...readableRuns(section, schema.isAside));
    else for (const label of section.labels) if (label.units.length > 0 && inContext(fact, label.text)) runs.push(label.units);
    for (const child of section.children) gather(child, own);
  };
  gather(outline.root, false);
  return readFact(fact, spec, runs, schema, { headed: true });
}
