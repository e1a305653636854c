/**
 * Markdown in, syntax tree and frontmatter out. remark-frontmatter keeps a leading
 * `---` block from being read as a thematic break; its YAML is read in frontmatter.ts.
 */
import type { Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { readFrontmatter, type Frontmatter } from './frontmatter.js';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();
/** Without GFM: over twice as fast on text GFM has nothing to read in. */
const commonmark = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();
/**
 * What any GFM construct needs: a table's pipe, a strikethrough's tilde, a footnote call
 * or task box, a literal autolink (www., a URL scheme or an email's @). Text without any
 * of them parses to the same tree with or without GFM.
 */
const GFM_TRIGGER = /[|~@]|\[[\^ xX]|www\.|https?:|mailto:|xmpp:/i;

export interface Parsed {
  tree: Root;
  frontmatter?: Frontmatter;
  /** Where blocks nested deeper than MAX_NESTING start: what is inside them was not kept. */
  tooDeep: number[];
}

/**
 * Nodes deeper than this (a list level is two: the list and its item) hold nothing a
 * design doc needs, and the walks that read a tree would run out of stack on them.
 */
export const MAX_NESTING = 64;

export function needsGfm(text: string): boolean {
  return GFM_TRIGGER.test(text);
}

export function parseMarkdown(text: string): Parsed {
  const tree = (needsGfm(text) ? processor : commonmark).parse(text);
  const tooDeep = cutDeepNesting(tree);
  const first = tree.children[0];
  return { tree, frontmatter: first?.type === 'yaml' ? readFrontmatter(first) : undefined, tooDeep };
}

/** Empties every node at MAX_NESTING, walking without recursion; says where each such node starts. */
export function cutDeepNesting(tree: Root): number[] {
  const cut: number[] = [];
  const stack: Array<{ node: Root | RootContent; depth: number }> = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!('children' in node) || node.children.length === 0) continue;
    if (depth >= MAX_NESTING) {
      cut.push(node.position!.start.offset!);
      node.children = [];
      continue;
    }
    for (const child of node.children) stack.push({ node: child, depth: depth + 1 });
  }
  return cut.sort((a, b) => a - b);
}

/**
 * The frontmatter alone, without reading the document: the block from an opening `---` to
 * its closing `---`, parsed as the whole document would parse it (the block starts at
 * offset 0, so positions agree).
 */
export function parseFrontmatter(text: string): Frontmatter | undefined {
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
  if (!open) return undefined;
  // Searched from where the block opens, without copying the document: it is read on every keystroke.
  const close = /^---[ \t]*\r?$/gm;
  close.lastIndex = open[0].length;
  const end = close.exec(text);
  if (!end) return undefined;
  const block = text.slice(0, end.index + end[0].length);
  if (block !== lastFrontmatter.block) lastFrontmatter = { block, frontmatter: parseMarkdown(block).frontmatter };
  return lastFrontmatter.frontmatter;
}

// The block rarely changes while the body is edited: the last one read is kept.
let lastFrontmatter: { block?: string; frontmatter?: Frontmatter } = {};
