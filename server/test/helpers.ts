/** Shared test helpers: the bundled schema, and analysis with the same resolver the hosts use. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze, type Analysis, type AnalyzeOptions, type Finding, type TextEdit } from '../src/core/index.js';
import { LineIndex } from '../src/core/positions.js';
import { SchemaStore } from '../src/node/schema-store.js';

export const ROOT = resolve(__dirname, '..', '..');
export const SCHEMAS_DIR = join(ROOT, 'schemas');
export const FIXTURES_DIR = join(ROOT, 'test-fixtures');
export const store = new SchemaStore(SCHEMAS_DIR);

/**
 * Real sentences in every language the schema reads, in quantity: the non-blank lines of the
 * bundled examples, the fixtures and one labelled document in `every`.
 */
export function sampleLines(every: number): string[] {
  const documents = (dir: string, step = 1) =>
    readdirSync(join(ROOT, dir))
      .filter((name) => name.endsWith('.md'))
      .filter((_, index) => index % step === 0)
      .map((name) => readFileSync(join(ROOT, dir, name), 'utf8'));
  return [...documents('examples'), ...documents('test-fixtures'), ...documents('test-fixtures/work-style'), ...documents('eval/docs', every)]
    .flatMap((text) => text.split('\n'))
    .filter((line) => line.trim());
}

export function bundledSchema() {
  const resolution = store.resolve('ml-system-design');
  if (!('schema' in resolution)) throw new Error(resolution.error);
  return resolution.schema;
}

/** Analyse text as a document that opts in (unless options say otherwise). */
export function check(text: string, options: Partial<AnalyzeOptions> = {}): Analysis {
  return analyze(text, { resolveSchema: (ref) => store.resolve(ref, FIXTURES_DIR), ...options });
}

export const optIn = (body: string) => `---\nframework: ml-system-design\n---\n\n${body}`;

export function rules(analysis: Analysis): string[] {
  return analysis.findings.map((finding) => finding.rule);
}

/** One line per finding, 1-based like an editor shows it. */
export function describe(findings: Finding[]): string {
  return findings
    .map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1}-${f.range.end.line + 1}:${f.range.end.character + 1} ${f.severity} ${f.rule}${f.section ? ` [${f.section}]` : ''} ${f.message}${f.fix ? ` (fix: ${f.fix.title})` : ''}`)
    .join('\n');
}

/** Applies non-overlapping edits as an LSP client does: inserts at one position keep their array order. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = new LineIndex(text);
  const sorted = edits
    .map((edit, index) => ({ start: lines.offsetAt(edit.range.start), end: lines.offsetAt(edit.range.end), text: edit.newText, index }))
    .sort((a, b) => b.start - a.start || b.end - a.end || b.index - a.index);
  let result = text;
  for (const edit of sorted) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}

/** Complete document used as a base by unit tests: every step, every fact. */
export const COMPLETE = optIn(`# Ad click prediction

## 1. Clarifying requirements

Maximise ad revenue for 500M daily users; 100k QPS at peak; ranking under 50 ms.

## 2. Frame the problem as an ML task

ML objective: maximise the number of clicks. Input: a user and a candidate ad. Output: the click probability.
ML category: binary classification.

## 3. Data preparation

Impressions and clicks from the ad server logs, joined daily; natural labels.

## 4. Model development

Baseline: logistic regression on hashed features. Then a deep & cross network.

## 5. Evaluation

Offline metrics: normalized cross-entropy and ROC-AUC.
Online metrics: CTR and revenue lift in an A/B test.

## 6. Serving

Online prediction behind the ad server, 20 ms budget.

## 7. Monitoring

Alerts on feature drift and on CTR drops; daily retraining.
`);
