/** The built server, spoken to over stdio as an editor would. */
import { fork } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPLETE } from './helpers.js';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  IPCMessageReader,
  IPCMessageWriter,
  PublishDiagnosticsNotification,
  ShutdownRequest,
} from 'vscode-languageserver-protocol/node';
import { LspClient, SERVER } from './lsp-client.js';

const workspace = mkdtempSync(join(tmpdir(), 'mlsd-protocol-'));
const uri = (name: string) => pathToFileURL(join(workspace, name)).href;
const GAPS = COMPLETE.replace('Online prediction behind the ad server, 20 ms budget.', 'A model server behind the ad server.').replace(
  /## 7\. Monitoring[\s\S]*$/,
  '## 7. Monitoring\n',
);
const codes = (params: { diagnostics: Array<{ code?: string | number }> }) => params.diagnostics.map((d) => d.code);

let client: LspClient;
beforeAll(async () => {
  client = await LspClient.start(workspace);
});
afterAll(async () => {
  expect(await client.stop()).toBe(0);
});

describe('diagnostics', () => {
  it('are published on open with code, docs link, source, severity and range', async () => {
    const published = await client.open(uri('ad-click.md'), GAPS);
    expect(published.version).toBe(1);
    expect(published.diagnostics).toEqual([
      {
        range: { start: { line: 28, character: 0 }, end: { line: 28, character: 13 } },
        severity: 1,
        code: 'missing-serving-mode',
        codeDescription: { href: 'https://github.com/mlsd-tools/mlsd/blob/main/docs/rules/missing-serving-mode.md' },
        source: 'mlsd',
        message: 'Serving: state whether predictions are made online, in batch or streaming',
        data: { section: 'serving' },
      },
      expect.objectContaining({ code: 'empty-section', severity: 2, message: 'Monitoring section is empty' }),
    ]);
  });

  it('carry the fix for missing sections in data', async () => {
    const text = COMPLETE.replace(/## 3\. Data preparation\n\n.*\n\n/, '');
    const published = await client.open(uri('no-data.md'), text);
    const [diagnostic] = published.diagnostics;
    expect(diagnostic!.code).toBe('missing-section');
    expect((diagnostic!.data as { fix: { edits: Array<{ newText: string }> } }).fix.edits[0]!.newText).toMatch(/^## Data preparation\n/);
  });

  it('update on change: adding the missing piece clears its diagnostic', async () => {
    const line = GAPS.split('\n').indexOf('A model server behind the ad server.');
    const published = await client.change(uri('ad-click.md'), [
      { range: { start: { line, character: 0 }, end: { line, character: 36 } }, text: 'Online prediction behind the ad server.' },
    ]);
    expect(codes(published)).toEqual(['empty-section']);
  });

  it('never publish a version older than one already published, after a burst of changes', async () => {
    const target = uri('burst.md');
    await client.open(target, GAPS);
    const before = client.published.length;
    const lines = GAPS.split('\n').length;
    const end = { line: lines - 1, character: 0 };
    const edits = ['Drift alerts.', ' Retraining.', ' Weekly.'].map((text) => [{ range: { start: end, end }, text }]);
    // Versions 2, 3 and 4 go out back to back; any may be published, but never out of order,
    // and the last one published is the document's current version.
    void client.change(target, edits[0]!);
    void client.change(target, edits[1]!);
    await client.change(target, edits[2]!);
    await client.change(target, [{ range: { start: end, end }, text: '.' }]);
    const versions = client.published.slice(before).filter((p) => p.uri === target).map((p) => p.version!);
    expect(versions.at(-1)).toBe(5);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });

  it("take edits whose ranges lie past the end, or end before they start, as the editor's document does, and keep serving", async () => {
    const target = uri('ranges.md');
    expect(codes(await client.open(target, GAPS))).toContain('empty-section');
    // Past the last line: the text is clamped to the end, as TextDocument.update clamps it.
    const past = await client.change(target, [{ range: { start: { line: 10_000, character: 500 }, end: { line: 10_001, character: 0 } }, text: '\nWe alert on drift in the score distribution and page the on-call.\n' }]);
    expect(past.version).toBeGreaterThan(1);
    // The text went in at the end, under the empty Monitoring heading: it is empty no more.
    expect(codes(past)).not.toContain('empty-section');
    // An end before its start replaces nothing it cannot find, and the server answers the next version.
    const reversed = await client.change(target, [{ range: { start: { line: 3, character: 5 }, end: { line: 1, character: 0 } }, text: '' }]);
    expect(reversed.version).toBe(past.version! + 1);
    const after = await client.change(target, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' }]);
    expect(after.version).toBe(reversed.version! + 1);
  });

  it('follow the client through a version that goes backwards, and answer the next one', async () => {
    const target = uri('backwards.md');
    await client.open(target, GAPS);
    await client.change(target, [{ text: GAPS.replace('## 7. Monitoring\n', '## 7. Monitoring\n\nWe alert on drift.\n') }]);
    // A misbehaving client sends version 1 again, with a text that lacks the monitoring content.
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: target, version: 1 }, contentChanges: [{ text: GAPS }] });
    // Its next change is version 3 on top of that text: the analysis is of the text the client holds.
    const next = await client.change(target, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' }]);
    expect(next.version).toBe(3);
    expect(codes(next)).toContain('empty-section');
  });

  it('answer a small document while a large new one is still being parsed', async () => {
    const large = `${COMPLETE}\n${'## Notes\n\nA paragraph of notes about the design and its trade-offs.\n\n'.repeat(4000)}`;
    const order: string[] = [];
    const big = client.open(uri('large.md'), large).then(() => order.push('large'));
    const small = client.open(uri('small.md'), GAPS).then(() => order.push('small'));
    await Promise.all([big, small]);
    expect(order).toEqual(['small', 'large']);
  });

  it('leave ordinary Markdown alone', async () => {
    const published = await client.open(uri('README.md'), '# Tool\n\n## Installation\n\nnpm i\n\n## Monitoring\n\nNone.\n');
    expect(published.diagnostics).toEqual([]);
  });

  it('check files matching the include globs relative to the workspace folder', async () => {
    mkdirSync(join(workspace, 'design-docs'), { recursive: true });
    const published = await client.open(uri('design-docs/search.md'), '# Search\n\n## Requirements\n\n10k QPS.\n');
    expect(codes(published)).toEqual(Array(6).fill('missing-section'));
  });

  it('are cleared when the document closes', async () => {
    const published = await client.close(uri('no-data.md'));
    expect(published.diagnostics).toEqual([]);
  });
});

describe('settings', () => {
  it('are pulled with workspace/configuration and re-applied on change', async () => {
    const target = uri('settings.md');
    expect(codes(await client.open(target, GAPS))).toEqual(['missing-serving-mode', 'empty-section']);
    const requests = client.configurationRequests;

    let published = client.diagnostics(target);
    await client.changeSettings({ rules: { 'missing-serving-mode': 'off', 'empty-section': 'error' } });
    const changed = await published;
    expect(changed.diagnostics.map((d) => [d.code, d.severity])).toEqual([['empty-section', 1]]);
    expect(client.configurationRequests).toBeGreaterThan(requests);

    published = client.diagnostics(target);
    await client.changeSettings({ enable: false });
    expect((await published).diagnostics).toEqual([]);

    published = client.diagnostics(target);
    await client.changeSettings({ include: [], rules: { nonsense: 'loud', 'empty-section': 12 } });
    expect(codes(await published)).toEqual(['missing-serving-mode', 'empty-section']);
  });
});

describe('broken input', () => {
  it('reports broken frontmatter YAML at its place', async () => {
    const published = await client.open(uri('broken-yaml.md'), '---\nframework: ml-system-design\ntitle: a: b\n---\n\n## Requirements\n\nx\n');
    expect(published.diagnostics[0]).toMatchObject({ code: 'frontmatter-error', range: { start: { line: 2, character: 7 } } });
  });

  it('reports an invalid team schema with the place of the error in the schema file', async () => {
    writeFileSync(join(workspace, 'team.yaml'), 'id: team\ntitle: Team\nsections:\n  - id: goals\n');
    const published = await client.open(uri('team-doc.md'), '---\nframework: ./team.yaml\n---\n\n# Doc\n');
    expect(published.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['schema-error', 'Schema "team.yaml" is invalid (4:5): sections[0]: missing key "title"'],
    ]);
  });

  it('answers a 5 MB document with one diagnostic and keeps serving', async () => {
    const huge = `---\nframework: ml-system-design\n---\n\n${'## Requirements\n\nA line of text.\n'.repeat(160_000)}`;
    expect(huge.length).toBeGreaterThan(5_000_000);
    const published = await client.open(uri('huge.md'), huge);
    expect(codes(published)).toEqual(['document-too-large']);
    expect(codes(await client.open(uri('after-huge.md'), GAPS))).toEqual(['missing-serving-mode', 'empty-section']);
  });

  it('ignores a document opened without a uri, and publishes nothing without one', async () => {
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { languageId: 'markdown', version: 1, text: GAPS } });
    expect(codes(await client.open(uri('after-no-uri.md'), GAPS))).toEqual(['missing-serving-mode', 'empty-section']);
    expect(client.published.filter((params) => typeof params.uri !== 'string')).toEqual([]);
  });

  it('survives odd Markdown and binary junk', async () => {
    const junk = `---\nframework: ml-system-design\n---\n${'>'.repeat(3000)} x\n\u0000\u0001\uFFFD\n\`\`\`\n## Serving`;
    const published = await client.open(uri('junk.md'), junk);
    expect(codes(published)).toContain('missing-section');
    expect(client.process.exitCode).toBeNull();
  });
});

