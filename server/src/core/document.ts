/**
 * Reads a document into its outline and frontmatter, re-parsing only what changed. The
 * caller keeps one `DocumentCache` per document; chunks whose text is unchanged reuse
 * their pieces, moved to where they now sit. Without a cache, or when most chunks are
 * new, the whole text is parsed at once and split into pieces afterwards.
 */
import type { RootContent } from 'mdast';
import { splitChunks, type Chunk } from './chunks.js';
import { anchorPiece, assembleOutline, piecesOf, type Anchor, type Outline, type Piece } from './outline.js';
import { parseMarkdown, type Frontmatter } from './parse.js';

interface ChunkResult {
  /** Where the chunk now starts: its pieces read their positions through it. */
  anchor: Anchor;
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
  // A chunk's key is its text, which chunk of that text it is (two chunks may read the same,
  // and each needs its own anchor), and whether it opens the document (only that one may hold frontmatter).
  const seen = new Map<string, number>();
  const keys = new Map<Chunk, string>();
  for (const chunk of chunks) {
    const nth = seen.get(chunk.text) ?? 0;
    seen.set(chunk.text, nth + 1);
    keys.set(chunk, `${chunk.start === 0 ? 'F' : ''}${nth}\u0000${chunk.text}`);
  }
  const keyOf = (chunk: Chunk) => keys.get(chunk)!;
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
      const anchor = { offset: chunk.start, line: chunk.line };
      const pieces = piecesOf(nodes, text).map((piece) => anchorPiece(piece, anchor));
      results.set(keyOf(chunk), { anchor, pieces, frontmatter: chunk.start === 0 ? frontmatter : undefined });
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
      // Parsed alone, the chunk's positions start at 0; its anchor, set below, moves them into place.
      const anchor = { offset: 0, line: 0 };
      const pieces = piecesOf(tree.children, chunk.text).map((piece) => anchorPiece(piece, anchor));
      results.set(key, { anchor, pieces, frontmatter: chunk.start === 0 ? frontmatter : undefined });
    }
  }
  // Keep only what this version uses, so the cache never outgrows the document.
  if (cache) cache.chunks = results;

  for (const chunk of chunks) {
    const { anchor } = results.get(keyOf(chunk))!;
    anchor.offset = chunk.start;
    anchor.line = chunk.line;
  }
  const pieces = chunks.flatMap((chunk) => results.get(keyOf(chunk))!.pieces);
  return { outline: assembleOutline(pieces, text.length), frontmatter: results.get(keyOf(chunks[0]!))?.frontmatter };
}
