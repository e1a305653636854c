/**
 * Text helpers shared by the outline and the reading: the readable text of blocks and
 * what counts as content.
 */
import type { RootContent, TableRow } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import { diagramLabels, diagramText, isDiagram } from './diagrams.js';
import { isBodyOpener } from './indented-bodies.js';
import { FIELD_LABEL } from './placeholder-phrases.js';
import { isPlaceholderText, isRecordField } from './placeholders.js';
import { fromOneBased } from './positions.js';
import { foldWidth, outsideParentheses, wordCount } from './words.js';

/** The 0-based line of a unist point. */
export function lineOf(point: { line: number; column: number }): number {
  return fromOneBased(point).line;
}

type Node = Parameters<typeof mdastToString>[0];

/**
 * The words of a node; inline HTML such as `<a name="x"></a>` is markup, not words. A hard
 * line break ends its line: without it "latency  \nwe" would read as "latencywe".
 */
export function toString(node: Node): string {
  const { type, children } = (node ?? {}) as { type?: string; children?: Node[] };
  if (type === 'break') return '\n';
  // Parents are walked here so each break is seen; what a leaf says (text, image alt, no HTML) is the library's.
  return Array.isArray(children) ? children.map(toString).join('') : mdastToString(node, { includeHtml: false });
}

export interface Cell {
  readonly table: object;
  readonly row: number;
  readonly column: number;
}

export interface TextUnit {
  readonly text: string;
  /** 0-based line of the unit's first character. */
  readonly line: number;
  readonly offset: number;
  /** The first paragraph of a list item, or the first cell of a table row: what names the item. */
  readonly item?: boolean;
  /** A placeholder or a template's guidance: it says what to write, it states nothing. */
  readonly note?: boolean;
  /** Where a table cell stands: its table (one object per table) and its row and column, the header row 0. */
  readonly cell?: Cell;
  /** The text split into sentences, kept once read. */
  sentences?: Array<{ text: string; start: number }>;
  /** What was found in the text, kept once read: by fact (facts.ts), by schema (evidence.ts). */
  readings?: Map<object, unknown>;
}

/** A unit this long is prose, not a prompt. */
const PROSE_WORDS = 8;

/**
 * Whether a line says something rather than naming a topic to write about: a sentence, or
 * figures ("10M users, 100 ms"), or clauses joined by semicolons; not a question. Asides in
 * parentheses do not count: template prompts carry them ("Scale (users, items, QPS)").
 */
export function statesSomething(text: string): boolean {
  // A question asks what to write ("How big is it, in users and requests a day?").
  if (/[?？]\s*$/.test(text)) return false;
  const plain = outsideParentheses(text);
  return wordCount(plain) >= PROSE_WORDS || /[\d;；]/u.test(plain);
}

/** Terse notes answer labels ("Baseline: popularity ranking", "Offline: AUC, nDCG"); this many, in two or more sections, make a document written. */
export const ANSWERS_FOR_PROSE = 3;

/**
 * A label with its answer, as terse notes are written: not a form's choices ("Status: draft /
 * in review / approved"), examples ("e.g. AUC") or a placeholder ("Owner: TBD"). One alone may
 * be a template's prompt ("Data: sources and availability"); several are an author's answers.
 */
export function answersLabel(text: string): boolean {
  const trimmed = text.trim();
  const label = FIELD_LABEL.exec(trimmed);
  if (!label || trimmed.includes('\n') || /[?？]$/.test(trimmed)) return false;
  const answer = outsideParentheses(trimmed.slice(label[0].length));
  return wordCount(answer) >= 2 && !/[/|…]|\.\.\.|\b(e\.g|i\.e|etc)\b/iu.test(answer) && !isPlaceholderText(answer);
}

/** Markup that shows something without words: a picture or a diagram is content, a closing `</details>` is not. */
const MEDIA = /<(?:img|svg|picture|video|audio|iframe|object|embed|canvas|math|figure)\b/i;

/** Comments, rules and link definitions are not content; prompts left in HTML comments are not either. */
export function isContent(node: RootContent): boolean {
  switch (node.type) {
    case 'thematicBreak':
    case 'definition':
    case 'yaml':
      return false;
    case 'html':
      // Markup with words was read as a paragraph (html-blocks.ts): what is left says something only if it shows something.
      return MEDIA.test(node.value.replace(/<!--[\s\S]*?(-->|$)/g, ''));
    case 'heading':
      return true;
    // A line of only symbols ("━━━━━━", "・・・", "🌿🌿🌿") divides a blog post as a rule does: it says nothing.
    case 'paragraph': {
      const text = toString(node);
      return /[\p{L}\p{N}]/u.test(text) && !isPlaceholderText(text) && !isGuidance(node) && !isBareLabel(node) && !isOpenField(node) && !isBodyOpener(text);
    }
    // A table says something only if a row answers: a form whose every field reads "N/A" or "TBD" does not.
    case 'table':
      return node.children.length < 2 || node.children.slice(1).some(rowAnswers);
    // A list or quote says something only if one of its items does: "- (TBD — Priya to fill in)" does not.
    case 'list':
    case 'listItem':
    case 'blockquote':
      return (node.children as RootContent[]).some(isContent);
    // A diagram says something only if a node does: one whose every box reads "TODO" holds a place.
    case 'code':
      return !NOTE_QUERIES.has((node.lang ?? '').toLowerCase()) && !(isDiagram(node) && isBlankDiagram(node));
    default:
      return toString(node).trim() !== '';
  }
}

/** Queries a notes app runs to list other notes (Obsidian's Dataview, Tasks, search): what they list is elsewhere. */
const NOTE_QUERIES = new Set(['dataview', 'dataviewjs', 'query', 'tasks']);

