// npm run bench: MLSD's speed budgets, measured on this machine, written to bench/RESULTS.md.
// Every figure is a median (or percentile) of repeated runs; ratios are measured in the same run.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { designDoc } from './generate.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { analyze, loadSchema } = require(join(root, 'dist', 'core.js'));
const protocol = require('vscode-languageserver-protocol/node');
const quick = process.argv.includes('--quick');

const median = (values) => percentile(values, 50);
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

// 1. Full analysis next to remark's parse of the same text.
function analysisVsParse() {
  const { schema } = loadSchema(readFileSync(join(root, 'schemas', 'ml-system-design.yaml'), 'utf8'));
  const options = { resolveSchema: () => ({ schema }) };
  const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();
  const rows = [];
  for (const lines of [100, 1_000, 10_000]) {
    const text = designDoc(lines);
    const runs = quick ? 3 : lines >= 10_000 ? 11 : lines >= 1_000 ? 31 : 101;
    const parse = [];
    const full = [];
    for (let i = 0; i < runs + 2; i++) {
      // Alternate, so both see the same machine state; the first two runs warm up.
      let start = performance.now();
      parser.parse(text);
      const p = performance.now() - start;
      start = performance.now();
      analyze(text, options);
      const a = performance.now() - start;
      if (i >= 2) {
        parse.push(p);
        full.push(a);
      }
    }
    rows.push({ lines, parse: median(parse), analyze: median(full) });
  }
  return rows;
}

