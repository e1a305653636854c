/**
 * A short seeded fuzz run (`npm run fuzz` runs longer ones): generated and mutated design
 * docs, hostile pieces among them, never crash the analysis, read the same incrementally
 * and whole, never lose a line to Fix all, and none takes seconds.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the fuzz harness, run against the built core.
import { runFuzz } from '../../fuzz/fuzz.mjs';

interface Failure {
  index: number;
  problem: string;
  text: string;
}

describe('fuzzing', () => {
  it('finds no crash, no difference between incremental and full analysis, no lost line and no hang in 150 generated documents', () => {
    const { failures } = runFuzz({ seed: 7, count: 150, hangMs: 10_000 }) as { failures: Failure[] };
    // Fix all that needs a second pass (a step inserted empty gets findings of its own) is open (issue 12).
    const severe = failures.filter((failure) => !failure.problem.startsWith('Fix all did not converge'));
    expect(severe.map((failure) => `#${failure.index} ${failure.problem}: ${JSON.stringify(failure.text.slice(0, 200))}`)).toEqual([]);
    // The run itself takes about 25 s and each document has its own hang limit: the whole
    // run is not timed, or a busy machine fails it.
  }, 180_000);
});