function isBlankDiagram(node: Extract<RootContent, { type: 'code' }>): boolean {
  const labels = diagramLabels(node);
  return labels.length > 0 && labels.every(isPlaceholderText);
}

/**
 * A short paragraph wholly in italics ("_Baseline, the proposed model and why._") is a
 * template's guidance or an aside, not what the author wrote about the topic; so is one of
 * any length that asks ("_Where does training data come from? How are labels obtained? …_").
 */
function isGuidance(paragraph: Extract<RootContent, { type: 'paragraph' }>): boolean {
  const parts = paragraph.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  if (parts.length !== 1 || parts[0]!.type !== 'emphasis') return false;
  const text = toString(parts[0]!);
  return wordCount(text) <= GUIDANCE_WORDS || /[?？]/.test(text);
}

const GUIDANCE_WORDS = 25;

/**
 * A paragraph that is only a short bold label ("**Context**", "**Entscheidung**:") names what comes
 * below it, as a form's field does; by itself it says nothing. A bold sentence or figure is content.
 */
function isBareLabel(paragraph: Extract<RootContent, { type: 'paragraph' }>): boolean {
  const parts = paragraph.children.filter((child) => !(child.type === 'text' && /^[\s:：]*$/.test(child.value)));
  if (parts.length !== 1 || parts[0]!.type !== 'strong') return false;
  const text = toString(parts[0]!).trim();
  return wordCount(text) <= LABEL_WORDS && !/[.!?。！？\d]/u.test(text);
}

const LABEL_WORDS = 3;

/**
 * A bold line over a placeholder on the next line is a field left open, however much its bold line
 * lists what it asks for ("**17. Monitoring plan (drift detection, alerts, retraining)**⏎(not answered)").
 */
function isOpenField(paragraph: Extract<RootContent, { type: 'paragraph' }>): boolean {
  const [lead, ...rest] = paragraph.children;
  if (lead?.type !== 'strong') return false;
  const after = rest.map((child) => toString(child)).join('');
  const lineBreak = /^[ \t:：]*(?:\r\n?|\n)/.exec(after);
  return lineBreak !== null && isPlaceholderText(after.slice(lineBreak[0].length));
}

/** How many words an open task may name its topic in, with no figure: "Drift metrics and thresholds defined". */
const OPEN_TASK_WORDS = 6;

function isOpenTask(item: Extract<RootContent, { type: 'listItem' }>): boolean {
  const [block] = item.children;
  if (item.checked !== false || item.children.length !== 1 || block!.type !== 'paragraph') return false;
  const text = toString(block!);
  // A question is read as one already (a prompt to answer).
  return text.trim() !== '' && wordCount(text) <= OPEN_TASK_WORDS && !/\d/u.test(text) && !/[?？]\s*$/u.test(text);
}

/** The readable text of blocks, one unit per paragraph, heading, table cell or diagram; code is skipped. */
export function textUnits(nodes: readonly RootContent[]): TextUnit[] {
  const units: TextUnit[] = [];
  // `unanswered`: a cell of a table row whose every answer is a placeholder.
  const visit = (node: RootContent, item = false, unanswered = false, cell?: Cell) => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
      case 'tableCell': {
        const text = foldWidth(toString(node));
        const note = unanswered || (node.type === 'paragraph' && !isContent(node)) || (node.type === 'tableCell' && isPlaceholderText(text));
        if (text.trim()) units.push({ text, line: lineOf(node.position!.start), offset: node.position!.start.offset!, ...(item ? { item } : {}), ...(note ? { note } : {}), ...(cell ? { cell } : {}) });
        return;
      }
      case 'listItem':
        // A task left open that only names its topic ("- [ ] Drift alerts") is a to-do: it is there, and states nothing of the design.
        if (isOpenTask(node)) {
          const text = toString(node.children[0]!);
          units.push({ text, line: lineOf(node.position!.start), offset: node.children[0]!.position!.start.offset!, item: true, note: true });
          return;
        }
        node.children.forEach((child, index) => visit(child, index === 0 && child.type === 'paragraph'));
        return;
      case 'table':
        // The first cell of each row below the header names the row: an item, as a bullet is.
        // A row whose every answer is a placeholder ("| Model monitoring | N/A for v1 |") is a form's field left open.
        const table = {};
        node.children.forEach((row, index) => {
          const unanswered = index > 0 && !rowAnswers(row);
          row.children.forEach((cell, column) => visit(cell, index > 0 && column === 0 && !unanswered, unanswered, { table, row: index, column }));
        });
        return;
      case 'code':
        // A diagram is read with the prose, as one unit; other code is not read. Its text starts on the line after the fence.
        if (isDiagram(node)) units.push({ text: diagramText(node), line: lineOf(node.position!.start) + 1, offset: node.position!.start.offset!, ...(isBlankDiagram(node) ? { note: true } : {}) });
        return;
      case 'html':
      case 'yaml':
      case 'definition':
      case 'thematicBreak':
        return;
      default:
        if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
    }
  };
  nodes.forEach((node) => visit(node));
  return units;
}

/**
 * Whether a table row below the header says something beyond naming itself: it names something
 * and answers, so two of its cells are not placeholders. A form's row left open ("| Drift | ? | |")
 * has one; so has a template's row whose one filled cell is the template's own ("| ? | offline | ? |"). A page's
 * property ("| Owner | Dana K. |", "| Last edited | February 27, 2025 |") answers of the page, not of the design.
 */
function rowAnswers(row: TableRow): boolean {
  if (row.children.length < 2) return true;
  const [name, ...values] = row.children.map(toString);
  if (isRecordField(name!, values.join(' '))) return false;
  let saying = 0;
  for (const cell of row.children) if (!isPlaceholderText(toString(cell)) && ++saying === 2) return true;
  return false;
}