describe('after shutdown', () => {
  it('answers requests with InvalidRequest, then exits cleanly', async () => {
    const own = await LspClient.start(workspace);
    await own.open(uri('before-shutdown.md'), GAPS);
    await own.connection.sendRequest(ShutdownRequest.type);
    const hover = own.connection.sendRequest('textDocument/hover', { textDocument: { uri: uri('before-shutdown.md') }, position: { line: 0, character: 0 } });
    await expect(hover).rejects.toMatchObject({ code: -32600 });
    const exited = new Promise<number | null>((resolve) => own.process.once('exit', resolve));
    await own.connection.sendNotification(ExitNotification.type);
    expect(await exited).toBe(0);
    own.connection.dispose();
  });
});

describe('without workspace/configuration', () => {
  it('uses defaults, then settings pushed with didChangeConfiguration', async () => {
    const pushClient = await LspClient.start(workspace, {}, { configuration: false });
    try {
      const target = uri('push.md');
      expect(codes(await pushClient.open(target, GAPS))).toEqual(['missing-serving-mode', 'empty-section']);
      const published = pushClient.diagnostics(target);
      await pushClient.changeSettings({ rules: { 'empty-section': 'off' } });
      expect(codes(await published)).toEqual(['missing-serving-mode']);
      expect(pushClient.configurationRequests).toBe(0);
    } finally {
      await pushClient.stop();
    }
  });
});

describe('over Node IPC, as the VS Code client starts it', () => {
  it('publishes diagnostics', async () => {
    const child = fork(SERVER, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    const target = uri('ipc.md');
    const published = new Promise<{ diagnostics: Array<{ code?: string | number }> }>((resolve) =>
      connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
        if (params.uri === target) resolve(params);
      }),
    );
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
    await connection.sendNotification(InitializedNotification.type, {});
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: target, languageId: 'markdown', version: 1, text: GAPS } });
    expect(codes(await published)).toEqual(['missing-serving-mode', 'empty-section']);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    await connection.sendRequest(ShutdownRequest.type);
    await connection.sendNotification(ExitNotification.type);
    expect(await exited).toBe(0);
    connection.dispose();
  });
});
