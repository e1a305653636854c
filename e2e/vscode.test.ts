/**
 * The packaged .vsix in real VS Code: the VS Code server from the npm package code-server,
 * opened in Debian's Chromium through playwright-core. A test-only helper extension runs
 * scenarios/diagnostics.js with the real `vscode` API and writes what VS Code reports.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ARTIFACTS, ROOT, VERSION, VSIX } from './paths.js';

interface Diagnostic {
  code: string;
  href?: string;
  severity: number;
  source: string;
  message: string;
  range: [number, number, number, number];
}

interface Record {
  vscodeVersion: string;
  done?: boolean;
  error?: string;
  steps: {
    installed: { found: boolean; version: string; activeBeforeOpen: boolean };
    activation: { active: boolean; returnsClient: boolean; clientRunning: boolean };
    initial: Diagnostic[];
    afterEdit: Diagnostic[];
    readme: Diagnostic[];
    afterSettingOff: Diagnostic[];
    newDocument: { returned: boolean; scheme: string; languageId: string; firstLines: string[]; selected: string; selectionLine: number; codes: string[] };
    commandRegistered: boolean;
    features: { quickFix: Array<{ title: string; kind: string }>; metricLabels: string[]; hover: boolean; symbols: string[]; lens: string; revealed: number; lastLine: number };
    workStyle: { codes: string[]; hover: string };
    fixAll: { kind: string; after: string[] };
  };
}

// vscode.DiagnosticSeverity
const ERROR = 0;

/** The part of playwright-core's API the test uses. */
interface Chromium {
  launch(options: { executablePath: string; headless: boolean; args: string[] }): Promise<{
    close(): Promise<void>;
    newPage(options: { viewport: { width: number; height: number } }): Promise<{
      goto(url: string): Promise<unknown>;
      waitForSelector(selector: string, options: { timeout: number }): Promise<unknown>;
      screenshot(options: { path: string }): Promise<unknown>;
    }>;
  }>;
}
const WARNING = 1;
const cache = inject('e2eCache');
const codeServer = join(cache, 'node_modules', 'code-server');
const temp = mkdtempSync(join(tmpdir(), 'mlsd-vscode-'));
const dirs = Object.fromEntries(['home', 'tmp', 'server-data', 'user-data', 'extensions', 'workspace'].map((name) => [name, join(temp, name)]));
const out = join(temp, 'record.json');
let server: ChildProcess | undefined;
let browser: { close(): Promise<void> } | undefined;
let record: Record;
let startedAt = 0;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Waits on a condition that an outside process makes true (a file written, a port answering), with a deadline. */
async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
  mkdirSync(ARTIFACTS, { recursive: true });
  cpSync(join(ROOT, 'e2e', 'workspace'), dirs.workspace!, { recursive: true });
  const env = {
    ...process.env,
    HOME: dirs.home,
    TMPDIR: dirs.tmp,
    XDG_CONFIG_HOME: join(dirs.home!, '.config'),
    XDG_DATA_HOME: join(dirs.home!, '.local', 'share'),
    XDG_CACHE_HOME: join(dirs.home!, '.cache'),
  };

  // Install the .vsix as a user would.
  const install = spawnSync(process.execPath, [join(codeServer, 'out', 'node', 'entry.js'), '--extensions-dir', dirs.extensions!, '--user-data-dir', dirs['user-data']!, '--install-extension', VSIX], { env, encoding: 'utf8' });
  if (install.status !== 0) throw new Error(`installing ${VSIX} failed:\n${install.stdout}\n${install.stderr}`);

  const port = await freePort();
  const log = createWriteStream(join(ARTIFACTS, 'vscode-server.log'));
  startedAt = Date.now();
  server = spawn(
    process.execPath,
    [
      join(codeServer, 'lib', 'vscode', 'out', 'server-main.js'),
      '--host', '127.0.0.1', '--port', String(port),
      '--without-connection-token', '--accept-server-license-terms', '--disable-telemetry',
      '--enable-smoke-test-driver', '--disable-workspace-trust',
      '--server-data-dir', dirs['server-data']!, '--user-data-dir', dirs['user-data']!, '--extensions-dir', dirs.extensions!,
    ],
    {
      env: { ...env, MLSD_E2E_SCENARIO: join(ROOT, 'e2e', 'scenarios', 'diagnostics.js'), MLSD_E2E_OUT: out },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  server.stdout!.pipe(log);
  server.stderr!.pipe(log);
  const base = `http://127.0.0.1:${port}`;
  await until('the VS Code server to answer', () => fetch(base).then((r) => (r.ok ? true : undefined), () => undefined), 60_000);

  // playwright-core lives in the harness cache, not in the project's dependencies.
  const { chromium } = createRequire(join(cache, 'package.json'))('playwright-core') as { chromium: Chromium };
  const launched = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  browser = launched;
  const page = await launched.newPage({ viewport: { width: 1400, height: 900 } });
  const devPath = `vscode-remote://127.0.0.1:${port}${join(ROOT, 'e2e', 'dev-extensions')}`;
  const payload = encodeURIComponent(JSON.stringify([['extensionDevelopmentPath', devPath]]));
  await page.goto(`${base}/?folder=${encodeURIComponent(dirs.workspace!)}&payload=${payload}`);

  record = await until(
    'the scenario to finish',
    () => {
      if (!existsSync(out)) return undefined;
      const value = JSON.parse(readFileSync(out, 'utf8')) as Record;
      return value.done || value.error ? value : undefined;
    },
    180_000,
  );
  // Let the editor paint the state the scenario left, then keep it as an artefact.
  await page.waitForSelector('.squiggly-error, .squiggly-warning', { timeout: 30_000 }).catch(() => undefined);
  await page.screenshot({ path: join(ARTIFACTS, 'vscode-diagnostics.png') });
  console.log(`VS Code ${record.vscodeVersion}: scenario finished in ${((Date.now() - startedAt) / 1000).toFixed(1)} s; screenshot in ${join(ARTIFACTS, 'vscode-diagnostics.png')}`);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
});

