/**
 * Alignment: which step each part of a document covers, from the evidence a reviewer uses.
 * A part's own evidence (its heading's words, its text's terms) is weighed together with
 * the order of the steps: documents follow the framework's order far more often than not,
 * so a part with little evidence of its own ("Clarification" before the framing, "Service"
 * after the evaluation) takes the step its place suggests, and a part that goes back to
 * an earlier step costs a little. The alignment may skip steps, and may leave parts with
 * no step at all (a title, "References").
 *
 * Under a part its heading places in a step, sub-parts stay in that step unless they
 * point elsewhere more strongly: "Training data" under Model is data; "Data distribution
 * shift" under Monitoring, all about drift, stays monitoring.
 */
import { contentPoints, contentScores, topStep } from './evidence.js';
import { fillGaps } from './gap-filling.js';
import { partEvidence, type PartEvidence } from './part-evidence.js';
import { openingOf, type Part } from './parts.js';
import type { Schema, SectionSpec } from './schema.js';

export interface Placement {
  step: SectionSpec;
  /** The part stands for the step itself; an inherited part is read as part of its parent's. */
  own: boolean;
  /** The part's own heading or label points at the step (not only its text or its place). */
  byHeading: boolean;
  /** The step of the part it sits in, when it was read in that part's context. */
  context?: SectionSpec;
}

export interface Alignment {
  /** Where each part was placed, openings of containers included; a part without a step has none. */
  placements: Map<Part, Placement>;
}

export function alignParts(parts: Part[], schema: Schema): Alignment {
  const alignment: Alignment = { placements: new Map() };
  // The document's one top-level heading over all the others is its title, never a step.
  const headings = parts.filter((part) => part.kind === 'heading');
  const title = headings.length === 1 && headings[0]!.children.some((child) => child.kind === 'heading') ? headings[0] : undefined;
  const aligner = new Aligner(schema, alignment, title);
  aligner.free(parts, undefined, true);
  aligner.claimUntaken();
  aligner.yieldToNamed();
  return alignment;
}

class Aligner {
  private readonly steps: SectionSpec[];
  private readonly evidence = new Map<Part, PartEvidence>();
  /** Parts aligned at some level that took no step. */
  private readonly unplaced: Part[] = [];

  constructor(
    private readonly schema: Schema,
    private readonly out: Alignment,
    private readonly title: Part | undefined,
  ) {
    this.steps = schema.sections;
  }

  /**
   * Parts in no step's context (the top of the document, what a title or an unplaced
   * part holds): each takes the step that best fits its evidence and its place.
   */
  free(parts: Part[], previous: SectionSpec | undefined, whole = false): SectionSpec | undefined {
    const sequence = this.flatten(parts);
    const states = fillGaps(this.schema, sequence, this.viterbi(sequence, previous), { previous, whole, evidenceOf: (part) => this.evidenceOf(part) });
    let last = previous;
    sequence.forEach((part, index) => {
      const step = states[index];
      if (step) {
        const byHeading = (this.evidenceOf(part).heading.get(step) ?? 0) > 0;
        this.out.placements.set(part, { step, own: true, byHeading });
        last = step;
        if (part.children.length === 0) return;
        // A part placed by its heading holds its sub-parts; one placed by its text alone does not.
        if (byHeading) this.inContext(part.children, step);
        else last = this.free(part.children, step) ?? last;
      } else {
        this.unplaced.push(part);
        if (part.children.length > 0) last = this.free(part.children, last) ?? last;
      }
    });
    return last;
  }

  /**
   * A part left without a step whose text is plainly about a step no part took takes it, out of
   * order or not: order tells apart the steps a part could be, it does not veto the only one it is
   * ("Prediction timing" written before the still-open model, in a memo that puts what is settled first).
   * So does a heading that names such a step, where its text agrees.
   */
  claimUntaken(): void {
    const taken = new Set([...this.out.placements.values()].map((placement) => placement.step));
    for (const part of this.unplaced) {
      // The opening may open the framework, nothing later (as in the alignment).
      if (part.kind === 'opening' || !part.units.some((unit) => !unit.note)) continue;
      const top = topStep(contentScores(this.schema, contentPoints(this.schema, part.runs)));
      let best = top && top[1] > this.schema.reading.assign ? top[0] : undefined;
      // Or the step its heading names, which only the order kept from it: "結果" with the test MAE, after the scheduled run.
      const byHeading = !best || taken.has(best);
      if (byHeading) best = this.namedUntaken(part, taken);
      if (!best) continue;
      this.out.placements.set(part, { step: best, own: true, byHeading });
      taken.add(best);
    }
  }

