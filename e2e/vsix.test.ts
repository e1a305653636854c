/** The .vsix holds what runs and nothing else, and stays small. */
import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VSIX } from './paths.js';
import { listZip } from './zip.js';

const ALLOWED = [
  /^extension\.vsixmanifest$/,
  /^\[Content_Types\]\.xml$/,
  /^extension\/package\.json$/,
  /^extension\/(readme|changelog)\.md$/,
  /^extension\/LICENSE\.txt$/,
  /^extension\/images\/icon\.png$/,
  /^extension\/dist\/(extension|server)\.js$/,
  /^extension\/dist\/[a-z0-9-]+\.schema\.json$/,
  /^extension\/schemas\/[a-z0-9.-]+\.(yaml|json)$/,
  /^extension\/snippets\/[a-z0-9-]+\.code-snippets$/,
];

const REQUIRED = [
  'extension/package.json',
  'extension/readme.md',
  'extension/changelog.md',
  'extension/LICENSE.txt',
  'extension/images/icon.png',
  'extension/dist/extension.js',
  'extension/dist/server.js',
  'extension/dist/ml-system-design.schema.json',
  'extension/schemas/ml-system-design.yaml',
  'extension/schemas/schema.schema.json',
  'extension/schemas/ml-system-design.templates.yaml',
  'extension/schemas/templates.schema.json',
  'extension/snippets/markdown.code-snippets',
];

describe('the packaged extension', () => {
  const entries = listZip(VSIX);
  const names = entries.map((entry) => entry.name);

  it('ships only the bundles, schemas, snippets and the package documents', () => {
    expect(names.filter((name) => !ALLOWED.some((pattern) => pattern.test(name)))).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(REQUIRED));
  });

  it('is under 2 MB', () => {
    expect(statSync(VSIX).size).toBeLessThan(2 * 1024 * 1024);
    const unpacked = entries.reduce((sum, entry) => sum + entry.size, 0);
    expect(unpacked).toBeLessThan(4 * 1024 * 1024);
    console.log(`${VSIX}: ${statSync(VSIX).size} bytes, ${entries.length} files:\n${entries.map((e) => `  ${e.name} (${e.size})`).join('\n')}`);
  });
});
