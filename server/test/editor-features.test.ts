/** Quick fixes, fix-all, completion, hover, symbols, folding and the coverage lens, over the real protocol. */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CodeActionRequest,
  CodeLensRequest,
  CompletionItemKind,
  CompletionRequest,
  DocumentSymbolRequest,
  ExecuteCommandRequest,
  FoldingRangeRequest,
  HoverRequest,
  ShowDocumentRequest,
  type CodeAction,
  type CompletionItem,
  type CompletionList,
  type Diagnostic,
  type DocumentSymbol,
  type MarkupContent,
  type ShowDocumentParams,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { applyEdits, check, COMPLETE } from './helpers.js';
import { LspClient } from './lsp-client.js';

const workspace = mkdtempSync(join(tmpdir(), 'mlsd-features-'));
mkdirSync(join(workspace, 'design-docs'));
const uri = (name: string) => pathToFileURL(join(workspace, name)).href;
const lineOf = (text: string, line: string) => text.split('\n').indexOf(line);

// Data preparation missing, Evaluation under an alias.
const DOC = COMPLETE.replace(/## 3\. Data preparation\n\n.*\n\n/, '').replace('## 5. Evaluation', '## 5. Metrics');

let client: LspClient;
const shown: ShowDocumentParams[] = [];
let diagnostics: Diagnostic[];
beforeAll(async () => {
  client = await LspClient.start(workspace);
  client.connection.onRequest(ShowDocumentRequest.type, (params) => {
    shown.push(params);
    return { success: true };
  });
  diagnostics = (await client.open(uri('doc.md'), DOC)).diagnostics;
});
afterAll(async () => {
  expect(await client.stop()).toBe(0);
});

const actions = (name: string, line: number, context: { diagnostics?: Diagnostic[]; only?: string[] } = {}) =>
  client.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri: uri(name) },
    range: { start: { line, character: 0 }, end: { line, character: 0 } },
    context: { diagnostics: context.diagnostics ?? [], ...(context.only ? { only: context.only } : {}) },
  }) as Promise<CodeAction[]>;
const editsOf = (action: CodeAction, name = 'doc.md'): TextEdit[] => action.edit!.changes![uri(name)]!;

describe('code actions', () => {
  it('offer the missing section\'s skeleton as the preferred quick fix, at its place in schema order', async () => {
    const missing = diagnostics.find((d) => d.code === 'missing-section')!;
    const [fix, ...others] = (await actions('doc.md', missing.range.start.line, { diagnostics: [missing], only: ['quickfix'] }))!;
    expect(others).toEqual([]);
    expect(fix).toMatchObject({ title: 'Add the "Data preparation" section', kind: 'quickfix', isPreferred: true, diagnostics: [missing] });
    const fixed = applyEdits(DOC, editsOf(fix!));
    expect(fixed.indexOf('## Data preparation')).toBeGreaterThan(fixed.indexOf('## 2. Frame'));
    expect(fixed.indexOf('## Data preparation')).toBeLessThan(fixed.indexOf('## 4. Model'));
  });

  it('offer renaming a heading matched by an alias to the schema title, numbering kept, not preferred', async () => {
    const line = lineOf(DOC, '## 5. Metrics');
    const rename = (await actions('doc.md', line)).find((a) => a.kind === 'refactor.rewrite' && a.title.startsWith('Rename'))!;
    expect(rename).toMatchObject({ title: 'Rename heading to "Evaluation"', isPreferred: false });
    expect(applyEdits(DOC, editsOf(rename)).split('\n')[line]).toBe('## 5. Evaluation');
    expect((await actions('doc.md', lineOf(DOC, '## 4. Model development'))).filter((a) => a.title.startsWith('Rename'))).toEqual([]);
  });

  it('fix everything at once with source.fixAll.mlsd, leaving nothing fixable and every line written', async () => {
    const [fixAll, ...others] = await actions('doc.md', 0, { only: ['source.fixAll'] });
    expect(others).toEqual([]);
    expect(fixAll!.kind).toBe('source.fixAll.mlsd');
    const fixed = applyEdits(DOC, editsOf(fixAll!));
    expect(check(fixed).findings.filter((f) => f.fix)).toEqual([]);
    let cursor = 0;
    for (const line of DOC.split('\n')) {
      const found = fixed.split('\n').indexOf(line, cursor);
      expect(found, `line kept: ${JSON.stringify(line)}`).toBeGreaterThanOrEqual(cursor);
      cursor = found + 1;
    }
  });

  it('offer the frontmatter opt-in to a document checked by its path', async () => {
    const text = DOC.replace(/^---\n[\s\S]*?\n---\n\n/, '');
    await client.open(uri('design-docs/by-path.md'), text);
    const optIn = (await actions('design-docs/by-path.md', 0)).find((a) => a.title.includes('frontmatter'))!;
    expect(applyEdits(text, editsOf(optIn, 'design-docs/by-path.md'))).toBe(`---\nframework: ml-system-design\n---\n\n${text}`);
    expect((await actions('doc.md', 0)).filter((a) => a.title.includes('frontmatter'))).toEqual([]);
  });
});

