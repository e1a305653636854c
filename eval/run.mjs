// How well MLSD reads documents, measured against hand labels, as a reviewer would judge it.
//
//   node eval/run.mjs [--set NAME]... [--summary] [--json]
//
// Labelled sets, each reported on its own:
//   own      eval/docs: documents written for this project, in many styles, labelled blind
//   holdout  eval/holdout: written and labelled blind by someone else and never read while
//            the reading was built: the figure for documents the reading has not seen
//   corpus   ../shared/corpus: real write-ups (labels.json)
//   corpus2  ../shared/corpus2: more real write-ups, added after the reading was first built
// Steps: P must not be reported missing or empty, A and H must be, W may go either way.
// Facts: baseline, offline and online metrics, serving mode, monitoring: found or not.
// Detection: without --schema, design docs should be checked and the others left alone.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const STEPS = ['requirements', 'framing', 'data', 'model', 'evaluation', 'serving', 'monitoring'];
export const FACTS = ['baseline', 'offline-metrics', 'online-metrics', 'serving-mode', 'monitoring'];
export const SETS = ['own', 'holdout', 'corpus', 'corpus2'];

/** A set by name, or undefined when its files are not here (the shared corpora live beside the checkout). */
export function loadSet(name) {
  if (name === 'own') return labelledDir(join(root, 'eval', 'docs'));
  if (name === 'holdout') return labelledDir(join(root, 'eval', 'holdout'));
  if (name === 'corpus' || name === 'corpus2') return corpusSet(join(root, '..', 'shared', name));
  throw new Error(`unknown set "${name}": use one of ${SETS.join(', ')}`);
}

/** Documents with their labels in YAML beside each (`name.labels.yaml`). */
export function labelledDir(dir) {
  if (!existsSync(dir)) return undefined;
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const labelsFile = join(dir, name.replace(/\.md$/, '.labels.yaml'));
      if (!existsSync(labelsFile)) throw new Error(`${name} has no labels: write ${labelsFile}`);
      const labels = parse(readFileSync(labelsFile, 'utf8'));
      const designDoc = labels['design-doc'] !== false;
      const facts = designDoc
        ? Object.fromEntries(FACTS.map((fact) => [fact, !['no', 'none', false].includes(labels.facts[fact])]))
        : {};
      return { name: `${labels.language}/${name}`, file: join(dir, name), designDoc, steps: labels.steps ?? {}, facts };
    });
}

