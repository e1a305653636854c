/**
 * Pieces of a pattern that every match of it contains, each an expression of its own: runs of
 * plain characters outside any group, class, escape or repeat ("heuristic" in
 * `\bheuristics?\s*(->|then)`), longest first, then the groups that are neither optional nor
 * lookarounds ("(against|versus)" in `\b(against|versus) the current`), the most telling first.
 * A combined expression of many patterns runs, on a text, only the patterns whose pieces the
 * text all holds (see `patterns.ts`).
 *
 * Read from the source conservatively: whatever is not surely required ends a run, a pattern
 * with a top-level `|` has no pieces, nor is a group that refers to another group one.
 */
export function requiredPieces(source: string): string[] {
  const runs: string[][] = [];
  const groups: string[] = [];
  let run: string[] = [];
  const end = () => {
    if (run.length > 0) runs.push(run);
    run = [];
  };
  const chars = Array.from(source);
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    if (char === '|') return [];
    if (char === '\\') {
      end();
      i = afterEscape(chars, i) - 1;
    } else if (char === '[') {
      end();
      i = afterClass(chars, i) - 1;
    } else if (char === '(') {
      end();
      const close = afterGroup(chars, i);
      const group = standalone(chars.slice(i, close).join(''));
      if (group !== undefined && !isQuantifier(chars[close])) groups.push(group);
      i = close - 1;
    } else if (isQuantifier(char)) {
      // The character before is optional or repeated: it is no longer surely there once.
      run.pop();
      end();
      if (char === '{') while (i < chars.length && chars[i] !== '}') i++;
      if (chars[i + 1] === '?') i++;
    } else if ('.^$)]}'.includes(char)) {
      end();
    } else {
      run.push(char);
    }
  }
  end();
  const literals = runs
    .filter((chars) => chars.length >= 2)
    .sort((a, b) => b.length - a.length)
    .map((chars) => chars.join('').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  return [...literals, ...groups.sort((a, b) => shortestWord(b) - shortestWord(a))];
}

/** How long the shortest plain alternative of a group is: "(at|upon|on)" tells less than "(checkout|purchase)". */
function shortestWord(group: string): number {
  return Math.min(...group.slice(3, -1).split('|').map((alternative) => alternative.replace(/[^\p{L}\p{N}]/gu, '').length));
}

function isQuantifier(char: string | undefined): boolean {
  return char === '?' || char === '*' || char === '+' || char === '{';
}

/** A group as an expression of its own: not a lookaround, and not referring to other groups. */
function standalone(group: string): string | undefined {
  if (/^\((\?[=!]|\?<[=!])/.test(group) || /\\(\d|k<)/.test(group)) return undefined;
  return `(?:${group.replace(/^\((\?:|\?<[^>]+>)?/, '')}`;
}

/** The index just past an escape: `\b`, `\x41`, `\u{1F600}`, `\p{L}`, `\k<name>`, `\12`. */
function afterEscape(chars: string[], at: number): number {
  const kind = chars[at + 1];
  let i = at + 2;
  if (kind === 'x') return i + 2;
  if (kind === 'c') return i + 1;
  if (kind === 'u' && chars[i] !== '{') return i + 4;
  if ((kind === 'u' || kind === 'p' || kind === 'P') && chars[i] === '{') return skipTo(chars, i, '}');
  if (kind === 'k' && chars[i] === '<') return skipTo(chars, i, '>');
  if (kind !== undefined && /\d/.test(kind)) while (i < chars.length && /\d/.test(chars[i]!)) i++;
  return i;
}

function skipTo(chars: string[], from: number, close: string): number {
  let i = from;
  while (i < chars.length && chars[i] !== close) i++;
  return i + 1;
}

/** The index just past a character class, escapes inside it included. */
function afterClass(chars: string[], at: number): number {
  let i = at + 1;
  while (i < chars.length && chars[i] !== ']') i += chars[i] === '\\' ? 2 : 1;
  return i + 1;
}

/** The index just past a group, nested groups, classes and escapes inside it included. */
function afterGroup(chars: string[], at: number): number {
  let depth = 0;
  for (let i = at; i < chars.length; i++) {
    const char = chars[i]!;
    if (char === '\\') i++;
    else if (char === '[') i = afterClass(chars, i) - 1;
    else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return i + 1;
  }
  return chars.length;
}
