/**
 * Lists a sentence introduces as the fact's measures: "During the pilot … Finance will track:",
 * "Piloto con clientes reales, 6 semanas. Se mide:". The items of the list that follows are the
 * fact's values, whatever the vocabulary knows of them: a reviewer reads them as the measures
 * of the pilot. The introduction must be in the fact's context (a pilot, a trial) and say that
 * something is measured, in the schema's `lead-in` words, or its list must give results as figures.
 */
import { MEASURED_ITEM_WORDS, readItems } from './fact-items.js';
import type { FactResult } from './facts.js';
import type { Run } from './occurrences.js';
import { forText } from './patterns.js';
import type { FactSpec, Schema, SectionSpec } from './schema.js';
import type { TextUnit } from './text.js';

export function readLeadInItems(fact: FactSpec, section: SectionSpec, runs: readonly Run[], schema: Schema): FactResult {
  const items: TextUnit[] = [];
  // A label's title is a run of its own, its list the next: read across runs, in document order.
  const units = runs.flat();
  units.forEach((unit, index) => {
    if (unit.item || unit.note) return;
    const list: TextUnit[] = [];
    for (let next = index + 1; next < units.length && units[next]!.item; next++) list.push(units[next]!);
    if (introduces(fact, unit.text, list)) items.push(...list);
  });
  return readItems(fact, section, items.length > 0 ? [items] : [], schema, MEASURED_ITEM_WORDS);
}

/**
 * A paragraph that ends with a colon, in the fact's context, whose last sentence says what is measured, or whose
 * list gives what was measured: "Estudo de uso real (piloto, 3 postos):" over "- concordância: 87 %".
 */
function introduces(fact: FactSpec, text: string, list: readonly TextUnit[]): boolean {
  const { leadIn, context } = fact;
  if (!leadIn || !context || list.length === 0 || !/[:：]\s*$/.test(text) || !forText(context, text).test(text)) return false;
  const last = LAST_SENTENCE.exec(text.trim())?.[0] ?? text;
  return forText(leadIn, last).test(last) || list.filter((item) => MEASURED.test(item.text)).length * 2 >= list.length;
}

/** A figure as a result is given: a share ("87 %") or a change ("3.1 → 0.4 days"), not a pilot's length or its sites. */
const MEASURED = /\d\s?%|\d[^\n]{0,20}(?:→|->|⇒)[^\n]{0,5}\d/u;

/** The last sentence of a paragraph: after the last full stop followed by a space. */
const LAST_SENTENCE = /(?:^|(?<=[.!?。！？]\s?))[^.!?。！？]*$/u;
