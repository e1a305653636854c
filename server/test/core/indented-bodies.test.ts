/** MkDocs admonition and tab bodies, indented under their opening line, are read as the prose they are. */
import { describe, expect, it } from 'vitest';
import { quoteIndentedBodies } from '../../src/core/indented-bodies.js';
import { createDocumentCache, readDocument, type DocumentCache } from '../../src/core/document.js';
import { check, optIn } from '../helpers.js';

describe('quoteIndentedBodies', () => {
  it('quotes the body of an admonition or a tab, blank lines between or not, and keeps every offset', () => {
    const text = '## Deployment\n\n=== "Edge"\n\n    - Inference: runs on the box, 18 ms per clip.\n\n        nested text\n\n!!! warning "Not written yet"\n    Will follow after the second site.\nBack at the margin.\n    indented code after prose\n';
    const quoted = quoteIndentedBodies(text);
    expect(quoted).toHaveLength(text.length);
    expect(quoted.split('\n')).toEqual([
      '## Deployment',
      '',
      '=== "Edge"',
      '',
      '>   - Inference: runs on the box, 18 ms per clip.',
      '',
      '>       nested text',
      '',
      '!!! warning "Not written yet"',
      '>   Will follow after the second site.',
      'Back at the margin.',
      '    indented code after prose',
      '',
    ]);
  });

  it('leaves text without an opener, an opener inside fenced code, and indented code elsewhere as they are', () => {
    const plain = 'Intro.\n\n    code block\n';
    expect(quoteIndentedBodies(plain)).toBe(plain);
    const fenced = '```md\n!!! note\n    inside the example\n```\n\n    real code\n';
    expect(quoteIndentedBodies(fenced)).toBe(fenced);
    // "??? tip" and "???+ note" open collapsible ones; CRLF line ends are kept.
    expect(quoteIndentedBodies('???+ tip "Why"\r\n    Because.\r\n')).toBe('???+ tip "Why"\r\n>   Because.\r\n');
    expect(quoteIndentedBodies('!!! Not an opener, a sentence.\n    code\n')).toBe('!!! Not an opener, a sentence.\n    code\n');
  });
});

describe('a design written as an MkDocs page', () => {
  const page = optIn(
    '# Cough detection in pig barns\n\n## Deployment\n\n=== "Edge"\n\n    - The model runs on the edge box in each barn, in real time, 18 ms per two-second clip.\n\n=== "Cloud"\n\n    - Counts go to the platform every hour.\n',
  );

  it('reads what a tab says, not a code block', () => {
    expect(check(page).facts['serving-mode']!.found).toBe(true);
    // Without the quoting, CommonMark takes the tab body for indented code and the step says nothing.
    expect(check(page.replace(/=== "(Edge|Cloud)"/g, 'Tab: $1')).facts['serving-mode']!.found).toBe(false);
  });

  it('reads a box whose body only holds a place as holding one: its title says nothing by itself', () => {
    const open = (body: string) =>
      check(optIn(`# Icing on rotor blades\n\n## Monitoring in operation\n\n!!! warning "Offen"\n    ${body}\n\n## Open points\n\nNone.\n`)).sections.find((s) => s.id === 'monitoring')!.status;
    expect(open('TODO – Abschnitt wird nach Abstimmung mit der Leitwarte ergänzt.')).toBe('empty');
    expect(open('Drift of the score distribution is checked weekly; an alert goes to the on-call engineer.')).not.toBe('empty');
  });

  it('places what the body says at its own offset, read whole, chunk by chunk or after an edit', () => {
    const unitsOf = (text: string, cache?: DocumentCache) =>
      readDocument(text, cache).outline.sections.find((section) => section.title === 'Deployment')!.units.map((u) => [u.text, u.offset]);
    const units = unitsOf(page);
    const [text, offset] = units.find(([t]) => String(t).startsWith('The model runs'))!;
    expect(page.slice(Number(offset), Number(offset) + String(text).length)).toBe(text);
    const cache = createDocumentCache(1);
    expect(unitsOf(page, cache)).toEqual(units);
    const edited = page.replace('every hour', 'every ten minutes');
    expect(unitsOf(edited, cache)).toEqual(unitsOf(edited));
  });
});