// A language server over stdio, as an editor starts it.
async function startServer() {
  const child = spawn(process.execPath, [join(root, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = protocol.createProtocolConnection(new protocol.StreamMessageReader(child.stdout), new protocol.StreamMessageWriter(child.stdin));
  const waiters = [];
  connection.onRequest(protocol.ConfigurationRequest.type, (params) => params.items.map(() => ({})));
  connection.onRequest(protocol.RegistrationRequest.type, () => undefined);
  connection.onNotification(protocol.PublishDiagnosticsNotification.type, (params) => {
    for (const waiter of [...waiters]) {
      if (waiter.uri === params.uri && (waiter.version === undefined || params.version === waiter.version)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(params);
      }
    }
  });
  connection.listen();
  const folder = pathToFileURL(tmpdir()).href;
  await connection.sendRequest(protocol.InitializeRequest.type, {
    processId: process.pid,
    rootUri: folder,
    workspaceFolders: [{ uri: folder, name: 'bench' }],
    capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
  });
  await connection.sendNotification(protocol.InitializedNotification.type, {});
  const published = (uri, version) => new Promise((resolve) => waiters.push({ uri, version, resolve }));
  return {
    child,
    async open(uri, text) {
      const done = published(uri, 1);
      await connection.sendNotification(protocol.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      return done;
    },
    async change(uri, version, change) {
      const done = published(uri, version);
      await connection.sendNotification(protocol.DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [change] });
      return done;
    },
    rss() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
    },
    async stop() {
      await connection.sendRequest(protocol.ShutdownRequest.type);
      await connection.sendNotification(protocol.ExitNotification.type);
      connection.dispose();
    },
  };
}

// 2. One-character edits: didChange sent to publishDiagnostics received, one at a time.
async function keystrokeLatency(lines) {
  const server = await startServer();
  const text = designDoc(lines);
  const uri = pathToFileURL(join(tmpdir(), `bench-${lines}.mlsd.md`)).href;
  await server.open(uri, text);
  const settle = () => new Promise((resolve) => setTimeout(resolve, 1_500));
  // Memory once the server has collected after opening, and again after the edits: what an
  // edit leaves behind (an old version of the document, say) shows as growth.
  await settle();
  const rssOpen = server.rss();
  // Type in the middle of prose lines spread over the document.
  const prose = text.split('\n').flatMap((line, index) => (line.startsWith('Paragraph') ? [index] : []));
  const times = [];
  const edits = quick ? 20 : 300;
  for (let i = 0; i < edits; i++) {
    const line = prose[(i * 7919) % prose.length];
    const position = { line, character: 10 };
    const change = i % 2 === 0 ? { range: { start: position, end: position }, text: 'x' } : { range: { start: position, end: { line, character: 11 } }, text: '' };
    const start = performance.now();
    await server.change(uri, i + 2, change);
    times.push(performance.now() - start);
  }
  await settle();
  const rssEdited = server.rss();
  await server.stop();
  return { lines, p50: percentile(times, 50), p95: percentile(times, 95), rssOpen, rssEdited, edits };
}

// A corpus of design docs of about 200 lines, each with its own gaps.
function makeCorpus(count) {
  const dir = mkdtempSync(join(tmpdir(), 'mlsd-bench-corpus-'));
  const docs = join(dir, 'docs');
  mkdirSync(docs);
  const base = designDoc(200);
  const steps = base.split(/^(?=## )/m);
  for (let i = 0; i < count; i++) {
    // Drop one step in three documents out of four, so there is something to report.
    const dropped = i % 4 === 3 ? -1 : 1 + (i % 7);
    const text = steps.filter((_, index) => index !== dropped).join('').replace('Search ranking', `Search ranking ${i}`);
    writeFileSync(join(docs, `doc-${String(i).padStart(4, '0')}.md`), text);
  }
  // markdownlint-cli2 with only MD043 (required headings) enabled, the nearest thing it has.
  writeFileSync(
    join(dir, '.markdownlint-cli2.jsonc'),
    JSON.stringify({
      config: {
        default: false,
        MD043: { headings: ['# *', '## *Requirements*', '*', '## *Framing*|*ML task*', '*', '## *Data*', '*', '## *Model*', '*', '## *Evaluation*', '*', '## *Serving*', '*', '## *Monitoring*', '*'] },
      },
    }),
  );
  return { dir, docs };
}

function wallTime(command, args, cwd, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    spawnSync(command, args, { cwd, stdio: 'ignore' });
    times.push(performance.now() - start);
  }
  return median(times);
}

// 3 and 4. Whole-process wall time of mlsd check and markdownlint-cli2 on the same files.
function cliComparison(corpus) {
  const mlsd = [join(root, 'dist', 'cli.js'), 'check', 'docs'];
  const markdownlint = [join(root, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs'), 'docs/**/*.md'];
  const runs = quick ? 2 : 7;
  const many = { mlsd: wallTime(process.execPath, mlsd, corpus.dir, runs), markdownlint: wallTime(process.execPath, markdownlint, corpus.dir, runs) };
  const one = {
    mlsd: wallTime(process.execPath, [mlsd[0], 'check', 'docs/doc-0000.md'], corpus.dir, runs * 2 + 1),
    markdownlint: wallTime(process.execPath, [markdownlint[0], 'docs/doc-0000.md'], corpus.dir, runs * 2 + 1),
  };
  return { many, one };
}

// 5. Memory of the server process with every corpus document open.
async function serverMemory(corpus, count) {
  const server = await startServer();
  const texts = Array.from({ length: count }, (_, i) => readFileSync(join(corpus.docs, `doc-${String(i).padStart(4, '0')}.md`), 'utf8'));
  await Promise.all(texts.map((text, i) => server.open(pathToFileURL(join(corpus.docs, `open-${i}.mlsd.md`)).href, text)));
  // Memory once the server has settled after the burst (it collects garbage when idle).
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const rss = server.rss();
  await server.stop();
  return rss;
}

function machine() {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}; ${process.platform} ${process.arch}`;
}

const fmt = (ms) => `${ms.toFixed(ms < 10 ? 1 : 0)} ms`;
const verdict = (ok) => (ok ? 'within budget' : '**over budget**');

const count = quick ? 100 : 1000;
// Latency first, while this process's own heap is small: its garbage collection would
// otherwise land inside the measured round trips and be counted against the server.
console.error('bench: keystroke latency…');
const latency = [await keystrokeLatency(1_000), await keystrokeLatency(10_000)];
console.error('bench: analysis vs parse…');
const parseRows = analysisVsParse();
console.error(`bench: CLI on ${count} documents…`);
const corpus = makeCorpus(count);
const cli = cliComparison(corpus);
console.error('bench: server memory…');
const rss = await serverMemory(corpus, count);

const lines = [
  '# Benchmark results',
  '',
  `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${machine()}.`,
  'Generated documents are deterministic (bench/generate.mjs). Medians unless stated.',
  '',
  '## Full analysis vs parsing',
  '',
  '| document | remark-parse + frontmatter + gfm | mlsd analysis (parse included) | ratio | budget ≤ 1.15 |',
  '|---|---|---|---|---|',
  ...parseRows.map((row) => `| ${row.lines.toLocaleString('en-US')} lines | ${fmt(row.parse)} | ${fmt(row.analyze)} | ${(row.analyze / row.parse).toFixed(2)} | ${verdict(row.analyze / row.parse <= 1.15)} |`),
  '',
  '## Keystroke to diagnostics (real protocol, language server over stdio)',
  '',
  '| document | p50 | p95 | budget (p95) |',
  '|---|---|---|---|',
  ...latency.map((row) => {
    const budget = row.lines >= 10_000 ? 30 : 10;
    return `| ${row.lines.toLocaleString('en-US')} lines | ${fmt(row.p50)} | ${fmt(row.p95)} | ≤ ${budget} ms: ${verdict(row.p95 <= budget)} |`;
  }),
  '',
  `## Command line, ${count.toLocaleString('en-US')} documents of about 200 lines (whole-process wall time)`,
  '',
  '| run | mlsd check | markdownlint-cli2 (MD043 only) | speed-up | budget |',
  '|---|---|---|---|---|',
  `| ${count.toLocaleString('en-US')} files | ${fmt(cli.many.mlsd)} | ${fmt(cli.many.markdownlint)} | ${(cli.many.markdownlint / cli.many.mlsd).toFixed(2)}× | ≥ 2×: ${verdict(cli.many.markdownlint / cli.many.mlsd >= 2)} |`,
  `| 1 file | ${fmt(cli.one.mlsd)} | ${fmt(cli.one.markdownlint)} | ${(cli.one.markdownlint / cli.one.mlsd).toFixed(2)}× | no slower: ${verdict(cli.one.mlsd <= cli.one.markdownlint)} |`,
  '',
  '## Server memory',
  '',
  `RSS of the language server with ${count.toLocaleString('en-US')} documents open and analysed, 2 s after the last diagnostics: ${rss.toFixed(0)} MB (budget ≤ 200 MB: ${verdict(rss <= 200)}).`,
  '',
  'The same server, one document open, before and after the keystrokes measured above (1.5 s after each, when it has collected):',
  '',
  '| document | RSS once opened | after the edits | growth |',
  '|---|---|---|---|',
  ...latency.map((row) => `| ${row.lines.toLocaleString('en-US')} lines, ${row.edits} edits | ${row.rssOpen.toFixed(0)} MB | ${row.rssEdited.toFixed(0)} MB | ${(row.rssEdited / row.rssOpen).toFixed(2)}× |`),
  '',
];
const report = lines.join('\n');
if (!quick) writeFileSync(join(root, 'bench', 'RESULTS.md'), report);
console.log(report);
