// Full analysis time next to remark's parse time on the same text (median of repeated runs).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { designDoc } from './generate.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { analyze, loadSchema } = require(join(root, 'dist', 'core.js'));
// The schema is loaded once, as the hosts do, outside the timed region.
const { schema } = loadSchema(readFileSync(join(root, 'schemas', 'ml-system-design.yaml'), 'utf8'));
const options = { resolveSchema: () => ({ schema }) };

const parseOnly = unified().use(remarkParse).freeze();
const parseFull = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();

function median(fn, runs) {
  for (let i = 0; i < 3; i++) fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const rows = [];
for (const lines of [100, 1_000, 10_000]) {
  const text = designDoc(lines);
  const runs = lines >= 10_000 ? 9 : 31;
  const remark = median(() => parseOnly.parse(text), runs);
  const remarkGfmTime = median(() => parseFull.parse(text), runs);
  const full = median(() => analyze(text, options), runs);
  rows.push({ lines: text.split('\n').length - 1, kb: (text.length / 1024).toFixed(0), remark, remarkGfmTime, full });
}

const ms = (value) => value.toFixed(1).padStart(8);
console.log(`node ${process.version}, ${process.platform} ${process.arch}; medians in ms\n`);
console.log('  lines     KB  remark-parse  +frontmatter+gfm  mlsd analyze  analyze / parse(+gfm)');
for (const row of rows) {
  console.log(
    `${String(row.lines).padStart(7)} ${row.kb.padStart(6)} ${ms(row.remark)}      ${ms(row.remarkGfmTime)}          ${ms(row.full)}      ${(row.full / row.remarkGfmTime).toFixed(2)}`,
  );
}
