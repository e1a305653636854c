/**
 * Incremental analysis gives exactly what a full analysis gives: random edit sequences on
 * every fixture, compared after each edit. Deterministic (seeded).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closerAtEnd, MIN_CHUNK_LINES, splitChunks } from '../../src/core/chunks.js';
import { createDocumentCache, readDocument, type DocumentCache } from '../../src/core/document.js';
import type { Label } from '../../src/core/labels.js';
import { cutDeepNesting, parseMarkdown } from '../../src/core/parse.js';
import { readHtmlBlocks } from '../../src/core/html-blocks.js';
import { quoteIndentedBodies } from '../../src/core/indented-bodies.js';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { check, COMPLETE, FIXTURES_DIR } from '../helpers.js';
// @ts-expect-error: a plain ES module shared with the fuzz harness.
import { random } from '../../../fuzz/random.mjs';

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? markdownFiles(join(dir, entry.name)) : entry.name.endsWith('.md') ? [join(dir, entry.name)] : [],
  );
}

// Edits that move, make and break structure, as typing does.
const INSERTIONS = [
  'x', ' ', '\n', '\n\n', '#', '## ', '\n## Serving\n\nOnline prediction.\n', '\n### Baseline\n', '```', '\n```\n', '~~~\n',
  '<div>\n', '<!--', '-->', '\n---\n', '- ', '* Monitoring\n', '**Offline metrics:** nDCG\n', '> ', '|a|b|\n|-|-|\n',
  '[ref]: https://example.com\n', 'CTR', 'drift', 'batch', '\r\n', '\r', '\t', '1. ', '    ', '\n\n1. ', '\n\nText ',
  '\n\n| x |', '[^1]: note\n', '> [q]: /u\n', 'www.example.com', 'a@b.co', '~~x~~', '- [ ] ', '**Bold** ', '\uFEFF',
];

describe('incremental analysis', () => {
  const fixtures = [...markdownFiles(FIXTURES_DIR).map((file) => readFileSync(file, 'utf8')), COMPLETE];

  it.each(fixtures.map((text, index) => [index, text] as const))('matches a full analysis after every random edit (fixture %i)', (index, original) => {
    const next = random(1000 + index);
    const cache = createDocumentCache(1);
    let text = original;
    for (let step = 0; step < 60; step++) {
      const at = Math.floor(next() * (text.length + 1));
      if (next() < 0.35 && text.length > 0) {
        const length = Math.ceil(next() * Math.min(40, text.length - Math.min(at, text.length - 1)));
        text = text.slice(0, at) + text.slice(at + length);
      } else {
        text = text.slice(0, at) + INSERTIONS[Math.floor(next() * INSERTIONS.length)]! + text.slice(at);
      }
      const incremental = check(text, { cache, path: 'x.md' });
      const full = check(text, { path: 'x.md' });
      expect(incremental, `after edit ${step}`).toEqual(full);
    }
  });

  it('keeps the blocks after a label with it, wherever the chunks are cut', () => {
    const text = [
      '**Where the examples come from.** Two years of orders.',
      'Each finished order is a labelled example.',
      'Placed, ready, picked up and delivered times are logged.',
      '- **Features:** distance, basket size, kitchen load',
      '- hour of day',
      '| Source | Rows |',
      '|---|---|',
      '| orders | 80M |',
      '**Keeping it healthy once it is live.** An hourly view per city.',
      'We alert on drift in the score distribution and retrain weekly.',
      'Someone gets paged when the late share passes its limit.',
    ].join('\n\n');
    expect(splitChunks(text).length).toBeGreaterThan(2);
    // A link definition keeps a document whole: the same text read in one parse.
    const whole = `${text}\n\n[whole]: https://example.com\n`;
    const read = (doc: string) => {
      const { sections, facts } = check(doc, { path: 'x.md', forceSchema: 'ml-system-design', cache: createDocumentCache(1) });
      return { sections: sections.map((s) => [s.id, s.status, s.heading, s.range?.start.line]), monitoring: facts['monitoring'], data: facts['input-output'] };
    };
    expect(read(text)).toEqual(read(whole));
    expect(read(text).sections).toContainEqual(['monitoring', 'present', 'Keeping it healthy once it is live', 16]);
    expect(read(text).sections).toContainEqual(['data', 'present', 'Where the examples come from', 0]);
  });

  it('keeps the run-in labels after a bold label with it, and not after an italic line, wherever the chunks are cut', () => {
    const paragraphs = (head: string) => [
      '## Evaluation',
      'Offline first.',
      head,
      'Urgency: recall 0.88 at precision 0.61, tuned towards recall.',
      'Then a two-week A/B test: half of the tickets went through the model, half as before.',
      'Time to first response fell from 19 to 15.5 minutes.',
      'Re-routed tickets: from 20% to 13%.',
      'After the test it went to everyone.',
    ];
    // Each label with what it holds, as read in chunks and in one parse.
    const tree = (labels: readonly Label[]): unknown[] => labels.map((l) => [l.text, l.units.map((u) => u.text), tree(l.children)]);
    const labelsOf = (doc: string, cache?: DocumentCache) => readDocument(doc, cache).outline.sections.map((s) => tree(s.labels));
    for (const head of ['**Results on the test months**', '*Posted Sep 10 · unrolled*']) {
      // Cut after every paragraph: a chunk may start at any of them.
      for (let cut = 3; cut < 8; cut++) {
        const blocks = paragraphs(head);
        const text = [...blocks.slice(0, cut), Array(MIN_CHUNK_LINES).fill('More notes.').join('\n'), ...blocks.slice(cut)].join('\n\n');
        expect(splitChunks(text).some((chunk) => chunk.text.startsWith(blocks[cut]!)), `${head} cut at ${cut}`).toBe(true);
        expect(labelsOf(text, createDocumentCache(1)), `${head} cut at ${cut}`).toEqual(labelsOf(text));
      }
    }
  });

  it("moves each fact's line with text inserted above it, though the reading of its step is kept", () => {
    const cache = createDocumentCache(1);
    const lines = (analysis: ReturnType<typeof check>) => Object.entries(analysis.facts).map(([id, fact]) => [id, fact.line]);
    const before = lines(check(COMPLETE, { cache }));
    expect(before.filter(([, line]) => line !== undefined).length).toBeGreaterThan(3);
    const moved = COMPLETE.replace(/\n## /, '\nThree lines\nof preamble\nabove.\n\n## ');
    const incremental = check(moved, { cache });
    expect(lines(incremental)).toEqual(lines(check(moved)));
    expect(lines(incremental).filter(([, line]) => line !== undefined)).toEqual(before.filter(([, line]) => line !== undefined).map(([id, line]) => [id, (line as number) + 4]));
  });

  it('keeps what each section an edit left alone holds, however many chunks it spans', () => {
    const cache = createDocumentCache(1);
    const text = '## Data\n\nClick logs.\n\n**Labels:** clicks.\n\nJoined daily.\n\n## Serving\n\nOnline.\n\nCached hourly.\n';
    const [data, serving] = readDocument(text, cache).outline.sections;
    const [dataAfter, servingAfter] = readDocument(text.replace('hourly', 'daily'), cache).outline.sections;
    expect(data!.runs.length).toBe(4);
    // The same arrays, so what later passes keep by them is found again.
    expect(dataAfter!.units).toBe(data!.units);
    expect(dataAfter!.runs).toBe(data!.runs);
    expect(dataAfter!.labels).toBe(data!.labels);
    expect(servingAfter!.units).not.toBe(serving!.units);
  });

  it('keeps each unchanged chunk its own result, found in place, even among chunks that read the same', () => {
    const cache = createDocumentCache(1);
    const text = '# Notes\n\n' + '## Step\n\nSame words.\n\n'.repeat(5);
    readDocument(text, cache);
    const before = cache.last!.results;
    // The second of five identical chunks changes: the third is still the third, not "the second of its text".
    const second = cache.last!.chunks[4]!;
    const edited = `${text.slice(0, second.start)}Other words.${text.slice(second.start + 'Same words.'.length)}`;
    readDocument(edited, cache);
    const after = cache.last!.results;
    expect(after.length).toBe(before.length);
    expect(after.map((result, index) => result === before[index])).toEqual(before.map((_, index) => index !== 4));
  });

  it('reuses unchanged chunks', () => {
    const cache = createDocumentCache(1);
    check(COMPLETE, { cache });
    const before = cache.last!.results;
    check(COMPLETE.replace('natural labels.', 'natural labels, joined hourly.'), { cache });
    const after = cache.last!.results;
    expect(after.filter((result) => before.includes(result)).length).toBe(after.length - 1);
  });
});

describe('splitChunks', () => {
  const starts = (text: string) => splitChunks(text, 1).map((chunk) => chunk.line);

  it('cuts at ATX headings in column 0', () => {
    expect(starts('# A\ntext\n## B\n  ## indented\n### C\n')).toEqual([0, 2, 4]);
  });

  it('never cuts inside frontmatter, fences or HTML blocks', () => {
    expect(starts('---\ntitle: x\n# not a heading\n---\n# A\n')).toEqual([0, 4]);
    expect(starts('# A\n```\n# code\n```\n# B\n')).toEqual([0, 4]);
    expect(starts('# A\n~~~~\n# code\n~~~\n# still code\n~~~~\n# B\n')).toEqual([0, 6]);
    expect(starts('# A\n<!--\n# comment\n-->\n# B\n')).toEqual([0, 4]);
    expect(starts('# A\n<div>\n# inside\n\n# B\n')).toEqual([0, 4]);
    // "---title" opens no frontmatter: the fence after it runs to the end, as the parser reads it.
    expect(starts('---title: x\n~~~\n---\n# in the fence\n')).toEqual([0]);
  });

  it('cuts after a blank line where a paragraph or table opens, never where a list may go on', () => {
    expect(starts('# A\n\nText\n\n| a |\n|---|\n\n**Bold** line\n\n[link](x) here\n')).toEqual([0, 2, 4, 7, 9]);
    expect(starts('1. a\n\n2. b\n\n- c\n\n  more of c\n\n* d\n\n> e\n\n    code\n')).toEqual([0]);
    expect(starts('Text\nlazy line\n- item\nnot cut, no blank line\n')).toEqual([0]);
  });

  it('says which block a document ends inside, and what closes it', () => {
    expect(closerAtEnd('# A\n\ntext\n')).toBeUndefined();
    expect(closerAtEnd('# A\n\n````python\ncode\n')).toBe('````');
    expect(closerAtEnd('# A\n\n~~~\ncode\n~~~\n')).toBeUndefined();
    expect(closerAtEnd('# A\n<!-- note\nmore\n')).toBe('-->');
    expect(closerAtEnd('# A\n<pre>\nx\n')).toBe('</pre>');
    expect(closerAtEnd('# A\n<div>\nx\n')).toBeUndefined();
  });

  it('keeps a document with definitions whole, and joins short chunks', () => {
    expect(starts('# A\n[x]: https://e.com\n# B\n')).toEqual([0]);
    expect(starts('# A\n> [x]: /quoted\n# B\n')).toEqual([0]);
    expect(starts('# A\n- [^1]: in a list\n# B\n')).toEqual([0]);
    expect(splitChunks('# A\n'.repeat(100)).length).toBe(Math.ceil(100 / MIN_CHUNK_LINES));
  });

  it('rebuilds the text exactly', () => {
    const text = readFileSync(join(FIXTURES_DIR, 'odd-markdown.md'), 'utf8');
    expect(splitChunks(text, 1).map((chunk) => chunk.text).join('')).toBe(text);
  });
});

describe('parsing without GFM where it has nothing to read', () => {
  const gfm = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();
  const documents = [
    ...markdownFiles(FIXTURES_DIR),
    ...markdownFiles(join(FIXTURES_DIR, '..', 'eval', 'docs')),
    ...markdownFiles(join(FIXTURES_DIR, '..', 'docs')),
  ].map((file) => readFileSync(file, 'utf8'));

  it('gives the tree GFM gives, for every chunk of every document we have', () => {
    const chunks = documents.flatMap((text) => splitChunks(text, 1).map((chunk) => chunk.text));
    expect(chunks.length).toBeGreaterThan(500);
    // Both quote MkDocs bodies, cut where nesting is too deep to read and read HTML blocks' words, as every parse does.
    const withGfm = (chunk: string) => {
      const tree = gfm.parse(quoteIndentedBodies(chunk));
      cutDeepNesting(tree);
      readHtmlBlocks(tree);
      return tree;
    };
    for (const chunk of chunks) expect(parseMarkdown(chunk).tree, chunk).toEqual(withGfm(chunk));
  }, 600_000); // Two parses of every chunk of some 700 documents: minutes on a busy machine; what is checked is the trees.

  it('reads GFM wherever it is written', () => {
    for (const text of ['| a |\n|---|\n| 1 |\n', '~~gone~~', 'see www.example.com', 'mail a@b.co', 'x[^1]\n\n[^1]: n\n', '- [x] done\n', 'https://e.com']) {
      expect(parseMarkdown(text).tree, text).toEqual(gfm.parse(text));
    }
  });
});

describe('warming the cache in slices', () => {
  it('parses a few chunks per call until the document is cached, then reads it without parsing', async () => {
    const { warmCache } = await import('../../src/core/document.js');
    const cache = createDocumentCache(1);
    const slices: boolean[] = [];
    for (let more = true; more; ) slices.push((more = warmCache(COMPLETE, cache, 2)));
    expect(slices.length).toBe(Math.ceil(splitChunks(COMPLETE, 1).length / 2));
    const warmed = [...cache.warmed.values()].flat();
    expect(check(COMPLETE, { cache })).toEqual(check(COMPLETE));
    // Read without parsing: every chunk's result is one warmed.
    expect(cache.last!.results.length).toBe(warmed.length);
    expect(cache.last!.results.every((result) => warmed.includes(result))).toBe(true);
  });

  it('splits a text once when the host warms the cache and then reads the same text', async () => {
    const { warmCache, readDocument } = await import('../../src/core/document.js');
    const cache = createDocumentCache(1);
    warmCache(COMPLETE, cache, 100);
    const split = cache.split;
    readDocument(COMPLETE, cache);
    expect(cache.split).toBe(split);
    // Another text is split afresh, and reads as it would without the cache.
    const edited = `${COMPLETE}\n## Appendix\n\nNotes.\n`;
    const read = readDocument(edited, cache);
    expect(cache.split).not.toBe(split);
    expect(cache.split!.chunks).toEqual(splitChunks(edited, 1));
    expect(read.outline.sections.map((s) => s.title)).toEqual(readDocument(edited).outline.sections.map((s) => s.title));
  });
});
