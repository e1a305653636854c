// Fuzzing the analysis: seeded generated and mutated design docs, checked against the
// invariants every document must keep, whatever it holds:
//   - the analysis never throws;
//   - an incremental analysis after random edits equals a full one;
//   - applying every fix (as an LSP client applies edits) keeps every line the author wrote,
//     in order, and leaves nothing fixable;
//   - time per KB is measured and reported (a hang is a failure in long runs: --hang-ms).
// A failing document is shrunk line by line and written to fuzz/failures/.
//
//   node fuzz/fuzz.mjs [--seed N] [--count N] [--hang-ms N]   (needs a build: npm run fuzz)
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { random } from './random.mjs';

export { random };

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { analyze, createDocumentCache, loadSchema } = require(join(root, 'dist', 'core.js'));
const { TextDocument } = require('vscode-languageserver-textdocument');
const { readFileSync } = require('node:fs');
const { schema } = loadSchema(readFileSync(join(root, 'schemas', 'ml-system-design.yaml'), 'utf8'));

const HEADINGS = ['Requirements', 'Problem', 'Framing', 'Data', 'Model', 'Baseline', 'Evaluation', 'Offline metrics', 'Online metrics', 'Serving', 'Launch plan', 'Monitoring', 'Risks', 'Open questions', 'References', '数据', 'Модель', 'Évaluation'];
const SENTENCES = ['We serve 40M users at 20k QPS under 80 ms.', 'The baseline is the most popular list.', 'Offline: nDCG@10 and recall@100.', 'Online: CTR in an A/B test.', 'Predictions are made online per request.', 'Scores are precomputed nightly in batch.', 'We alert on drift and retrain weekly.', 'Training data: 90 days of click logs, labelled by clicks.', 'A GBDT ranker, then a two-tower model.', 'TBD', 'given a user, predict the item', 'Ответ: бинарная классификация.', '模型使用 LightGBM。'];
const LABELS = ['**Offline metrics:**', '**Baseline.**', 'Serving:', '- ML objective:', '**How will we know it works?**', '| Model | GBDT |'];

/** A design doc made of fragments, hostile ones among them. */
export function generate(next) {
  const pick = (list) => list[Math.floor(next() * list.length)];
  const parts = [];
  if (next() < 0.5) parts.push(pick(['---\nframework: ml-system-design\n---', '---\nframework: *nope\n---', '---\na: &a [x]\nb: [*a, *a]\nframework: ml-system-design\n---', '---\ntitle: [broken\n---', '---title: x']));
  if (next() < 0.7) parts.push(`# ${pick(HEADINGS)} design`);
  const blocks = 3 + Math.floor(next() * 12);
  for (let i = 0; i < blocks; i++) {
    const roll = next();
    if (roll < 0.25) parts.push(`${'#'.repeat(1 + Math.floor(next() * 3))} ${pick(HEADINGS)}`);
    else if (roll < 0.5) parts.push(Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(SENTENCES)).join(' '));
    else if (roll < 0.6) parts.push(`${pick(LABELS)} ${pick(SENTENCES)}`);
    else if (roll < 0.68) parts.push(Array.from({ length: 1 + Math.floor(next() * 4) }, (_, k) => `${'  '.repeat(Math.floor(next() * (k + 1)))}- ${pick(SENTENCES)}`).join('\n'));
    else if (roll < 0.72) parts.push(`| Metric | Value |\n|---|---|\n| ${pick(SENTENCES)} | 0.8 |`);
    else if (roll < 0.76) parts.push(pick(['```python\nmodel.fit(x)\n```', '```\nunclosed', '<!-- note', '<!-- a comment -->', '<div>\n\n**x**\n\n</div>', `<h2 id="s">${pick(HEADINGS)}</h2>`, `<p>${pick(SENTENCES)}</p>`]));
    // Nesting past where recursive walks overflowed (about 950 lists, 5,600 quotes); deeper lists are parser-bound (open, issue 12).
    else if (roll < 0.82) parts.push(pick(['- '.repeat(960 + Math.floor(next() * 300)) + 'deep', '1. '.repeat(960 + Math.floor(next() * 300)) + 'deep', '>'.repeat(5600 + Math.floor(next() * 2000)) + ' deep', `- a${' '.repeat(1000 + Math.floor(next() * 20000))}(b)`, 'given '.repeat(500) + 'predict', '*'.repeat(50) + 'x' + '*'.repeat(50)]));
    else if (roll < 0.85) parts.push(`Setext ${pick(HEADINGS)}\n${pick(['===', '---'])}`);
    else parts.push(pick(SENTENCES));
  }
  let text = parts.join(next() < 0.8 ? '\n\n' : '\n');
  if (next() < 0.7) text += '\n';
  const ending = next();
  if (ending < 0.15) text = text.replace(/\n/g, '\r\n');
  else if (ending < 0.25) text = text.replace(/\n/g, '\r');
  if (next() < 0.05) text = `\uFEFF${text}`;
  return text;
}

