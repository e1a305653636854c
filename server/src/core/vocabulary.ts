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
import { compilePatterns, forText } from './patterns.js';
import { synonymFinder } from './synonym-expression.js';

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

/** The lookup key of a matched text or a synonym: case, spacing and k folded away. */
function keyOf(text: string, foldCase: boolean): string {
  const folded = foldCase ? text.toLowerCase() : text;
  return folded.replace(/[\s\-()/]+/g, '').replace(/@(k|\d+)$/i, '@k');
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
  const find = synonymFinder(entries.map((entry) => entry.phrase), 'giu');
  // Callers keep what a text holds (per unit, per heading): no memo of texts here.
  return (text) => {
    const hits: Array<PhraseHit<T>> = [];
    for (const match of find?.(text) ?? []) {
      const key = keyOf(match.text, true);
      const whole = exact.get(key);
      const stem = stems.find(([prefix]) => key.startsWith(prefix))?.[1];
      const entry = whole ?? stem;
      if (!entry) continue;
      const values = whole && stem ? [...new Set([...whole.values, ...stem.values])] : entry.values;
      hits.push({ values, key: entry.phrase, index: match.index, end: match.index + match.text.length });
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
    { find: synonymFinder(sensitiveSynonyms, 'gu'), table: sensitive },
    { find: synonymFinder(insensitiveSynonyms, 'giu'), table: insensitive },
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
    for (const { find, table } of patterns) {
      for (const match of find?.(text) ?? []) {
        const entry = table.get(match.text);
        const start = match.index;
        const end = start + match.text.length;
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
