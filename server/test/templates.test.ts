/**
 * Case-study templates: one YAML source, rendered into documents (`mlsd new`, the editor
 * command) and into the snippets file, which this test regenerates with `npm run generate`
 * and fails on when stale. Scaffolded documents are checked as they are, and filled in.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadTemplates, promptLine, renderTemplate, snippetsOf, type Prompt, type Schema } from '../src/core/index.js';
import { templateChoices } from '../../client/src/templates.js';
import { bundledSchema, check, ROOT, rules } from './helpers.js';

const SNIPPETS = join(ROOT, 'snippets', 'markdown.code-snippets');
const schema = bundledSchema();
const templates = schema.templates!;

describe('the snippets file', () => {
  it('is generated from the templates (npm run generate)', () => {
    const expected = `${JSON.stringify(snippetsOf(schema), null, 2)}\n`;
    if (process.env.UPDATE_SNIPPETS) writeFileSync(SNIPPETS, expected);
    expect(readFileSync(SNIPPETS, 'utf8'), 'stale snippets: run `npm run generate`').toBe(expected);
  });

  it('has one file template per case, the blank doc first, and one snippet per section', () => {
    const entries = Object.values(snippetsOf(schema));
    const files = entries.filter((entry) => entry.isFileTemplate);
    expect(files.map((entry) => entry.prefix)).toEqual(['mlsd-blank', ...templates.list.filter((t) => t.id !== 'blank').map((t) => `mlsd-${t.id}`)]);
    expect(files).toHaveLength(11);
    expect(entries.filter((entry) => !entry.isFileTemplate).map((entry) => entry.prefix)).toEqual([...schema.byId.keys()].map((id) => `mlsd-${id}`));
  });

  it.each(Object.entries(snippetsOf(schema)))('%s parses as a snippet, with tab stops 1..n in order and a final $0', (_name, entry) => {
    const parsed = parseSnippet(entry.body.join('\n'));
    expect(parsed.stops[0]).toBe(1);
    expect(parsed.stops, 'tab stops in order of appearance').toEqual([...parsed.stops].sort((a, b) => a - b));
    expect(new Set(parsed.stops)).toEqual(new Set(Array.from({ length: Math.max(...parsed.stops) }, (_, i) => i + 1)));
    expect(parsed.finalStops).toBe(1);
  });

  it('expands to exactly the document `mlsd new` writes', () => {
    for (const template of templates.list) {
      const snippet = snippetsOf(schema)[`${schema.title}: ${template.title}`]!;
      const expanded = parseSnippet(snippet.body.join('\n')).text.split('\n').map((line) => line.trimEnd()).join('\n');
      expect(`${expanded}\n`.replace(/\n+$/, '\n')).toBe(renderTemplate(template, templates, schema));
    }
  });

  it('gives "New Design Doc…" the eleven templates with their one-line descriptions', () => {
    const choices = templateChoices(readFileSync(SNIPPETS, 'utf8'));
    const blankFirst = [templates.byId.get('blank')!, ...templates.list.filter((t) => t.id !== 'blank')];
    expect(choices.map(({ id, title, description }) => ({ id, title, description }))).toEqual(
      blankFirst.map(({ id, title, description }) => ({ id, title, description })),
    );
    expect(choices[7]!.body).toContain('${1:Ad click prediction}');
  });

  it('offers choices where a section asks for one (the serving mode)', () => {
    const serving = Object.values(snippetsOf(schema)).find((e) => e.prefix === 'mlsd-serving')!;
    expect(serving.body.join('\n')).toContain('${1|online prediction,batch prediction,streaming|}');
    expect(serving.body[0]).toMatch(/^## /);
    expect(Object.values(snippetsOf(schema)).find((e) => e.prefix === 'mlsd-offline-metrics')!.body[0]).toMatch(/^### Offline metrics/);
  });
});

describe('scaffolded documents', () => {
  it.each(templates.list.map((t) => [t.id]))('%s: as scaffolded, every section is there and empty, every prompt unanswered', (id) => {
    const text = renderTemplate(templates.byId.get(id)!, templates, schema);
    const analysis = check(text);
    expect(analysis.checked).toBe(true);
    expect(new Set(rules(analysis))).toEqual(new Set(['empty-section', 'leftover-placeholder']));
    expect(analysis.sections.every((section) => section.status === 'empty')).toBe(true);
    const prompts = text.split('\n').filter((line) => templates.lines.has(line));
    expect(rules(analysis).filter((rule) => rule === 'leftover-placeholder')).toHaveLength(prompts.length);
  });

  it.each(templates.list.map((t) => [t.id]))('%s: with every prompt answered, nothing is left to report', (id) => {
    const template = templates.byId.get(id)!;
    const text = fillIn(renderTemplate(template, templates, schema), schema);
    expect(check(text).findings.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
  });

  it('writes the author as one frontmatter value, whatever the name holds', () => {
    const blank = templates.byId.get('blank')!;
    const frontmatter = (author: string) => parse(renderTemplate(blank, templates, schema, { author }).split('---')[1]!) as Record<string, unknown>;
    for (const author of ['Ann O\'Neil', 'Zoë Müller', 'Ann\nframework: ./evil.yaml', 'a: b', '#hash', '"quoted"', ' padded ']) {
      expect(frontmatter(author), author).toMatchObject({ author, framework: 'ml-system-design' });
    }
    expect(renderTemplate(blank, templates, schema, { author: 'Ann O\'Neil' })).toContain("\nauthor: Ann O'Neil\n");
  });

  it('reads a prompt edited by the author as the author\'s words', () => {
    const text = renderTemplate(templates.byId.get('ad-click-prediction')!, templates, schema);
    const line = text.split('\n').find((l) => templates.lines.has(l))!;
    const edited = check(text.replace(line, `${line} We down-sample negatives to 10%.`));
    expect(rules(edited).filter((rule) => rule === 'leftover-placeholder').length).toBe(rules(check(text)).filter((rule) => rule === 'leftover-placeholder').length - 1);
  });

  it('never reads a prompt\'s options as the fact they offer', () => {
    const text = renderTemplate(templates.byId.get('blank')!, templates, schema);
    const analysis = check(text);
    for (const fact of ['serving-mode', 'offline-metrics', 'online-metrics', 'baseline', 'ml-category']) expect(analysis.facts[fact]?.found, fact).toBe(false);
  });

  it('keeps prompts recognised while the document is edited incrementally', async () => {
    const { createDocumentCache } = await import('../src/core/document.js');
    const cache = createDocumentCache(1);
    let text = renderTemplate(templates.byId.get('video-search')!, templates, schema);
    for (const insertion of ['Latency under 200 ms.', 'Baseline: BM25 text search.', 'x']) {
      text = text.replace('## Data preparation\n', `## Data preparation\n\n${insertion}\n`);
      expect(check(text, { cache })).toEqual(check(text));
    }
  });
});

describe('loading templates', () => {
  const load = (text: string) => loadTemplates(text, schema).problems.map((p) => `${p.range.start.line + 1}: ${p.message}`);

  it('accepts the bundled templates', () => {
    expect(load(readFileSync(join(ROOT, 'schemas', 'ml-system-design.templates.yaml'), 'utf8'))).toEqual([]);
  });

  it('places every problem where it is written', () => {
    const text = [
      'schema: other',
      'templates:',
      '  - id: a',
      '    title: A',
      '    description: d',
      '    prompts:',
      '      servng: [Where does it run?]',
      '      serving:',
      '        - How fast must it answer?',
      '        - How fast must it answer?',
      '        - "- not a paragraph"',
      '        - ask: Which mode?',
      '          options: [online, "batch, nightly"]',
    ].join('\n');
    expect(load(text)).toEqual([
      '1: schema: names "other", but these templates sit beside schema "ml-system-design"',
      '7: templates[0].prompts.servng: unknown section "servng"',
      '10: templates[0].prompts.serving[1]: this prompt is written twice; each must read differently',
      '11: templates[0].prompts.serving[2]: a prompt is one line that starts with a letter',
      '13: templates[0].prompts.serving[3].options: an option cannot hold "," or "|"',
    ]);
    expect(load('templates: [')).toEqual([expect.stringMatching(/^\d+: YAML: /)]);
    expect(load('schema: ml-system-design\ntemplates:\n  - id: a\n    title: A\n')).toEqual(['3: templates[0]: missing key "description"', '3: templates[0]: missing key "prompts"']);
  });

  it('writes a prompt with its options as one line', () => {
    const prompt: Prompt = { ask: 'Which mode?', options: ['online', 'batch', 'streaming'] };
    expect(promptLine(prompt)).toBe('Which mode? Options: online, batch or streaming.');
    expect(promptLine({ ask: 'Why?', options: [] })).toBe('Why?');
  });
});

/** Writes an answer in place of every prompt: a sentence that states what the section is for, using the prompt's first option. */
function fillIn(text: string, schema: Schema): string {
  const answers: Record<string, string> = {
    requirements: 'The system serves 20 million daily users at 5,000 queries per second within 150 ms.',
    framing: 'The business goal becomes a supervised learning problem trained on logged interactions.',
    'ml-objective': 'The ML objective is to maximize the probability of the engagement the business counts.',
    'input-output': 'The input is the user and the request context; the output is a list of items with scores.',
    'ml-category': 'We frame it as the first option above.',
    data: 'Training data comes from 90 days of interaction logs, joined daily, with natural labels.',
    model: 'A gradient-boosted model first, then a neural model once the data pipeline is stable.',
    baseline: 'The baseline is a simple heuristic that the model must beat by 3%.',
    evaluation: 'Offline gains must be confirmed online before a launch.',
    'offline-metrics': 'Measured offline on a held-out week.',
    'online-metrics': 'Measured online in a two-week A/B test.',
    serving: 'Predictions are served online in real time behind a feature store, within a 100 ms budget.',
    monitoring: 'We alert on feature drift and prediction distribution shift, and retrain weekly.',
  };
  const promptsByLine = new Map<string, { section: string; prompt: Prompt }>();
  for (const template of schema.templates!.list) {
    for (const [section, prompts] of Object.entries(template.prompts)) for (const prompt of prompts) promptsByLine.set(promptLine(prompt), { section, prompt });
  }
  return text
    .split('\n')
    .map((line) => {
      const known = promptsByLine.get(line);
      if (!known) return line;
      const answer = answers[known.section]!;
      const choice = known.prompt.options[0];
      return choice ? `${answer} We choose ${choice}.` : answer;
    })
    .join('\n');
}

