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
import { readHtmlBlocks } from './html-blocks.js';
import { quoteIndentedBodies } from './indented-bodies.js';

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
  return GFM_TRIGGER.test(text) && !nestsBeyondLimit(text);
}

/**
 * A line opening more containers (quotes, list items) than MAX_NESTING: GFM's literal-autolink
 * pass walks such a tree recursively and runs out of stack, so the text is parsed without
 * GFM; all of it past the limit is cut anyway. Read from the text alone, so every host
 * and every way of cutting the document decides the same.
 */
export function nestsBeyondLimit(text: string): boolean {
  let markers = 0;
  let atLineStart = true;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === 10 || char === 13) {
      markers = 0;
      atLineStart = true;
    } else if (!atLineStart || char === 32 || char === 9) {
      continue;
    } else if (char === 62 || ((char === 45 || char === 42 || char === 43) && (text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 9))) {
      if (++markers > MAX_NESTING / 2) return true;
    } else if (char >= 48 && char <= 57) {
      let j = i;
      while (j < text.length && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      if ((text[j] === '.' || text[j] === ')') && (text[j + 1] === ' ' || text[j + 1] === '\t') && ++markers > MAX_NESTING / 2) return true;
      if (text[j] === '.' || text[j] === ')') i = j;
      else atLineStart = false;
    } else {
      atLineStart = false;
    }
  }
  return false;
}

export function parseMarkdown(text: string): Parsed {
  const tree = (needsGfm(text) ? processor : commonmark).parse(quoteIndentedBodies(text));
  const tooDeep = cutDeepNesting(tree);
  readHtmlBlocks(tree);
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
