/**
 * Reading accuracy as a regression test: the checker against hand-labelled documents.
 * Each set's figures and every remaining disagreement are pinned in eval/results/<set>.txt:
 * a new disagreement fails, and so does fixing one (update with `vitest -u` and read the
 * diff: it is the change in how MLSD reads documents).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, loadSet, report, SETS, TITLES } from '../../eval/run.mjs';
import { ROOT } from './helpers.js';

describe.each(SETS.filter((set) => set !== 'holdout'))('the %s set', (name) => {
  const docs = loadSet(name);

  // The own set (nearly 700 documents, two CLI runs) takes about three minutes beside the other
  // test files on two cores: what is checked is the reading, not the time, so a busy machine must not fail it.
  it.skipIf(!docs)('reads its documents as pinned in eval/results', async () => {
    await expect(report(TITLES[name]!, evaluate(docs!))).toMatchFileSnapshot(join(ROOT, 'eval', 'results', `${name}.txt`));
  }, 900_000);
});
