/**
 * Reading accuracy as a regression test: the checker against hand-labelled documents.
 * Each remaining disagreement is listed with its reason; a new one fails, and so does
 * fixing a listed one (update the list, and the figures in the README).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusSet, evaluate, FACTS, ownSet, type Evaluation } from '../../eval/run.mjs';
import { ROOT } from './helpers.js';

const KNOWN = {
  own: [
    // "Keeping it healthy" is one team's own name for monitoring; a team schema adds it as an alias.
    'en/en-outline-template.md monitoring: label P, mlsd missing',
  ],
  corpus: [
    // The label reads a template bullet "Monitoring" as monitoring content, against the
    // labelling scheme's own rule that template bullets count as "no".
    '#2 mlsd-template.md fact monitoring: label yes, mlsd not found',
  ],
};

function stepFigures(result: Evaluation) {
  let flaggedP = 0;
  let flaggedAH = 0;
  let absent = 0;
  for (const counts of Object.values(result.steps)) {
    flaggedP += counts.P[1];
    flaggedAH += counts.AH[1];
    absent += counts.AH[0] + counts.AH[1];
  }
  return { precision: flaggedAH / Math.max(1, flaggedAH + flaggedP), recall: flaggedAH / Math.max(1, absent) };
}

function agreement(result: Evaluation, fact: string) {
  const { tp, fp, fn, tn } = result.facts[fact]!;
  return (tp + tn) / Math.max(1, tp + fp + fn + tn);
}

describe('own labelled documents (eval/docs)', () => {
  const result = evaluate(ownSet());

  it('disagree with their labels only where known', () => {
    expect(result.documents).toBeGreaterThanOrEqual(11);
    expect(result.disagreements).toEqual(KNOWN.own);
  });

  it('agree on every fact for at least 90% of documents', () => {
    for (const fact of FACTS) expect(agreement(result, fact), fact).toBeGreaterThanOrEqual(0.9);
  });
});

const corpus = corpusSet(join(ROOT, '..', 'shared', 'corpus'));

describe.skipIf(!corpus)('the shared corpus of real write-ups', () => {
  const result = corpus ? evaluate(corpus) : undefined;

  it('flags every absent or heading-only step and no present one', () => {
    expect(stepFigures(result!)).toEqual({ precision: 1, recall: 1 });
    expect(result!.disagreements).toEqual(KNOWN.corpus);
  });

  it('agrees on every fact for at least 90% of documents', () => {
    for (const fact of FACTS) expect(agreement(result!, fact), fact).toBeGreaterThanOrEqual(0.9);
  });
});