const complete = async (name: string, line: number, character: number) => {
  const result = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: uri(name) }, position: { line, character } })) as CompletionItem[] | CompletionList;
  return Array.isArray(result) ? result : result.items;
};

describe('completion', () => {
  it('offers the missing steps and sub-sections at the start of a heading, in order', async () => {
    const text = DOC.replace(/## 7\. Monitoring[\s\S]*$/, '## ');
    await client.open(uri('heading.md'), text);
    const items = await complete('heading.md', text.split('\n').length - 1, 3);
    expect(items.map((i) => i.label)).toEqual(['Data preparation', 'Monitoring']);
    expect(items[1]).toMatchObject({ kind: CompletionItemKind.Module, detail: 'Framework step 7 of 7 (missing)' });
    expect(items[1]!.textEdit).toMatchObject({ newText: 'Monitoring' });
  });

  it('offers metrics that fit the ML category inside Evaluation, with their definitions', async () => {
    const line = lineOf(DOC, 'Offline metrics: normalized cross-entropy and ROC-AUC.');
    const labels = (await complete('doc.md', line, 0)).map((i) => i.label);
    expect(labels).toEqual(expect.arrayContaining(['ROC-AUC', 'log loss', 'CTR']));
    expect(labels).not.toContain('nDCG');
    const auc = (await complete('doc.md', line, 0)).find((i) => i.label === 'ROC-AUC')!;
    expect(String(auc.documentation)).toMatch(/\w+/);
    expect(await complete('doc.md', lineOf(DOC, 'Baseline: logistic regression on hashed features. Then a deep & cross network.'), 0)).toEqual([]);
  });

  it('offers every metric when the document names no ML category, and nothing that only looks like one', async () => {
    const text = DOC.replace('ML category: binary classification.', 'It is a supervised problem.');
    await client.open(uri('no-category.md'), text);
    const labels = (await complete('no-category.md', lineOf(text, 'Offline metrics: normalized cross-entropy and ROC-AUC.'), 0)).map((i) => i.label);
    expect(labels).toEqual(expect.arrayContaining(['ROC-AUC', 'nDCG', 'CTR']));
    expect(labels).not.toContain('not a metric');
  });

  it('offers frontmatter keys and the values the schema allows', async () => {
    const text = '---\nframework: ml-system-design\nstatus: \n\n---\n\n# Doc\n';
    await client.open(uri('front.md'), text);
    expect((await complete('front.md', 2, 8)).map((i) => i.label)).toEqual(['draft', 'review', 'approved', 'superseded']);
    const keys = (await complete('front.md', 3, 0)).map((i) => i.label);
    expect(keys).toEqual(['case', 'title', 'author']);
  });
});

describe('hover', () => {
  it('explains a step on its heading, with the facts already found', async () => {
    const line = lineOf(DOC, '## 5. Metrics');
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uri('doc.md') }, position: { line, character: 5 } });
    const value = (hover!.contents as MarkupContent).value;
    expect(value).toMatch(/^\*\*Evaluation\*\* \(framework step 5 of 7\)/);
    expect(value).toMatch(/✓ .*found: .*normalized cross-entropy/);
    expect(value).toContain('Matched “5. Metrics” as an alias');
  });

  it('defines no metric on a phrase that only looks like one', async () => {
    const text = DOC.replace('Online metrics: CTR and revenue lift in an A/B test.', 'Online metrics: CTR and revenue lift in an A/B test, after the ONNX conversion step.');
    await client.open(uri('conversion.md'), text);
    const line = lineOf(text, 'Online metrics: CTR and revenue lift in an A/B test, after the ONNX conversion step.');
    const character = text.split('\n')[line]!.indexOf('conversion step') + 3;
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uri('conversion.md') }, position: { line, character } });
    expect(JSON.stringify(hover ?? '')).not.toContain('not a metric');
  });

  it('defines a metric under the cursor', async () => {
    const text = 'Offline metrics: normalized cross-entropy and ROC-AUC.';
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uri('doc.md') }, position: { line: lineOf(DOC, text), character: text.indexOf('ROC') + 2 } });
    expect((hover!.contents as MarkupContent).value).toMatch(/^\*\*ROC-AUC\*\* \(offline metric\)\n\n\S/);
    expect(hover!.range!.start.character).toBe(text.indexOf('ROC'));
  });
});

