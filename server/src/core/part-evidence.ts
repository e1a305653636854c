/**
 * What one part of a document says of each step, as the alignment weighs it: its heading's
 * words and aliases, and that plus what its own text is about. A heading word is a looser
 * name than an alias: when the part's text is about other steps and not at all about the one
 * the word names ("Usecase" over how a batch job runs), it counts half.
 */
import { contentPoints, contentScores, headingEvidence, type StepScores } from './evidence.js';
import type { Part } from './parts.js';
import type { Schema } from './schema.js';

export interface PartEvidence {
  /** What the part's heading or label says. */
  heading: StepScores;
  /** That and what its own text is about. */
  total: StepScores;
  /** The same, with aliases only where they are the whole heading. */
  outright: StepScores;
}

/** By schema, by the part's points, by its title, by its shape. */
const bySchema = new WeakMap<Schema, WeakMap<StepScores, Map<string, PartEvidence[]>>>();
/** A label's part is made from the label alone: its evidence is kept by the label, which an unchanged chunk brings again. */
const byLabel = new WeakMap<Schema, WeakMap<object, PartEvidence>>();
const SHAPES: ReadonlyArray<Part['kind']> = ['heading', 'label', 'opening'];

export function partEvidence(schema: Schema, part: Part): PartEvidence {
  let labels = byLabel.get(schema);
  if (!labels) byLabel.set(schema, (labels = new WeakMap()));
  const known = part.label && labels.get(part.label);
  if (known) return known;
  const points = contentPoints(schema, part.runs);
  // Points are the same object while the part's text is unchanged: so is its evidence. (Text-less
  // parts of every schema share one empty points object: hence by schema first.)
  let byPoints = bySchema.get(schema);
  if (!byPoints) bySchema.set(schema, (byPoints = new WeakMap()));
  let byTitle = byPoints.get(points);
  if (!byTitle) byPoints.set(points, (byTitle = new Map()));
  // By the title string itself (an unchanged chunk brings the same string), then by the part's shape.
  let byShape = byTitle.get(part.title);
  if (!byShape) byTitle.set(part.title, (byShape = []));
  const shape = SHAPES.indexOf(part.kind) * 2 + (part.headingLike ? 1 : 0);
  const evidence = (byShape[shape] ??= evidenceFrom(schema, part, points));
  if (part.label) labels.set(part.label, evidence);
  return evidence;
}

function evidenceFrom(schema: Schema, part: Part, points: StepScores): PartEvidence {
  const heading: StepScores = new Map();
  const outright: StepScores = new Map();
  if (part.kind !== 'opening') {
    const { aliases, words } = headingEvidence(schema, part.title, part.kind === 'label' && !part.headingLike);
    for (const [step, score] of words) heading.set(step, points.size > 0 && !points.has(step) ? score / 2 : score);
    for (const [step, score] of heading) outright.set(step, score);
    for (const [step, score] of aliases) {
      heading.set(step, Math.max(score, heading.get(step) ?? 0));
      if (score >= schema.reading.alias) outright.set(step, Math.max(score, outright.get(step) ?? 0));
    }
  }
  const content = contentScores(schema, points);
  return { heading, total: plus(heading, content), outright: plus(outright, content) };
}

function plus(a: StepScores, b: StepScores): StepScores {
  const sum = new Map(a);
  for (const [step, score] of b) sum.set(step, (sum.get(step) ?? 0) + score);
  return sum;
}