describe('the packaged extension in VS Code', () => {
  it('runs the whole scenario without error', () => {
    expect(record.error).toBeUndefined();
    expect(record.done).toBe(true);
  });

  it('is installed from the .vsix and activates on a Markdown design doc, returning its client', () => {
    expect(record.steps.installed).toEqual({ found: true, version: VERSION, activeBeforeOpen: false });
    expect(record.steps.activation).toEqual({ active: true, returnsClient: true, clientRunning: true });
  });

  it('shows the expected diagnostics with ranges, codes, severities and docs links', () => {
    expect(record.steps.initial).toEqual([
      {
        code: 'missing-ml-category',
        href: 'https://github.com/mlsd-tools/mlsd/blob/main/docs/rules/missing-ml-category.md',
        severity: WARNING,
        source: 'mlsd',
        message: 'Framing: name the ML category (classification, regression, ranking, recommendation, ...)',
        range: [12, 0, 12, 37],
      },
      {
        code: 'missing-serving-mode',
        href: 'https://github.com/mlsd-tools/mlsd/blob/main/docs/rules/missing-serving-mode.md',
        severity: ERROR,
        source: 'mlsd',
        message: 'Serving: state whether predictions are made online, in batch or streaming',
        range: [31, 0, 31, 13],
      },
      {
        code: 'missing-section',
        href: 'https://github.com/mlsd-tools/mlsd/blob/main/docs/rules/missing-section.md',
        severity: ERROR,
        source: 'mlsd',
        message: 'Missing step 7 of 7: "Monitoring"',
        range: [33, 0, 33, 74],
      },
    ]);
  });

  it('clears a diagnostic when an edit adds the missing section', () => {
    expect(record.steps.afterEdit.map((d) => d.code)).toEqual(['missing-ml-category', 'missing-serving-mode']);
  });

  it('leaves a plain README alone', () => {
    expect(record.steps.readme).toEqual([]);
  });

  it('scaffolds a case study with "MLSD: New Design Doc…": untitled doc, snippet inserted, title selected, prompts reported', () => {
    expect(record.steps.commandRegistered).toBe(true);
    expect(record.steps.newDocument).toEqual({
      returned: true,
      scheme: 'untitled',
      languageId: 'markdown',
      firstLines: ['---', 'framework: ml-system-design', 'case: ad-click-prediction', 'title: Ad click prediction', 'status: draft', 'author: ', '---', '', '# Ad click prediction'],
      selected: 'Ad click prediction',
      selectionLine: 3,
      codes: ['empty-section', 'leftover-placeholder'],
    });
  });

  it('offers quick fixes, metric completion, step hover, framework symbols and a coverage lens that reveals the next gap', () => {
    expect(record.steps.features).toEqual({
      quickFix: [{ title: 'Add the "Monitoring" section', kind: 'quickfix' }],
      metricLabels: ['CTR', 'ROC-AUC', 'nDCG'],
      hover: true,
      symbols: expect.arrayContaining(['Clarifying requirements', 'Evaluation', 'Deployment and serving']),
      lens: 'Framework coverage 6/7 · missing: Monitoring',
      revealed: 12,
      lastLine: record.steps.features.lastLine,
    });
  });

  it('finds every step of a work-style doc, with no error, and says where each was found', () => {
    expect(record.steps.workStyle.codes).toEqual([]);
    expect(record.steps.workStyle.hover).toMatch(/^\*\*Frame the problem as an ML task\*\*/);
    expect(record.steps.workStyle.hover).toMatch(/Found under “Approach”, lines? \d+/);
  });

  it('applies every fix at once with source.fixAll.mlsd', () => {
    expect(record.steps.fixAll.kind).toBe('source.fixAll.mlsd');
    expect(record.steps.fixAll.after).not.toContain('missing-section');
  });

  it('removes a rule\'s diagnostics when its setting is turned off', () => {
    expect(record.steps.afterSettingOff.map((d) => d.code)).toEqual(['missing-ml-category']);
  });
});
