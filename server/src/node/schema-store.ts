/**
 * Finds and loads schemas for the hosts: bundled ones by id from the extension's
 * `schemas/` folder, team ones by path relative to the document. Loaded schemas are
 * cached until their file changes.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { loadSchema, loadTemplates, loadTrustedSchema, loadTrustedTemplates, type SchemaResolution } from '../core/index.js';

/** A schema is a page or two of YAML; a path to anything larger is a mistake or an attack. */
export const MAX_SCHEMA_BYTES = 1024 * 1024;

interface CacheEntry {
  /** Both files' modification times and sizes. */
  version: string;
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

  /** The build-time snapshot of a bundled schema, if it is of exactly these texts. */
  private snapshot(path: string, texts: string): SchemaSnapshot | undefined {
    if (!this.snapshotDir || dirname(path) !== this.bundledDir) return undefined;
    const file = join(this.snapshotDir, snapshotName(path));
    if (!existsSync(file)) return undefined;
    const snapshot = JSON.parse(readFileSync(file, 'utf8')) as SchemaSnapshot;
    return snapshot.sha256 === sha256(texts) ? snapshot : undefined;
  }

  private load(path: string, ref: string): SchemaResolution {
    // Only a YAML file: a path such as /dev/zero or ./notes is never opened.
    if (!/\.ya?ml$/i.test(path)) return { error: `Schema "${ref}" is not a .yaml or .yml file: not read` };
    let stat;
    try {
      stat = statSync(path);
    } catch {
      return { error: `Schema file "${ref}" not found (looked for ${path})` };
    }
    const refused = refuse(stat, ref);
    if (refused) return { error: refused };
    const templatesPath = templatesFileOf(path);
    const templatesStat = statSync(templatesPath, { throwIfNoEntry: false });
    const refusedTemplates = templatesStat && refuse(templatesStat, basename(templatesPath));
    if (refusedTemplates) return { error: refusedTemplates };
    const version = `${stat.mtimeMs}:${stat.size}:${templatesStat?.mtimeMs}:${templatesStat?.size}`;
    const cached = this.cache.get(path);
    if (cached?.version === version) return cached.resolution;
    let resolution: SchemaResolution;
    try {
      resolution = readSchema(path, readFileSync(path, 'utf8'), templatesStat ? readFileSync(templatesPath, 'utf8') : undefined, (texts) =>
        this.snapshot(path, texts),
      );
    } catch (error) {
      resolution = { error: `Schema "${ref}" could not be read: ${(error as Error).message}` };
    }
    this.cache.set(path, { version, resolution });
    return resolution;
  }
}

/**
 * Why a file named as a schema is not read: anything but a regular file (a device that
 * never ends, a FIFO that blocks the reader for good, a folder) or a file too large to be one.
 */
function refuse(stat: Stats, name: string): string | undefined {
  if (!stat.isFile()) return `Schema "${name}" is not a regular file (a device, a pipe or a folder): not read`;
  if (stat.size > MAX_SCHEMA_BYTES) return `Schema "${name}" is ${Math.ceil(stat.size / 1024)} KB: MLSD reads schemas up to ${MAX_SCHEMA_BYTES / 1024} KB`;
  return undefined;
}

/** A schema and the templates beside it, from a build-time snapshot when one matches. */
function readSchema(path: string, text: string, templatesText: string | undefined, snapshotOf: (texts: string) => SchemaSnapshot | undefined): SchemaResolution {
  const snapshot = snapshotOf(snapshotKey(text, templatesText));
  if (snapshot) {
    const schema = loadTrustedSchema(snapshot.data);
    if (snapshot.templates) schema.templates = loadTrustedTemplates(snapshot.templates);
    return { schema };
  }
  const loaded = loadSchema(text);
  if (!loaded.schema) return { error: `Schema "${basename(path)}" is invalid`, problems: loaded.problems };
  if (templatesText !== undefined) {
    const templates = loadTemplates(templatesText, loaded.schema);
    if (!templates.templates) return { error: `Templates "${basename(templatesFileOf(path))}" are invalid`, problems: templates.problems };
    loaded.schema.templates = templates.templates;
  }
  return { schema: loaded.schema };
}

/** A schema's templates sit beside it: `team.yaml` has `team.templates.yaml`. */
export function templatesFileOf(schemaFile: string): string {
  return schemaFile.replace(/\.ya?ml$/i, '.templates.yaml');
}

/** What a snapshot is of: the schema's text and its templates'. */
export function snapshotKey(text: string, templatesText: string | undefined): string {
  return templatesText === undefined ? text : `${text}\0${templatesText}`;
}

export interface SchemaSnapshot {
  /** Of `snapshotKey(schema text, templates text)`. */
  sha256: string;
  data: unknown;
  templates?: unknown;
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
      .filter((name) => /\.ya?ml$/.test(name) && !/\.templates\.ya?ml$/.test(name))
      .map((name) => name.replace(/\.ya?ml$/, ''))
      .sort();
  } catch {
    return [];
  }
}