/** The document changed as a typist or a paste would change it. */
export function mutate(text, next) {
  const at = Math.floor(next() * (text.length + 1));
  const roll = next();
  if (roll < 0.4 && text.length > 0) return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(next() * 40)));
  if (roll < 0.55) return text.slice(0, at) + text.slice(Math.max(0, at - 30), at) + text.slice(at);
  const pieces = ['x', '\n', '\n\n', '# ', '## Serving\n', '```', '<!--', '-->', '\r', '\r\n', '- ', '**', '> ', '|', '---\n', ' '];
  return text.slice(0, at) + pieces[Math.floor(next() * pieces.length)] + text.slice(at);
}

const options = (extra) => ({ resolveSchema: () => ({ schema }), forceSchema: 'ml-system-design', path: 'doc.md', ...extra });

/** The invariant a document breaks, if any. */
export function violation(text, next) {
  let full;
  try {
    full = analyze(text, options());
  } catch (error) {
    return `analyze threw: ${error.message}`;
  }
  // Incremental: a cache warmed on an earlier version, then this one.
  const cache = createDocumentCache(1);
  try {
    analyze(mutate(text, next), options({ cache }));
    const incremental = analyze(text, options({ cache }));
    if (JSON.stringify(incremental) !== JSON.stringify(full)) return 'incremental analysis differs from a full one';
  } catch (error) {
    return `incremental analyze threw: ${error.message}`;
  }
  const edits = full.findings.flatMap((finding) => finding.fix?.edits ?? []);
  if (edits.length === 0) return undefined;
  const fixed = TextDocument.applyEdits(TextDocument.create('file:///doc.md', 'markdown', 1, text), edits);
  // A byte-order mark belongs to the file, not to its first line: edits at the start go after it.
  const lines = (of) => of.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const fixedLines = lines(fixed);
  let cursor = 0;
  for (const line of lines(text)) {
    const found = fixedLines.indexOf(line, cursor);
    if (found < 0) return `a fix lost the line ${JSON.stringify(line.slice(0, 60))}`;
    cursor = found + 1;
  }
  const after = analyze(fixed, options());
  if (after.findings.some((finding) => finding.fix)) return `Fix all did not converge: ${after.findings.filter((f) => f.fix).map((f) => f.rule).join(', ')}`;
  return undefined;
}

/** The fewest lines that still break the same invariant. */
function shrink(text, problem, seed) {
  const kind = problem.split(':')[0];
  let lines = text.split('\n');
  for (let size = Math.ceil(lines.length / 2); size >= 1; size = Math.floor(size / 2)) {
    for (let i = 0; i + size <= lines.length; ) {
      const candidate = [...lines.slice(0, i), ...lines.slice(i + size)];
      const found = violation(candidate.join('\n'), random(seed));
      if (found && found.split(':')[0] === kind) lines = candidate;
      else i += size;
    }
  }
  return lines.join('\n');
}

export function runFuzz({ seed = 1, count = 1000, hangMs = Infinity, write = false, minimise = write } = {}) {
  const failures = [];
  let worstPerKb = 0;
  const perKb = [];
  for (let i = 0; i < count; i++) {
    const next = random(seed * 1_000_003 + i);
    let text = generate(next);
    for (let m = Math.floor(next() * 4); m > 0; m--) text = mutate(text, next);
    const start = performance.now();
    let problem = violation(text, random(seed + i));
    const ms = performance.now() - start;
    const kb = Math.max(1, text.length / 1024);
    perKb.push(ms / kb);
    worstPerKb = Math.max(worstPerKb, ms / kb);
    if (!problem && ms > hangMs) problem = `hang: ${ms.toFixed(0)} ms`;
    if (!problem) continue;
    const small = minimise && !problem.startsWith('hang') ? shrink(text, problem, seed + i) : text;
    failures.push({ index: i, problem, text: small });
    if (write) {
      const dir = join(root, 'fuzz', 'failures');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `${createHash('sha256').update(small).digest('hex').slice(0, 12)}.md`), small);
    }
  }
  perKb.sort((a, b) => a - b);
  return { count, failures, medianMsPerKb: perKb[Math.floor(perKb.length / 2)] ?? 0, worstMsPerKb: worstPerKb };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const index = process.argv.indexOf(`--${name}`);
    return index >= 0 ? Number(process.argv[index + 1]) : fallback;
  };
  const result = runFuzz({ seed: arg('seed', 1), count: arg('count', 2000), hangMs: arg('hang-ms', 10_000), write: true });
  for (const failure of result.failures) console.log(`#${failure.index}: ${failure.problem}\n${JSON.stringify(failure.text.slice(0, 300))}\n`);
  console.log(`${result.count} documents, ${result.failures.length} failures; time per KB: median ${result.medianMsPerKb.toFixed(2)} ms, worst ${result.worstMsPerKb.toFixed(1)} ms`);
  process.exitCode = result.failures.length > 0 ? 1 : 0;
}
