/** A team schema with its own names gets every rule and editor feature, through fact roles. */
import { describe, expect, it } from 'vitest';
import { analyze, loadSchema, metricFacts, type Schema } from '../../src/core/index.js';
import { completions } from '../../src/features/completion.js';
import { hover } from '../../src/features/hover.js';
import { check, optIn, describe as show } from '../helpers.js';

const TEAM = `
id: team-review
title: Team review
sections:
  - id: context
    title: Context
    aliases: [background]
  - id: solution
    title: Solution
    facts: [kind-of-ml]
  - id: measures
    title: How we measure
    aliases: [measures]
    facts: [scores-offline, scores-live]
facts:
  kind-of-ml:
    role: ml-category
    description: the kind of ML is named
    message: "Solution: name the kind of ML"
    vocabulary: kinds
  scores-offline:
    role: offline-metrics
    description: offline scores are named
    message: "Measures: name the offline scores"
    vocabulary: scores
    kind: offline
  scores-live:
    role: online-metrics
    description: live scores are named
    message: "Measures: name the live scores"
    vocabulary: scores
    kind: online
vocabularies:
  kinds:
    - { id: ranking, name: ranking, synonyms: [ranking] }
    - { id: classification, name: classification, synonyms: [classification] }
  scores:
    - { id: ndcg, name: nDCG, kind: offline, synonyms: [nDCG], fits: [ranking], definition: Ranked relevance. }
    - { id: accuracy, name: accuracy, kind: offline, synonyms: [accuracy], fits: [classification], definition: Share correct. }
    - { id: ctr, name: CTR, kind: online, synonyms: [CTR], definition: Clicks per impression. }
`;

const schema = loadSchema(TEAM).schema!;
const run = (text: string) => analyze(`---\nframework: team\n---\n${text}`, { resolveSchema: () => ({ schema }) });

describe('fact roles', () => {
  it('give a team fact the rule of its role', () => {
    const analysis = run('# R\n\n## Context\n\nAbout 2M users search the help center every week.\n\n## Solution\n\nA ranking model orders the articles for each query.\n\n## How we measure\n\nAccuracy on the held-out queries of the last month.\n');
    expect(show(analysis.findings)).toContain('missing-online-metrics [measures] Measures: name the live scores');
    expect(show(analysis.findings)).toContain('metric-category-mismatch [measures] Offline metrics (accuracy) do not fit a ranking problem: consider nDCG');
    expect(analysis.findings.map((f) => f.rule)).not.toContain('missing-fact');
  });

  it('give a team schema metric completion in the step holding the metrics, and metric hover', () => {
    const text = '---\nframework: team\n---\n# R\n\n## Solution\n\nA ranking model orders the articles for each query.\n\n## How we measure\n\nnDCG offline.\n\n';
    const analysis = analyze(text, { resolveSchema: () => ({ schema }) });
    const lines = text.split('\n');
    const items = completions(text, { line: lines.length - 1, character: 0 }, analysis, schema);
    expect(items.map((i) => i.label)).toEqual(['nDCG', 'CTR']);
    const line = lines.indexOf('nDCG offline.');
    const value = hover(text, { line, character: 1 }, analysis, schema)!.contents as { value: string };
    expect(value.value).toMatch(/^\*\*nDCG\*\* \(offline metric\)\n\nRanked relevance\.\n\nFits: ranking\./);
    expect(metricFacts(schema).map((f) => f.id)).toEqual(['scores-offline', 'scores-live']);
  });

  it('leave a team schema its own reading of a heading the bundled schema read first', () => {
    // A heading whose only text is an aside has no text to read in either schema: what each makes of it must stay its own.
    const aside = '**Self-review:** I should have said how many users there are.';
    check(optIn(`# R\n\n## Context\n\n${aside}\n\n## Data\n\nClick logs from the help center.\n`));
    const team = loadSchema(`${TEAM}asides: [self-review]\n`).schema!;
    const analysis = analyze(`---\nframework: team\n---\n# R\n\n## Context\n\n${aside}\n\n## Solution\n\nA ranking model orders the articles for each query.\n`, {
      resolveSchema: () => ({ schema: team }),
    });
    expect(analysis.sections.find((section) => section.id === 'context')).toMatchObject({ status: 'empty', heading: 'Context' });
  });

  it('leave a team schema its own closing headings, and none where it lists none', () => {
    const team = loadSchema(`${TEAM}closings: [wrap-up]\n`).schema!;
    expect(team.isClosing('Wrap-up')).toBe(true);
    expect(team.isClosing('Conclusions')).toBe(false);
    expect(loadSchema(TEAM).schema!.isClosing('Wrap-up')).toBe(false);
  });

  it('are checked: a role may belong to one fact only', () => {
    const twice = TEAM.replace('  scores-live:\n    role: online-metrics', '  scores-live:\n    role: offline-metrics');
    expect(loadSchema(twice).problems.map((p) => p.message)).toEqual(['facts.scores-live.role: role "offline-metrics" is already the role of fact "scores-offline"']);
  });
});

