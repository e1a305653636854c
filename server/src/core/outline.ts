/**
 * The outline: a tree of heading sections, each with its own text, and inside those
 * the "labels" real documents use instead of sub-headings ("**Offline metrics:** …",
 * "- ML objective: …", a bare template bullet "* Monitoring").
 */
import type { List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import { fromOneBased } from './positions.js';

/** The 0-based line of a unist point. */
function lineOf(point: { line: number; column: number }): number {
  return fromOneBased(point).line;
}

/** The words of a node; inline HTML such as `<a name="x"></a>` is markup, not words. */
function toString(node: Parameters<typeof mdastToString>[0]): string {
  return mdastToString(node, { includeHtml: false });
}

export interface TextUnit {
  readonly text: string;
  /** 0-based line of the unit's first character. */
  readonly line: number;
  readonly offset: number;
  /** The text split into sentences, kept once read. */
  sentences?: Array<{ text: string; start: number }>;
  /** What facts found in the text, kept once read (see facts.ts), by fact then by way of reading. */
  readings?: Map<object, Map<string, unknown[]>>;
}

export interface Label {
  text: string;
  line: number;
  startOffset: number;
  endOffset: number;
  /** The label's own content: the text after "Label:", the item's nested blocks, the blocks that follow a bold line. */
  units: TextUnit[];
  hasContent: boolean;
  /** A list item with nested blocks: a heading in all but syntax ("1. Data collection" over its own bullets). */
  headingLike: boolean;
  /** When everything under the label is bare bullets ("* Monitoring", "* Updates"): their texts. */
  prompts?: string[];
  /** Labels nested inside this one (list items under a label item). */
  children: Label[];
}

export interface Section {
  /** Heading text; empty for the preamble before the first heading. */
  title: string;
  depth: number;
  /** Offsets of the heading's first character and of the end of the section (next heading of the same or higher rank). */
  startOffset: number;
  endOffset: number;
  /** Offset just after the heading line's text. */
  titleEndOffset: number;
  line: number;
  /** The readable text between this heading and the next heading of any depth. */
  units: TextUnit[];
  /** Whether those blocks hold anything a reader would call content. */
  hasOwnContent: boolean;
  /** When the section and its sub-sections hold nothing but bare bullets: their texts. */
  prompts?: string[];
  labels: Label[];
  children: Section[];
  parent?: Section;
}

export interface Outline {
  /** Depth 0: the preamble and every top-level section. */
  root: Section;
  /** Every heading section in document order. */
  sections: Section[];
  /** Whether any paragraph, item or cell states something; an outline or template only names topics. */
  hasProse: boolean;
}

/**
 * What one heading (or the text before the first heading) holds, before the sections are
 * nested: everything the outline needs from the syntax tree, so the tree can be dropped
 * and the piece reused while its text does not change.
 */
export interface Piece {
  title: string;
  /** 0 for text before the first heading of its chunk. */
  depth: number;
  startOffset: number;
  titleEndOffset: number;
  line: number;
  units: TextUnit[];
  hasOwnContent: boolean;
  labels: Label[];
  /** Bare bullets that are all this piece's own blocks hold, if that is all they hold. */
  ownPrompts?: string[];
  prose: boolean;
}

const MAX_LABEL_WORDS = 6;
/** A list item this short with items under it reads as a heading. */
const MAX_HEADING_ITEM_WORDS = 10;
/** A unit this long is prose, not a prompt. */
const PROSE_WORDS = 8;

/** The pieces of top-level nodes; positions are those of `text`, which the nodes were parsed from. */
export function piecesOf(nodes: readonly RootContent[], text: string): Piece[] {
  const groups: Array<{ heading?: RootContent & { type: 'heading' }; blocks: RootContent[] }> = [{ blocks: [] }];
  for (const node of nodes) {
    if (node.type === 'yaml') continue;
    if (node.type === 'heading') groups.push({ heading: node, blocks: [] });
    else groups[groups.length - 1]!.blocks.push(node);
  }
  return groups
    .filter((group, index) => index > 0 || group.blocks.length > 0)
    .map(({ heading, blocks }) => {
      const units = textUnits(blocks);
      const start = heading?.position!.start ?? blocks[0]!.position!.start;
      return {
        title: heading ? toString(heading).trim() : '',
        depth: heading?.depth ?? 0,
        startOffset: start.offset!,
        titleEndOffset: heading ? heading.position!.end.offset! : start.offset!,
        line: lineOf(start),
        units,
        hasOwnContent: blocks.some(isContent),
        labels: findLabels(blocks, text),
        ownPrompts: blockPrompts(blocks),
        prose: units.some((unit) => statesSomething(unit.text)),
      };
    });
}

/** Nests pieces (in document order, positions of the whole text) into the outline. */
export function assembleOutline(pieces: readonly Piece[], textLength: number): Outline {
  const root = newSection('', 0, 0, 0, 0);
  root.endOffset = textLength;
  const sections: Section[] = [];
  const stack: Section[] = [root];
  let current = root;
  let hasProse = false;
  for (const piece of pieces) {
    hasProse ||= piece.prose;
    if (piece.depth === 0) {
      // Text before the first heading of a chunk belongs to the section open there. The
      // section's arrays may be a cached piece's, so they are replaced, never appended to.
      current.units = [...current.units, ...piece.units];
      current.labels = [...current.labels, ...piece.labels];
      current.hasOwnContent ||= piece.hasOwnContent;
      current.prompts = mergePrompts(current.prompts, piece.ownPrompts, current.units.length === piece.units.length);
      continue;
    }
    const section = newSection(piece.title, piece.depth, piece.startOffset, piece.titleEndOffset, piece.line);
    // Shared with the piece, which outlives this outline: read, never changed.
    section.units = piece.units;
    section.labels = piece.labels;
    section.hasOwnContent = piece.hasOwnContent;
    section.prompts = piece.ownPrompts ? [...piece.ownPrompts] : undefined;
    while (stack.length > 1 && stack[stack.length - 1]!.depth >= piece.depth) stack.pop()!.endOffset = section.startOffset;
    section.parent = stack[stack.length - 1];
    section.parent!.children.push(section);
    stack.push(section);
    sections.push(section);
    current = section;
  }
  while (stack.length > 1) stack.pop()!.endOffset = textLength;
  for (const section of [root, ...sections].reverse()) section.prompts = withChildPrompts(section);
  return { root, sections, hasProse };
}

/** The outline of a whole parsed document. */
export function buildOutline(tree: Root, text: string): Outline {
  return assembleOutline(piecesOf(tree.children, text), text.length);
}

function mergePrompts(before: string[] | undefined, added: string[] | undefined, first: boolean): string[] | undefined {
  if (first) return added ? [...added] : undefined;
  return before && added ? [...before, ...added] : undefined;
}

/** A section's own bare bullets and its sub-sections', or undefined if any holds more. */
function withChildPrompts(section: Section): string[] | undefined {
  if (!section.prompts && section.hasOwnContent) return undefined;
  const prompts = [...(section.prompts ?? [])];
  for (const child of section.children) {
    if (!child.prompts) return undefined;
    prompts.push(...child.prompts);
  }
  return prompts;
}

/** Where a chunk now starts; moved in place when text before it changes. */
export interface Anchor {
  offset: number;
  line: number;
}

/**
 * The same piece with positions read through `anchor`: made once per parsed chunk, it then
 * follows its chunk wherever edits above move it, without copying (chunks start at a line
 * start, so columns never change).
 */
export function anchorPiece(piece: Piece, anchor: Anchor): Piece {
  const base = { offset: anchor.offset, line: anchor.line };
  const unit = (u: TextUnit): TextUnit => new AnchoredUnit(u.text, u.line - base.line, u.offset - base.offset, anchor);
  const label = (l: Label): Label => {
    const relative = { line: l.line - base.line, start: l.startOffset - base.offset, end: l.endOffset - base.offset };
    return {
      ...l,
      get line() { return relative.line + anchor.line; },
      get startOffset() { return relative.start + anchor.offset; },
      get endOffset() { return relative.end + anchor.offset; },
      units: l.units.map(unit),
      children: l.children.map(label),
    };
  };
  const relative = { line: piece.line - base.line, start: piece.startOffset - base.offset, titleEnd: piece.titleEndOffset - base.offset };
  return {
    ...piece,
    get line() { return relative.line + anchor.line; },
    get startOffset() { return relative.start + anchor.offset; },
    get titleEndOffset() { return relative.titleEnd + anchor.offset; },
    units: piece.units.map(unit),
    labels: piece.labels.map(label),
  };
}

class AnchoredUnit implements TextUnit {
  sentences?: TextUnit['sentences'];
  readings?: TextUnit['readings'];

  constructor(
    readonly text: string,
    private readonly relativeLine: number,
    private readonly relativeOffset: number,
    private readonly anchor: Anchor,
  ) {}

  get line(): number {
    return this.relativeLine + this.anchor.line;
  }

  get offset(): number {
    return this.relativeOffset + this.anchor.offset;
  }
}

function newSection(title: string, depth: number, startOffset: number, titleEndOffset: number, line: number): Section {
  return { title, depth, startOffset, endOffset: startOffset, titleEndOffset, line, units: [], hasOwnContent: false, labels: [], children: [] };
}

/**
 * Whether a line says something rather than naming a topic to write about: a sentence, or
 * figures ("10M users, 100 ms"), or clauses joined by semicolons. Asides in parentheses do
 * not count: template prompts carry them ("Scale (users, items, QPS)").
 */
function statesSomething(text: string): boolean {
  const plain = text.replace(/[(（][^()（）]*[)）]/g, ' ');
  return wordCount(plain) >= PROSE_WORDS || /[\d;；]/u.test(plain);
}

function blockPrompts(blocks: readonly RootContent[]): string[] | undefined {
  const prompts: string[] = [];
  for (const block of blocks) {
    if (!isContent(block)) continue;
    if (block.type !== 'list') return undefined;
    for (const item of block.children) {
      const bullets = itemPrompts(item);
      if (!bullets) return undefined;
      prompts.push(...bullets);
    }
  }
  return prompts;
}

/** "* Monitoring", "* Scaling (SW and ML systems)" and the bare bullets under them. */
function itemPrompts(item: ListItem): string[] | undefined {
  const [first, ...others] = item.children;
  if (first?.type !== 'paragraph') return undefined;
  const split = splitLabel(first.children) ?? shortBullet(first, others.length > 0);
  if (!split || (split.rest.trim() !== '' && !split.parenthetical)) return undefined;
  const nested = blockPrompts(others as RootContent[]);
  return nested ? [split.label, ...nested] : undefined;
}

/** Comments, rules and link definitions are not content; prompts left in HTML comments are not either. */
export function isContent(node: RootContent): boolean {
  switch (node.type) {
    case 'thematicBreak':
    case 'definition':
    case 'yaml':
      return false;
    case 'html':
      return node.value.replace(/<!--[\s\S]*?(-->|$)/g, '').trim() !== '';
    case 'heading':
      return true;
    case 'paragraph':
      return !isPlaceholderText(toString(node));
    default:
      return toString(node).trim() !== '' || node.type === 'code' || node.type === 'table';
  }
}

/** Every heading and readable block of the document, in order. */
export function documentText(outline: Outline): TextUnit[] {
  return [outline.root, ...outline.sections].flatMap((section) => [
    ...(section.depth > 0 ? [{ text: section.title, line: section.line, offset: section.startOffset }] : []),
    ...section.units,
  ]);
}

/** "TBD", "TODO: fill in", "…": words that hold a place, not content. */
const PLACEHOLDER = /^\s*(?:tbd|tba|todo|fixme|wip|n\/a|to ?do|to be (?:written|done|decided|defined|filled in|determined)|coming soon|fill (?:me |this )?in|\.\.\.|…|\?+)\b[\s\S]{0,40}$/i;

export function isPlaceholderText(text: string): boolean {
  const trimmed = text.trim();
  return trimmed === '' || (PLACEHOLDER.test(trimmed) && wordCount(trimmed) <= 6);
}

/** The readable text of blocks, one unit per paragraph, heading or table cell; code is skipped. */
export function textUnits(nodes: readonly RootContent[]): TextUnit[] {
  const units: TextUnit[] = [];
  const visit = (node: RootContent) => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
      case 'tableCell': {
        const text = toString(node);
        if (text.trim()) units.push({ text, line: lineOf(node.position!.start), offset: node.position!.start.offset! });
        return;
      }
      case 'code':
      case 'html':
      case 'yaml':
      case 'definition':
      case 'thematicBreak':
        return;
      default:
        if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
    }
  };
  nodes.forEach(visit);
  return units;
}

