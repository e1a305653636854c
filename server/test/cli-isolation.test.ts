/** One file that cannot be analysed is reported as such, and every other file still is. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFiles } from '../src/cli/check-files.js';
import { SchemaStore } from '../src/node/schema-store.js';
import { COMPLETE, ROOT } from './helpers.js';

describe('checkFiles', () => {
  it('reports a file whose analysis throws, and goes on with the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlsd-isolation-'));
    for (const name of ['a.md', 'bad.md', 'c.md']) writeFileSync(join(dir, name), name === 'bad.md' ? COMPLETE.replace('ml-system-design', './boom.yaml') : COMPLETE);
    const real = new SchemaStore(join(ROOT, 'schemas'), join(ROOT, 'dist'));
    // A store that fails on one document's schema, as any unexpected exception would.
    const store = Object.assign(Object.create(real) as SchemaStore, {
      resolve: (ref: string, base?: string) => {
        if (ref.includes('boom')) throw new Error('boom');
        return real.resolve(ref, base);
      },
    });
    const order: number[] = [];
    const analyses = await checkFiles(['a.md', 'bad.md', 'c.md'], {
      cwd: dir,
      bundleDir: join(ROOT, 'dist'),
      schemasDir: join(ROOT, 'schemas'),
      store,
      request: {},
      onResult: (index) => order.push(index),
    });
    expect(order).toEqual([0, 1, 2]);
    expect(analyses.map((analysis) => analysis.findings.map((finding) => finding.rule))).toEqual([[], ['internal-error'], []]);
    expect(analyses[1]!.findings[0]).toMatchObject({ severity: 'error', message: 'MLSD could not analyse this file: boom' });
  });
});