/** Analyses a document that declares a team schema whose id is `ops`. */
const analyzeWith = (schema: Schema) => (body: string) => analyze(`---\nframework: ops\n---\n# X\n\n${body}\n`, { resolveSchema: () => ({ schema }) });
/** A team schema `ops` whose one step, Rollout, requires one fact, given by its YAML keys. */
const rolloutFact = (id: string, keys: string) =>
  loadSchema(`id: ops\ntitle: Ops\nsections:\n  - id: rollout\n    title: Rollout\n    facts: [${id}]\nfacts:\n  ${id}:${keys}\n`).schema!;

describe('weak patterns', () => {
  it('state a team fact only in a sentence its context matches, even a fact with no other pattern', () => {
    const ops = rolloutFact('rollback', `
    description: a rollback is planned
    message: "Rollout: say how it is rolled back"
    weak-patterns: ['\\bswitch back\\b']
    context: ['\\b(if|when)\\b']`);
    const found = (line: string) => analyzeWith(ops)(`## Rollout\n\n${line}`).facts.rollback!.found;
    expect(found('If error rates rise we switch back to v1 within minutes.')).toBe(true);
    expect(found('The night shift will switch back the hall lights.')).toBe(false);
  });
});

describe('fact headings', () => {
  it('state a team fact by the part they head, with something in it', () => {
    const ops = rolloutFact('fallback', `
    description: a fallback exists
    message: "Rollout: say what runs when the model cannot answer"
    headings: [plan b, fall*]`);
    const found = (body: string) => analyzeWith(ops)(`## Rollout\n\nCanary at 5%.\n\n${body}`).facts.fallback!;
    expect(found('## Plan B\n\nThe old rules answer when the scorer times out.')).toEqual({ found: true, values: ['plan b'], line: 9 });
    expect(found('### Falling back\n\n- The cached answer from yesterday.')).toMatchObject({ found: true, values: ['falling back'] });
    expect(found('## Plan B\n\n## Notes\n\nNothing yet.').found).toBe(false);
    expect(loadSchema("id: ops\ntitle: Ops\nsections: []\nfacts:\n  f: { description: d, message: m, headings: plan b }\n").problems.length).toBeGreaterThan(0);
  });
});

describe('genre words', () => {
  it('leave a team heading to the step it is about: "Rollout checklist" is the rollout', () => {
    const ops = loadSchema(`
id: ops
title: Ops
sections:
  - id: checks
    title: Checks
    aliases: [checklist]
    evidence: { heading-genre: [checklist] }
  - id: rollout
    title: Rollout
    evidence: { heading: [rollout] }
`).schema!;
    const steps = (text: string) => analyzeWith(ops)(text).sections.map((s) => `${s.id}=${s.status}`).join(' ');
    expect(steps('## Rollout checklist\n\nCanary at 5% for a day, then everyone.')).toBe('checks=missing rollout=present');
    // Alone, the genre word names its own step.
    expect(steps('## Checklist\n\nCanary at 5% for a day, then everyone.')).toBe('checks=present rollout=missing');
  });
});
