/** Synonyms found as one alternation of them all would find them, run faster (narrowed to the text's scripts, split into short expressions). */
import { describe, expect, it } from 'vitest';
import { oneExpression, synonymFinder } from '../../src/core/synonym-expression.js';
import { bundledSchema, sampleLines } from '../helpers.js';

/** Real sentences in every language the schema reads (one labelled document in twenty). */
const lines = sampleLines(20);

/** Every list of synonyms the bundled schema finds in one go: each step's heading and content words, each vocabulary's. */
function synonymLists(): Array<{ name: string; synonyms: string[]; flags: 'gu' | 'giu' }> {
  const schema = bundledSchema();
  const lists: Array<{ name: string; synonyms: string[]; flags: 'gu' | 'giu' }> = schema.sections.flatMap((step) => [
    { name: `${step.id} heading`, synonyms: [...step.evidence.heading, ...step.evidence.headingWeak], flags: 'giu' as const },
    { name: `${step.id} content`, synonyms: [...step.evidence.content, ...step.evidence.contentWeak], flags: 'giu' as const },
  ]);
  const content = schema.sections.flatMap((step) => [...step.evidence.content, ...step.evidence.contentWeak]);
  lists.push({ name: 'all content', synonyms: content, flags: 'giu' });
  for (const [name, terms] of Object.entries(schema.vocabularies)) {
    lists.push({ name, synonyms: terms.flatMap((term) => [...term.synonyms, ...(term.weak ?? [])]), flags: 'giu' });
    lists.push({ name: `${name} in case`, synonyms: terms.flatMap((term) => term.caseSensitive ?? []), flags: 'gu' });
  }
  return lists.filter((list) => list.synonyms.length > 0);
}

const reference = (regex: RegExp, text: string) => [...text.matchAll(regex)].map((match) => `${match.index}:${match[0]}`);
const found = (matches: Array<{ index: number; text: string }>) => matches.map((match) => `${match.index}:${match.text}`);

describe('finding synonyms', () => {
  it('finds exactly what one alternation of all the synonyms finds, on every line of the fixtures and of one labelled document in twenty', () => {
    const lists = synonymLists();
    expect(lists.find((list) => list.name === 'all content')!.synonyms.length).toBeGreaterThan(800);
    expect(lines.filter((line) => /[^\x00-\x7f]/.test(line)).length).toBeGreaterThan(1000);
    let matched = 0;
    for (const { name, synonyms, flags } of lists) {
      const one = oneExpression(synonyms, flags);
      const find = synonymFinder(synonyms, flags)!;
      for (const line of lines) {
        const expected = reference(one, line);
        matched += expected.length;
        expect(found(find(line)), `${name} on ${line}`).toEqual(expected);
      }
    }
    expect(matched).toBeGreaterThan(5000);
  }, 600_000);

  it('merges the matches of many short expressions as the one alternation would: leftmost first, then the longest synonym there', () => {
    const synonyms = ['model', 'model monitoring', 'monitoring', 'data drift', 'drift', 'drift detection', 'мониторинг модели', 'мониторинг', '模型监控', '监控', 'real-time', 'real time serving'];
    const one = oneExpression(synonyms, 'giu');
    // A source of one synonym each: every match comes from a merge.
    const find = synonymFinder(synonyms, 'giu', 1)!;
    for (const text of [
      'Model monitoring covers data drift detection; drift detection alerts.',
      'monitoring model monitoring modelmonitoring model-monitoring',
      'Мониторинг модели и мониторинг данных; 模型监控和监控。',
      'Real time serving, real-time, realtime serving and data-drift.',
    ]) {
      expect(found(find(text)), text).toEqual(reference(one, text));
    }
    expect(found(find('model monitoring'))).toEqual(['0:model monitoring']);
  });

  it('finds synonyms of other scripts where the text holds them, whatever else it holds, and letters with an ASCII case in ASCII text', () => {
    const find = synonymFinder(['дрейф', 'drift', '漂移', 'ſtate'], 'giu')!;
    expect(found(find('data drift'))).toEqual(['5:drift']);
    expect(found(find('Дрейф and drift and 数据漂移'))).toEqual(['0:Дрейф', '10:drift', '22:漂移']);
    expect(found(find('the STATE of it'))).toEqual(['4:STATE']);
    const quoted = synonymFinder(['once it’s live', 'live'], 'giu')!;
    expect(found(quoted("once it's live"))).toEqual(['10:live']);
    expect(found(quoted('once it’s live'))).toEqual(['0:once it’s live']);
    expect(synonymFinder([], 'giu')).toBeUndefined();
  });

  it('needs a word boundary only at an end written in a spaced script: Chinese and Japanese words run on from digits and Latin names', () => {
    const find = synonymFinder(['准确率', '召回率', '正解率', '基线', 'A/B测试', 'recall', 'drift*'], 'giu')!;
    expect(found(find('离线准确率92%，召回率0.85'))).toEqual(['2:准确率', '9:召回率']);
    expect(found(find('上位3正解率'))).toEqual(['3:正解率']);
    expect(found(find('用LR基线模型'))).toEqual(['3:基线']);
    expect(found(find('做A/B测试2周'))).toEqual(['1:A/B测试']);
    // Where a word of a spaced script goes on, or comes after another, it is another word.
    expect(found(find('recalls, xrecall, recall2, 3drifting'))).toEqual([]);
    expect(found(find('召回率recall'))).toEqual(['0:召回率', '3:recall']);
  });
});
