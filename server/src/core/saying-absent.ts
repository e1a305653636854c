/**
 * Parts that say their step is not there: "Suivi dans le temps. Le modèle se dégrade-t-il ? Nous ne l'avons
 * pas mis en place", "모델 모니터링 없음". A short part with a sentence that says the design lacks the step
 * (its own facts' `absent` phrasings) and no sentence that states one of those facts keeps the step's place
 * without filling it, as a placeholder does: the step is there, empty.
 */
import { absentFacts, saysAbsent, unitFactValues } from './facts.js';
import type { Schema, SectionSpec } from './schema.js';
import { sentences } from './sentences.js';
import type { TextUnit } from './text.js';

/** Statements a part may hold, its title and the one saying the step is absent included: a reason and a plan, not a design. */
const STATEMENTS = 4;

/** Whether a part (runs of units) says its step is absent and states nothing of it. */
export function saysStepAbsent(runs: Iterable<readonly TextUnit[]>, step: SectionSpec, schema: Schema): boolean {
  const own = absentFacts(schema, step);
  if (own.length === 0) return false;
  let said = false;
  let statements = 0;
  for (const units of runs) {
    for (const unit of units) {
      if (unit.note) continue;
      for (const sentence of (unit.sentences ??= sentences(unit.text))) {
        // A question states nothing: "Est-ce que le modèle se dégrade ?".
        if (/[?？]\s*$/u.test(sentence.text) || sentence.text.trim() === '') continue;
        if (++statements > STATEMENTS) return false;
        said ||= own.some((fact) => saysAbsent(fact, sentence.text));
      }
      if (own.some((fact) => unitFactValues(unit, fact, schema).length > 0)) return false;
    }
  }
  return said;
}
