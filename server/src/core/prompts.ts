/**
 * Template prompts left as written. A scaffolded document holds each prompt on a line of
 * its own; a line that reads exactly as one (spaces aside) is still the template's text,
 * not the author's. Analysis reads the document with those lines blanked, so a section
 * holding only prompts is empty and states no fact its options name.
 */
import type { Range } from './types.js';

export interface PromptLine {
  text: string;
  range: Range;
}

export function findPromptLines(text: string, prompts: ReadonlySet<string>): PromptLine[] {
  if (prompts.size === 0) return [];
  const found: PromptLine[] = [];
  const shortest = shortestOf(prompts);
  let line = 0;
  for (let start = 0; start <= text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end - start < shortest) {
      start = end + 1;
      continue;
    }
    const raw = text.slice(start, end);
    const trimmed = raw.trim();
    if (trimmed.length > 0 && prompts.has(trimmed)) {
      const character = raw.indexOf(trimmed);
      found.push({ text: trimmed, range: { start: { line, character }, end: { line, character: character + trimmed.length } } });
    }
    start = end + 1;
  }
  return found;
}

const shortestMemo = new WeakMap<ReadonlySet<string>, number>();

/** Shorter lines cannot be prompts, and are not even copied out. */
function shortestOf(prompts: ReadonlySet<string>): number {
  let shortest = shortestMemo.get(prompts);
  if (shortest === undefined) shortestMemo.set(prompts, (shortest = Math.min(...[...prompts].map((p) => p.length))));
  return shortest;
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
