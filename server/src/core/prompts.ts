/**
 * Template prompts left as written. A scaffolded document holds each prompt on a line of
 * its own; a line that reads exactly as one (spaces aside) is still the template's text,
 * not the author's. Analysis reads the document with those lines blanked, so a section
 * holding only prompts is empty and states no fact its options name.
 */
import type { Range } from './types.js';

export interface PromptLine {
  range: Range;
}

export function findPromptLines(text: string, prompts: ReadonlySet<string>): PromptLine[] {
  if (prompts.size === 0) return [];
  const { shortest, head, heads } = indexOf(prompts);
  const found: PromptLine[] = [];
  let line = 0;
  for (let start = 0; start <= text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // Most lines are ruled out by their first few characters, without copying the line.
    let first = start;
    while (first < end && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9)) first++;
    if (end - first >= shortest && heads.has(text.slice(first, first + head))) {
      const raw = text.slice(start, end);
      const trimmed = raw.trim();
      if (prompts.has(trimmed)) {
        const character = raw.indexOf(trimmed);
        found.push({ range: { start: { line, character }, end: { line, character: character + trimmed.length } } });
      }
    }
    start = end + 1;
  }
  return found;
}

interface PromptIndex {
  shortest: number;
  /** How many leading characters of a line are looked up before the whole line is. */
  head: number;
  heads: Set<string>;
}

const indexMemo = new WeakMap<ReadonlySet<string>, PromptIndex>();

function indexOf(prompts: ReadonlySet<string>): PromptIndex {
  let index = indexMemo.get(prompts);
  if (!index) {
    const shortest = Math.min(...[...prompts].map((p) => p.length));
    const head = Math.min(8, shortest);
    index = { shortest, head, heads: new Set([...prompts].map((p) => p.slice(0, head))) };
    indexMemo.set(prompts, index);
  }
  return index;
}

/** The text with those lines' words replaced by spaces: same length, same lines, same offsets. */
export function blankPromptLines(text: string, found: readonly PromptLine[]): string {
  if (found.length === 0) return text;
  const lines = text.split('\n');
  for (const { range } of found) {
    const line = lines[range.start.line]!;
    lines[range.start.line] = line.slice(0, range.start.character) + ' '.repeat(range.end.character - range.start.character) + line.slice(range.end.character);
  }
  return lines.join('\n');
}
