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
  /**
   * What the last read found for each of its chunks, in order. An edit leaves the chunks
   * before and after it as they were: they are found by comparing texts in place, and only
   * the few between are looked up by text.
   */
  last?: { chunks: Chunk[]; results: ChunkResult[] };
  /** Chunks parsed ahead of the next read (see warmCache), by text. */
  warmed: Map<string, ChunkResult[]>;
  /** Fewest lines per chunk (tests use 1 to cut at every heading). */
  minChunkLines?: number;
  /** The last text split and its chunks: a host that warms the cache first then reads the same text splits it once. */
  split?: { text: string; chunks: Chunk[] };
}

export function createDocumentCache(minChunkLines?: number): DocumentCache {
  return { warmed: new Map(), minChunkLines };
}

export interface ReadDocument {
  outline: Outline;
}

export function readDocument(text: string, cache?: DocumentCache): ReadDocument {
  if (!cache) return readOnce(text);
  const chunks = chunksOf(text, cache);
  // By chunk index: what the cache has, then what this version reads.
  const results = cachedResults(chunks, cache);
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
  const pieces: Piece[] = [];
  chunks.forEach((chunk, index) => {
    const { anchor } = results[index]!;
    anchor.offset = chunk.start;
    anchor.line = chunk.line;
    append(pieces, results[index]!.pieces);
  });
  // Keep only what this version uses, so the cache never outgrows the document.
  cache.last = { chunks, results: results as ChunkResult[] };
  cache.warmed = new Map();
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
  const results = cachedResults(chunks, cache);
  const missing = chunks.filter((_, index) => results[index] === undefined);
  for (const chunk of missing.slice(0, limit)) addTo(cache.warmed, chunk.text, parseChunk(chunk));
  return missing.length > limit;
}

function chunksOf(text: string, cache: DocumentCache): Chunk[] {
  // The same string object compares in constant time; another text of the same length compares once.
  if (cache.split?.text !== text) cache.split = { text, chunks: splitChunks(text, cache.minChunkLines) };
  return cache.split.chunks;
}

/**
 * What the cache holds for each chunk (undefined: not parsed yet). The chunks an edit left
 * alone before and after it are the last read's at the same place from either end; those
 * between are found by text among the last read's and the warmed ones, each result used
 * once (two chunks may read the same, and each needs its own anchor). Only a document's
 * first chunk may hold frontmatter, so a result parsed as first serves only a first chunk.
 */
function cachedResults(chunks: readonly Chunk[], cache: DocumentCache): Array<ChunkResult | undefined> {
  const results: Array<ChunkResult | undefined> = new Array(chunks.length).fill(undefined);
  const fits = (chunk: Chunk, result: ChunkResult) => result.first === (chunk.start === 0);
  const last = cache.last ?? { chunks: [], results: [] };
  const same = (index: number, lastIndex: number) => chunks[index]!.text === last.chunks[lastIndex]!.text && fits(chunks[index]!, last.results[lastIndex]!);
  let front = 0;
  while (front < chunks.length && front < last.chunks.length && same(front, front)) results[front] = last.results[front++];
  let back = 0;
  while (back < chunks.length - front && back < last.chunks.length - front && same(chunks.length - 1 - back, last.chunks.length - 1 - back)) {
    results[chunks.length - 1 - back] = last.results[last.chunks.length - 1 - back];
    back++;
  }
  const between = new Map<string, ChunkResult[]>();
  for (let index = front; index < last.chunks.length - back; index++) addTo(between, last.chunks[index]!.text, last.results[index]!);
  // How far each list has been used: results are taken in order, so a document of thousands of
  // chunks that read the same does not search its list again for each of them.
  const next = new Map<ChunkResult[], number>();
  const take = (from: Map<string, ChunkResult[]>, chunk: Chunk) => {
    const list = from.get(chunk.text);
    if (!list) return undefined;
    // The document's first chunk (read before all others) alone takes a result parsed as first, which the others pass over.
    if (chunk.start === 0) return list.find((candidate) => candidate.first);
    let index = next.get(list) ?? 0;
    while (index < list.length && list[index]!.first) index++;
    next.set(list, index + 1);
    return list[index];
  };
  for (let index = front; index < chunks.length - back; index++) results[index] = take(between, chunks[index]!) ?? take(cache.warmed, chunks[index]!);
  return results;
}

function addTo(results: Map<string, ChunkResult[]>, text: string, result: ChunkResult): void {
  const list = results.get(text);
  if (list) list.push(result);
  else results.set(text, [result]);
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