  /**
   * The step no part took that a heading names (or a slide's or a post's title, a heading in all but syntax; not
   * a label: "Риски" among a work package's items), when the part's evidence points there most and reaches
   * `assign`: a place out of order costs what it costs in the alignment, but does not outweigh a heading and text
   * that agree on a step found nowhere else.
   */
  private namedUntaken(part: Part, taken: Set<SectionSpec>): SectionSpec | undefined {
    if (part.kind !== 'heading' && !part.label?.chapter) return undefined;
    const { heading, total } = this.evidenceOf(part);
    const top = topStep(total);
    return top && !taken.has(top[0]) && heading.has(top[0]) && top[1] >= this.schema.reading.assign ? top[0] : undefined;
  }

  /**
   * A step the document names in a heading of its own ("A.7 Monitoring & retraining") is written
   * there: a part elsewhere that took it only by its place or a loose word ("Risks" after the
   * rollout) and says nothing of it in its text is not that step as well, however empty the
   * named one is.
   */
  yieldToNamed(): void {
    const { placements } = this.out;
    const { aliasWithin, headingWord } = this.schema.reading;
    const named = new Set<SectionSpec>();
    const loose: Array<[Part, SectionSpec]> = [];
    for (const [part, { step, own }] of placements) {
      const heading = part.kind === 'opening' ? 0 : (this.evidenceOf(part).heading.get(step) ?? 0);
      if (heading >= aliasWithin) named.add(step);
      else if (own && heading < headingWord) loose.push([part, step]);
    }
    for (const [part, step] of loose) {
      if (!named.has(step)) continue;
      // Its text, or any part under it, holds one of the step's strong terms (each part's points are kept per run).
      const speaks = (p: Part): boolean => (contentPoints(this.schema, p.runs).get(step) ?? 0) >= 1 || p.children.some(speaks);
      if (speaks(part)) continue;
      placements.delete(part);
      // What it holds only as part of it goes with it.
      const release = (children: Part[]) => {
        for (const child of children) {
          const placement = placements.get(child);
          if (placement && !placement.own && placement.step === step) placements.delete(child);
          release(child.children);
        }
      };
      release(part.children);
    }
  }

  /**
   * Sub-parts of a part in `step`: they stay there unless their own evidence points elsewhere
   * more strongly. Only a heading that is wholly another step's alias names it here: "Data
   * distribution shift" under Monitoring merely contains a word of another step.
   */
  private inContext(parts: Part[], step: SectionSpec): void {
    const inherit = this.schema.reading.inherit;
    for (const part of parts) {
      if (this.isAside(part)) continue;
      const total = this.evidenceOf(part).outright;
      let best = step;
      let bestScore = (total.get(step) ?? 0) + inherit;
      for (const [other, score] of total) {
        if (score > bestScore) [best, bestScore] = [other, score];
      }
      const byHeading = (this.evidenceOf(part).heading.get(best) ?? 0) > 0;
      this.out.placements.set(part, { step: best, own: best !== step || byHeading, byHeading, context: step });
      if (part.children.length > 0) this.inContext(part.children, best);
    }
  }

  /**
   * The parts to align at one level: a part that only gathers parts of several steps (a
   * title, "Methodology" over its stages) gives way to its opening text and its sub-parts.
   */
  private flatten(parts: Part[]): Part[] {
    const sequence: Part[] = [];
    for (const part of parts) {
      if (this.isAside(part)) continue;
      if (!this.isContainer(part)) {
        sequence.push(part);
        continue;
      }
      const opening = openingOf(part.units, part.children, part.titleEndOffset, part.endOffset);
      if (opening) sequence.push(opening);
      sequence.push(...this.flatten(part.children));
    }
    return sequence;
  }

