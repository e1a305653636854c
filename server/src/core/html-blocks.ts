/**
 * HTML blocks read as a reviewer reads them. Pages exported from wikis and CMSs, and
 * READMEs, write headings as `<h2>…</h2>` and paragraphs as `<p>…</p>`: the parser keeps
 * them as raw HTML, which states nothing to the reading. Here a block that opens with a
 * heading element becomes that heading, and any other HTML block with words in it becomes
 * a paragraph of those words. A collapsible `<details>` opens with its `<summary>`, which is
 * the title of what it folds ("7. Monitoring & retraining"): it heads a section one rank
 * below any real heading, so the folded text is read under its own title and not as more
 * of the text above it. Comments, scripts and styles say nothing and are dropped, so
 * prompts left in comments stay unread.
 */
import type { Heading, Html, Paragraph, Parent, Root, RootContent } from 'mdast';
import { decodeString } from 'micromark-util-decode-string';

const SILENT = /<!--[\s\S]*?(?:-->|$)|<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;
const HEADING = /^\s*<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1\s*>/i;
const SUMMARY = /^\s*<details\b[^>]*>\s*<summary\b[^>]*>([\s\S]*?)<\/summary\s*>/i;
/** A summary's rank: below every heading Markdown can write, so it nests under the one before it. */
const SUMMARY_DEPTH = 6;
// A tag ends before the next "<": a start that never closes is not rescanned to the end of the block.
const TAG = /<\/?[A-Za-z][^<>]*>/g;

/** Replaces each HTML block that holds words with the heading or paragraph it reads as, in place. */
export function readHtmlBlocks(tree: Root): void {
  const stack: Parent[] = [tree];
  while (stack.length > 0) {
    const parent = stack.pop()!;
    const children: RootContent[] = [];
    for (const child of parent.children as RootContent[]) {
      if (child.type === 'html') children.push(...blocksOf(child, parent === tree));
      else {
        children.push(child);
        if ('children' in child && child.type !== 'paragraph' && child.type !== 'heading') stack.push(child);
      }
    }
    parent.children = children as Parent['children'];
  }
}

function blocksOf(node: Html, atRoot: boolean): RootContent[] {
  const value = node.value.replace(SILENT, (silent) => silent.replace(/[^\n]/g, ' '));
  const heading = atRoot ? headingOf(value) : undefined;
  if (!heading) {
    const text = wordsOf(value);
    return text ? [paragraph(text, node)] : [node];
  }
  const { end, depth } = heading;
  const blocks: RootContent[] = [];
  const title = wordsOf(heading.html).replace(/\s+/g, ' ');
  if (title) {
    const { start } = node.position!;
    blocks.push({ type: 'heading', depth, children: [{ type: 'text', value: title }], position: { start, end: pointAt(node, end) } });
  }
  const rest = value.slice(end);
  const text = wordsOf(rest);
  if (text) {
    const from = end + rest.search(/\S/);
    blocks.push({ ...paragraph(text, node), position: { start: pointAt(node, from), end: node.position!.end } });
  }
  return blocks.length > 0 ? blocks : [node];
}

/** The heading a block opens with: a heading element, or the summary of a collapsible section. */
function headingOf(value: string): { html: string; depth: Heading['depth']; end: number } | undefined {
  const heading = HEADING.exec(value);
  if (heading) return { html: heading[2]!, depth: Number(heading[1]) as Heading['depth'], end: heading.index + heading[0].length };
  const summary = SUMMARY.exec(value);
  if (summary) return { html: summary[1]!, depth: SUMMARY_DEPTH, end: summary.index + summary[0].length };
  return undefined;
}

/** The words of some HTML, one line for each of its lines, so lines keep their numbers. */
function wordsOf(html: string): string {
  return decodeString(html.replace(TAG, ' '))
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .trim();
}

function paragraph(text: string, node: Html): Paragraph {
  return { type: 'paragraph', children: [{ type: 'text', value: text }], position: node.position };
}

/** Where a character of a root-level block is: its value is the document's text from the block's start. */
function pointAt(node: Html, index: number) {
  const start = node.position!.start;
  const lines = node.value.slice(0, index).split('\n');
  const last = lines[lines.length - 1]!.length;
  return { line: start.line + lines.length - 1, column: lines.length === 1 ? start.column + last : last + 1, offset: start.offset! + index };
}
