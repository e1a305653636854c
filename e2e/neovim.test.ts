/**
 * A second, independent client: headless Neovim (Debian's 0.7) starts the language server
 * through the package's `mlsd-language-server` bin, installed from `npm pack` as a user would.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './paths.js';

const temp = mkdtempSync(join(tmpdir(), 'mlsd-nvim-'));
const prefix = join(temp, 'prefix');
const workspace = join(temp, 'workspace');

beforeAll(() => {
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', temp], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').pop()!;
  execFileSync('npm', ['install', '--global', '--prefix', prefix, '--no-audit', '--no-fund', join(temp, tarball)], { stdio: 'ignore' });
  cpSync(join(ROOT, 'e2e', 'workspace'), workspace, { recursive: true });
}, 120_000);

function neovim(file: string) {
  const out = join(temp, `${Date.now()}.json`);
  const home = join(temp, 'home');
  mkdirSync(home, { recursive: true });
  const result = spawnSync('nvim', ['--headless', '--clean', '-n', '-i', 'NONE', '-c', `luafile ${join(ROOT, 'e2e', 'neovim', 'probe.lua')}`], {
    env: { ...process.env, HOME: home, XDG_CACHE_HOME: join(home, '.cache'), XDG_STATE_HOME: join(home, '.state'), MLSD_NVIM_SERVER: join(prefix, 'bin', 'mlsd-language-server'), MLSD_NVIM_DOC: file, MLSD_NVIM_OUT: out },
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.status !== 0) throw new Error(`nvim exited ${result.status}: ${result.stderr}`);
  return JSON.parse(readFileSync(out, 'utf8')) as { attached: boolean; arrived: boolean; filetype: string; diagnostics: Array<{ lnum: number; col: number; severity: number; code: string; source: string; message: string }> };
}

describe('Neovim with mlsd-language-server --stdio', () => {
  it('shows diagnostics for a design doc', () => {
    const result = neovim(join(workspace, 'design-docs', 'ad-click.md'));
    expect(result).toMatchObject({ attached: true, arrived: true, filetype: 'markdown' });
    expect(result.diagnostics.map((d) => [d.lnum, d.col, d.severity, d.code, d.source])).toEqual([
      [12, 0, 2, 'missing-ml-category', 'mlsd'],
      [31, 0, 1, 'missing-serving-mode', 'mlsd'],
      [33, 0, 1, 'missing-section', 'mlsd'],
    ]);
  });

  it('shows none for a plain README, once the server has answered for it', () => {
    const result = neovim(join(workspace, 'README.md'));
    expect(result).toMatchObject({ attached: true, arrived: true, diagnostics: [] });
  });
});
