/**
 * Finding a list of synonyms in prose, as the vocabulary and the step evidence do: whole words
 * of the scripts that space their words, any spacing or hyphenation, and where two could match at
 * one place the longest synonym, as one alternation of them all would (leftmost match first).
 *
 * Run as one expression, a list of synonyms in nine languages is slow: V8 stops optimising an
 * expression whose source passes about 20,000 characters, and such an expression took two to
 * three microseconds a character (most of a command-line run on documents in other languages).
 * So on a given text only the synonyms that can match there are run (on ASCII text, those
 * written in ASCII, without the `u` flag; elsewhere, those whose scripts the text holds), in
 * expressions kept under that size, whose matches are merged as the one alternation would have
 * found them. What is found is the same.
 */
import { isAscii } from './patterns.js';

const range = (from: number, to: number) => `${String.fromCharCode(from)}-${String.fromCharCode(to)}`;
// Letters of scripts that space their words (Latin with its accents, Greek, Cyrillic), written as the
// characters themselves (short sources stay fast, see above), not as Unicode properties (slow to compile).
const SPACED_LETTERS = `A-Za-z${range(0xc0, 0x24f)}${range(0x370, 0x3ff)}${range(0x400, 0x4ff)}${range(0x1e00, 0x1eff)}`;
/** What a word of those scripts is made of: their letters, digits, underscore. */
const SPACED = `${SPACED_LETTERS}0-9_`;
/**
 * A word boundary, where the synonym's end is written in a spaced script: a match that starts (ends) with such a
 * letter or digit may not go on from (into) another. A Chinese or Japanese word runs straight on from a digit or a
 * Latin name and into a figure ("上位3正解率", "LR基线", "准确率92%"); asked of the match's own first and last
 * character, so one expression keeps one pair of boundaries, however its synonyms mix scripts.
 */
const NOT_WORD_BEFORE = `(?:(?<![${SPACED}])|(?![${SPACED}]))`;
const NOT_WORD_AFTER = `(?:(?![${SPACED}])|(?<![${SPACED}]))`;
/** What separates the words of a synonym in prose: spaces, hyphens, or nothing ("realtime"). */
const SEPARATOR = '[\\s()/-]*';
/**
 * The letters a stem goes on with: those of spaced scripts, and Korean, whose particles join the
 * noun ("모델의"). Not Chinese or Japanese, written without spaces: there "モデル*" would run over
 * "の監視" and hide the word that follows it.
 */
const STEM_GOES_ON = `[${SPACED_LETTERS}${range(0x1100, 0x11ff)}${range(0x3130, 0x318f)}${range(0xac00, 0xd7af)}]*`;
/** Well under the source length past which V8 runs an expression unoptimised. */
const MAX_SOURCE = 16_000;
/** Enough variants for the scripts of any document, without growing for ever in a long session. */
const MAX_VARIANTS = 256;

export interface SynonymMatch {
  index: number;
  text: string;
}

export type SynonymFinder = (text: string) => SynonymMatch[];

/** `maxSource`: the longest source of one expression (smaller in tests, to merge many). */
export function synonymFinder(synonyms: readonly string[], flags: 'gu' | 'giu', maxSource = MAX_SOURCE): SynonymFinder | undefined {
  if (synonyms.length === 0) return undefined;
  const sorted = [...new Set(synonyms)].sort((a, b) => b.length - a.length);
  const needs = sorted.map((synonym) => scriptsOf(synonym));
  const needed = new Set(needs.flat());
  const variants = new Map<string, RegExp[]>();
  const expressionsFor = (text: string): RegExp[] => {
    const ascii = isAscii(text);
    const held = ascii ? [] : scriptsOf(text).filter((script) => needed.has(script));
    const key = `${ascii ? 'a' : 'u'}${held.sort().join(' ')}`;
    let expressions = variants.get(key);
    if (!expressions) {
      const present = new Set(held);
      // ASCII text holds no letter of any script, nor any curly quote: only what is ASCII in some case can match there.
      const listed = ascii ? sorted.filter(mayMatchAscii) : sorted.filter((_, index) => needs[index]!.every((script) => present.has(script)));
      // Without the `u` flag on ASCII text the synonyms as written find the same and run faster,
      // unless one holds a letter whose case is ASCII only with it ("ſ").
      const plain = ascii && listed.every((synonym) => isAscii(synonym));
      expressions = expressionsOf(listed, plain, plain ? flags.replace('u', '') : flags, maxSource);
      if (variants.size >= MAX_VARIANTS) variants.clear();
      variants.set(key, expressions);
    }
    return expressions;
  };
  return (text) => leftmostFirst(expressionsFor(text), text);
}

/** What the finder finds, as one alternation of all the synonyms: slow, but the definition the finder keeps to (tested). */
export function oneExpression(synonyms: readonly string[], flags: 'gu' | 'giu'): RegExp {
  const sorted = [...new Set(synonyms)].sort((a, b) => b.length - a.length);
  return expressionsOf(sorted, false, flags, Infinity)[0]!;
}

