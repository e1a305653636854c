/** Regular expressions written in schemas: case-insensitive, Unicode-aware, compiled once. */

/**
 * Patterns are case-insensitive and Unicode-aware: `\b` is rewritten to a boundary between
 * letters and non-letters of any script, since JavaScript's own only knows ASCII.
 */
export function compilePattern(pattern: string, flags = 'iu'): RegExp {
  return new RegExp(unicodeBoundaries(pattern), flags);
}

/** Several patterns as one expression, so a sentence is scanned once. */
export function compilePatterns(patterns: readonly string[] | undefined, flags = 'giu'): RegExp | undefined {
  if (!patterns || patterns.length === 0) return undefined;
  return new RegExp(patterns.map((pattern) => `(?:${unicodeBoundaries(pattern)})`).join('|'), flags);
}

function unicodeBoundaries(pattern: string): string {
  // JavaScript's own \b is right (and far cheaper) for patterns in ASCII letters.
  if (!/[^\x00-\x7f]/.test(pattern)) return pattern;
  const boundary = '(?:(?<=[\\p{L}\\p{N}_])(?![\\p{L}\\p{N}_])|(?<![\\p{L}\\p{N}_])(?=[\\p{L}\\p{N}_]))';
  return pattern.replace(/(?<!\\)((?:\\\\)*)\\b/g, `$1${boundary}`);
}
