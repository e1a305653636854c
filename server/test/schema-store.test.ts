/** Finding schemas on disk: bundled ids, team paths, build-time snapshots. */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_SCHEMA_BYTES, SchemaStore, sha256, snapshotName } from '../src/node/schema-store.js';
import { SCHEMAS_DIR } from './helpers.js';

describe('SchemaStore', () => {
  it('resolves bundled ids and paths relative to the document, and says why it cannot', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlsd-store-'));
    writeFileSync(join(dir, 'team.yaml'), 'id: team\ntitle: Team\nsections:\n  - id: goals\n    title: Goals\n');
    const store = new SchemaStore(SCHEMAS_DIR);
    expect(store.bundledIds()).toEqual(['ml-system-design']);
    expect(store.resolve('ml-system-design')).toHaveProperty('schema.id', 'ml-system-design');
    expect(store.resolve('./team.yaml', dir)).toHaveProperty('schema.id', 'team');
    expect(store.resolve('nope')).toEqual({ error: 'Unknown framework "nope": use "ml-system-design" or a path to a schema file (.yaml)' });
  });

  it('reads only regular YAML files of reasonable size: never a device, a pipe, a folder or a file without .yaml', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlsd-hostile-'));
    const store = new SchemaStore(SCHEMAS_DIR);
    writeFileSync(join(dir, 'team'), 'id: team\ntitle: Team\nsections:\n  - id: goals\n    title: Goals\n');
    symlinkSync('/dev/zero', join(dir, 'zero.yaml'));
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    mkdirSync(join(dir, 'folder.yaml'));
    writeFileSync(join(dir, 'huge.yaml'), `id: huge\n# ${'x'.repeat(MAX_SCHEMA_BYTES)}\n`);
    writeFileSync(join(dir, 'team.yaml'), 'id: team\ntitle: Team\nsections:\n  - id: goals\n    title: Goals\n');
    symlinkSync('/dev/urandom', join(dir, 'team.templates.yaml'));
    const error = (ref: string) => (store.resolve(ref, dir) as { error: string }).error;
    expect(error('/dev/zero')).toBe('Schema "/dev/zero" is not a .yaml or .yml file: not read');
    expect(error('./team')).toBe('Schema "./team" is not a .yaml or .yml file: not read');
    for (const ref of ['./zero.yaml', './pipe.yaml', './folder.yaml']) expect(error(ref)).toBe(`Schema "${ref}" is not a regular file (a device, a pipe or a folder): not read`);
    expect(error('./huge.yaml')).toBe('Schema "./huge.yaml" is 1025 KB: MLSD reads schemas up to 1024 KB');
    expect(error('./team.yaml')).toBe('Schema "team.templates.yaml" is not a regular file (a device, a pipe or a folder): not read');
  });

  it('uses a build-time snapshot only while the schema text is the same', () => {
    const bundled = mkdtempSync(join(tmpdir(), 'mlsd-bundled-'));
    const snapshots = mkdtempSync(join(tmpdir(), 'mlsd-snapshots-'));
    const schemaFile = join(bundled, 'ml-system-design.yaml');
    copyFileSync(join(SCHEMAS_DIR, 'ml-system-design.yaml'), schemaFile);
    // A snapshot that differs from the YAML in a way we can see.
    const text = 'id: ml-system-design\ntitle: From the snapshot\nsections:\n  - id: one\n    title: One\n';
    writeFileSync(join(snapshots, snapshotName(schemaFile)), JSON.stringify({ sha256: sha256(readFileSync(schemaFile, 'utf8')), data: { id: 'ml-system-design', title: 'From the snapshot', sections: [{ id: 'one', title: 'One' }] } }));
    expect(new SchemaStore(bundled, snapshots).resolve('ml-system-design')).toHaveProperty('schema.title', 'From the snapshot');
    writeFileSync(schemaFile, text.replace('From the snapshot', 'Edited since'));
    expect(new SchemaStore(bundled, snapshots).resolve('ml-system-design')).toHaveProperty('schema.title', 'Edited since');
  });
});