/** The synonyms, longest first, in as few expressions as keep each source short. */
function expressionsOf(synonyms: readonly string[], ascii: boolean, flags: string, maxSource: number): RegExp[] {
  const expressions: RegExp[] = [];
  let branches: string[] = [];
  let length = 0;
  const close = () => {
    if (branches.length > 0) expressions.push(new RegExp(`${NOT_WORD_BEFORE}(?:${branches.join('|')})${NOT_WORD_AFTER}`, flags));
    branches = [];
    length = 0;
  };
  for (const synonym of synonyms) {
    const branch = synonymPattern(synonym, ascii);
    if (length + branch.length > maxSource) close();
    branches.push(branch);
    length += branch.length + 1;
  }
  close();
  return expressions;
}

/**
 * The matches one alternation of all the expressions' synonyms would find: the leftmost first
 * and, where several start at one place, the one listed first (the expressions hold the synonyms
 * in order); then on from its end. An expression's next match that starts past that end stays its
 * next: its boundaries look behind the match, never at where the search began.
 */
function leftmostFirst(expressions: readonly RegExp[], text: string): SynonymMatch[] {
  const found: SynonymMatch[] = [];
  const next = expressions.map((expression) => from(expression, text, 0));
  for (;;) {
    let first = -1;
    for (let i = 0; i < next.length; i++) {
      const match = next[i];
      if (match && (first < 0 || match.index < next[first]!.index)) first = i;
    }
    if (first < 0) return found;
    const match = next[first]!;
    found.push({ index: match.index, text: match[0] });
    const end = match.index + Math.max(1, match[0].length);
    for (let i = 0; i < next.length; i++) {
      if (next[i] && next[i]!.index < end) next[i] = from(expressions[i]!, text, end);
    }
  }
}

function from(expression: RegExp, text: string, index: number): RegExpExecArray | null {
  expression.lastIndex = index;
  return expression.exec(text);
}

function synonymPattern(synonym: string, ascii: boolean): string {
  const stem = synonym.endsWith('*');
  const words = synonym
    .replace(/\*$/, '')
    .trim()
    .split(/[\s-]+/)
    .map((word) =>
      word
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/@k$/i, '\\s*@\\s*(?:k|\\d+)')
        .replace(/@(\d+)$/, '\\s*@\\s*$1'),
    );
  // On ASCII text, the letters a stem may go on with are ASCII letters.
  return words.join(SEPARATOR) + (stem ? (ascii ? '[A-Za-z]*' : STEM_GOES_ON) : '');
}

/** Each character is ASCII or has an ASCII case ("ſ"). */
function mayMatchAscii(synonym: string): boolean {
  return [...synonym.replace(/[\x00-\x7f]+/g, '')].every((char) => isAscii(char.toUpperCase()) || isAscii(char.toLowerCase()));
}

/**
 * The scripts a text's letters outside ASCII are written in: Latin (with accents), Greek,
 * Cyrillic, Chinese and Japanese (written together), Korean, and a few more. A synonym matches
 * only where the text holds letters of its scripts, and a document's paragraphs hold few sets of
 * them, so it makes few variants. Marks, punctuation, letters of other scripts or of none ("ー")
 * and letters with an ASCII case ("ſ" upper-cased is "S") need nothing: they never narrow.
 */
function scriptsOf(text: string): string[] {
  const scripts = new Set<string>();
  for (const char of new Set(text.replace(/[\x00-\x7f]+/g, ''))) {
    let script = scriptOfChar.get(char);
    if (script === undefined) {
      if (scriptOfChar.size >= 100_000) scriptOfChar.clear();
      scriptOfChar.set(char, (script = scriptOf(char)));
    }
    if (script) scripts.add(script);
  }
  return [...scripts];
}

const scriptOfChar = new Map<string, string>();
const SCRIPTS = Object.entries({
  latin: ['Latin'],
  greek: ['Greek'],
  cyrillic: ['Cyrillic'],
  cjk: ['Han', 'Hiragana', 'Katakana'],
  hangul: ['Hangul'],
  arabic: ['Arabic'],
  hebrew: ['Hebrew'],
  thai: ['Thai'],
  devanagari: ['Devanagari'],
}).map(([name, scripts]) => [name, new RegExp(`[${scripts.map((script) => `\\p{Script=${script}}`).join('')}]`, 'u')] as const);

/** A character's script, read in the case the expression compares ("ς" and "Σ" are both "σ"). */
function scriptOf(char: string): string {
  const folded = char.toUpperCase().toLowerCase();
  if (isAscii(char.toUpperCase()) || isAscii(char.toLowerCase()) || isAscii(folded)) return '';
  return SCRIPTS.find(([, test]) => test.test(folded))?.[0] ?? '';
}
