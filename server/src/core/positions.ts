/**
 * The one place where positions change base. unist/vfile and the yaml library count
 * lines and columns from 1; the core, LSP and JSON output count from 0; people read 1-based.
 */
import type { Position, Range } from './types.js';

export interface OneBasedPoint {
  line: number;
  column: number;
}

export function fromOneBased(point: OneBasedPoint): Position {
  return { line: point.line - 1, character: point.column - 1 };
}

/** The yaml library's `LinePos`. */
export function fromLinePos(pos: { line: number; col: number }, lineOffset = 0): Position {
  return fromOneBased({ line: pos.line + lineOffset, column: pos.col });
}

export function toOneBased(position: Position): OneBasedPoint {
  return { line: position.line + 1, column: position.character + 1 };
}

/** Maps string offsets to 0-based positions; built once per text. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.starts[low]! };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.starts.length) return this.text.length;
    return Math.min(this.starts[Math.max(0, position.line)]! + position.character, this.text.length);
  }

  lineStart(line: number): number {
    return line >= this.starts.length ? this.text.length : this.starts[line]!;
  }

  /** The range of a line's text, without its line break. */
  lineRange(line: number): Range {
    const start = this.lineStart(line);
    let end = line + 1 < this.starts.length ? this.starts[line + 1]! - 1 : this.text.length;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return { start: { line, character: 0 }, end: { line, character: end - start } };
  }
}
