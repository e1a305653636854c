/**
 * Vocabularies (metrics, serving modes, ML categories) and the matcher that finds their
 * terms in prose: whole words, any case, "click-through rate" = "click through rate",
 * "recall@10" = "recall@k". The longest synonym wins where two overlap ("PR-AUC" is not "AUC").
 *
 * Word boundaries only apply between letters of scripts that space their words (Latin,
 * Cyrillic, Greek), so "提升点击率" and "提升CTR" both match. A synonym ending in `*` is a
 * stem ("конверси*" matches "конверсия" and "конверсии"). Weak synonyms ("batch",
 * "real-time") only count where the fact's context says they are about the right thing.
 */

import { remember } from './memo.js';
import { compilePatterns, forText, withAsciiTwin } from './patterns.js';

export interface Term {
  id: string;
  name: string;
  synonyms: string[];
  /** Synonyms matched only in this exact case ("mAP", not "map"). */
  caseSensitive?: string[];
  /** Synonyms that state the term only in the fact's context ("batch" about predictions, not features). */
  weak?: string[];
  /** Regular expressions that state the term too, as weak synonyms do: only in the fact's context ("p99 < 50 ms" for the ranking call). */
  patterns?: string[];
  /**
   * Regular expressions that state the term outright, as synonyms do, wherever they stand: what the
   * clause says is already about predictions ("every night at 2:00 a job scores all open orders").
   */
  phrasings?: string[];
  kind?: string;
  /** For metrics: the ML categories the metric fits. */
  fits?: string[];
  /** For ML categories: categories whose metrics fit this one too. */
  also?: string[];
  /** For metrics: also what a model is trained to minimise ("trained with cross-entropy"): a metric only where its fact's own step names it. */
  objective?: boolean;
  definition?: string;
}

export interface TermHit {
  term: Term;
  index: number;
  end: number;
  weak: boolean;
  /** Found by one of the term's patterns: inferred from how the text reads, not named. */
  inferred?: boolean;
}

export interface TermMatcher {
  find(text: string): TermHit[];
}

// Letters of scripts that space their words (Latin with its accents, Greek, Cyrillic): explicit
// ranges, since Unicode property classes make these large expressions slow to compile.
const SPACED_LETTERS = 'A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF\\u1E00-\\u1EFF';
/** What a word of those scripts is made of: their letters, digits, underscore. */
const SPACED = `${SPACED_LETTERS}0-9_`;
const NOT_WORD_BEFORE = `(?<![${SPACED}])`;
const NOT_WORD_AFTER = `(?![${SPACED}])`;
/** What separates the words of a synonym in prose: spaces, hyphens, or nothing ("realtime"). */
const SEPARATOR = '[\\s\\-()/]*';
/**
 * The letters a stem goes on with: those of spaced scripts, and Korean, whose particles join the
 * noun ("모델의"). Not Chinese or Japanese, written without spaces: there "モデル*" would run over
 * "の監視" and hide the word that follows it.
 */
const STEM_GOES_ON = `[${SPACED_LETTERS}\\u1100-\\u11FF\\u3130-\\u318F\\uAC00-\\uD7AF]*`;

function synonymPattern(synonym: string, ascii = false): string {
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
  // On ASCII text (the twin's), the letters a stem may go on with are ASCII letters.
  return words.join(SEPARATOR) + (stem ? (ascii ? '[A-Za-z]*' : STEM_GOES_ON) : '');
}

/** The lookup key of a matched text or a synonym: case, spacing and k folded away. */
function keyOf(text: string, foldCase: boolean): string {
  const folded = foldCase ? text.toLowerCase() : text;
  return folded.replace(/[\s\-()/]+/g, '').replace(/@(k|\d+)$/i, '@k');
}

function alternation(synonyms: string[], flags: string): RegExp | undefined {
  if (synonyms.length === 0) return undefined;
  const sorted = [...synonyms].sort((a, b) => b.length - a.length);
  const source = (ascii: boolean) => `${NOT_WORD_BEFORE}(?:${sorted.map((synonym) => synonymPattern(synonym, ascii)).join('|')})${NOT_WORD_AFTER}`;
  return withAsciiTwin(new RegExp(source(false), flags), () => source(true), flags);
}

interface Entry {
  term: Term;
  weak: boolean;
}

/** Synonym lookup that also knows stems ("конверси*"). */
class Table {
  private readonly exact = new Map<string, Entry>();
  private readonly stems: Array<[string, Entry]> = [];

  constructor(private readonly foldCase: boolean) {}

  add(synonym: string, entry: Entry): void {
    if (synonym.endsWith('*')) this.stems.push([keyOf(synonym.slice(0, -1), this.foldCase), entry]);
    else this.exact.set(keyOf(synonym, this.foldCase), entry);
  }

  get(text: string): Entry | undefined {
    const key = keyOf(text, this.foldCase);
    return this.exact.get(key) ?? this.stems.filter(([stem]) => key.startsWith(stem)).sort((a, b) => b[0].length - a[0].length)[0]?.[1];
  }
}

