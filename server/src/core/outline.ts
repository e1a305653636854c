/**
 * The outline: a tree of heading sections, each with its own text and the labels real
 * documents use instead of sub-headings (see labels.ts).
 */
import type { Root, RootContent } from 'mdast';
import { adoptionBy, blockPrompts, findLabels, withAdoption, type Adoption, type Label } from './labels.js';
import { rememberSequence } from './memo.js';
import { answersLabel, ANSWERS_FOR_PROSE, isContent, lineOf, statesSomething, textUnits, toString, type TextUnit } from './text.js';

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
  /** The heading's text as a unit (see Piece.titleRun). */
  titleRun: readonly TextUnit[];
  /** The readable text between this heading and the next heading of any depth. */
  units: TextUnit[];
  /** The same units as they came, a run per parsed piece: runs of unchanged text are the same arrays from one edit to the next. */
  runs: Array<readonly TextUnit[]>;
  /** Whether those blocks hold anything a reader would call content. */
  hasOwnContent: boolean;
  /** When the section and its sub-sections hold nothing but bare bullets: their texts. */
  prompts?: string[];
  labels: Label[];
  /** Its last label heads what follows (see labels.ts): the text of a later chunk may still be that label's. */
  labelOpen: boolean;
  children: Section[];
  parent?: Section;
  /** Its readable runs once asked for (see readableRuns), with the aside test they were read by. */
  readable?: { isAside: (title: string) => boolean; runs: Array<readonly TextUnit[]> };
}

export interface Outline {
  /** Depth 0: the preamble and every top-level section. */
  root: Section;
  /** Every heading section in document order. */
  sections: Section[];
  /** Whether any paragraph, item or cell states something; an outline or template only names topics. */
  hasProse: boolean;
  /** Where blocks nested too deep to read start (see parse.ts). */
  tooDeep: readonly number[];
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
  /** The heading's text as a unit of its own, made once, so what is read in it is kept. */
  titleRun: readonly TextUnit[];
  units: TextUnit[];
  hasOwnContent: boolean;
  labels: Label[];
  /** Its last label heads what follows. */
  openAtEnd: boolean;
  /** Text before the first heading of a chunk: what a label left open before it adopts. */
  leading?: Adoption;
  /** Bare bullets that are all this piece's own blocks hold, if that is all they hold. */
  ownPrompts?: string[];
  prose: boolean;
  /** How many of its units answer a label ("Baseline: popularity ranking"). */
  answers: number;
  /** Where blocks nested too deep to read start, within this piece. */
  tooDeep: readonly number[];
}

/** The pieces of top-level nodes; positions are those of `text`, which the nodes were parsed from, as are `tooDeep`'s. */
export function piecesOf(nodes: readonly RootContent[], text: string, tooDeep: readonly number[] = []): Piece[] {
  const groups: Array<{ heading?: RootContent & { type: 'heading' }; blocks: RootContent[] }> = [{ blocks: [] }];
  for (const node of nodes) {
    if (node.type === 'yaml') continue;
    if (node.type === 'heading') groups.push({ heading: node, blocks: [] });
    else groups[groups.length - 1]!.blocks.push(node);
  }
  return groups
    .filter((group, index) => index > 0 || group.blocks.length > 0)
    .map(({ heading, blocks }, index, all) => {
      const units = textUnits(blocks);
      const from = index === 0 ? -Infinity : (heading ?? blocks[0])!.position!.start.offset!;
      const next = all[index + 1];
      const to = next ? (next.heading ?? next.blocks[0])!.position!.start.offset! : Infinity;
      const start = heading?.position!.start ?? blocks[0]!.position!.start;
      const title = heading ? toString(heading).trim() : '';
      const { labels, openAtEnd, leading } = findLabels(blocks, text, !heading);
      return {
        title,
        titleRun: [{ text: title, line: lineOf(start), offset: start.offset! }],
        depth: heading?.depth ?? 0,
        startOffset: start.offset!,
        titleEndOffset: heading ? heading.position!.end.offset! : start.offset!,
        line: lineOf(start),
        units,
        hasOwnContent: blocks.some(isContent),
        labels,
        openAtEnd,
        leading,
        ownPrompts: blockPrompts(blocks),
        prose: units.some((unit) => statesSomething(unit.text)),
        answers: units.filter((unit) => answersLabel(unit.text)).length,
        tooDeep: tooDeep.filter((offset) => offset >= from && offset < to),
      };
    });
}

/** Nests pieces (in document order, positions of the whole text) into the outline. */
export function assembleOutline(pieces: readonly Piece[], textLength: number): Outline {
  const root = newSection('', 0, 0, 0, 0);
  root.endOffset = textLength;
  const sections: Section[] = [];
  const stack: Section[] = [root];
  let hasProse = false;
  // Answered labels, and how many sections hold one: a template's filled-in header ("Author: Jane Doe",
  // "Team: Search") sits in one place, an author's terse answers run through the document.
  let answers = 0;
  let answering = 0;
  // Each section with the pieces that make it: its heading's, then the text before the next heading.
  const groups: Array<{ section: Section; pieces: Piece[] }> = [{ section: root, pieces: [] }];
  for (const piece of pieces) {
    hasProse ||= piece.prose;
    answers += piece.answers;
    if (piece.answers > 0) answering++;
    if (piece.depth === 0) {
      groups[groups.length - 1]!.pieces.push(piece);
      continue;
    }
    const section = newSection(piece.title, piece.depth, piece.startOffset, piece.titleEndOffset, piece.line);
    section.titleRun = piece.titleRun;
    while (stack.length > 1 && stack[stack.length - 1]!.depth >= piece.depth) stack.pop()!.endOffset = section.startOffset;
    section.parent = stack[stack.length - 1];
    section.parent!.children.push(section);
    stack.push(section);
    sections.push(section);
    groups.push({ section, pieces: [piece] });
  }
  while (stack.length > 1) stack.pop()!.endOffset = textLength;
  for (const { section, pieces: own } of groups) {
    if (own.length === 0) continue;
    // The same pieces make the same text: kept, so what later passes keep by its arrays is found again.
    const content = rememberSequence(contents, own, () => contentOf(own));
    section.units = content.units;
    section.runs = content.runs;
    section.labels = content.labels;
    section.labelOpen = content.labelOpen;
    section.hasOwnContent = content.hasOwnContent;
    section.prompts = content.prompts;
  }
  for (const section of [root, ...sections].reverse()) section.prompts = withChildPrompts(section);
  // Most pieces have nothing cut.
  const tooDeep: number[] = [];
  for (const piece of pieces) if (piece.tooDeep.length > 0) append(tooDeep, piece.tooDeep);
  return { root, sections, hasProse: hasProse || (answers >= ANSWERS_FOR_PROSE && answering >= 2), tooDeep };
}

