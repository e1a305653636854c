/**
 * The extension manifest's rule settings are generated from the rules themselves:
 * `npm run generate` rewrites them, and this test fails when they are stale.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/core/index.js';
import { ROOT } from './helpers.js';

const MANIFEST = join(ROOT, 'package.json');

function ruleSettings(): Record<string, unknown> {
  return Object.fromEntries(
    RULES.map((rule) => [
      `mlsd.rules.${rule.id}`,
      {
        type: 'string',
        enum: ['error', 'warning', 'information', 'hint', 'off'],
        default: rule.defaultSeverity,
        scope: 'resource',
        markdownDescription: `${rule.description} [Docs](${rule.docs})`,
      },
    ]),
  );
}

describe('package.json', () => {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  const properties: Record<string, unknown> = manifest.contributes.configuration.properties;

  it('contributes one severity setting per rule, generated from the rules', () => {
    const expected = { ...Object.fromEntries(Object.entries(properties).filter(([key]) => !key.startsWith('mlsd.rules.'))), ...ruleSettings() };
    if (process.env.UPDATE_MANIFEST) {
      manifest.contributes.configuration.properties = expected;
      writeFileSync(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
    }
    expect(properties, 'stale rule settings: run `npm run generate`').toEqual(expected);
  });

  it('contributes the settings the server reads', () => {
    expect(Object.keys(properties)).toEqual(expect.arrayContaining(['mlsd.enable', 'mlsd.include']));
  });

  it('declares what a VS Code extension and the CLI need', () => {
    expect(manifest.main).toBe('./dist/extension.js');
    expect(manifest.activationEvents).toContain('onLanguage:markdown');
    expect(manifest.bin).toEqual({ mlsd: 'dist/cli.js', 'mlsd-language-server': 'dist/server.js' });
    expect(manifest.capabilities.untrustedWorkspaces.supported).toBe(true);
    expect(manifest.capabilities.virtualWorkspaces).toEqual({ supported: false, description: expect.any(String) });
    for (const key of ['displayName', 'description', 'publisher', 'license', 'icon', 'repository', 'categories', 'keywords']) {
      expect(manifest[key], key).toBeTruthy();
    }
    expect(manifest.engines.vscode).toMatch(/^\^1\.\d+\.\d+$/);
    expect(existsSync(join(ROOT, manifest.icon))).toBe(true);
  });
});
