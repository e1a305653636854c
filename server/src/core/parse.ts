/**
 * Markdown in, syntax tree and frontmatter out. remark-frontmatter keeps a leading
 * `---` block from being read as a thematic break; its YAML is parsed with `yaml` and
 * every error is mapped back to its place in the document.
 */
import type { Root, Yaml } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { fromLinePos, fromOneBased } from './positions.js';
import type { Range } from './types.js';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();
/** Without GFM: over twice as fast on text GFM has nothing to read in. */
const commonmark = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();
/**
 * What any GFM construct needs: a table's pipe, a strikethrough's tilde, a footnote call
 * or task box, a literal autolink (www., a URL scheme or an email's @). Text without any
 * of them parses to the same tree with or without GFM.
 */
const GFM_TRIGGER = /[|~@]|\[[\^ xX]|www\.|https?:|mailto:|xmpp:/i;

export interface FrontmatterProblem {
  message: string;
  range: Range;
}

export interface Frontmatter {
  /** The parsed mapping; undefined when the YAML is broken or not a mapping. */
  data?: Record<string, unknown>;
  problems: FrontmatterProblem[];
  /** The whole block, fences included. */
  range: Range;
  /** The raw YAML between the fences. */
  raw: string;
  /** Where a top-level key's value is written (falls back to the block's first line). */
  valueRange(key: string): Range;
}

export interface Parsed {
  tree: Root;
  frontmatter?: Frontmatter;
}

export function needsGfm(text: string): boolean {
  return GFM_TRIGGER.test(text);
}

export function parseMarkdown(text: string): Parsed {
  const tree = (needsGfm(text) ? processor : commonmark).parse(text);
  const first = tree.children[0];
  return { tree, frontmatter: first?.type === 'yaml' ? readFrontmatter(first) : undefined };
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

function readFrontmatter(node: Yaml): Frontmatter {
  const start = node.position!.start;
  const end = node.position!.end;
  // The YAML starts on the line after the opening fence.
  const yamlLine = fromOneBased(start).line + 1;
  const lineCounter = new LineCounter();
  const doc = parseDocument(node.value, { lineCounter, prettyErrors: false });
  const toRange = (offsets: readonly [number, number]): Range => {
    const from = lineCounter.linePos(offsets[0]);
    const to = lineCounter.linePos(Math.max(offsets[1], offsets[0]));
    return { start: fromLinePos(from, yamlLine), end: fromLinePos(to, yamlLine) };
  };
  const blockRange: Range = { start: fromOneBased(start), end: fromOneBased(end) };
  const openingFence: Range = { start: blockRange.start, end: { line: blockRange.start.line, character: 3 } };

  const problems: FrontmatterProblem[] = doc.errors.map((error) => ({
    message: `Frontmatter is not valid YAML: ${error.message.split('\n')[0]!.trim()}`,
    range: toRange(error.pos),
  }));
  let data: Record<string, unknown> | undefined;
  if (problems.length === 0 && node.value.trim() !== '') {
    if (isMap(doc.contents)) data = doc.toJS() as Record<string, unknown>;
    else problems.push({ message: 'Frontmatter must be a mapping of keys to values', range: openingFence });
  } else if (problems.length === 0) {
    data = {};
  }
  return {
    data,
    problems,
    range: blockRange,
    raw: node.value,
    valueRange: (key) => {
      const pair = isMap(doc.contents)
        ? doc.contents.items.find((item) => isScalar(item.key) && item.key.value === key)
        : undefined;
      const target = (pair?.value as { range?: [number, number, number] } | undefined)?.range ??
        (pair?.key as { range?: [number, number, number] } | undefined)?.range;
      return target ? toRange([target[0], target[1]]) : openingFence;
    },
  };
}

/** A top-level scalar from frontmatter whose YAML may be broken: the intent still counts. */
export function frontmatterScalar(frontmatter: Frontmatter, key: string): string | undefined {
  if (frontmatter.data) {
    const value = frontmatter.data[key];
    return typeof value === 'string' ? value.trim() : undefined;
  }
  const line = new RegExp(`^${key}\\s*:\\s*["']?([^"'#\\n]+?)["']?\\s*(?:#.*)?$`, 'm').exec(frontmatter.raw);
  return line?.[1]?.trim();
}

