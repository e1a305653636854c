/**
 * Gap filling, after the alignment: a part the order-and-evidence path left without a step may
 * still take one by its place, where a step no part took belongs.
 */
import { contentPoints, stepFacts, topStep } from './evidence.js';
import { readFact } from './facts.js';
import type { PartEvidence } from './part-evidence.js';
import type { Part } from './parts.js';
import type { Schema, SectionSpec } from './schema.js';

export interface GapContext {
  /** The step placed before this sequence (the parent's), if any. */
  previous: SectionSpec | undefined;
  /** The sequence is the document's top level, so what trails its last step trails the document. */
  whole: boolean;
  evidenceOf: (part: Part) => PartEvidence;
}

/**
 * A part left without a step that sits where a step no part took belongs (after the step
 * before it, before the one after it) and speaks of that step at all takes it: a reviewer
 * reads "The problem we want to solve" before the framing as the requirements, and "What
 * the tool would use" between the framing and the model as the data, though neither says
 * enough of its step to be placed by its evidence alone. Where one step alone is missing
 * there, the place is evidence enough.
 */
export function fillGaps(schema: Schema, parts: Part[], states: Array<SectionSpec | undefined>, context: GapContext): Array<SectionSpec | undefined> {
  // A part filled later may leave one step alone missing where an earlier part sits ("What records we will
  // use" before "How we will work out the scores"): go again while a pass fills something. Each pass takes
  // a step no part had, so there are no more passes than steps. Such a place, left by another part's filling,
  // is evidence only for a part whose text has a word of the step.
  let first = true;
  while (fillOnce(schema, parts, states, context, first)) first = false;
  return states;
}

/** One pass in document order; whether it placed any part. */
function fillOnce(schema: Schema, parts: Part[], states: Array<SectionSpec | undefined>, context: GapContext, first: boolean): boolean {
  const { previous, whole, evidenceOf } = context;
  let filled = false;
  const steps = schema.sections;
  const taken = new Set(states.filter((step) => step !== undefined));
  const index = (step: SectionSpec | undefined) => (step ? steps.indexOf(step) : -1);
  // The step placed next after each part; none after the last one placed.
  const after: number[] = new Array(parts.length);
  for (let i = parts.length - 1, next = -1; i >= 0; i--) {
    after[i] = next;
    if (states[i]) next = index(states[i]);
  }
  // Steps a part left without one plainly speaks of, by its evidence: the place alone does not give them to another part.
  const spoken = new Set<SectionSpec>();
  parts.forEach((part, i) => {
    if (states[i]) return;
    const best = topStep(evidenceOf(part).total);
    if (best && best[1] >= schema.reading.assign) spoken.add(best[0]);
  });
  let before = index(previous);
  parts.forEach((part, i) => {
    if (states[i]) {
      before = index(states[i]);
      return;
    }
    // Between two steps, only where few are missing: "Usecase" before the serving says little by its place.
    // After the document's last step placed (what trails it: open questions, risks, what is left), a part takes
    // the next step only by stating its fact; the parts under one part end where it does, not the document.
    const trailing = after[i]! < 0;
    const missing = after[i]! - before - 1;
    if (trailing ? !whole : missing > schema.reading.gap) return;
    if (!part.units.some((unit) => !unit.note)) return;
    const { total, heading } = evidenceOf(part);
    const points = contentPoints(schema, part.runs);
    const alone = missing === 1 && !trailing;
    let best: SectionSpec | undefined;
    let bestScore = 0;
    for (const step of steps.slice(before + 1, trailing ? undefined : after[i])) {
      if (taken.has(step)) continue;
      // After the last step, only the next one not taken: "Notes" with a word of batch after the requirements are no serving.
      if (trailing) {
        if (claimsByFact(schema, part, step, points, heading)) best = step;
        break;
      }
      // Speaking of a step: its heading names it, or its text has one of the step's strong terms.
      // Where one step alone is missing, the place says which ("Service" between the evaluation and the monitoring),
      // unless another part left without a step plainly speaks of it.
      const byPlace = first && !spoken.has(step);
      const speaks = (alone && (byPlace || (points.get(step) ?? 0) > 0)) || heading.has(step) || (points.get(step) ?? 0) >= 1;
      const score = total.get(step) ?? 0;
      if (speaks && (!best || score > bestScore)) [best, bestScore] = [step, score];
    }
    if (!best) return;
    states[i] = best;
    taken.add(best);
    before = index(best);
    filled = true;
  });
  return filled;
}

/**
 * Whether a part after the last step placed is the step: it states one of the step's facts read as that step's
 * text ("every evening at 20:00 the numbers are worked out" is batch serving there, though the schedule alone
 * states it nowhere else), says no more of any other step than of this one with the fact stated, and names no
 * other in its heading: "今後の課題" (future work) with a word of monitoring in it is about other things. The fact
 * weighs as a term of its own beside the words it is made of: results compare models, and a schedule computes
 * predictions, so an evaluation names models and a serving part names what it predicts.
 */
function claimsByFact(schema: Schema, part: Part, step: SectionSpec, points: Map<SectionSpec, number>, heading: Map<SectionSpec, number>): boolean {
  // A heading that names another step ("今後の課題"), or a closing one ("Conclusions"), says what the part is about.
  if ([...heading.keys()].some((other) => other !== step) || (part.kind !== 'opening' && schema.isClosing(part.title))) return false;
  const facts = stepFacts(schema, step);
  if (!facts.some((fact) => readFact(fact, step, part.runs, schema, { inOwnStep: true }).found)) return false;
  const own = (points.get(step) ?? 0) + 1;
  return [...points].every(([other, value]) => other === step || value <= own);
}