export interface PhraseHit<T> {
  /** Everything the matched phrase stands for (a phrase may be listed under several owners). */
  values: T[];
  /** The phrase as listed, folded: one key for "Click-through rate" and "click through rate", or for a stem however inflected. */
  key: string;
  index: number;
  /** Where the matched text ends. */
  end: number;
}

/**
 * Phrases that may each stand for several things (a term that points at two steps), found
 * as the vocabulary finds synonyms: whole words, any case, stems ending in `*`, longest first.
 */
export function compilePhrases<T>(entries: ReadonlyArray<{ phrase: string; value: T }>): (text: string) => Array<PhraseHit<T>> {
  // By folded key: the phrase as listed (one key for "request*" however it is inflected) and what it stands for.
  const exact = new Map<string, { phrase: string; values: T[] }>();
  const stems: Array<[string, { phrase: string; values: T[] }]> = [];
  for (const { phrase, value } of entries) {
    const stem = phrase.endsWith('*');
    const key = keyOf(stem ? phrase.slice(0, -1) : phrase, true);
    let entry = stem ? stems.find(([k]) => k === key)?.[1] : exact.get(key);
    if (!entry) {
      entry = { phrase: keyOf(phrase, true), values: [] };
      if (stem) stems.push([key, entry]);
      else exact.set(key, entry);
    }
    if (!entry.values.includes(value)) entry.values.push(value);
  }
  stems.sort((a, b) => b[0].length - a[0].length);
  const whole = alternation([...new Set(entries.map((entry) => entry.phrase))], 'giu');
  // Callers keep what a text holds (per unit, per heading): no memo of texts here.
  return (text) => {
    const hits: Array<PhraseHit<T>> = [];
    if (whole) {
      const regex = forText(whole, text);
      regex.lastIndex = 0;
      for (let match = regex.exec(text); match; match = regex.exec(text)) {
        const key = keyOf(match[0], true);
        const whole = exact.get(key);
        const stem = stems.find(([prefix]) => key.startsWith(prefix))?.[1];
        const entry = whole ?? stem;
        if (!entry) continue;
        const values = whole && stem ? [...new Set([...whole.values, ...stem.values])] : entry.values;
        hits.push({ values, key: entry.phrase, index: match.index, end: match.index + match[0].length });
      }
    }
    return hits;
  };
}

export function compileVocabulary(terms: Term[]): TermMatcher {
  const insensitive = new Table(true);
  const sensitive = new Table(false);
  const insensitiveSynonyms: string[] = [];
  const sensitiveSynonyms: string[] = [];
  for (const term of terms) {
    const exact = new Set(term.caseSensitive ?? []);
    const weak = new Set(term.weak ?? []);
    for (const synonym of new Set([...term.synonyms, ...exact, ...weak])) {
      const entry = { term, weak: weak.has(synonym) };
      if (exact.has(synonym)) {
        sensitive.add(synonym, entry);
        sensitiveSynonyms.push(synonym);
      } else {
        insensitive.add(synonym, entry);
        insensitiveSynonyms.push(synonym);
      }
    }
  }
  const patterns = [
    { regex: alternation(sensitiveSynonyms, 'gu'), table: sensitive },
    { regex: alternation(insensitiveSynonyms, 'giu'), table: insensitive },
  ];
  const phrasings = terms.flatMap((term) => (term.phrasings?.length ? [{ term, regex: compilePatterns(term.phrasings)!, weak: false }] : []));
  const termPatterns = terms.flatMap((term) => (term.patterns?.length ? [{ term, regex: compilePatterns(term.patterns)!, weak: true }] : []));

  // The same sentences are read for several facts (offline and online metrics): remember them.
  const memo = new Map<string, TermHit[]>();
  return {
    find(text) {
      return remember(memo, text, () => findIn(text));
    },
  };

  function findIn(text: string): TermHit[] {
    const hits: TermHit[] = [];
    // A phrasing says more than the words inside it: "cada noche" is weak, "cada noche … calculará el riesgo" is not.
    patternHits(text, phrasings, hits);
    for (const { regex: any, table } of patterns) {
      if (!any) continue;
      const regex = forText(any, text);
      regex.lastIndex = 0;
      for (let match = regex.exec(text); match; match = regex.exec(text)) {
        const entry = table.get(match[0]);
        const start = match.index;
        const end = start + match[0].length;
        if (entry && !hits.some((hit) => start < hit.end && hit.index < end)) {
          hits.push({ term: entry.term, index: start, end, weak: entry.weak });
        }
      }
    }
    patternHits(text, termPatterns, hits);
    hits.sort((a, b) => a.index - b.index);
    return hits;
  }
}

function patternHits(text: string, termPatterns: ReadonlyArray<{ term: Term; regex: RegExp; weak: boolean }>, hits: TermHit[]): void {
  for (const { term, regex: any, weak } of termPatterns) {
    const regex = forText(any, text);
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match; match = regex.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (end === start) regex.lastIndex++;
      else if (!hits.some((hit) => start < hit.end && hit.index < end)) hits.push({ term, index: start, end, weak, inferred: true });
    }
  }
}
