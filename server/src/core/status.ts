/**
 * Status per step and sub-section: missing when nothing in the document covers it, empty
 * when its places exist with nothing in them, incomplete when a fact it requires is not
 * stated, present otherwise.
 */
import { descendants, readFact, type FactResult } from './facts.js';
import type { Matches, Run } from './occurrences.js';
import { documentText, type Outline } from './outline.js';
import type { FactSpec, Schema, SectionSpec } from './schema.js';
import type { SectionStatus } from './types.js';
import { readWeakAnywhere } from './weak-anywhere.js';

/**
 * Steps with no heading or label of their own that the document states all the same: their
 * `implied-by` facts are named outright in its text (the ML category written into the model
 * section, "batch predictions each morning" among the goals). Only what the text names counts:
 * a latency budget says nothing of a step by itself, nor does a weak word ("per event") but in
 * a sentence about the predictions outside the steps where it means something else
 * (weak-anywhere.ts). Maps each to the text it is read from.
 */
export function impliedSteps(schema: Schema, matches: Matches, outline: Outline): Map<SectionSpec, Run[]> {
  const implied = new Map<SectionSpec, Run[]>();
  const candidates = schema.sections.filter(
    (step) => step.impliedBy.length > 0 && [step, ...descendants(step)].every((s) => !matches.bySpec.has(s.id)),
  );
  if (candidates.length === 0 || !outline.hasProse) return implied;
  const runs = documentText(outline, schema.isAside);
  for (const step of candidates) {
    const stated = (fact: FactSpec) =>
      readFact(fact, step, runs, schema, { strongOnly: true, patterns: null }).found || readWeakAnywhere(fact, step, outline, matches, schema, null)?.found === true;
    if (step.impliedBy.every((id) => stated(schema.facts[id]!))) implied.set(step, runs);
  }
  return implied;
}

export function statuses(
  schema: Schema,
  matches: Matches,
  facts: Map<string, FactResult>,
  implied: Map<SectionSpec, unknown>,
): Map<string, SectionStatus> {
  const status = new Map<string, SectionStatus>();
  const statusOf = (spec: SectionSpec): SectionStatus => {
    let known = status.get(spec.id);
    if (!known) status.set(spec.id, (known = computeStatus(spec, matches, facts, statusOf, implied.has(spec))));
    return known;
  };
  schema.byId.forEach((spec) => statusOf(spec));
  return status;
}

function computeStatus(
  spec: SectionSpec,
  matches: Matches,
  facts: Map<string, FactResult>,
  statusOf: (spec: SectionSpec) => SectionStatus,
  implied: boolean,
): SectionStatus {
  const own = matches.bySpec.get(spec.id) ?? [];
  const factsFound = spec.facts.every((id) => facts.get(id)?.found);
  if (spec.parent) {
    // A sub-section is there when its facts are stated, under its own heading or not.
    if (spec.facts.length > 0 && factsFound) return 'present';
    if (own.length === 0) return 'missing';
    if (!own.some((o) => o.hasContent)) return 'empty';
    return factsFound ? 'present' : 'incomplete';
  }
  const all = [spec, ...descendants(spec)].flatMap((s) => matches.bySpec.get(s.id) ?? []);
  if (all.length === 0 && !implied) return 'missing';
  if (all.length > 0 && !all.some((o) => o.hasContent)) return 'empty';
  const childrenDone = spec.sections.every((child) => !child.required || statusOf(child) === 'present');
  return factsFound && childrenDone ? 'present' : 'incomplete';
}

/** The heading depth most framework steps use in this document (2 when none has a heading). */
export function stepDepth(matches: Matches, schema: Schema): number {
  const counts = new Map<number, number>();
  for (const spec of schema.sections) {
    const heading = (matches.bySpec.get(spec.id) ?? []).find((o) => o.kind === 'heading');
    if (heading?.section) counts.set(heading.section.depth, (counts.get(heading.section.depth) ?? 0) + 1);
  }
  let best = 2;
  let bestCount = 0;
  for (const [depth, count] of counts) {
    if (count > bestCount || (count === bestCount && depth < best)) [best, bestCount] = [depth, count];
  }
  return best;
}
