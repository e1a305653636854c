/** The ASCII twins of schema expressions: faster, and finding exactly what the Unicode-aware ones find. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compilePattern, compilePatterns, forText, repeatsRepetition } from '../../src/core/patterns.js';
import { loadSchema } from '../../src/core/schema.js';
import { bundledSchema, ROOT } from '../helpers.js';

const schemaYaml = parse(readFileSync(join(ROOT, 'schemas', 'ml-system-design.yaml'), 'utf8'));
const lists: string[][] = [
  ...Object.values(schemaYaml.facts as Record<string, { patterns?: string[]; context?: string[]; anywhere?: unknown }>).flatMap((fact) => [
    fact.patterns ?? [],
    fact.context ?? [],
    Array.isArray(fact.anywhere) ? (fact.anywhere as string[]) : [],
  ]),
  ...Object.values(schemaYaml.vocabularies as Record<string, Array<{ patterns?: string[] }>>).flatMap((terms) => terms.map((term) => term.patterns ?? [])),
].filter((list) => list.length > 0);

/** Every ASCII line of the bundled examples and fixtures: real sentences, in quantity. */
const asciiLines = ['examples', 'test-fixtures', 'test-fixtures/work-style']
  .flatMap((dir) => readdirSync(join(ROOT, dir)).filter((name) => name.endsWith('.md')).map((name) => readFileSync(join(ROOT, dir, name), 'utf8')))
  .flatMap((text) => text.split('\n'))
  .filter((line) => line.trim() && /^[\x00-\x7f]*$/.test(line));

const all = (regex: RegExp, text: string) => [...text.matchAll(new RegExp(regex.source, regex.flags.includes('g') ? regex.flags : `${regex.flags}g`))].map((m) => `${m.index}:${m[0]}`);

describe('ASCII twins of schema expressions', () => {
  it('find exactly what the Unicode-aware expression finds, on every ASCII line of the fixtures', () => {
    expect(asciiLines.length).toBeGreaterThan(500);
    let twins = 0;
    for (const list of lists) {
      const regex = compilePatterns(list)!;
      const twin = forText(regex, 'ascii');
      if (twin !== regex) twins++;
      for (const line of asciiLines) expect(all(twin, line), `${list[0]} on ${line}`).toEqual(all(regex, line));
    }
    expect(twins).toBeGreaterThan(lists.length / 2);
  });

  it('are used on ASCII text only, and not for letters whose case folding differs without the u flag', () => {
    const regex = compilePatterns(['\\bdrift', 'дрейф'])!;
    expect(forText(regex, 'data drift')).not.toBe(regex);
    expect(forText(regex, 'дрейф данных')).toBe(regex);
    // Without the u flag, "ı" matches "I"; with it, it does not.
    const turkish = compilePatterns(['kapalı'])!;
    expect(forText(turkish, 'KAPALI')).toBe(turkish);
    expect(forText(compilePatterns(['\\p{L}+ms'])!, 'abc')).not.toHaveProperty('flags', 'gi');
  });

  it('leave the vocabulary reading the same on ASCII and Unicode text', () => {
    const schema = bundledSchema();
    const find = (text: string) => schema.matchers.get('metrics')!.find(text).map((hit) => hit.term.name);
    expect(find('We track recall@10 and conversion rates')).toEqual(['recall@k', 'conversion rate']);
    expect(find('We track recall@10 and conversion rates — and конверсия')).toEqual(['recall@k', 'conversion rate', 'conversion rate']);
  });
});

describe('patterns that could backtrack without end', () => {
  it('are told by a repeated group that itself repeats, escapes and classes aside', () => {
    for (const risky of ['(a+)+$', '(\\w*,?)*', '(x{2,})+', '([a-z]+ )*end', '(a{1,30})+']) expect(repeatsRepetition(risky), risky).toBe(true);
    for (const safe of ['(a|b)+', '\\bdrift', '(ab)+c+', 'a+b+', '\\(a+\\)+', '[(a+)]+', '(?:foo|bar)*', '(a{1,3})+', '\\bgiven\\b[^.;!?\\n]{0,160}?\\bpredict']) {
      expect(repeatsRepetition(safe), safe).toBe(false);
    }
  });

  it('are refused when a team schema is loaded, and none of the bundled ones is', () => {
    expect(() => compilePattern('(a+)+$')).toThrow(/exponential time/);
    expect(bundledSchema()).toBeDefined();
    const team = ['id: team', 'title: Team', 'sections:', '  - { id: goals, title: Goals, facts: [thing] }', 'facts:', '  thing: { description: a thing, message: say it, patterns: ["(a+)+$"] }', ''].join('\n');
    expect(loadSchema(team).problems.map((p) => p.message)).toEqual([expect.stringMatching(/^facts\.thing\.patterns\[0\]: invalid regular expression: a repeated group that itself repeats/)]);
  });
});
