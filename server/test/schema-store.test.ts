/** Finding schemas on disk: bundled ids, team paths, build-time snapshots. */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SchemaStore, sha256, snapshotName } from '../src/node/schema-store.js';
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
