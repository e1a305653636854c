/** Every rule has a page, and the page's examples behave as it says. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/core/index.js';
import { check, ROOT } from './helpers.js';

// Their examples need a team schema file or a 2 MB document; their pages explain them in prose.
const NOT_RUNNABLE = new Set(['missing-fact', 'schema-error', 'document-too-large']);

function example(page: string, heading: 'Bad' | 'Good'): string {
  const start = page.indexOf(`\n## ${heading}\n`);
  const block = start >= 0 ? /````markdown\n([\s\S]*?)\n````/.exec(page.slice(start)) : null;
  if (!block) throw new Error(`no markdown example under "## ${heading}"`);
  return `${block[1]}\n`;
}

describe.each(RULES.map((rule) => [rule.id, rule] as const))('docs/rules/%s.md', (id, rule) => {
  const path = join(ROOT, 'docs', 'rules', `${id}.md`);

  it('exists, is titled with the rule id and states its default severity', () => {
    expect(existsSync(path)).toBe(true);
    const page = readFileSync(path, 'utf8');
    expect(page.startsWith(`# ${id}\n`)).toBe(true);
    expect(page).toContain(`**Default severity:** ${rule.defaultSeverity}`);
    expect(page).toMatch(/^## Bad$/m);
    expect(page).toMatch(/^## Good$/m);
  });

  it.skipIf(NOT_RUNNABLE.has(id))('has a bad example that triggers the rule and a good one that does not', () => {
    const page = readFileSync(path, 'utf8');
    const bad = check(example(page, 'Bad'));
    const good = check(example(page, 'Good'));
    expect(bad.findings.map((f) => f.rule)).toContain(id);
    expect(good.findings.map((f) => f.rule)).not.toContain(id);
  });
});
