/**
 * Parts: what a reviewer reads as one piece under a name. A heading with the text up to the
 * next heading, a label that stands in for a heading ("**Offline metrics**" over its
 * blocks, "- Serving" over its bullets, "Baseline: ..."), and the opening under a title
 * that has no heading of its own. Parts nest as the document does; alignment (align.ts)
 * gives each a step.
 */
import type { Label } from './labels.js';
import { readableRuns, type Outline, type Section } from './outline.js';
import type { TextUnit } from './text.js';

export interface Part {
  kind: 'heading' | 'label' | 'opening';
  /** The heading or label text; empty for an opening. */
  title: string;
  line: number;
  startOffset: number;
  /** End of the heading or label text (the start, for labels and openings). */
  titleEndOffset: number;
  /** End of everything the part covers, sub-parts included. */
  endOffset: number;
  section?: Section;
  label?: Label;
  /** The part's own text, not its sub-parts'. */
  units: TextUnit[];
  /** The same text in runs that keep their identity across edits (see Section.runs), for what is kept per run. */
  runs: ReadonlyArray<readonly TextUnit[]>;
  /** Sub-parts in document order: labels standing in for headings, then sub-sections. */
  children: Part[];
  /** A label shaped like a heading (a bold line alone, a short item over its own bullets). */
  headingLike: boolean;
}

/**
 * The parts of a document: its top-level sections, with the text before the first heading
 * as an opening. `structural` picks the labels that stand in for headings; what aside labels hold is no part's text.
 */
export function buildParts(outline: Outline, structural: (labels: readonly Label[]) => readonly Label[], isAside: (title: string) => boolean): Part[] {
  const label = (node: Label): Part => ({
    kind: 'label',
    title: node.text,
    line: node.line,
    startOffset: node.startOffset,
    titleEndOffset: node.startOffset,
    endOffset: node.endOffset,
    label: node,
    units: node.units,
    runs: [node.units],
    children: structural(node.children).map(label),
    headingLike: node.headingLike,
  });
  const heading = (node: Section): Part => ({
    kind: 'heading',
    title: node.title,
    line: node.line,
    startOffset: node.startOffset,
    titleEndOffset: node.titleEndOffset,
    endOffset: node.endOffset,
    section: node,
    units: node.units,
    runs: readableRuns(node, isAside),
    children: [...structural(node.labels).map(label), ...node.children.map(heading)],
    headingLike: true,
  });
  const root = outline.root;
  const top = [...structural(root.labels).map(label), ...root.children.map(heading)];
  const opening = openingOf(root.units, top, 0, root.endOffset);
  return opening ? [opening, ...top] : top;
}

/**
 * The text of a part that is not in any of its sub-parts: what opens it before its first
 * label, and what no label took after one (a label closed by a line of another kind, as a
 * title over "Owner: …" is). Undefined when there is none.
 */
export function openingOf(units: TextUnit[], children: Part[], startOffset: number, endOffset: number): Part | undefined {
  const labels = children.filter((child) => child.kind === 'label');
  const firstLabel = labels[0];
  // Units and labels are both in document order: one pass over each.
  let next = 0;
  const own = units.filter((unit) => {
    while (next < labels.length && labels[next]!.endOffset <= unit.offset) next++;
    return !(next < labels.length && unit.offset >= labels[next]!.startOffset);
  });
  if (own.length === 0) return undefined;
  const end = firstLabel?.startOffset ?? children[0]?.startOffset ?? endOffset;
  return {
    kind: 'opening',
    title: '',
    line: own[0]!.line,
    startOffset: Math.min(startOffset, own[0]!.offset),
    titleEndOffset: own[0]!.offset,
    endOffset: end,
    units: own,
    runs: [own],
    children: [],
    headingLike: false,
  };
}

/** A part and everything below it. */
export function allUnits(part: Part): TextUnit[] {
  return [...part.units, ...part.children.flatMap(allUnits)];
}