/**
 * VS Code's snippet grammar, as far as the templates use it: `$n`, `${n}`, `${n:text}`
 * (nested), `${n|a,b|}`, and `\` escaping `$`, `}` and `\`. Throws on anything else, and
 * returns the text a user gets by accepting every placeholder (choices: the first).
 */
function parseSnippet(body: string): { text: string; stops: number[]; finalStops: number } {
  const stops: number[] = [];
  const values = new Map<number, string>();
  let finalStops = 0;
  let at = 0;
  const parse = (until?: string): string => {
    let out = '';
    while (at < body.length) {
      const char = body[at]!;
      if (until && char === until) return out;
      if (char === '\\' && /[\\$}]/.test(body[at + 1] ?? '')) {
        out += body[at + 1];
        at += 2;
      } else if (char === '$') {
        const simple = /^\$(\d+)/.exec(body.slice(at));
        if (simple) {
          at += simple[0].length;
          const n = Number(simple[1]);
          if (n === 0) finalStops++;
          else if (!values.has(n)) throw new Error(`$${n} mirrors a tab stop not yet defined`);
          out += n === 0 ? '' : values.get(n)!;
          continue;
        }
        const open = /^\$\{(\d+)([:|}])/.exec(body.slice(at));
        if (!open) throw new Error(`unescaped $ at ${at}: ${body.slice(at, at + 20)}`);
        at += open[0].length;
        const n = Number(open[1]);
        let value = '';
        if (open[2] === ':') {
          value = parse('}');
          at++;
        } else if (open[2] === '|') {
          const end = body.indexOf('|}', at);
          if (end < 0) throw new Error('unclosed choice');
          value = body.slice(at, end).split(/(?<!\\),/)[0]!.replace(/\\(.)/g, '$1');
          at = end + 2;
        }
        stops.push(n);
        values.set(n, value);
        out += value;
      } else if (char === '}' && !until) {
        throw new Error(`unescaped } at ${at}`);
      } else {
        out += char;
        at++;
      }
    }
    if (until) throw new Error(`unclosed placeholder, expected ${until}`);
    return out;
  };
  const text = parse();
  return { text, stops, finalStops };
}

describe('finding prompts', () => {
  it('finds a prompt however it is indented, and short prompts too', async () => {
    const { findPromptLines } = await import('../src/core/prompts.js');
    const prompts = new Set(['Why?', 'Which baseline must the model beat?']);
    const found = findPromptLines('Why?\n  Which baseline must the model beat?  \r\nWhy not?\nWhy?x\n', prompts);
    expect(found.map((p) => [p.range.start.line, p.range.start.character, p.range.end.character])).toEqual([[0, 0, 4], [1, 2, 37]]);
  });
});
