// Compares `mlsd check --format json` with hand labels of real design write-ups.
// Usage: node eval/corpus.mjs [corpus-dir]   (default: ../shared/corpus, beside the checkout)
// Labels per step: P present (must not be reported missing or empty), A absent and
// H heading only (must be reported missing or empty), W weak (either is accepted).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = resolve(process.argv[2] ?? join(root, '..', 'shared', 'corpus'));
if (!existsSync(join(corpus, 'labels.json'))) {
  console.error(`No labels.json in ${corpus}: pass the corpus folder as the first argument.`);
  process.exit(2);
}
const labels = JSON.parse(readFileSync(join(corpus, 'labels.json'), 'utf8'));
const files = labels.map((entry) => join(corpus, 'docs', entry.file));

let report;
try {
  report = JSON.parse(execFileSync(process.execPath, [join(root, 'dist', 'cli.js'), 'check', '--schema', 'ml-system-design', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 1 << 26 }));
} catch (error) {
  // Exit code 1 only means there were error-level findings.
  if (error.status !== 1) throw error;
  report = JSON.parse(error.stdout);
}
const byPath = new Map(report.files.map((file) => [resolve(file.path), file]));

const STEPS = ['requirements', 'framing', 'data', 'model', 'evaluation', 'serving', 'monitoring'];
const counts = Object.fromEntries(STEPS.map((step) => [step, { P: [0, 0], AH: [0, 0], W: [0, 0] }]));
const disagreements = [];
for (const [index, entry] of labels.entries()) {
  const file = byPath.get(resolve(files[index]));
  for (const step of STEPS) {
    const label = entry.steps[step];
    const status = file?.sections.find((section) => section.id === step)?.status ?? 'missing';
    const reported = status === 'missing' || status === 'empty';
    const bucket = label === 'P' ? 'P' : label === 'W' ? 'W' : 'AH';
    counts[step][bucket][reported ? 1 : 0]++;
    if ((label === 'P' && reported) || ((label === 'A' || label === 'H') && !reported)) {
      disagreements.push(`#${entry.n} ${entry.file.replace(/^.*__/, '')} ${step}: label ${label}, mlsd ${status}`);
    }
  }
}

const pad = (value, width) => String(value).padEnd(width);
console.log(`Corpus: ${labels.length} documents, ${corpus}\n`);
console.log(`${pad('step', 14)}${pad('P ok', 7)}${pad('P reported', 12)}${pad('A/H reported', 14)}${pad('A/H missed', 12)}W reported/not`);
const total = { falseAlarms: 0, P: 0, hits: 0, AH: 0 };
for (const step of STEPS) {
  const { P, AH, W } = counts[step];
  console.log(`${pad(step, 14)}${pad(P[0], 7)}${pad(P[1], 12)}${pad(AH[1], 14)}${pad(AH[0], 12)}${W[1]}/${W[0]}`);
  total.falseAlarms += P[1];
  total.P += P[0] + P[1];
  total.hits += AH[1];
  total.AH += AH[0] + AH[1];
}
const reportedTotal = total.falseAlarms + total.hits;
console.log(`\nP steps reported missing or empty: ${total.falseAlarms} of ${total.P}`);
console.log(`A/H steps reported: ${total.hits} of ${total.AH} (recall ${(total.hits / Math.max(1, total.AH)).toFixed(2)})`);
console.log(`Precision of missing/empty on labelled P/A/H steps: ${(total.hits / Math.max(1, reportedTotal)).toFixed(2)}`);
console.log(disagreements.length ? `\nDisagreements:\n  ${disagreements.join('\n  ')}` : '\nNo disagreement.');