  /** The title, or a part no alias names outright whose sub-parts name two or more other steps. */
  private isContainer(part: Part): boolean {
    if (part === this.title) return true;
    if (part.children.length === 0) return false;
    const { alias, headingWord } = this.schema.reading;
    const own = this.evidenceOf(part).heading;
    if ([...own.values()].some((score) => score >= alias)) return false;
    // A heading with the words of three steps or more names the whole, as a title does ("Порядок формирования выборки …
    // с использованием модели оценки риска" over sections 1 to 8): the steps below count even where it shares their words.
    const whole = [...own.values()].filter((score) => score >= headingWord).length >= 3;
    const below = new Set<SectionSpec>();
    const visit = (children: Part[]) => {
      for (const child of children) {
        for (const [step, score] of this.evidenceOf(child).heading) {
          if (score >= headingWord && (whole || !own.has(step))) below.add(step);
        }
        visit(child.children);
      }
    };
    visit(part.children);
    return below.size >= 2;
  }

  /**
   * The best steps for a sequence of parts (undefined: none), as a Viterbi path whose
   * state is the last step taken: a part scores its evidence for the step it takes, or
   * `assign` for taking none, and going back to an earlier step costs `out-of-order`.
   *
   * A part's place is evidence too: one whose heading names, however loosely, the step right
   * after the last one taken ("動かし方" after the evaluation) earns `in-order` when its own
   * evidence falls short of `assign` by less than that. Only such weak parts earn it: a part
   * with evidence enough of its own is placed as it was, and going back to an earlier step
   * costs no more than before. What comes first has no such place to go by: anything may
   * open a document.
   */
  private viterbi(parts: Part[], previous: SectionSpec | undefined): Array<SectionSpec | undefined> {
    const { assign, outOfOrder, inOrder } = this.schema.reading;
    const count = this.steps.length;
    const start = previous ? this.steps.indexOf(previous) + 1 : 0;
    // score[s]: best total so far with step s-1 the last taken (0: none yet).
    let score = Array.from({ length: count + 1 }, (_, s) => (s === start ? 0 : -Infinity));
    const back: Array<Array<[from: number, took: boolean]>> = [];
    for (const part of parts) {
      const { total, heading } = this.evidenceOf(part);
      const next = score.map((value) => value + assign);
      const from: Array<[number, boolean]> = score.map((_, s) => [s, false]);
      for (let s = 1; s <= count; s++) {
        const evidence = total.get(this.steps[s - 1]!);
        if (!evidence) continue;
        const named = heading.has(this.steps[s - 1]!);
        for (let last = 0; last <= count; last++) {
          if (score[last] === -Infinity) continue;
          // Text before the first step is the document's opening: it may open the framework, nothing later.
          if (part.kind === 'opening' && last === 0 && s > 1) continue;
          const placed = named && last > 0 && s === last + 1 && evidence <= assign && evidence + inOrder > assign;
          const value = score[last]! + (placed ? evidence + inOrder : evidence) - (last > s ? outOfOrder : 0);
          if (value > next[s]!) {
            next[s] = value;
            from[s] = [last, true];
          }
        }
      }
      back.push(from);
      score = next;
    }
    let state = score.indexOf(Math.max(...score));
    const path: Array<SectionSpec | undefined> = new Array(parts.length);
    for (let i = parts.length - 1; i >= 0; i--) {
      const [last, took] = back[i]![state]!;
      path[i] = took ? this.steps[state - 1] : undefined;
      state = last;
    }
    return path;
  }

  /** What the part says of each step, worked out once per alignment (and kept across edits, see part-evidence.ts). */
  private evidenceOf(part: Part): PartEvidence {
    let known = this.evidence.get(part);
    if (!known) this.evidence.set(part, (known = partEvidence(this.schema, part)));
    return known;
  }

  /** A part headed as one of the schema's asides (references, appendix) belongs to no step. */
  private isAside(part: Part): boolean {
    return part.kind !== 'opening' && this.schema.isAside(part.title);
  }
}
