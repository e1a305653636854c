// How many sentences of each blind bank state their fact, one sentence at a time.
//
//   node eval/banks.mjs [-v]
//
// A bank (eval/banks/*.tsv) holds sentences written blind, each "language<TAB>label<TAB>sentence",
// under a first line "# fact: <id>; heading: <step heading>". Each sentence is read alone, under
// that heading: positives should state the fact (a serving mode its own), look-alikes (label
// none or no) should not. Per language: found, wrong value, and look-alikes taken.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { analyze, loadSchema } = createRequire(import.meta.url)(join(root, 'dist', 'core.js'));
const { schema } = loadSchema(readFileSync(join(root, 'schemas', 'ml-system-design.yaml'), 'utf8'));
const verbose = process.argv.includes('-v');
const OPENING = 'This page is one of the notes the team wrote while the project was being planned.';

for (const name of readdirSync(join(root, 'eval', 'banks')).filter((file) => file.endsWith('.tsv')).sort()) {
  const lines = readFileSync(join(root, 'eval', 'banks', name), 'utf8').split('\n');
  const [, fact, heading] = /^# fact: ([\w-]+); heading: (.+)$/.exec(lines[0]) ?? [];
  if (!fact) throw new Error(`${name}: the first line must be "# fact: <id>; heading: <heading>"`);
  const stats = new Map();
  for (const row of lines.filter((line) => line.trim() && !line.startsWith('#'))) {
    const [language, label, sentence] = row.split('\t');
    // The opening paragraph says nothing of any fact; it is there because a document of a few words and
    // no prose is a skeleton whose lines state nothing, and a short sentence ("Naive forecast as the floor") is not.
    const text = `---\nframework: ml-system-design\n---\n# Bank\n\n${OPENING}\n\n## ${heading}\n\n${sentence}\n`;
    const read = analyze(text, { resolveSchema: () => ({ schema }) }).facts[fact];
    const counts = stats.get(language) ?? { positives: 0, found: 0, wrong: 0, lookAlikes: 0, taken: 0 };
    stats.set(language, counts);
    if (label === 'none' || label === 'no') {
      counts.lookAlikes++;
      if (read.found) counts.taken++;
      if (verbose && read.found) console.log(`  taken  ${language} ${read.values.join(', ')} | ${sentence}`);
    } else {
      counts.positives++;
      if (read.found) counts.found++;
      // A serving mode must be the sentence's own; a yes/no fact only found.
      if (read.found && label !== 'yes' && !read.values.includes(label)) counts.wrong++;
      if (verbose && !read.found) console.log(`  missed ${language} ${label} | ${sentence}`);
    }
  }
  console.log(`\n${name} (${fact}, under "${heading}")`);
  for (const [language, c] of stats) {
    console.log(`  ${language}  found ${c.found}/${c.positives}, wrong value ${c.wrong}; look-alikes taken ${c.taken}/${c.lookAlikes}`);
  }
}
