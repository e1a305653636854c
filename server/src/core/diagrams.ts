/**
 * Diagrams drawn in fenced blocks. A reviewer reads an architecture sketch ("cron daily 16:50 →
 * predict → send to the shop") as part of the design, and code as code. A block is a diagram
 * when its info string names a diagram language, or when it has none, draws with arrows or box
 * lines, and has no line that reads as a statement of code.
 */
import type { Code } from 'mdast';

const DIAGRAM_LANGUAGES = new Set(['mermaid', 'plantuml', 'puml', 'dot', 'graphviz', 'text', 'txt', 'plain', 'plaintext', 'ascii', 'diagram']);
const DRAWING = /[│├└┌┐┘┬┴┼─━▼▲►◄→←↓↑⇒⇓]|-->|->|=>|<-/;
/** A line ending as code statements and blocks do, or opening as a shell prompt or an import. */
const CODE_LINE = /[;{}]\s*$|^\s*(?:\$ |import |from \S+ import |def |class |function |const |let |var )/m;
/** Box lines, arrows and the ASCII that draws them; words and punctuation between them stay. */
const STROKES = /[│├└┌┐┘┬┴┼─━▼▲►◄→←↓↑⇒⇓]|[-=<>|+*#~_]{2,}|[<>]/g;

/** Whether a fenced block is a diagram a reviewer reads with the prose. */
export function isDiagram(node: Code): boolean {
  const language = (node.lang ?? '').toLowerCase();
  if (language) return DIAGRAM_LANGUAGES.has(language);
  return DRAWING.test(node.value) && !CODE_LINE.test(node.value);
}

/** The words of a diagram, each stroke character turned into a space so offsets keep. */
export function diagramText(node: Code): string {
  return node.value.replace(STROKES, (stroke) => ' '.repeat(stroke.length));
}

/**
 * A node's label: what a diagram writes in brackets or quotes ("MON[\"TODO: agree with ops\"]"), on one line
 * without brackets inside and of bounded length, so a block of unclosed brackets is read in linear time.
 */
const LABEL = /\[\[?([^[\]\n]{1,300})\]\]?|\(\(?([^()\n]{1,300})\)\)?|\{\{?([^{}\n]{1,300})\}\}?|"([^"\n]{1,300})"/g;

/** The words a diagram labels its nodes with, or its lines of words where it labels none (an ASCII sketch). */
export function diagramLabels(node: Code): string[] {
  const labels = [...node.value.matchAll(LABEL)].map((match) => (match[1] ?? match[2] ?? match[3] ?? match[4]!).replace(/<br\s*\/?>/gi, ' ').replace(/^"|"$/g, '').trim());
  if (labels.length > 0) return labels.filter((label) => label !== '');
  return diagramText(node).split(/\s{2,}|\n/).map((chunk) => chunk.trim()).filter((chunk) => chunk !== '');
}