function findLabels(blocks: readonly RootContent[], text: string): Label[] {
  const labels: Label[] = [];
  // A label standing alone ("**Offline metrics**", "Baseline:") owns the blocks that follow it.
  let open: Label | undefined;
  for (const block of blocks) {
    const found = block.type === 'paragraph' ? paragraphLabels(block, text) : [];
    if (found.length > 0) {
      labels.push(...found);
      const last = found[found.length - 1]!;
      open = last.hasContent ? undefined : last;
    } else if (open) {
      adopt(open, block);
    } else if (block.type === 'list') {
      labels.push(...block.children.flatMap(listItemLabel));
    }
  }
  return labels;
}

function adopt(label: Label, block: RootContent): void {
  const units = textUnits([block]);
  label.units.push(...units);
  label.endOffset = Math.max(label.endOffset, block.position!.end.offset!);
  if (isContent(block)) label.hasContent = true;
  label.children.push(...nestedLabels([block]));
}

/**
 * "**Label:** rest", "**Label**" alone, "Label: rest" — on the paragraph's first line,
 * and "Label: rest" on any later line, since authors stack them without blank lines.
 */
function paragraphLabels(paragraph: Paragraph, text: string): Label[] {
  const start = paragraph.position!.start;
  const end = paragraph.position!.end.offset!;
  const labels: Label[] = [];
  const first = splitLabel(paragraph.children);
  let lineOffset = start.offset!;
  text.slice(start.offset!, end).split('\n').forEach((raw, index) => {
    const line = lineOf(start) + index;
    const offset = lineOffset;
    lineOffset += raw.length + 1;
    const split = index === 0 ? first : colonLabel(raw);
    if (split) {
      // A bold line standing alone ("**eval: offline/online**") heads what follows, as a heading would.
      const standalone = index === 0 && split.rest.trim() === '' && paragraph.children.length === 1;
      labels.push({ text: split.label, line, startOffset: offset, endOffset: end, units: [], hasContent: false, headingLike: standalone, children: [] });
    }
    const current = labels[labels.length - 1];
    const rest = (split ? split.rest : raw).trim();
    if (current && rest) {
      current.units.push({ text: rest, line, offset: offset + 1 });
      current.hasContent = true;
    }
  });
  // Each label ends where the next one starts.
  labels.forEach((label, i) => (label.endOffset = labels[i + 1]?.startOffset ?? end));
  return labels;
}

