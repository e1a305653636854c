// How well MLSD reads documents, measured against hand labels, as a reviewer would judge it.
//
//   node eval/run.mjs [--corpus DIR] [--json]
//
// Two labelled sets: the project's own documents (eval/docs/*.md with *.labels.yaml beside
// them) and, when present, the shared corpus of real write-ups (../shared/corpus, labels.json).
// Steps: P must not be reported missing or empty, A and H must be, W may go either way.
// Facts: baseline, offline and online metrics, serving mode, monitoring — found or not.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const corpusDir = resolve(args.includes('--corpus') ? args[args.indexOf('--corpus') + 1] : join(root, '..', 'shared', 'corpus'));

export const STEPS = ['requirements', 'framing', 'data', 'model', 'evaluation', 'serving', 'monitoring'];
export const FACTS = ['baseline', 'offline-metrics', 'online-metrics', 'serving-mode', 'monitoring'];

/** Our own documents: labels in YAML beside each. */
export function ownSet() {
  const dir = join(root, 'eval', 'docs');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const labelsFile = join(dir, name.replace(/\.md$/, '.labels.yaml'));
      if (!existsSync(labelsFile)) throw new Error(`eval/docs/${name} has no labels: write ${labelsFile}`);
      const labels = parse(readFileSync(labelsFile, 'utf8'));
      const facts = Object.fromEntries(FACTS.map((fact) => [fact, labels.facts[fact] !== 'no' && labels.facts[fact] !== 'none' && labels.facts[fact] !== false]));
      return { name: `${labels.language}/${name}`, file: join(dir, name), steps: labels.steps, facts };
    });
}

/** The shared corpus: labels.json, whose fact labels are prose ("none named — ...", "yes (implicit) — ..."). */
export function corpusSet(dir = corpusDir) {
  if (!existsSync(join(dir, 'labels.json'))) return undefined;
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8'));
  // A label that hedges ("only as a trade-off question", "implied") counts either way.
  const reading = (text) => (/^(none\b|no\b(?!\.))/i.test(text) ? false : /\bonly as\b|\bappear only\b|\bimplied\b/i.test(text) ? undefined : true);
  return labels.map((entry) => ({
    name: `#${entry.n} ${entry.file.replace(/^.*__/, '')}`,
    file: join(dir, 'docs', entry.file),
    steps: entry.steps,
    facts: {
      baseline: reading(entry.items.baseline),
      'offline-metrics': reading(entry.items.offline),
      'online-metrics': reading(entry.items.online),
      'serving-mode': reading(entry.items.serving),
      monitoring: reading(entry.items.monitoring),
    },
  }));
}

function check(files) {
  const cli = join(root, 'dist', 'cli.js');
  let output;
  try {
    output = execFileSync(process.execPath, [cli, 'check', '--schema', 'ml-system-design', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 1 << 26 });
  } catch (error) {
    if (error.status !== 1) throw error; // 1 only means error-level findings
    output = error.stdout;
  }
  return new Map(JSON.parse(output).files.map((file) => [resolve(file.path), file]));
}

export function evaluate(docs) {
  const results = check(docs.map((doc) => doc.file));
  const steps = Object.fromEntries(STEPS.map((step) => [step, { P: [0, 0], AH: [0, 0], W: [0, 0] }]));
  const facts = Object.fromEntries(FACTS.map((fact) => [fact, { tp: 0, fp: 0, fn: 0, tn: 0, skipped: 0 }]));
  const disagreements = [];
  for (const doc of docs) {
    const file = results.get(resolve(doc.file));
    for (const step of STEPS) {
      const label = doc.steps[step];
      const status = file?.sections.find((section) => section.id === step)?.status ?? 'missing';
      const reported = status === 'missing' || status === 'empty';
      const bucket = label === 'P' ? 'P' : label === 'W' ? 'W' : 'AH';
      steps[step][bucket][reported ? 1 : 0]++;
      if ((label === 'P' && reported) || ((label === 'A' || label === 'H') && !reported)) {
        disagreements.push(`${doc.name} ${step}: label ${label}, mlsd ${status}`);
      }
    }
    for (const fact of FACTS) {
      const expected = doc.facts[fact];
      const found = Boolean(file?.facts[fact]?.found);
      const counts = facts[fact];
      if (expected === undefined) counts.skipped++;
      else if (expected && found) counts.tp++;
      else if (!expected && found) counts.fp++;
      else if (expected && !found) counts.fn++;
      else counts.tn++;
      if (expected !== undefined && expected !== found) {
        const values = file?.facts[fact]?.values?.join(', ');
        disagreements.push(`${doc.name} fact ${fact}: label ${expected ? 'yes' : 'no'}, mlsd ${found ? `found (${values})` : 'not found'}`);
      }
    }
  }
  return { documents: docs.length, steps, facts, disagreements };
}

const ratio = (num, den) => (den === 0 ? '  -  ' : (num / den).toFixed(2));
const pad = (value, width) => String(value).padEnd(width);

function print(title, result) {
  console.log(`\n## ${title}: ${result.documents} documents\n`);
  console.log(`${pad('step', 14)}${pad('P ok', 6)}${pad('P flagged', 11)}${pad('A/H flagged', 13)}${pad('A/H missed', 12)}W flagged/not`);
  let falseAlarms = 0;
  let hits = 0;
  let absent = 0;
  for (const step of STEPS) {
    const { P, AH, W } = result.steps[step];
    console.log(`${pad(step, 14)}${pad(P[0], 6)}${pad(P[1], 11)}${pad(AH[1], 13)}${pad(AH[0], 12)}${W[1]}/${W[0]}`);
    falseAlarms += P[1];
    hits += AH[1];
    absent += AH[0] + AH[1];
  }
  console.log(`\nmissing/empty findings: precision ${ratio(hits, hits + falseAlarms)}, recall ${ratio(hits, absent)} (${hits} of ${absent} A/H steps flagged, ${falseAlarms} P steps flagged)`);
  console.log(`\n${pad('fact', 17)}${pad('agree', 8)}${pad('precision', 11)}${pad('recall', 8)}tp/fp/fn/tn (skipped)`);
  for (const fact of FACTS) {
    const { tp, fp, fn, tn, skipped } = result.facts[fact];
    console.log(`${pad(fact, 17)}${pad(ratio(tp + tn, tp + fp + fn + tn), 8)}${pad(ratio(tp, tp + fp), 11)}${pad(ratio(tp, tp + fn), 8)}${tp}/${fp}/${fn}/${tn}${skipped ? ` (${skipped})` : ''}`);
  }
  console.log(result.disagreements.length ? `\nDisagreements:\n  ${result.disagreements.join('\n  ')}` : '\nNo disagreement.');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const own = evaluate(ownSet());
  const corpusDocs = corpusSet();
  const corpus = corpusDocs && evaluate(corpusDocs);
  if (args.includes('--json')) {
    console.log(JSON.stringify({ own, corpus }, null, 2));
  } else {
    print('Own labelled documents (eval/docs)', own);
    if (corpus) print(`Shared corpus (${corpusDir})`, corpus);
    else console.log(`\n(no corpus at ${corpusDir}: pass --corpus DIR)`);
  }
}
