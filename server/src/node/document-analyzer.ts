/**
 * The language server's analysis: on its own thread, with each open document's chunk
 * cache. New chunks (a document just opened, a large paste) are parsed a slice at a time,
 * yielding between slices, so requests and other documents are answered meanwhile and an
 * analysis superseded by a newer version stops early. A keystroke re-parses one chunk
 * and costs milliseconds; a worker thread's round trip would cost more than it saves.
 */
import { DEFAULT_MAX_LENGTH, warmCache, type Analysis, type Schema } from '../core/index.js';
import { DocumentCaches, runAnalysis, type AnalysisRequest } from './analysis-request.js';
import type { SchemaStore } from './schema-store.js';

/** Chunks parsed per slice: a few lines each, so a slice takes a few milliseconds. */
const CHUNKS_PER_SLICE = 12;

export class DocumentAnalyzer {
  private readonly caches = new DocumentCaches();
  /** The schema each open document was last analysed against, for hover and completion. */
  private readonly schemas = new Map<string, Schema>();

  constructor(private readonly store: SchemaStore) {}

  /** The analysis of this text, or undefined when `current()` turns false before it is done. */
  async analyze(uri: string, request: AnalysisRequest, current: () => boolean): Promise<Analysis | undefined> {
    const cache = this.caches.get(uri);
    if (request.text.length <= DEFAULT_MAX_LENGTH) {
      while (warmCache(request.text, cache, CHUNKS_PER_SLICE)) {
        await new Promise((resolve) => setImmediate(resolve));
        if (!current()) return undefined;
      }
    }
    return runAnalysis(request, this.store, cache, (schema) => this.schemas.set(uri, schema));
  }

  schemaOf(uri: string): Schema | undefined {
    return this.schemas.get(uri);
  }

  forget(uri: string): void {
    this.schemas.delete(uri);
    this.caches.forget(uri);
  }
}
