/**
 * Reads a document into its outline, re-parsing only what changed. The
 * caller keeps one `DocumentCache` per document; chunks whose text is unchanged reuse
 * their pieces, moved to where they now sit. Without a cache, or when most chunks are
 * new, the whole text is parsed at once and split into pieces afterwards.
 */
import type { RootContent } from 'mdast';
import { splitChunks, type Chunk } from './chunks.js';
import { anchorPiece, type Anchor } from './anchor.js';
import { append, assembleOutline, piecesOf, type Outline, type Piece } from './outline.js';
import { needsGfm, nestsBeyondLimit, parseMarkdown } from './parse.js';

interface ChunkResult {
  /** Where the chunk now starts: its pieces read their positions through it. */
  anchor: Anchor;
  /** Parsed as the document's opening chunk, where frontmatter may be. */
  first: boolean;
  pieces: Piece[];
}

export interface DocumentCache {
  /** By chunk text: one entry per chunk of that text, in document order. */
  chunks: Map<string, ChunkResult[]>;
  /** Fewest lines per chunk (tests use 1 to cut at every heading). */
  minChunkLines?: number;
  /** The last text split and its chunks: a host that warms the cache first then reads the same text splits it once. */
  split?: { text: string; chunks: Chunk[]; nth?: Map<Chunk, number> };
}

export function createDocumentCache(minChunkLines?: number): DocumentCache {
  return { chunks: new Map(), minChunkLines };
}

export interface ReadDocument {
  outline: Outline;
}

export function readDocument(text: string, cache?: DocumentCache): ReadDocument {
  if (!cache) return readOnce(text);
  const chunks = chunksOf(text, cache);
  const lookup = chunkLookup(chunks, cache);
  // By chunk index: what the cache has, then what this version reads.
  const results: Array<ChunkResult | undefined> = chunks.map((chunk) => lookup.cached(chunk));
  const missing = results.filter((result) => result === undefined).length;

  // Mostly new: one parse of the whole text is cheaper than many small ones (unless a line nests
  // too deep for GFM: then each chunk decides for itself, as it will on later keystrokes).
  if (missing * 2 > chunks.length && !nestsBeyondLimit(text)) {
    const { tree, tooDeep } = parseMarkdown(text);
    let next = 0;
    for (const [index, chunk] of chunks.entries()) {
      const end = chunks[index + 1]?.start ?? Infinity;
      const nodes: RootContent[] = [];
      while (next < tree.children.length && tree.children[next]!.position!.start.offset! < end) nodes.push(tree.children[next++]!);
      const anchor = { offset: chunk.start, line: chunk.line };
      const inChunk = tooDeep.filter((offset) => offset >= chunk.start && offset < end);
      const pieces = piecesOf(nodes, text, inChunk).map((piece) => anchorPiece(piece, anchor));
      results[index] = { anchor, pieces, first: chunk.start === 0 };
    }
  } else {
    chunks.forEach((chunk, index) => (results[index] ??= parseChunk(chunk)));
  }
  // Keep only what this version uses, so the cache never outgrows the document.
  const kept = new Map<string, ChunkResult[]>();
  const pieces: Piece[] = [];
  chunks.forEach((chunk, index) => {
    const result = results[index]!;
    lookup.keep(kept, chunk, result);
    result.anchor.offset = chunk.start;
    result.anchor.line = chunk.line;
    append(pieces, result.pieces);
  });
  cache.chunks = kept;
  return { outline: assembleOutline(pieces, text.length) };
}

/**
 * Reads a document nothing is kept of (the command line). GFM costs over twice a plain
 * parse, so the text is parsed in runs of chunks: the runs GFM has something to read in
 * (a table, a URL) with it, the others without; each run parses as it would in place.
 */
function readOnce(text: string): ReadDocument {
  const runs: Array<Chunk & { gfm: boolean }> = [];
  for (const chunk of splitChunks(text, 1)) {
    const gfm = needsGfm(chunk.text);
    const last = runs[runs.length - 1];
    if (last?.gfm === gfm) last.text += chunk.text;
    else runs.push({ ...chunk, gfm });
  }
  const read = runs.map(parseChunk);
  read.forEach((result, index) => Object.assign(result.anchor, { offset: runs[index]!.start, line: runs[index]!.line }));
  return { outline: assembleOutline(read.flatMap((result) => result.pieces), text.length) };
}

/**
 * Parses up to `limit` of the chunks the cache lacks for this text and keeps them; says
 * whether any are still missing. A host calls it in slices, doing other work between, so
 * a large new document never holds its thread for long; `readDocument` then finds every
 * chunk cached.
 */
export function warmCache(text: string, cache: DocumentCache, limit: number): boolean {
  const chunks = chunksOf(text, cache);
  const lookup = chunkLookup(chunks, cache);
  const missing = chunks.filter((chunk) => !lookup.cached(chunk));
  for (const chunk of missing.slice(0, limit)) lookup.keep(cache.chunks, chunk, parseChunk(chunk));
  return missing.length > limit;
}

function chunksOf(text: string, cache: DocumentCache): Chunk[] {
  // The same string object compares in constant time; another text of the same length compares once.
  if (cache.split?.text !== text) cache.split = { text, chunks: splitChunks(text, cache.minChunkLines) };
  return cache.split.chunks;
}

/**
 * Finds cached chunks by text, then by which chunk of that text they are (two chunks may
 * read the same, and each needs its own anchor); only a document's first chunk may hold frontmatter.
 */
function chunkLookup(chunks: Chunk[], cache: DocumentCache) {
  // Worked out once per text: a host that warms the cache and then reads the text asks twice.
  const split = cache.split?.chunks === chunks ? cache.split : undefined;
  const nth = split?.nth ?? new Map<Chunk, number>();
  if (nth.size === 0) {
    const counts = new Map<string, number>();
    for (const chunk of chunks) {
      const index = counts.get(chunk.text) ?? 0;
      counts.set(chunk.text, index + 1);
      nth.set(chunk, index);
    }
    if (split) split.nth = nth;
  }
  return {
    cached(chunk: Chunk): ChunkResult | undefined {
      const index = nth.get(chunk)!;
      const result = cache.chunks.get(chunk.text)?.[index];
      return result && result.first === (chunk.start === 0) ? result : undefined;
    },
    keep(kept: Map<string, ChunkResult[]>, chunk: Chunk, result: ChunkResult): void {
      const list = kept.get(chunk.text) ?? [];
      list[nth.get(chunk)!] = result;
      kept.set(chunk.text, list);
    },
  };
}

function parseChunk(chunk: Chunk): ChunkResult {
  // A chunk's text is a slice of the whole document, and every string read from it (a unit's
  // text, a heading) would be a slice of that slice: kept in the cache and in what is
  // remembered per text, each would keep alive the whole document as it was when the chunk
  // was parsed, one version per edited chunk. Parsed from its own copy, it keeps only itself.
  const text = ownCopy(chunk.text);
  const { tree, tooDeep } = parseMarkdown(text);
  // Parsed alone, the chunk's positions start at 0; its anchor, set when it is read, moves them into place.
  const anchor = { offset: 0, line: 0 };
  const pieces = piecesOf(tree.children, text, tooDeep).map((piece) => anchorPiece(piece, anchor));
  return { anchor, pieces, first: chunk.start === 0 };
}

/** A string with the same text that shares no storage with the one it was sliced from. */
function ownCopy(text: string): string {
  // Joining flattens into new storage; slicing that drops the joined space.
  return ` ${text}`.slice(1);
}
