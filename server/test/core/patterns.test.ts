/** Schema expressions as run on a text (narrowed, and ASCII twins): faster, and finding exactly what the whole Unicode-aware ones find. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { requiredPieces } from '../../src/core/literals.js';
import { compilePattern, compilePatterns, forText, repeatsRepetition } from '../../src/core/patterns.js';
import { loadSchema } from '../../src/core/schema.js';
import { bundledSchema, ROOT, sampleLines } from '../helpers.js';

const schemaYaml = parse(readFileSync(join(ROOT, 'schemas', 'ml-system-design.yaml'), 'utf8'));

/** Every list of patterns in the bundled schema, each compiled as one expression as the reading does. */
function patternLists(node: unknown, key = ''): string[][] {
  if (Array.isArray(node)) {
    if (/patterns|context|lead-in|phrasings|anywhere/.test(key) && node.every((item) => typeof item === 'string')) return node.length > 0 ? [node] : [];
    return node.flatMap((item) => patternLists(item, key));
  }
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([name, value]) => patternLists(value, name));
  return [];
}
const lists = patternLists(schemaYaml);

/** Real sentences in every language, in quantity (one labelled document in forty). */
const lines = sampleLines(40);
const ascii = (line: string) => /^[\x00-\x7f]*$/.test(line);

const all = (regex: RegExp, text: string) => [...text.matchAll(new RegExp(regex.source, regex.flags.includes('g') ? regex.flags : `${regex.flags}g`))].map((m) => `${m.index}:${m[0]}`);

describe('the expression run on a text: the patterns that can match there, without the u flag on ASCII text', () => {
  it('finds exactly what the whole Unicode-aware expression finds, on every line of the fixtures and of one labelled document in forty', () => {
    expect(lists.flat().length).toBeGreaterThan(500);
    expect(lines.filter(ascii).length).toBeGreaterThan(500);
    expect(lines.filter((line) => !ascii(line)).length).toBeGreaterThan(800);
    let narrowed = 0;
    let asciiRuns = 0;
    let twins = 0;
    for (const list of lists) {
      const regex = compilePatterns(list)!;
      for (const line of lines) {
        const run = forText(regex, line);
        if (run.source.length < regex.source.length) narrowed++;
        // An expression left with no pattern has no flags worth counting.
        if (ascii(line) && run.source !== '(?!)') {
          asciiRuns++;
          if (!run.flags.includes('u')) twins++;
        }
        expect(all(run, line), `${list[0]} on ${line}`).toEqual(all(regex, line));
      }
    }
    // Most texts run a small part of each expression, and most ASCII texts that run one run the twin.
    expect(narrowed).toBeGreaterThan(0.9 * lists.length * lines.length);
    expect(asciiRuns).toBeGreaterThan(1000);
    expect(twins).toBeGreaterThan(0.5 * asciiRuns);
  }, 600_000);

  it('uses the twin on ASCII text only, and not for letters whose case folding differs without the u flag', () => {
    const regex = compilePatterns(['\\bdrift', 'дрейф'])!;
    expect(forText(regex, 'data drift').flags).toBe('gi');
    expect(forText(regex, 'дрейф данных').flags).toBe('giu');
    // Without the u flag, "ı" matches "I"; with it, it does not.
    const turkish = compilePatterns(['kapal[ıx]'])!;
    expect(forText(turkish, 'KAPALI').flags).toBe('giu');
    expect(all(forText(turkish, 'KAPALI'), 'KAPALI')).toEqual([]);
    expect(forText(compilePatterns(['\\p{L}+ms'])!, 'abcms').flags).toBe('giu');
  });

  it('leaves out the patterns whose required pieces the text lacks, and runs none when none can match', () => {
    const regex = compilePatterns(['\\bheuristics?\\b', '\\b(against|versus) (the )?current\\b', '(a|b)c'])!;
    expect(forText(regex, 'We compare against the current rules.').source).toBe('(?:\\b(against|versus) (the )?current\\b)|(?:(a|b)c)');
    expect(forText(regex, 'A heuristic first.').source).toBe('(?:\\bheuristics?\\b)|(?:(a|b)c)');
    expect(all(forText(compilePatterns(['\\bdrift'])!, 'no such word'), 'no such word')).toEqual([]);
  });

  it('leaves the vocabulary reading the same on ASCII and Unicode text', () => {
    const schema = bundledSchema();
    const find = (text: string) => schema.matchers.get('metrics')!.find(text).map((hit) => hit.term.name);
    expect(find('We track recall@10 and conversion rates')).toEqual(['recall@k', 'conversion rate']);
    expect(find('We track recall@10 and conversion rates — and конверсия')).toEqual(['recall@k', 'conversion rate', 'conversion rate']);
  });
});

describe('the pieces every match of a pattern holds', () => {
  it('are plain runs outside groups, classes, escapes and repeats, longest first, then required groups, the most telling first', () => {
    expect(requiredPieces('\\bheuristics?\\s*(->|then)')).toEqual(['heuristic', '(?:->|then)']);
    expect(requiredPieces('\\b(at|upon|on) the (checkout|purchase)\\b')).toEqual([' the ', '(?:checkout|purchase)', '(?:at|upon|on)']);
    expect(requiredPieces('ab{2}c+d')).toEqual([]);
    expect(requiredPieces('abcd*e')).toEqual(['abc']);
    expect(requiredPieces('(规则|模型)比较')).toEqual(['比较', '(?:规则|模型)']);
    expect(requiredPieces('\\x41bc\\u0041de\\p{L}fg')).toEqual(['bc', 'de', 'fg']);
  });

  it('are none where a match may hold none of them', () => {
    expect(requiredPieces('drift|shift')).toEqual([]);
    expect(requiredPieces('(the )?model')).toEqual(['model']);
    expect(requiredPieces('(?<!not )(?=x)(?:a|b)+')).toEqual([]);
    expect(requiredPieces('(a)\\1|b')).toEqual([]);
    expect(requiredPieces('(x)(\\1y)')).toEqual(['(?:x)']);
    expect(requiredPieces('(?<word>ab)c')).toEqual(['(?:ab)']);
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
