import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSchema } from '../../src/core/schema.js';
import { SCHEMAS_DIR } from '../helpers.js';

const bundled = readFileSync(join(SCHEMAS_DIR, 'ml-system-design.yaml'), 'utf8');

const at = (problem: { range: { start: { line: number; character: number } } }) =>
  `${problem.range.start.line + 1}:${problem.range.start.character + 1}`;

describe('loadSchema', () => {
  it('loads the bundled framework with the seven steps in order', () => {
    const { schema, problems } = loadSchema(bundled);
    expect(problems).toEqual([]);
    expect(schema!.sections.map((s) => s.id)).toEqual(['requirements', 'framing', 'data', 'model', 'evaluation', 'serving', 'monitoring']);
    expect(schema!.byId.get('baseline')!.parent!.id).toBe('model');
    expect(schema!.byId.get('online-metrics')!.parent!.id).toBe('evaluation');
    for (const id of ['ml-objective', 'input-output', 'ml-category']) expect(schema!.byId.get(id)!.parent!.id).toBe('framing');
    for (const fact of ['baseline', 'offline-metrics', 'online-metrics', 'ml-category', 'serving-mode', 'monitoring']) {
      expect(schema!.facts[fact], fact).toBeDefined();
    }
  });

  it('reports YAML syntax errors at their line and column', () => {
    const { schema, problems } = loadSchema('id: x\ntitle: X\nsections:\n  - id: a\n    title: [unclosed\n');
    expect(schema).toBeUndefined();
    expect(problems[0]!.message).toMatch(/^YAML:/);
    expect(problems[0]!.range.start.line).toBeGreaterThanOrEqual(4);
  });

  it('reports shape errors at the offending node', () => {
    const text = ['id: team', 'title: Team', 'sections:', '  - id: goals', '    title: Goals', '    facs: [x]', '  - title: No id', ''].join('\n');
    const { problems } = loadSchema(text);
    const messages = problems.map((p) => `${at(p)} ${p.message}`);
    expect(messages).toContain('6:5 sections[0]: unknown key "facs"');
    expect(messages).toContain('7:5 sections[1]: missing key "id"');
  });

  it('reports bad ids, unknown facts, duplicate ids and invalid patterns', () => {
    const text = [
      'id: Team Schema',
      'title: Team',
      'sections:',
      '  - id: goals',
      '    title: Goals',
      '    facts: [privacy]',
      '  - id: goals',
      '    title: Goals again',
      '',
    ].join('\n');
    expect(loadSchema(text).problems.map((p) => `${at(p)} ${p.message}`)).toEqual([
      '1:5 id: must be a lower-case id such as "offline-metrics"',
    ]);
    const crossText = text.replace('Team Schema', 'team') + 'facts:\n  other:\n    description: d\n    message: m\n    patterns: ["(unclosed"]\n    weak-patterns: ["[z-a]"]\n    absent: ["(no"]\n';
    const messages = loadSchema(crossText).problems.map((p) => `${at(p)} ${p.message}`);
    expect(messages).toEqual([
      '6:13 sections[0].facts[0]: unknown fact "privacy" (not defined under "facts")',
      '7:9 sections[1].id: section id "goals" is used twice',
      expect.stringMatching(/^13:16 facts\.other\.patterns\[0\]: invalid regular expression/),
      '14:20 facts.other.weak-patterns: weak patterns count only in a sentence the fact\'s "context" matches: add "context"',
      expect.stringMatching(/^14:21 facts\.other\.weak-patterns\[0\]: invalid regular expression/),
      expect.stringMatching(/^15:14 facts\.other\.absent\[0\]: invalid regular expression/),
    ]);
  });

  it('checks the reading data: evidence lists, weights, detection, roles and term patterns', () => {
    const text = [
      'id: team',
      'title: Team',
      'reading: { assign: 0.4, asign: 1 }',
      'detection: { require: [goalz], facts: [nope] }',
      'facts: { goal: { description: d, message: m, patterns: [goal], also-in: [gols] } }',
      'sections:',
      '  - id: goals',
      '    title: Goals',
      '    evidence: { heading: goal*, content: [objective] }',
      'vocabularies:',
      '  modes:',
      '    - { id: online, name: online, synonyms: [online], patterns: ["(unclosed"] }',
      '',
    ].join('\n');
    expect(loadSchema(text).problems.map((p) => `${at(p)} ${p.message}`)).toEqual([
      '9:26 sections[0].evidence.heading: must be array',
      '3:25 reading: unknown key "asign"',
    ]);
    const shaped = text.replace(', asign: 1', '').replace('heading: goal*', 'heading: [goal*]');
    const messages = loadSchema(shaped).problems.map((p) => `${at(p)} ${p.message}`);
    expect(messages).toEqual([
      '4:24 detection.require[0]: unknown section "goalz"',
      '4:40 detection.facts[0]: unknown fact "nope" (not defined under "facts")',
      '5:74 facts.goal.also-in[0]: unknown section "gols"',
      expect.stringMatching(/^12:\d+ vocabularies\.modes\[0\]\.patterns\[0\]: invalid regular expression/),
    ]);
    const good = shaped.replace('require: [goalz], facts: [nope]', 'require: [goals]').replace('"(unclosed"', '"per request"').replace('[gols]', '[goals]');
    expect(loadSchema(good).problems).toEqual([]);
    expect(loadSchema(good).schema!.reading.assign).toBe(0.4);
    // A comparison read in tables names a vocabulary of measures and a step whose terms name methods.
    const compared = good.replace('also-in: [goals]', 'also-in: [goals], compared-methods: { measures: metric, methods: goal }');
    expect(loadSchema(compared).problems.map((p) => `${at(p)} ${p.message}`)).toEqual([
      expect.stringMatching(/^5:\d+ facts\.goal\.compared-methods\.measures: unknown vocabulary "metric"/),
      expect.stringMatching(/^5:\d+ facts\.goal\.compared-methods\.methods: unknown section "goal"/),
    ]);
    expect(loadSchema(compared.replace('measures: metric, methods: goal', 'measures: modes, methods: goals')).problems).toEqual([]);
    // So does a results table read by its shape; its heads are words, not patterns.
    const shaped2 = good.replace('also-in: [goals]', "also-in: [goals], results-tables: { methods: goal, method-heads: [method], goal-heads: 'target' }");
    expect(loadSchema(shaped2).problems.map((p) => `${at(p)} ${p.message}`)).toEqual([
      expect.stringMatching(/^5:\d+ facts\.goal\.results-tables\.goal-heads: must be array/),
    ]);
    expect(loadSchema(shaped2.replace("goal-heads: 'target'", 'goal-heads: [target]')).problems.map((p) => `${at(p)} ${p.message}`)).toEqual([
      expect.stringMatching(/^5:\d+ facts\.goal\.results-tables\.methods: unknown section "goal"/),
    ]);
    expect(loadSchema(shaped2.replace("goal-heads: 'target'", 'goal-heads: [target]').replace('methods: goal,', 'methods: goals,')).problems).toEqual([]);
    // Weak words read anywhere name their steps and patterns; an empty context reads none of them.
    const weakAnywhere = good.replace('also-in: [goals]', "also-in: [goals], weak-anywhere: { context: ['(goal'], not-in: [gols] }");
    expect(loadSchema(weakAnywhere).problems.map((p) => `${at(p)} ${p.message}`)).toEqual([
      expect.stringMatching(/^5:\d+ facts\.goal\.weak-anywhere\.not-in\[0\]: unknown section "gols"/),
      expect.stringMatching(/^5:\d+ facts\.goal\.weak-anywhere\.context\[0\]: invalid regular expression/),
    ]);
    const noContext = loadSchema(good.replace('also-in: [goals]', 'also-in: [goals], weak-anywhere: { context: [], not-in: [goals] }'));
    expect(noContext.problems).toEqual([]);
    expect(noContext.schema!.facts.goal!.weakAnywhere).toBeUndefined();
    // How many places a step may be spread over is a count.
    expect(loadSchema(good.replace('content: [objective]', 'content: [objective], spread: 0')).problems.map((p) => `${at(p)} ${p.message}`)).toEqual([
      '9:65 sections[0].evidence.spread: must be >= 1',
    ]);
    expect(loadSchema(good.replace('content: [objective]', 'content: [objective], spread: 3')).schema!.sections[0]!.evidence.spread).toBe(3);
    // Phrasings are regular expressions too.
    expect(loadSchema(good.replace('patterns: ["per request"]', 'phrasings: ["(every"]')).problems.map((p) => `${at(p)} ${p.message}`)).toEqual([
      expect.stringMatching(/^12:\d+ vocabularies\.modes\[0\]\.phrasings\[0\]: invalid regular expression/),
    ]);
    // So are the openings of a template's guidance and the headings made of questions.
    const asking = `${good}guidance-openings: ["(describe"]\nquestion-headings: ["(questions"]\nhindsight: ["(should have said"]\nreported-questions: ["(asked whether"]\nunrelated: ["(nothing to do with"]\n`;
    expect(loadSchema(asking).problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^guidance-openings\[0\]: invalid regular expression/),
      expect.stringMatching(/^question-headings\[0\]: invalid regular expression/),
      expect.stringMatching(/^hindsight\[0\]: invalid regular expression/),
      expect.stringMatching(/^reported-questions\[0\]: invalid regular expression/),
      expect.stringMatching(/^unrelated\[0\]: invalid regular expression/),
    ]);
    const read = loadSchema(asking.replace('(describe', 'describe').replace('(questions', 'questions').replace('(should', 'should').replace('(asked', 'asked').replace('(nothing', 'nothing')).schema!;
    expect([read.saysUnrelated('It has nothing to do with this model.'), read.saysUnrelated('It is the model.')]).toEqual([true, false]);
    expect([read.reportsQuestion('Ana asked whether we run an A/B test.'), read.reportsQuestion('We run an A/B test.')]).toEqual([true, false]);
    expect([read.isGuidance('Describe the metrics.'), read.isGuidance('We describe the metrics.'), read.namesQuestions('Open questions')]).toEqual([true, false, true]);
    expect([read.saysInHindsight('I should have said what the baseline is.'), read.saysInHindsight('We said what the baseline is.')]).toEqual([true, false]);
  });

  it("reads a fact's `anywhere` patterns where its step is written too, as the stricter part of its patterns", () => {
    const text = [
      'id: team', 'title: Team', 'sections:', '  - id: model', '    title: Model', '    facts: [baseline]', 'facts:', '  baseline:',
      '    description: a baseline', '    message: No baseline', "    patterns: ['\\bstart simple\\b']", "    anywhere: ['\\bfor comparison\\b']", '',
    ].join('\n');
    const { schema, problems } = loadSchema(text);
    expect(problems).toEqual([]);
    const { patterns, anywhere } = schema!.facts.baseline!;
    expect(new RegExp(patterns!.source, 'iu').test('For comparison, the current rules')).toBe(true);
    expect(new RegExp(patterns!.source, 'iu').test('We start simple')).toBe(true);
    expect(new RegExp(anywhere!.patterns!.source, 'iu').test('We start simple')).toBe(false);
  });

  it("reads a fact's `anywhere-patterns` alone anywhere, and where its step is written too", () => {
    const text = (pattern: string) => [
      'id: team', 'title: Team', 'sections:', '  - id: evaluation', '    title: Evaluation', '    facts: [online]', 'facts:', '  online:',
      '    description: an online test', '    message: No online test', "    patterns: ['\\bpilot\\b']", `    anywhere-patterns: ['${pattern}']`, '',
    ].join('\n');
    const { schema, problems } = loadSchema(text('\\bcontrol group\\b'));
    expect(problems).toEqual([]);
    const { patterns, anywhere } = schema!.facts.online!;
    expect(anywhere).toMatchObject({ terms: false });
    expect([new RegExp(anywhere!.patterns!.source, 'iu').test('two regions as the control group'), new RegExp(patterns!.source, 'iu').test('the control group')]).toEqual([true, true]);
    expect(loadSchema(text('(control')).problems.map((p) => p.message)).toEqual([expect.stringMatching(/^facts\.online\.anywhere-patterns\[0\]: invalid regular expression/)]);
    // Read anywhere one way or the other, not both.
    const both = text('\\bcontrol group\\b').replace("    anywhere-patterns:", "    anywhere: true\n    anywhere-patterns:");
    expect(loadSchema(both).problems.map((p) => p.message)).toEqual([expect.stringMatching(/^facts\.online\.anywhere-patterns: a fact is read anywhere either/)]);
  });

  it('rejects a file that is not a mapping', () => {
    expect(loadSchema('- just\n- a list\n').problems[0]!.message).toBe('schema: must be object');
  });
});