/** A shared corpus: labels.json, whose fact labels are prose ("none named — ...", "yes (implicit) — ..."). */
export function corpusSet(dir) {
  if (!existsSync(join(dir, 'labels.json'))) return undefined;
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8'));
  // A label that hedges ("only as a trade-off question", "implied") counts either way.
  const reading = (text) => (/^(none\b|no\b(?!\.))/i.test(text) ? false : /\bonly as\b|\bappear only\b|\bimplied\b/i.test(text) ? undefined : true);
  return labels.map((entry) => ({
    repo: entry.repo,
    name: `#${entry.n} ${entry.file.replace(/^.*__/, '')}`,
    file: join(dir, 'docs', entry.file),
    designDoc: true,
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

function check(files, forced) {
  const cli = join(root, 'dist', 'cli.js');
  const args = [cli, 'check', ...(forced ? ['--schema', forced] : []), '--format', 'json', ...files];
  let output;
  try {
    output = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  } catch (error) {
    if (error.status !== 1) throw error; // 1 only means error-level findings
    output = error.stdout;
  }
  return new Map(JSON.parse(output).files.map((file) => [resolve(file.path), file]));
}

export function evaluate(docs) {
  return { ...score(docs, readDesignDocs(docs)), detection: detect(docs) };
}

/** What MLSD reads in each labelled design doc, checked against a schema (by id or path). */
export function readDesignDocs(docs, schema = 'ml-system-design') {
  return check(docs.filter((doc) => doc.designDoc).map((doc) => doc.file), schema);
}

/** Steps and facts of the design docs compared with their labels. */
export function score(docs, results) {
  const designDocs = docs.filter((doc) => doc.designDoc);
  const steps = Object.fromEntries(STEPS.map((step) => [step, { P: [0, 0], AH: [0, 0], W: [0, 0] }]));
  const facts = Object.fromEntries(FACTS.map((fact) => [fact, { tp: 0, fp: 0, fn: 0, tn: 0, skipped: 0 }]));
  const disagreements = [];
  for (const doc of designDocs) {
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
  return { documents: designDocs.length, steps, facts, disagreements };
}

/**
 * Which documents are checked when nothing forces it: the ones labelled design docs should
 * be (by headings or content), the others never. Documents that opt in with frontmatter
 * are left out: they say what they are.
 */
function detect(docs) {
  const undeclared = docs.filter((doc) => !/^---\r?\n[\s\S]*?^framework\s*:/m.test(readFileSync(doc.file, 'utf8').slice(0, 4096)));
  const results = check(undeclared.map((doc) => doc.file), undefined);
  const detection = { designChecked: 0, designSkipped: 0, otherChecked: 0, otherSkipped: 0, wrong: [] };
  for (const doc of undeclared) {
    const checked = results.has(resolve(doc.file));
    if (doc.designDoc) detection[checked ? 'designChecked' : 'designSkipped']++;
    else detection[checked ? 'otherChecked' : 'otherSkipped']++;
    if (checked !== doc.designDoc && !(doc.designDoc && isStub(doc))) {
      detection.wrong.push(`${doc.name}: ${doc.designDoc ? 'design doc not checked' : 'not a design doc, checked'}`);
    }
  }
  return detection;
}

/** A labelled design doc covering fewer than three steps (a stub, a one-topic note): leaving it alone is right too. */
function isStub(doc) {
  return STEPS.filter((step) => doc.steps[step] === 'P' || doc.steps[step] === 'W').length < 3;
}

const ratio = (num, den) => (den === 0 ? '  -  ' : (num / den).toFixed(2));
const pad = (value, width) => String(value).padEnd(width);

export function stepFigures(result) {
  let falseAlarms = 0;
  let hits = 0;
  let absent = 0;
  for (const step of STEPS) {
    const { P, AH } = result.steps[step];
    falseAlarms += P[1];
    hits += AH[1];
    absent += AH[0] + AH[1];
  }
  return { hits, falseAlarms, absent, precision: hits / Math.max(1, hits + falseAlarms), recall: hits / Math.max(1, absent) };
}

/** Share of documents whose fact reading agrees with every labelled fact. */
export function factAgreement(result, fact) {
  const { tp, fp, fn, tn } = result.facts[fact];
  return (tp + tn) / Math.max(1, tp + fp + fn + tn);
}

/** The figures and disagreements of one set, as text (the report `npm run eval` prints and the tests pin). */
export function report(title, result, { summary = false } = {}) {
  const lines = [`## ${title}: ${result.documents} design documents`, ''];
  lines.push(`${pad('step', 14)}${pad('P ok', 6)}${pad('P flagged', 11)}${pad('A/H flagged', 13)}${pad('A/H missed', 12)}W flagged/not`);
  for (const step of STEPS) {
    const { P, AH, W } = result.steps[step];
    lines.push(`${pad(step, 14)}${pad(P[0], 6)}${pad(P[1], 11)}${pad(AH[1], 13)}${pad(AH[0], 12)}${W[1]}/${W[0]}`);
  }
  const { hits, falseAlarms, absent } = stepFigures(result);
  lines.push('', `missing/empty findings: precision ${ratio(hits, hits + falseAlarms)}, recall ${ratio(hits, absent)} (${hits} of ${absent} A/H steps flagged, ${falseAlarms} P steps flagged)`);
  lines.push('', `${pad('fact', 17)}${pad('agree', 8)}${pad('precision', 11)}${pad('recall', 8)}tp/fp/fn/tn (skipped)`);
  for (const fact of FACTS) {
    const { tp, fp, fn, tn, skipped } = result.facts[fact];
    lines.push(`${pad(fact, 17)}${pad(ratio(tp + tn, tp + fp + fn + tn), 8)}${pad(ratio(tp, tp + fp), 11)}${pad(ratio(tp, tp + fn), 8)}${tp}/${fp}/${fn}/${tn}${skipped ? ` (${skipped})` : ''}`);
  }
  const d = result.detection;
  lines.push('', `detection without frontmatter: design docs checked ${d.designChecked} of ${d.designChecked + d.designSkipped}; other documents checked ${d.otherChecked} of ${d.otherChecked + d.otherSkipped}`);
  const wrong = [...result.disagreements, ...d.wrong];
  if (summary) lines.push('', `${wrong.length} disagreements (not listed: --summary)`);
  else lines.push('', wrong.length ? `Disagreements:\n  ${wrong.join('\n  ')}` : 'No disagreement.');
  return lines.join('\n') + '\n';
}

export const TITLES = {
  own: 'Own labelled documents (eval/docs)',
  holdout: 'Held-out documents (eval/holdout)',
  corpus: 'Shared corpus (../shared/corpus)',
  corpus2: 'Shared corpus 2 (../shared/corpus2)',
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const chosen = args.flatMap((arg, index) => (args[index - 1] === '--set' ? [arg] : []));
  const results = {};
  // The held-out set is run only when asked for by name: reading its disagreements while
  // building the reading would make it one more development set.
  for (const name of chosen.length > 0 ? chosen : SETS.filter((set) => set !== 'holdout')) {
    const docs = loadSet(name);
    if (docs) results[name] = evaluate(docs);
    else if (!args.includes('--json')) console.log(`\n(${name}: not here)`);
  }
  if (args.includes('--json')) console.log(JSON.stringify(results, null, 2));
  else for (const [name, result] of Object.entries(results)) console.log(`\n${report(TITLES[name], result, { summary: args.includes('--summary') })}`);
}