/** "Label: rest" in raw Markdown, emphasis markers allowed around the label. */
function colonLabel(raw: string): { label: string; rest: string } | undefined {
  const match = /^\s*(?:[*_]{1,2})?([^:：\n*_`]{1,60}?)(?:[*_]{1,2})?\s*[:：](?!\/\/)(?:[*_]{1,2})?\s*(.*)$/.exec(raw);
  if (!match || wordCount(match[1]!) > MAX_LABEL_WORDS) return undefined;
  return { label: match[1]!.trim(), rest: match[2]!.replace(/^[*_]{1,2}\s*/, '') };
}

/** A list item whose first line is a label: "- ML objective: …", "* **Baseline**", a short bullet with nested items. */
function listItemLabel(item: ListItem): Label[] {
  const [first, ...others] = item.children;
  const nested = others as RootContent[];
  const split = first?.type === 'paragraph' ? (splitLabel(first.children) ?? shortBullet(first, nested.some(isContent))) : undefined;
  // A sentence-long item is no label, but the items nested under it may be.
  if (!split || first?.type !== 'paragraph') return nestedLabels(item.children as RootContent[]);
  const start = item.position!.start;
  const rest = split.rest.trim();
  const nestedPrompts = blockPrompts(nested);
  const units = textUnits(nested);
  if (rest) units.unshift({ text: rest, line: lineOf(first.position!.start), offset: first.position!.start.offset! });
  return [
    {
      text: split.label,
      line: lineOf(start),
      startOffset: start.offset!,
      endOffset: item.position!.end.offset!,
      units,
      hasContent: rest !== '' || nested.some(isContent),
      headingLike: (rest === '' || Boolean(split.parenthetical)) && nested.some(isContent),
      prompts: nestedPrompts && nestedPrompts.length > 0 && (rest === '' || split.parenthetical) ? nestedPrompts : undefined,
      children: nestedLabels(nested),
    },
  ];
}

function nestedLabels(blocks: RootContent[]): Label[] {
  return blocks.filter((n): n is List => n.type === 'list').flatMap((list) => list.children.flatMap(listItemLabel));
}

interface Split {
  label: string;
  rest: string;
  /** The rest is an aside in parentheses: "ML category (e.g. classification, ranking)". */
  parenthetical?: boolean;
}

/** A bullet that is only a topic: "Monitoring", "Scaling (SW and ML systems)"; longer when items sit under it. */
function shortBullet(paragraph: Paragraph, hasItemsBelow: boolean): Split | undefined {
  const text = toString(paragraph).trim();
  if (!text || /[.!?;。！？]$/.test(text) || text.includes('\n')) return undefined;
  const aside = /^(.+?)\s*[(（]([^()（）]*)[)）]$/.exec(text);
  const label = aside ? aside[1]!.trim() : text;
  if (wordCount(label) > (hasItemsBelow ? MAX_HEADING_ITEM_WORDS : MAX_LABEL_WORDS)) return undefined;
  return aside ? { label, rest: aside[2]!, parenthetical: true } : { label, rest: '' };
}

function splitLabel(children: PhrasingContent[]): Split | undefined {
  const [first, ...others] = children;
  if (!first) return undefined;
  if (first.type === 'strong' || first.type === 'emphasis') {
    const label = toString(first).trim();
    const rest = others.map((node) => toString(node)).join('');
    const endsWithColon = /[:：]$/.test(label);
    const restStartsWithColon = /^\s*[:：\-–—]/.test(rest);
    if (!label || wordCount(label) > MAX_LABEL_WORDS + 2) return undefined;
    if (endsWithColon) return { label: stripColon(label), rest };
    if (restStartsWithColon) return { label, rest: rest.replace(/^\s*[:：\-–—]\s*/, '') };
    if (rest.trim() === '') return { label, rest: '' };
    // "**Online metrics** (A/B test, two weeks)": the aside belongs to the label.
    const aside = /^\s*[(（]([^()（）]*)[)）]\s*$/.exec(rest);
    if (aside) return { label, rest: aside[1]!, parenthetical: true };
    return undefined;
  }
  const text = children.map((node) => toString(node)).join('');
  const colon = /^([^:：\n]{1,60})[:：](?!\/\/)\s*/.exec(text);
  if (colon && wordCount(colon[1]!) <= MAX_LABEL_WORDS) return { label: colon[1]!.trim(), rest: text.slice(colon[0].length) };
  return undefined;
}

function stripColon(text: string): string {
  return text.replace(/\s*[:：]$/, '').trim();
}

/** Words, counting two CJK characters as one, since those scripts do not space their words. */
export function wordCount(text: string): number {
  let words = 0;
  let cjk = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isUnspaced(code)) {
      cjk++;
      inWord = false;
    } else if (code === 32 || code === 9 || code === 10 || code === 13) {
      inWord = false;
    } else if (!inWord) {
      words++;
      inWord = true;
    }
  }
  return words + Math.ceil(cjk / 2);
}

/** Han, hiragana, katakana (and their compatibility forms): scripts written without spaces. */
export function isUnspaced(code: number): boolean {
  return (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) || (code >= 0x31f0 && code <= 0x31ff) || (code >= 0xff66 && code <= 0xff9f);
}
