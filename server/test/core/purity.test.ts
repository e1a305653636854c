/** The core is pure: no editor, no protocol, no file system. Hosts wrap it. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const CORE = join(ROOT, 'server', 'src', 'core');
const FORBIDDEN = [/^vscode/, /^node:/, /^(fs|path|child_process|os|net|worker_threads)(\/|$)/];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('server/src/core', () => {
  it('imports nothing from vscode, the language server or Node built-ins', () => {
    const offenders: string[] = [];
    for (const file of sources(CORE)) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/(?:from|import|require\()\s*['"]([^'"]+)['"]/g)) {
        if (FORBIDDEN.some((pattern) => pattern.test(match[1]!))) offenders.push(`${relative(ROOT, file)}: ${match[1]}`);
      }
    }
    expect(sources(CORE).length).toBeGreaterThan(10);
    expect(offenders).toEqual([]);
  });
});
