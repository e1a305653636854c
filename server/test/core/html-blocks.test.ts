import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/core/parse.js';

const blocks = (text: string) => parseMarkdown(text).tree.children.map((node) => ({ type: node.type, ...('depth' in node ? { depth: node.depth } : {}), text: 'children' in node ? node.children.map((c) => ('value' in c ? c.value : '')).join('') : (node as { value: string }).value, line: node.position!.start.line, endColumn: node.position!.end.column }));

describe('HTML blocks read as a reviewer reads them', () => {
  it('reads a heading element as a heading of its level, ending at its closing tag', () => {
    expect(blocks('<h2 id="data">Data &amp; labels</h2>\n')).toEqual([{ type: 'heading', depth: 2, text: 'Data & labels', line: 1, endColumn: 37 }]);
  });

  it('reads the words of other blocks as a paragraph, line for line', () => {
    expect(blocks('# T\n\n<p>The baseline is <strong>the rule</strong>\nused today.</p>\n')).toEqual([
      { type: 'heading', depth: 1, text: 'T', line: 1, endColumn: 4 },
      { type: 'paragraph', text: 'The baseline is the rule\nused today.', line: 3, endColumn: 16 },
    ]);
  });

  it('splits a heading from the words that follow it in the same block', () => {
    expect(blocks('<h3>Model</h3>\n<p>Gradient-boosted trees.</p>\n').map(({ type, text, line }) => ({ type, text, line }))).toEqual([
      { type: 'heading', text: 'Model', line: 1 },
      { type: 'paragraph', text: 'Gradient-boosted trees.', line: 2 },
    ]);
  });

  it('reads the summary of a collapsible section as the heading of what it folds, below every Markdown heading', () => {
    expect(blocks('# RFC\n\n<details>\n<summary><b>7. Monitoring &amp; retraining</b></summary>\n\nWe alert on drift.\n\n</details>\n').map(({ type, depth, text }) => ({ type, depth, text }))).toEqual([
      { type: 'heading', depth: 1, text: 'RFC' },
      { type: 'heading', depth: 6, text: '7. Monitoring & retraining' },
      { type: 'paragraph', depth: undefined, text: 'We alert on drift.' },
      { type: 'html', depth: undefined, text: '</details>' },
    ]);
    expect(blocks('<details><summary>Model</summary>\nGradient-boosted trees.\n</details>\n').map(({ type, text }) => ({ type, text }))).toEqual([
      { type: 'heading', text: 'Model' },
      { type: 'paragraph', text: 'Gradient-boosted trees.' },
    ]);
  });

  it('leaves comments, scripts and word-less markup as HTML, so prompts in comments stay unread', () => {
    for (const html of ['<!-- Monitoring: describe alerts here -->', '<script>var alerts = 1;</script>', '<img src="x.png">', '<div align="center"><img src="logo.png"></div>']) {
      expect(blocks(`${html}\n`).map((block) => block.type)).toEqual(['html']);
    }
  });

  // A pattern that rescans to the end from every unclosed tag start took 12 s on 80,000 of them,
  // and would take minutes on these, far past the test's time-out; read in one pass it takes milliseconds.
  it('reads a block full of tag starts that never close in one pass', () => {
    const [block] = parseMarkdown(`<div>${'<b x'.repeat(200_000)}\n`).tree.children;
    expect(block!.type).toBe('paragraph');
  });

  it('reads a heading element inside a list or quote as words, not as a heading', () => {
    const [list] = parseMarkdown('- item\n\n  <h2>Serving</h2>\n').tree.children;
    expect(JSON.stringify(list)).toContain('"type":"paragraph","children":[{"type":"text","value":"Serving"}]');
  });
});
