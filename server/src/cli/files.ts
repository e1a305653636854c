/** Expands the CLI's inputs (files, folders, globs) into Markdown files, in a stable order. */
import { existsSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { globSync } from 'tinyglobby';

const IGNORE = ['**/node_modules/**', '**/.git/**'];

export interface Expanded {
  files: string[];
  /** Inputs that named nothing. */
  unmatched: string[];
}

export function expandInputs(inputs: string[], cwd: string): Expanded {
  const files = new Set<string>();
  const unmatched: string[] = [];
  for (const input of inputs) {
    const absolute = resolve(cwd, input);
    let found: string[] = [];
    if (existsSync(absolute) && statSync(absolute).isDirectory()) {
      found = globSync(['**/*.md', '**/*.markdown'], { cwd: absolute, ignore: IGNORE, absolute: true, dot: false });
    } else if (existsSync(absolute)) {
      found = [absolute];
    } else {
      found = globSync([input], { cwd, ignore: IGNORE, absolute: true });
    }
    if (found.length === 0) unmatched.push(input);
    for (const file of found) files.add(file);
  }
  return { files: [...files].map((file) => relative(cwd, file).split('\\').join('/') || file).sort(), unmatched };
}
