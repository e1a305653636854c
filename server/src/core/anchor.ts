/**
 * Pieces that follow their chunk: positions read through an anchor that moves when text
 * before the chunk changes, so a cached piece is never copied.
 */
import type { Adoption, Label } from './labels.js';
import type { Piece } from './outline.js';
import type { Cell, TextUnit } from './text.js';

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
  const unit = (u: TextUnit): TextUnit => new AnchoredUnit(u.text, u.line - base.line, u.offset - base.offset, anchor, u.item, u.note, u.cell);
  const label = (l: Label): Label => {
    const relative = { line: l.line - base.line, start: l.startOffset - base.offset, end: l.endOffset - base.offset };
    return {
      ...l,
      get line() { return relative.line + anchor.line; },
      get startOffset() { return relative.start + anchor.offset; },
      get endOffset() { return relative.end + anchor.offset; },
      titleRun: l.titleRun.map(unit),
      units: l.units.map(unit),
      children: l.children.map(label),
    };
  };
  const relative = { line: piece.line - base.line, start: piece.startOffset - base.offset, titleEnd: piece.titleEndOffset - base.offset };
  const relativeTooDeep = piece.tooDeep.map((offset) => offset - base.offset);
  const anchored: Piece = {
    ...piece,
    get line() { return relative.line + anchor.line; },
    get startOffset() { return relative.start + anchor.offset; },
    get titleEndOffset() { return relative.titleEnd + anchor.offset; },
    titleRun: piece.titleRun.map(unit),
    units: piece.units.map(unit),
    labels: piece.labels.map(label),
    // Read for every piece on every analysis: most have nothing cut, and share one empty list.
    tooDeep: NONE,
    leading: piece.leading && anchorAdoption(piece.leading, anchor, unit, label),
  };
  if (relativeTooDeep.length > 0) Object.defineProperty(anchored, 'tooDeep', { get: () => relativeTooDeep.map((offset) => offset + anchor.offset) });
  return anchored;
}

const NONE: readonly number[] = Object.freeze([]);

function anchorAdoption(adoption: Adoption, anchor: Anchor, unit: (u: TextUnit) => TextUnit, label: (l: Label) => Label): Adoption {
  const relativeEnd = adoption.endOffset - anchor.offset;
  return {
    ...adoption,
    get endOffset() { return relativeEnd + anchor.offset; },
    units: adoption.units.map(unit),
    children: adoption.children.map(label),
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
    readonly item?: boolean,
    readonly note?: boolean,
    readonly cell?: Cell,
  ) {}

  get line(): number {
    return this.relativeLine + this.anchor.line;
  }

  get offset(): number {
    return this.relativeOffset + this.anchor.offset;
  }
}
