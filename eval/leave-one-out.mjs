// Are the reading's weights fitted to the documents they were tuned on? Leave one repository out:
// for each repository (each of our own documents counts as one), choose the weights that read
// all the other documents best, then score the left-out repository with them. If the weights
// were fitted to a few documents, the figure falls below the one with the bundled weights.
//
//   node eval/leave-one-out.mjs          (builds nothing: run `npm run build` first; takes minutes)
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { FACTS, factAgreement, loadSet, readDesignDocs, score, stepFigures } from './run.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const schemaFile = join(root, 'schemas', 'ml-system-design.yaml');

/** The weights that shape the alignment, each around its bundled value. */
const GRID = {
  'out-of-order': [0.1, 0.2, 0.3],
  cover: [1.5, 2, 2.5],
  content: [0.6, 0.8, 1.0],
  gap: [1, 2, 3],
};

function* settings(keys = Object.keys(GRID), chosen = {}) {
  if (keys.length === 0) return yield chosen;
  const [key, ...rest] = keys;
  for (const value of GRID[key]) yield* settings(rest, { ...chosen, [key]: value });
}

/** The bundled schema with other weights, written where the CLI can read it by path. */
function schemaWith(dir, weights) {
  const document = parseDocument(readFileSync(schemaFile, 'utf8'));
  for (const [key, value] of Object.entries(weights)) document.setIn(['reading', key], value);
  const file = join(dir, `ml-system-design.${Object.values(weights).join('-')}.yaml`);
  writeFileSync(file, String(document));
  return file;
}

/** One number to choose weights by: the F1 of missing/empty findings plus the mean fact agreement. */
function merit(result) {
  const { precision, recall } = stepFigures(result);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return f1 + FACTS.reduce((sum, fact) => sum + factAgreement(result, fact), 0) / FACTS.length;
}

const docs = ['own', 'corpus', 'corpus2'].flatMap((name) => (loadSet(name) ?? []).filter((doc) => doc.designDoc));
const groups = new Map();
for (const doc of docs) groups.set(doc.repo ?? doc.name, [...(groups.get(doc.repo ?? doc.name) ?? []), doc]);
const dir = mkdtempSync(join(tmpdir(), 'mlsd-loro-'));

const runs = [];
for (const weights of settings()) {
  runs.push({ weights, results: readDesignDocs(docs, schemaWith(dir, weights)) });
  process.stderr.write('.');
}
process.stderr.write('\n');

const bundled = parseDocument(readFileSync(schemaFile, 'utf8')).get('reading').toJSON();
const isBundled = (weights) => Object.entries(weights).every(([key, value]) => bundled[key] === value);
const withBundled = runs.find((run) => isBundled(run.weights));
const pooled = { picks: new Map(), results: new Map(), other: [] };
for (const [group, left] of groups) {
  const rest = docs.filter((doc) => !left.includes(doc));
  // Ties go to the bundled weights: the others must read the rest better to be chosen.
  const best = runs.reduce((a, b) => (merit(score(rest, b.results)) > merit(score(rest, a.results)) ? b : a), withBundled);
  const key = JSON.stringify(best.weights);
  pooled.picks.set(key, (pooled.picks.get(key) ?? 0) + 1);
  if (!isBundled(best.weights)) pooled.other.push(`${group} (${left.length} docs): ${key}`);
  for (const doc of left) pooled.results.set(resolve(doc.file), best.results.get(resolve(doc.file)));
}

const line = (title, result) => {
  const { precision, recall, hits, absent, falseAlarms } = stepFigures(result);
  const facts = FACTS.map((fact) => `${fact} ${factAgreement(result, fact).toFixed(2)}`).join(', ');
  return `${title}: precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)} (${hits} of ${absent}, ${falseAlarms} false); facts ${facts}`;
};
console.log(`${docs.length} design documents in ${groups.size} repositories; ${runs.length} settings of ${Object.keys(GRID).join(', ')}`);
console.log(line('bundled weights      ', score(docs, withBundled.results)));
console.log(line('leave one repo out   ', score(docs, pooled.results)));
console.log('weights chosen (times):');
for (const [weights, times] of [...pooled.picks].sort((a, b) => b[1] - a[1])) console.log(`  ${weights} ${times}`);
console.log('left out with weights other than the bundled ones:');
for (const line of pooled.other) console.log(`  ${line}`);
