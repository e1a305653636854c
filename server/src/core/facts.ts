/**
 * Facts: what a section states, read from its text with the schema's patterns or
 * vocabularies. A sub-section's fact is looked for in the whole step, since authors
 * often state it in prose rather than under its own heading.
 */
import type { Matches, Occurrence } from './match.js';
import type { TextUnit } from './outline.js';
import type { FactSpec, Schema, SectionSpec } from './schema.js';
import type { Term } from './vocabulary.js';

export interface FactHit {
  /** The vocabulary term, for vocabulary facts. */
  term?: Term;
  /** The text as written. */
  text: string;
  line: number;
  /** Offset in the document, when the unit maps to it exactly. */
  offset: number;
}

export interface FactResult {
  id: string;
  found: boolean;
  /** Distinct values found: term names for vocabulary facts, the matched words otherwise. */
  values: string[];
  hits: FactHit[];
  /** The section that requires the fact. */
  section: SectionSpec;
}

/** The text a section's facts are read from: its occurrences, or its step's when it has none of its own. */
export function scopeUnits(spec: SectionSpec, matches: Matches): TextUnit[] {
  const own = matches.bySpec.get(spec.id) ?? [];
  const scopes: Occurrence[] = [...own];
  for (let parent = spec.parent; parent; parent = parent.parent) scopes.push(...(matches.bySpec.get(parent.id) ?? []));
  for (const child of descendants(spec)) scopes.push(...(matches.bySpec.get(child.id) ?? []));
  // Occurrences overlap (a label inside a matched heading): read each unit once.
  const seen = new Set<string>();
  const units: TextUnit[] = [];
  for (const occurrence of scopes) {
    for (const unit of occurrence.units) {
      const key = `${unit.offset}\0${unit.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      units.push(unit);
    }
  }
  return units.sort((a, b) => a.offset - b.offset);
}

export function descendants(spec: SectionSpec): SectionSpec[] {
  return spec.sections.flatMap((child) => [child, ...descendants(child)]);
}

export function readFact(fact: FactSpec, section: SectionSpec, units: TextUnit[], schema: Schema): FactResult {
  const hits: FactHit[] = [];
  const matcher = fact.vocabulary ? schema.matchers.get(fact.vocabulary) : undefined;
  for (const unit of units) {
    if (matcher) {
      for (const hit of matcher.find(unit.text)) {
        if (fact.kind !== undefined && hit.term.kind !== fact.kind) continue;
        hits.push({ term: hit.term, text: unit.text.slice(hit.index, hit.end), ...locate(unit, hit.index) });
      }
    }
    for (const pattern of fact.patterns) {
      const match = pattern.exec(unit.text);
      if (match) hits.push({ text: match[0], ...locate(unit, match.index) });
    }
  }
  const values = [...new Set(hits.map((hit) => hit.term?.name ?? hit.text.toLowerCase()))];
  return { id: fact.id, found: hits.length > 0, values, hits, section };
}

function locate(unit: TextUnit, index: number): { line: number; offset: number } {
  let line = unit.line;
  for (let i = unit.text.indexOf('\n'); i >= 0 && i < index; i = unit.text.indexOf('\n', i + 1)) line++;
  return { line, offset: unit.offset };
}