type SectionContent = Pick<Section, 'units' | 'runs' | 'labels' | 'labelOpen' | 'hasOwnContent' | 'prompts'>;

const contents = new WeakMap<Piece, { items: readonly Piece[]; value: SectionContent }>();

/** What a section's pieces hold together: the heading's piece (if any) and the text after it up to the next heading. Never changed once made. */
function contentOf(pieces: readonly Piece[]): SectionContent {
  const [first, ...rest] = pieces;
  const heading = first!.depth > 0;
  const content: SectionContent = heading
    ? { units: first!.units, runs: [first!.units], labels: first!.labels, labelOpen: first!.openAtEnd, hasOwnContent: first!.hasOwnContent, prompts: first!.ownPrompts }
    : { units: [], runs: [], labels: [], labelOpen: false, hasOwnContent: false };
  // A heading's arrays are its piece's, which outlives this outline: copied once before the first append.
  let owned = !heading;
  for (const piece of heading ? rest : pieces) {
    if (!owned) {
      owned = true;
      content.units = [...content.units];
      content.runs = [...content.runs];
      content.labels = [...content.labels];
    }
    append(content.units, piece.units);
    content.runs.push(piece.units);
    // A label left open by the chunk before takes this chunk's leading blocks, as it would in one parse.
    let labels = piece.labels;
    if (content.labelOpen && piece.leading && content.labels.length > 0) {
      const open = content.labels[content.labels.length - 1]!;
      const adoption = adoptionBy(open, piece.leading);
      content.labels[content.labels.length - 1] = withAdoption(open, adoption);
      labels = labels.slice(adoption.labelCount);
    }
    append(content.labels, labels);
    if (labels.length > 0 || !piece.leading) content.labelOpen = piece.openAtEnd;
    content.hasOwnContent ||= piece.hasOwnContent;
    content.prompts = mergePrompts(content.prompts, piece.ownPrompts, content.units.length === piece.units.length);
  }
  return content;
}

/** The outline of a whole parsed document. */
export function buildOutline(tree: Root, text: string, tooDeep: readonly number[] = []): Outline {
  return assembleOutline(piecesOf(tree.children, text, tooDeep), text.length);
}

/** Appends without spreading: a piece may hold more items than a call takes arguments. */
export function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
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

function newSection(title: string, depth: number, startOffset: number, titleEndOffset: number, line: number): Section {
  return { title, depth, startOffset, endOffset: startOffset, titleEndOffset, line, titleRun: [], units: [], runs: [], hasOwnContent: false, labels: [], labelOpen: false, children: [] };
}


/** Every heading (unless `titles` is false) and readable block of the document outside its asides, in order, as the runs it was read in. */
export function documentText(outline: Outline, isAside: (title: string) => boolean, { titles = true } = {}): Array<readonly TextUnit[]> {
  return [outline.root, ...outline.sections.filter((section) => !isAside(section.title))]
    .flatMap((section) => (titles ? [section.titleRun, ...readableRuns(section, isAside)] : readableRuns(section, isAside)))
    .filter((run) => run.length > 0);
}

/**
 * A section's own runs without what its aside labels hold ("Self-review: should have said
 * drift…", "Interviewer FB: …"): a comment on the write-up states nothing of the design.
 * The section's own arrays when it has no such label, so what is kept per run still is.
 */
export function readableRuns(section: Section, isAside: (title: string) => boolean): Array<readonly TextUnit[]> {
  // Asked by several passes of one analysis: worked out once per section.
  if (section.readable?.isAside === isAside) return section.readable.runs;
  const asides = asideLabels(section.labels, isAside);
  const inAside = (unit: TextUnit) => asides.some((label) => unit.offset >= label.startOffset && unit.offset < label.endOffset);
  const runs = asides.length === 0 ? section.runs : section.runs.map((run) => run.filter((unit) => !inAside(unit))).filter((run) => run.length > 0);
  section.readable = { isAside, runs };
  return runs;
}

const NO_LABELS: readonly Label[] = Object.freeze([]);
const asidesByTest = new WeakMap<(title: string) => boolean, WeakMap<readonly Label[], readonly Label[]>>();

/** A section's aside labels, kept by its list of labels: a cached piece brings the same list from one edit to the next. */
function asideLabels(labels: readonly Label[], isAside: (title: string) => boolean): readonly Label[] {
  let byList = asidesByTest.get(isAside);
  if (!byList) asidesByTest.set(isAside, (byList = new WeakMap()));
  let asides = byList.get(labels);
  if (!asides) {
    const found = labels.filter((label) => isAside(label.text));
    byList.set(labels, (asides = found.length > 0 ? found : NO_LABELS));
  }
  return asides;
}
