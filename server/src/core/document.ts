/**
 * Reads a document into its outline and frontmatter, re-parsing only what changed. The
 * caller keeps one `DocumentCache` per document; chunks whose text is unchanged reuse
 * their pieces, moved to where they now sit. Without a cache, or when most chunks are
 * new, the whole text is parsed at once and split into pieces afterwards.
 */
import type { RootContent } from 'mdast';
import { splitChunks, type Chunk } from './chunks.js';
import { assembleOutline, piecesOf, shiftPiece, type Outline, type Piece } from './outline.js';
import { parseMarkdown, type Frontmatter } from './parse.js';

interface ChunkResult {
  /** Pieces with positions relative to the chunk's start. */
  pieces: Piece[];
  frontmatter?: Frontmatter;
}

export interface DocumentCache {
  chunks: Map<string, ChunkResult>;
  /** Fewest lines per chunk (tests use 1 to cut at every heading). */
  minChunkLines?: number;
}

export function createDocumentCache(minChunkLines?: number): DocumentCache {
  return { chunks: new Map(), minChunkLines };
}

export interface ReadDocument {
  outline: Outline;
  frontmatter?: Frontmatter;
}

export function readDocument(text: string, cache?: DocumentCache): ReadDocument {
  const chunks = splitChunks(text, cache?.minChunkLines);
  // The first chunk alone may hold frontmatter, so its key says where it sits.
  const keyOf = (chunk: Chunk) => (chunk.start === 0 ? `\u0000${chunk.text}` : chunk.text);
  const known = cache?.chunks ?? new Map<string, ChunkResult>();
  const missing = chunks.filter((chunk) => !known.has(keyOf(chunk)));
  const results = new Map<string, ChunkResult>();

  if (missing.length * 2 > chunks.length) {
    // Mostly new: one parse of the whole text is cheaper than many small ones.
    const { tree, frontmatter } = parseMarkdown(text);
    let next = 0;
    for (const [index, chunk] of chunks.entries()) {
      const end = chunks[index + 1]?.start ?? Infinity;
      const nodes: RootContent[] = [];
      while (next < tree.children.length && tree.children[next]!.position!.start.offset! < end) nodes.push(tree.children[next++]!);
      const pieces = piecesOf(nodes, text).map((piece) => shiftPiece(piece, -chunk.start, -chunk.line));
      results.set(keyOf(chunk), { pieces, frontmatter: chunk.start === 0 ? frontmatter : undefined });
    }
  } else {
    for (const chunk of chunks) {
      const key = keyOf(chunk);
      const cached = known.get(key);
      if (cached) {
        results.set(key, cached);
        continue;
      }
      const { tree, frontmatter } = parseMarkdown(chunk.text);
      results.set(key, { pieces: piecesOf(tree.children, chunk.text), frontmatter: chunk.start === 0 ? frontmatter : undefined });
    }
  }
  // Keep only what this version uses, so the cache never outgrows the document.
  if (cache) cache.chunks = results;

  const pieces = chunks.flatMap((chunk) => results.get(keyOf(chunk))!.pieces.map((piece) => shiftPiece(piece, chunk.start, chunk.line)));
  return { outline: assembleOutline(pieces, text.length), frontmatter: results.get(keyOf(chunks[0]!))?.frontmatter };
}
