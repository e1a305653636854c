/**
 * One analysis as the hosts ask for it: plain data in and out, so it can cross to a worker
 * thread. The schema resolver and the per-document caches stay on the analysing side.
 */
import { dirname } from 'node:path';
import { analyze, createDocumentCache, DEFAULT_SCHEMA, type Analysis, type DocumentCache, type RuleSetting, type Schema } from '../core/index.js';
import type { SchemaStore } from './schema-store.js';

export interface AnalysisRequest {
  text: string;
  /** Workspace-relative path for the include globs. */
  path?: string;
  /** Where the document lives on disk, for schema paths relative to it. */
  fsPath?: string;
  /** Where to resolve schema paths when the document is not on disk. */
  baseDir?: string;
  include?: string[];
  rules?: Record<string, RuleSetting>;
  forceSchema?: string;
}

/** `onSchema` hears of the schema the document was analysed against, for the editor features that read it. */
export function runAnalysis(request: AnalysisRequest, store: SchemaStore, cache?: DocumentCache, onSchema?: (schema: Schema) => void): Analysis {
  return analyze(request.text, {
    path: request.path,
    include: request.include,
    rules: request.rules,
    forceSchema: request.forceSchema,
    defaultSchema: DEFAULT_SCHEMA,
    cache,
    resolveSchema: (ref) => {
      const resolution = store.resolve(ref, request.fsPath ? dirname(request.fsPath) : request.baseDir);
      if ('schema' in resolution) onSchema?.(resolution.schema);
      return resolution;
    },
  });
}

/**
 * Per-document caches of the documents a host has open, for the most recently analysed
 * ones: a document edited after many others is parsed whole once, then incrementally again.
 */
export class DocumentCaches {
  private readonly caches = new Map<string, DocumentCache>();

  constructor(private readonly limit = 16) {}

  get(uri: string): DocumentCache {
    let cache = this.caches.get(uri);
    if (cache) this.caches.delete(uri);
    else cache = createDocumentCache();
    // Re-inserted last: the map's order is the order of use.
    this.caches.set(uri, cache);
    if (this.caches.size > this.limit) this.caches.delete(this.caches.keys().next().value as string);
    return cache;
  }

  forget(uri: string): void {
    this.caches.delete(uri);
  }
}
