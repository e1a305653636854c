/**
 * Once per end-to-end run: install the editors (e2e/setup.sh, cached per machine) and
 * package the extension exactly as it ships.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

const ROOT = join(__dirname, '..');

export default function setup(project: TestProject): void {
  const cache = execFileSync('bash', [join(ROOT, 'e2e', 'setup.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
    .trim()
    .split('\n')
    .pop()!;
  execFileSync('npm', ['run', '--silent', 'package'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  project.provide('e2eCache', cache);
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2eCache: string;
  }
}
