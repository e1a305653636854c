/** Regular expressions written in schemas: case-insensitive, Unicode-aware, compiled once. */
import { requiredPieces } from './literals.js';

/**
 * Patterns are case-insensitive and Unicode-aware: `\b` is rewritten to a boundary between
 * letters and non-letters of any script, since JavaScript's own only knows ASCII.
 */
export function compilePattern(pattern: string, flags = 'iu'): RegExp {
  const regex = withAsciiTwin(new RegExp(unicodeBoundaries(pattern), flags), () => plainSource(pattern), flags);
  if (repeatsRepetition(pattern)) {
    throw new Error(`a repeated group that itself repeats ("(a+)+") can take exponential time on some text; write it without the outer repeat: ${pattern}`);
  }
  return regex;
}

/**
 * Whether a group holding an unbounded repeat is itself repeated ("(a+)+$", "(\\w*,?)*"):
 * the shape behind catastrophic backtracking. Read from the source, escapes and character
 * classes skipped, so a team schema's patterns are checked before they ever run on text.
 */
export function repeatsRepetition(source: string): boolean {
  const groups: boolean[] = [];
  let repeats = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (char === '\\') {
      i++;
      continue;
    }
    if (char === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      continue;
    }
    if (char === '(') {
      groups.push(repeats);
      repeats = false;
    } else if (char === ')') {
      const inner: boolean = repeats;
      repeats = groups.pop() ?? false;
      const after = unboundedRepeatAt(source, i + 1);
      if (inner && after) return true;
      repeats ||= inner || after;
    } else if (unboundedRepeatAt(source, i)) {
      repeats = true;
    }
  }
  return false;
}

/** `*`, `+` or `{n,}` (a bound over 10 counts too) at this index. */
function unboundedRepeatAt(source: string, index: number): boolean {
  const char = source[index];
  if (char === '*' || char === '+') return true;
  if (char !== '{') return false;
  const bound = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(index, index + 20));
  return Boolean(bound && bound[2] !== undefined && (bound[3] === '' || Number(bound[3]) > 10));
}

/**
 * Several patterns as one expression, so a sentence is scanned once. On a given text it
 * runs narrowed to the patterns that can match there (`forText`).
 */
export function compilePatterns(patterns: readonly string[] | undefined, flags = 'giu'): RegExp | undefined {
  if (!patterns || patterns.length === 0) return undefined;
  const regex = new RegExp(patterns.map((pattern) => `(?:${unicodeBoundaries(pattern)})`).join('|'), flags);
  narrowings.set(regex, narrowing(patterns, flags));
  return regex;
}

/**
 * A combined expression tries every pattern at every position of a text, and V8 cannot skip
 * ahead when the patterns start with boundaries: on text in other scripts that cost a
 * millisecond a sentence. Most patterns hold pieces every match contains (`literals.ts`); a
 * pattern with a piece a text lacks cannot match anywhere in it, so leaving it out of the
 * expression run on that text changes nothing found. Narrowed expressions are kept per set of patterns.
 */
interface Narrowing {
  parts: Array<{ unicode: string; plain: string | undefined; pieces: RegExp[] }>;
  flags: string;
  compiled: Map<string, RegExp>;
}

const narrowings = new WeakMap<RegExp, Narrowing>();
const NEVER = /(?!)/g;
/** Enough narrowed expressions for the sentences of any document, without growing for ever in a long session. */
const MAX_NARROWED = 512;

function narrowing(patterns: readonly string[], flags: string): Narrowing {
  const pieceFlags = flags.replace(/[gy]/g, '');
  const parts = patterns.map((pattern) => {
    const pieces = requiredPieces(pattern).flatMap((piece) => pieceExpression(pattern, piece, pieceFlags) ?? []);
    const plain = foldsToAscii(pattern) ? undefined : plainSource(pattern);
    return { unicode: unicodeBoundaries(pattern), plain, pieces };
  });
  return { parts, flags, compiled: new Map() };
}

/** The piece with the boundaries its pattern has, so it holds wherever the pattern does. */
function pieceExpression(pattern: string, piece: string, flags: string): RegExp | undefined {
  try {
    return new RegExp(unicodeBoundaries(piece, /[^\x00-\x7f]/.test(pattern)), flags);
  } catch {
    return undefined;
  }
}

function narrowed(narrowing: Narrowing, text: string): RegExp {
  const candidates = narrowing.parts.filter((part) => part.pieces.every((piece) => piece.test(text)));
  if (candidates.length === 0) return NEVER;
  // On ASCII text the patterns as written, with JavaScript's own `\b` and no `u`, find the same and run faster.
  const plain = ASCII.test(text) && candidates.every((part) => part.plain !== undefined);
  const sources = candidates.map((part) => `(?:${plain ? part.plain : part.unicode})`).join('|');
  const key = `${plain ? 'a' : 'u'}${sources}`;
  let regex = narrowing.compiled.get(key);
  if (!regex) {
    if (narrowing.compiled.size >= MAX_NARROWED) narrowing.compiled.clear();
    regex = new RegExp(sources, plain ? narrowing.flags.replace('u', '') : narrowing.flags);
    narrowing.compiled.set(key, regex);
  }
  return regex;
}

function unicodeBoundaries(pattern: string, unicode = /[^\x00-\x7f]/.test(pattern)): string {
  // JavaScript's own \b is right (and far cheaper) for patterns in ASCII letters.
  if (!unicode) return pattern;
  const boundary = '(?:(?<=[\\p{L}\\p{N}_])(?![\\p{L}\\p{N}_])|(?<![\\p{L}\\p{N}_])(?=[\\p{L}\\p{N}_]))';
  return pattern.replace(/(?<!\\)((?:\\\\)*)\\b/g, `$1${boundary}`);
}

/** The pattern as written, when it means the same without the `u` flag (no `\p{…}` or `\u{…}`). */
function plainSource(pattern: string): string | undefined {
  return /\\[pPu]\{/.test(pattern) ? undefined : pattern;
}

/**
 * On text in ASCII alone, an expression without the `u` flag, with JavaScript's own `\b`,
 * finds exactly what the Unicode-aware one finds (letters of other scripts and their case
 * folding cannot occur), and V8 runs it many times faster: English text, most of what is
 * read, takes that twin. Each twin is compiled when first needed.
 */
const twins = new WeakMap<RegExp, { source: () => string | undefined; flags: string; compiled?: RegExp | null }>();

export function withAsciiTwin(regex: RegExp, source: () => string | undefined, flags: string): RegExp {
  twins.set(regex, { source, flags: flags.replace('u', '') });
  return regex;
}

const ASCII = /^[\x00-\x7f]*$/;

export function isAscii(text: string): boolean {
  return ASCII.test(text);
}

/** Letters such as "ı" or "ſ" match ASCII letters in one case mode and not in the other: no twin then. */
function foldsToAscii(source: string): boolean {
  for (const char of source.replace(/[\x00-\x7f]+/g, '')) {
    if (ASCII.test(char.toUpperCase()) || ASCII.test(char.toLowerCase())) return true;
  }
  return false;
}

/** The expression to run on a text: the ASCII twin where the text is ASCII alone and a twin exists. */
export function forText(regex: RegExp, text: string): RegExp {
  const narrowing = narrowings.get(regex);
  if (narrowing) return narrowed(narrowing, text);
  const twin = twins.get(regex);
  if (!twin || !ASCII.test(text)) return regex;
  if (twin.compiled === undefined) {
    const source = twin.source();
    twin.compiled = source === undefined || foldsToAscii(source) ? null : new RegExp(source, twin.flags);
  }
  return twin.compiled ?? regex;
}