describe('a step found inside another part', () => {
  // Monitoring has no heading of its own: it is written under Launch.
  const INSIDE = COMPLETE.replace(/## 7\. Monitoring\n\n.*\n/, '').replace(
    'Online prediction behind the ad server, 20 ms budget.',
    'Online prediction behind the ad server, 20 ms budget.\n\nWe alert on feature drift and on CTR drops, and retrain daily.',
  );
  const line = lineOf(INSIDE, 'We alert on feature drift and on CTR drops, and retrain daily.');

  it('is shown where it was found: hover, outline and coverage lens', async () => {
    await client.open(uri('inside.md'), INSIDE);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uri('inside.md') }, position: { line, character: 4 } });
    expect((hover!.contents as MarkupContent).value).toContain(`Found under “6. Serving”, line ${line + 1}, not under a heading of its own.`);
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: uri('inside.md') } })) as DocumentSymbol[];
    expect(symbols.at(-1)).toMatchObject({ name: 'Monitoring', detail: 'under 6. Serving', selectionRange: { start: { line } } });
    const [lens] = (await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: uri('inside.md') } }))!;
    expect(lens!.command!.title).toBe(`Framework coverage 7/7 · Monitoring under “6. Serving”, line ${line + 1}`);
  });
});

describe('outline, folding and coverage', () => {
  it('names the sections by framework step', async () => {
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: uri('doc.md') } })) as DocumentSymbol[];
    expect(symbols.map((s) => s.name)).toEqual(['Clarifying requirements', 'Frame the problem as an ML task', 'Model development', 'Evaluation', 'Deployment and serving', 'Monitoring']);
    expect(symbols[3]).toMatchObject({ detail: '5. Metrics', selectionRange: { start: { line: lineOf(DOC, '## 5. Metrics') } } });
    expect(symbols[3]!.children!.map((s) => s.name)).toEqual(['Offline metrics', 'Online metrics']);
  });

  it('folds the frontmatter and each section', async () => {
    const ranges = await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: uri('doc.md') } });
    expect(ranges).toContainEqual({ startLine: 0, endLine: 2, kind: 'region' });
    const evaluation = lineOf(DOC, '## 5. Metrics');
    expect(ranges).toContainEqual({ startLine: evaluation, endLine: evaluation + 3, kind: 'region' });
  });

  it('shows coverage on the first line, and its command reveals gap after gap', async () => {
    const [lens, ...others] = (await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: uri('doc.md') } }))!;
    expect(others).toEqual([]);
    expect(lens!.command).toEqual({ title: 'Framework coverage 6/7 · missing: Data preparation', command: 'mlsd.revealNextGap', arguments: [uri('doc.md')] });
    await client.connection.sendRequest(ExecuteCommandRequest.type, lens!.command!);
    await client.connection.sendRequest(ExecuteCommandRequest.type, lens!.command!);
    // Gap after gap, in document order, then round again.
    const gaps = diagnostics.map((d) => d.range.start.line);
    expect(shown.map((s) => s.selection!.start.line)).toEqual([gaps[0], gaps[1 % gaps.length]]);
    expect(shown[0]).toMatchObject({ uri: uri('doc.md'), takeFocus: true });
  });
});
