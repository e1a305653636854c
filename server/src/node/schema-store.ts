/**
 * Finds and loads schemas for the hosts: bundled ones by id from the extension's
 * `schemas/` folder, team ones by path relative to the document. Loaded schemas are
 * cached until their file changes.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { loadSchema, loadTrustedSchema, type SchemaResolution } from '../core/index.js';

interface CacheEntry {
  mtimeMs: number;
  size: number;
  resolution: SchemaResolution;
}

export class SchemaStore {
  private readonly cache = new Map<string, CacheEntry>();

  private ids?: string[];

  /** `snapshotDir` holds JSON snapshots of the bundled schemas, validated at build time. */
  constructor(readonly bundledDir: string, private readonly snapshotDir?: string) {}

  /** Ids of the schemas shipped with MLSD; they ship with the program, so they are listed once. */
  bundledIds(): string[] {
    this.ids ??= listBundled(this.bundledDir);
    return this.ids;
  }

  /** A schema by bundled id, or by path relative to `baseDir` (the document's folder). */
  resolve(ref: string, baseDir?: string): SchemaResolution {
    if (isSchemaPath(ref)) {
      const path = isAbsolute(ref) ? ref : resolve(baseDir ?? process.cwd(), ref);
      return this.load(path, ref);
    }
    if (this.bundledIds().includes(ref)) return this.load(join(this.bundledDir, `${ref}.yaml`), ref);
    const known = this.bundledIds().map((id) => `"${id}"`).join(', ');
    return { error: `Unknown framework "${ref}": use ${known || 'a bundled schema id'} or a path to a schema file (.yaml)` };
  }

  /** The build-time snapshot of a bundled schema, if it is of exactly this text. */
  private snapshot(path: string, text: string): unknown {
    if (!this.snapshotDir || dirname(path) !== this.bundledDir) return undefined;
    const file = join(this.snapshotDir, snapshotName(path));
    if (!existsSync(file)) return undefined;
    const snapshot = JSON.parse(readFileSync(file, 'utf8')) as SchemaSnapshot;
    return snapshot.sha256 === sha256(text) ? snapshot.data : undefined;
  }

  private load(path: string, ref: string): SchemaResolution {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      return { error: `Schema file "${ref}" not found (looked for ${path})` };
    }
    const cached = this.cache.get(path);
    if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.resolution;
    let resolution: SchemaResolution;
    try {
      const text = readFileSync(path, 'utf8');
      const snapshot = this.snapshot(path, text);
      if (snapshot) {
        resolution = { schema: loadTrustedSchema(snapshot) };
        this.cache.set(path, { mtimeMs: stat.mtimeMs, size: stat.size, resolution });
        return resolution;
      }
      const loaded = loadSchema(text);
      resolution = loaded.schema
        ? { schema: loaded.schema }
        : { error: `Schema "${basename(path)}" is invalid`, problems: loaded.problems };
    } catch (error) {
      resolution = { error: `Schema "${ref}" could not be read: ${(error as Error).message}` };
    }
    this.cache.set(path, { mtimeMs: stat.mtimeMs, size: stat.size, resolution });
    return resolution;
  }
}

export interface SchemaSnapshot {
  sha256: string;
  data: unknown;
}

export function snapshotName(schemaFile: string): string {
  return `${basename(schemaFile).replace(/\.ya?ml$/i, '')}.schema.json`;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function isSchemaPath(ref: string): boolean {
  return /\.ya?ml$/i.test(ref) || ref.includes('/') || ref.includes('\\');
}

/** The bundled `schemas/` folder: beside `dist/` in the extension and the npm package. */
export function bundledSchemasDir(fromDir: string): string {
  return join(dirname(fromDir), 'schemas');
}

function listBundled(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => /\.ya?ml$/.test(name))
      .map((name) => name.replace(/\.ya?ml$/, ''))
      .sort();
  } catch {
    return [];
  }
}
