/**
 * Lists a sentence introduces as the fact's measures: "During the pilot … Finance will track:",
 * "Piloto con clientes reales, 6 semanas. Se mide:". The items of the list that follows are the
 * fact's values, whatever the vocabulary knows of them: a reviewer reads them as the measures
 * of the pilot. The introduction must be in the fact's context (a pilot, a trial) and say that
 * something is measured, in the schema's `lead-in` words.
 */
import { readItems } from './fact-items.js';
import type { FactResult } from './facts.js';
import type { Run } from './occurrences.js';
import { forText } from './patterns.js';
import type { FactSpec, Schema, SectionSpec } from './schema.js';
import type { TextUnit } from './text.js';

export function readLeadInItems(fact: FactSpec, section: SectionSpec, runs: readonly Run[], schema: Schema): FactResult {
  const items: TextUnit[] = [];
  for (const run of runs) {
    run.forEach((unit, index) => {
      if (unit.item || unit.note || !introduces(fact, unit.text)) return;
      for (let next = index + 1; next < run.length && run[next]!.item; next++) items.push(run[next]!);
    });
  }
  return readItems(fact, section, items.length > 0 ? [items] : [], schema);
}

/** A paragraph that ends with a colon, in the fact's context, whose last sentence says what is measured. */
function introduces(fact: FactSpec, text: string): boolean {
  const { leadIn, context } = fact;
  if (!leadIn || !context || !/[:：]\s*$/.test(text)) return false;
  const last = LAST_SENTENCE.exec(text.trim())?.[0] ?? text;
  return forText(leadIn, last).test(last) && forText(context, text).test(text);
}

/** The last sentence of a paragraph: after the last full stop followed by a space. */
const LAST_SENTENCE = /(?:^|(?<=[.!?。！？]\s?))[^.!?。！？]*$/u;
