/** `mlsd check`, run as a user runs it: the built bundle in a child process. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPLETE, ROOT } from './helpers.js';

const CLI = join(ROOT, 'dist', 'cli.js');

function mlsd(args: string[], cwd = ROOT) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlsd-cli-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const GAPS = COMPLETE.replace('Online prediction behind the ad server, 20 ms budget.', 'A model server.');

describe('mlsd check', () => {
  it('prints path:line:col severity rule message, grouped per file, with a summary; exits 1 on errors', () => {
    const dir = workspace({ 'docs/a.md': GAPS, 'docs/b.md': COMPLETE, 'docs/README.md': '# Readme\n\nHello.\n' });
    const { code, stdout, stderr } = mlsd(['check', 'docs'], dir);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout).toBe(
      [
        'docs/a.md:29:1 error missing-serving-mode Serving: state whether predictions are made online, in batch or streaming',
        '',
        '✖ 1 error, 0 warnings (2 design docs checked, 1 other file skipped)',
        '',
      ].join('\n'),
    );
  });

  it('exits 0 when nothing is wrong, and on warnings only', () => {
    const dir = workspace({ 'a.md': COMPLETE, 'b.md': COMPLETE.replace(/Alerts on feature drift.*\n/, '') });
    const { code, stdout } = mlsd(['check', 'a.md', 'b.md'], dir);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^b\.md:33:1 warning empty-section Monitoring section is empty\n\n✖ 0 errors, 1 warning \(2 design docs checked\)\n$/);
  });

  it('prints the JSON report', () => {
    const WORK_STYLE = '---\nframework: ml-system-design\n---\n# Search\n\n## Problem\n\n1M queries a day.\n\n## Launch\n\nScores are served online by the search API.\n\nWe alert on drift in the query embeddings and retrain weekly.\n';
    const dir = workspace({ 'docs/a.md': GAPS });
    const { code, stdout } = mlsd(['check', '--format', 'json', 'docs/a.md'], dir);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.version).toBe(1);
    expect(report.summary).toEqual({ files: 1, errors: 1, warnings: 0, skipped: 0 });
    const [file] = report.files;
    expect(file.path).toBe('docs/a.md');
    expect(file.schema).toBe('ml-system-design');
    expect(file.sections.map((s: { id: string }) => s.id)).toEqual(['requirements', 'framing', 'data', 'model', 'evaluation', 'serving', 'monitoring']);
    expect(file.sections[4]).toEqual({
      id: 'evaluation',
      status: 'present',
      heading: '5. Evaluation',
      line: 23,
      found: 'heading',
      children: [
        { id: 'offline-metrics', status: 'present', heading: 'Offline metrics', line: 25, found: 'label', children: [] },
        { id: 'online-metrics', status: 'present', heading: 'Online metrics', line: 26, found: 'label', children: [] },
      ],
    });
    // A step written inside another part says where: the part's heading, and the line of its text.
    const inside = JSON.parse(mlsd(['check', '--format', 'json', 'docs/b.md'], workspace({ 'docs/b.md': WORK_STYLE })).stdout).files[0];
    expect(inside.sections.find((s: { id: string }) => s.id === 'monitoring')).toMatchObject({ found: 'content', within: 'Launch', line: 13 });
    expect(file.facts['offline-metrics']).toEqual({ found: true, values: ['normalized cross-entropy', 'ROC-AUC'], line: 25 });
    expect(file.facts['serving-mode']).toEqual({ found: false, values: [] });
    expect(file.findings).toEqual([
      {
        rule: 'missing-serving-mode',
        severity: 'error',
        message: 'Serving: state whether predictions are made online, in batch or streaming',
        section: 'serving',
        range: { start: { line: 28, character: 0 }, end: { line: 28, character: 13 } },
      },
    ]);
  });

  it('forces a schema on files that do not opt in with --schema', () => {
    const dir = workspace({ 'notes.md': '# Notes\n\n## Requirements\n\nFast.\n' });
    expect(mlsd(['check', 'notes.md'], dir)).toMatchObject({ code: 0 });
    const forced = mlsd(['check', '--schema', 'ml-system-design', 'notes.md'], dir);
    expect(forced.code).toBe(1);
    expect(forced.stdout.match(/missing-section/g)).toHaveLength(6);
  });

  it('accepts a team schema file by path, and expands globs', () => {
    const schema = 'id: team\ntitle: Team\nsections:\n  - id: goals\n    title: Goals\n  - id: risks\n    title: Risks\n';
    const dir = workspace({ 'team.yaml': schema, 'docs/x.md': '## Goals\n\nShip it.\n', 'docs/y.md': '## Goals\n\nx\n\n## Risks\n\ny\n' });
    const { code, stdout } = mlsd(['check', '--schema', 'team.yaml', 'docs/*.md'], dir);
    expect(code).toBe(1);
    expect(stdout).toContain('docs/x.md:3:1 error missing-section Missing step 2 of 2: "Risks"');
    expect(stdout).not.toContain('docs/y.md');
  });

  it('exits 2 with the schema file\'s line and column when --schema is invalid', () => {
    const dir = workspace({ 'bad.yaml': 'id: bad\ntitle: Bad\nsections:\n  - title: No id\n', 'a.md': '# a\n' });
    const { code, stdout, stderr } = mlsd(['check', '--schema', 'bad.yaml', 'a.md'], dir);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('bad.yaml:4:5 error sections[0]: missing key "id"\nmlsd: Schema "bad.yaml" is invalid\n');
  });

  it.each([
    [[], /missing command/],
    [['lint', 'x.md'], /unknown command "lint"/],
    [['check'], /no files given/],
    [['check', '--format', 'xml', 'x.md'], /unknown format "xml"/],
    [['check', '--bogus', 'x.md'], /Unknown option '--bogus'/],
    [['check', 'nowhere/*.md'], /no Markdown files match "nowhere\/\*\.md"/],
    [['check', '--schema', 'no-such-framework', 'README.md'], /Unknown framework "no-such-framework"/],
  ])('exits 2 with a clear message and no stack trace: %j', (args, message) => {
    const { code, stderr } = mlsd(args as string[]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('reads files with a byte-order mark like editors do', () => {
    // Only the frontmatter opts this document in, so a BOM hiding it would skip the file.
    const dir = workspace({ 'bom.md': '\uFEFF---\nframework: ml-system-design\n---\n\n## Requirements\n\n10M users.\n' });
    const { code, stdout } = mlsd(['check', 'bom.md'], dir);
    expect(code).toBe(1);
    expect(stdout).toContain('bom.md:7:1 error missing-section Missing step 2 of 7');
  });

  it('checks many files across worker threads, printing them in order', () => {
    const files = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`docs/${String(i).padStart(2, '0')}.md`, i % 2 ? GAPS : COMPLETE]));
    const dir = workspace(files);
    const { code, stdout } = mlsd(['check', 'docs'], dir);
    expect(code).toBe(1);
    const flagged = stdout.split('\n').filter((line) => line.includes('missing-serving-mode')).map((line) => line.split(':')[0]);
    expect(flagged).toEqual(Object.keys(files).filter((_, i) => i % 2));
    expect(stdout.endsWith('✖ 20 errors, 0 warnings (40 design docs checked)\n')).toBe(true);
    const json = JSON.parse(mlsd(['check', '--format', 'json', 'docs'], dir).stdout);
    expect(json.files.map((f: { path: string }) => f.path)).toEqual(Object.keys(files));
  });

  it('escapes control characters in file names, so a crafted name cannot forge findings in a CI log', () => {
    const name = 'a\nb.md:1:1 error fake\u001b[2J.md';
    const dir = workspace({ [name]: GAPS });
    const { stdout } = mlsd(['check', '.'], dir);
    expect(stdout.split('\n')[0]).toBe('a\\u000ab.md:1:1 error fake\\u001b[2J.md:29:1 error missing-serving-mode Serving: state whether predictions are made online, in batch or streaming');
  });

  it('says a path argument is too long instead of failing inside the glob library', () => {
    const { code, stderr } = mlsd(['check', `${'a'.repeat(100_000)}.md`]);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe('mlsd: a path of 100,003 characters is longer than any file system allows (4,096)');
  });

  it('stops quietly when the reader closes the pipe', () => {
    const dir = workspace(Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`docs/${i}.md`, GAPS])));
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" check docs | head -c 1 >/dev/null; echo "status \${PIPESTATUS:-x}"`], { cwd: dir, encoding: 'utf8' });
    expect(result.stderr).not.toMatch(/EPIPE|at .*\(/);
  });

  it('prints help and version', () => {
    expect(mlsd(['--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('Usage: mlsd check') });
    expect(mlsd(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('checks the bundled examples: the complete ones pass, the one with gaps fails', () => {
    const { code, stdout } = mlsd(['check', 'examples']);
    expect(code).toBe(1);
    expect(stdout).toContain('examples/video-recommendation.md');
    expect(stdout).not.toContain('examples/ad-click-prediction.md');
    expect(stdout).not.toContain('examples/harmful-content-detection.md');
  });
});

describe('mlsd new', () => {
  it('lists the templates with their one-line descriptions', () => {
    const { code, stdout } = mlsd(['new', '--list']);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(11);
    expect(lines[0]).toMatch(/^blank\s{2,}\S/);
    expect(lines).toContainEqual(expect.stringMatching(/^ad-click-prediction\s{2,}Predict/));
  });

  it('prints a template, or writes it to a new file that then checks with only prompts left', () => {
    const dir = workspace({});
    const printed = mlsd(['new', 'video-search', '--author', 'Ada'], dir);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toMatch(/^---\nframework: ml-system-design\ncase: video-search\ntitle: Video search\nstatus: draft\nauthor: Ada\n---\n/);
    const written = mlsd(['new', 'video-search', '-o', 'docs-search.md'], dir);
    expect(written).toMatchObject({ code: 0, stdout: '' });
    expect(written.stderr).toContain('wrote docs-search.md');
    const checked = mlsd(['check', '--format', 'json', 'docs-search.md'], dir);
    const rules = new Set(JSON.parse(checked.stdout).files[0].findings.map((f: { rule: string }) => f.rule));
    expect(rules).toEqual(new Set(['empty-section', 'leftover-placeholder']));
    expect(checked.code).toBe(0);
  });

  it('never overwrites a file, and says which templates exist', () => {
    const dir = workspace({ 'mine.md': 'my words\n' });
    const refused = mlsd(['new', 'blank', '-o', 'mine.md'], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('mlsd: mine.md already exists; not overwritten\n');
    expect(readFileSync(join(dir, 'mine.md'), 'utf8')).toBe('my words\n');
    const unknown = mlsd(['new', 'ad-clicks'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown template "ad-clicks": use one of blank, visual-search,');
    expect(mlsd(['new'], dir).stderr).toContain('which template? (mlsd new --list)');
  });
});
