/**
 * Every Markdown file in test-fixtures/ with its expected findings, snapshotted beside it
 * as <name>.expected.txt. Fixes must converge: applying every fix leaves nothing fixable
 * and keeps every line the author wrote.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { applyEdits, check, describe as show, FIXTURES_DIR, ROOT } from './helpers.js';

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? markdownFiles(join(dir, entry.name)) : entry.name.endsWith('.md') ? [join(dir, entry.name)] : []))
    .sort();
}

const fixtures = markdownFiles(FIXTURES_DIR).map((file) => ({
  file,
  // Paths as the hosts pass them: relative to the workspace (here, the repository).
  path: relative(ROOT, file).split('\\').join('/'),
  text: readFileSync(file, 'utf8'),
}));

describe.each(fixtures)('$path', ({ file, path, text }) => {
  const analysis = check(text, { path });

  it('has its expected findings', async () => {
    const statuses = analysis.sections.map((s) => `${s.id}=${s.status}`).join(' ');
    const report = `checked: ${analysis.checked ? analysis.reason : 'no'}\nsections: ${statuses || '-'}\n\n${show(analysis.findings) || '(no findings)'}\n`;
    await expect(report).toMatchFileSnapshot(file.replace(/\.md$/, '.expected.txt'));
  });

  it('gives the same findings with CRLF line endings', () => {
    const crlf = check(text.replace(/\r?\n/g, '\r\n'), { path });
    expect(show(crlf.findings)).toBe(show(analysis.findings));
  });

  it('gives the same findings with lone CR line endings, and a client applying its fixes keeps every line', () => {
    const cr = text.replace(/\r?\n/g, '\r');
    const read = check(cr, { path });
    expect(show(read.findings)).toBe(show(analysis.findings));
    // Applied as an LSP client applies edits, where \r alone ends a line too.
    const document = TextDocument.create('file:///x.md', 'markdown', 1, cr);
    const fixed = TextDocument.applyEdits(document, read.findings.flatMap((finding) => finding.fix?.edits ?? []));
    if (cr.includes('\r')) expect(fixed.includes('\n')).toBe(false);
    const fixedLines = fixed.split(/\r\n|\r|\n/);
    let cursor = 0;
    for (const line of cr.split('\r')) {
      const found = fixedLines.indexOf(line, cursor);
      expect(found, `line kept: ${JSON.stringify(line)}`).toBeGreaterThanOrEqual(cursor);
      cursor = found + 1;
    }
  });

  it('converges when every fix is applied, keeping every line the author wrote', () => {
    // Fixtures without fixes go through the same checks: nothing to apply leaves the text as it
    // is, and then no finding may carry a fix either.
    const fixes = analysis.findings.flatMap((finding) => finding.fix?.edits ?? []);
    const fixed = applyEdits(text, fixes);
    if (fixes.length === 0) expect(fixed).toBe(text);
    const after = check(fixed, { path });
    expect(after.findings.filter((finding) => finding.fix)).toEqual([]);
    // A step added at the end leaves the file ending as it did, with its final line ending.
    if (text.endsWith('\n')) expect(fixed.endsWith('\n')).toBe(true);
    // Each inserted step lands after the step before it in schema order.
    const inserted = new Set(analysis.sections.filter((s) => s.status === 'missing').map((s) => s.id));
    after.sections.forEach((section, index) => {
      const previous = after.sections.slice(0, index).reverse().find((s) => s.line !== undefined);
      if (inserted.has(section.id) && previous) expect(section.line, section.id).toBeGreaterThan(previous.line!);
    });
    // The original lines appear in order in the fixed text.
    const fixedLines = fixed.split('\n');
    let cursor = 0;
    for (const line of text.split('\n')) {
      const found = fixedLines.indexOf(line, cursor);
      expect(found, `line kept: ${JSON.stringify(line)}`).toBeGreaterThanOrEqual(cursor);
      cursor = found + 1;
    }
  });
});

describe('the example docs', () => {
  const examples = markdownFiles(join(ROOT, 'examples'));

  it('include a complete document and one with gaps', () => {
    const byName = Object.fromEntries(examples.map((file) => [relative(ROOT, file), check(readFileSync(file, 'utf8'))]));
    expect(show(byName['examples/ad-click-prediction.md']!.findings)).toBe('');
    expect(show(byName['examples/harmful-content-detection.md']!.findings)).toBe('');
    expect(byName['examples/video-recommendation.md']!.findings.map((f) => f.rule)).toEqual([
      'missing-baseline',
      'missing-online-metrics',
      'missing-serving-mode',
      'empty-section',
    ]);
  });
});
