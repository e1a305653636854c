/**
 * Finds and loads schemas for the hosts: bundled ones by id from the extension's
 * `schemas/` folder, team ones by path relative to the document. Loaded schemas are
 * cached until their file changes.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { loadSchema, type SchemaResolution } from '../core/index.js';

interface CacheEntry {
  mtimeMs: number;
  size: number;
  resolution: SchemaResolution;
}

export class SchemaStore {
  private readonly cache = new Map<string, CacheEntry>();

  constructor(readonly bundledDir: string) {}

  /** Ids of the schemas shipped with MLSD. */
  bundledIds(): string[] {
    try {
      return readdirSync(this.bundledDir)
        .filter((name) => /\.ya?ml$/.test(name))
        .map((name) => name.replace(/\.ya?ml$/, ''))
        .sort();
    } catch {
      return [];
    }
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
      const loaded = loadSchema(readFileSync(path, 'utf8'));
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

export function isSchemaPath(ref: string): boolean {
  return /\.ya?ml$/i.test(ref) || ref.includes('/') || ref.includes('\\');
}

/** The bundled `schemas/` folder: beside `dist/` in the extension and the npm package. */
export function bundledSchemasDir(fromDir: string): string {
  return join(dirname(fromDir), 'schemas');
}
