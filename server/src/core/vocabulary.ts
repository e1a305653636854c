/**
 * Vocabularies (metrics, serving modes, ML categories) and the matcher that finds their
 * terms in prose: whole words, any case, "click-through rate" = "click through rate",
 * "recall@10" = "recall@k". The longest synonym wins where two overlap ("PR-AUC" is not "AUC").
 */

export interface Term {
  id: string;
  name: string;
  synonyms: string[];
  /** Synonyms matched only in this exact case ("mAP", not "map"). */
  caseSensitive?: string[];
  kind?: string;
  /** For metrics: the ML categories the metric fits. */
  fits?: string[];
  /** For ML categories: categories whose metrics fit this one too. */
  also?: string[];
  definition?: string;
}

export interface TermHit {
  term: Term;
  index: number;
  end: number;
}

export interface TermMatcher {
  find(text: string): TermHit[];
}

const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';

function synonymPattern(synonym: string): string {
  return synonym
    .trim()
    .split(/[\s-]+/)
    .map((word) =>
      word
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/@k$/i, '\\s*@\\s*(?:k|\\d+)')
        .replace(/@(\d+)$/, '\\s*@\\s*$1'),
    )
    .join('[\\s\\-()/]*');
}

/** The lookup key of a matched text or a synonym: case, spacing and k folded away. */
function keyOf(text: string, foldCase: boolean): string {
  const folded = foldCase ? text.toLowerCase() : text;
  return folded.replace(/[\s\-()/]+/g, '').replace(/@(k|\d+)$/i, '@k');
}

function alternation(synonyms: string[], flags: string): RegExp | undefined {
  if (synonyms.length === 0) return undefined;
  const sorted = [...synonyms].sort((a, b) => b.length - a.length);
  return new RegExp(`${NOT_WORD_BEFORE}(?:${sorted.map(synonymPattern).join('|')})${NOT_WORD_AFTER}`, flags);
}

export function compileVocabulary(terms: Term[]): TermMatcher {
  const insensitive = new Map<string, Term>();
  const sensitive = new Map<string, Term>();
  for (const term of terms) {
    const exact = new Set(term.caseSensitive ?? []);
    for (const synonym of [...term.synonyms, ...exact]) {
      if (exact.has(synonym)) sensitive.set(keyOf(synonym, false), term);
      else insensitive.set(keyOf(synonym, true), term);
    }
  }
  const sensitiveSynonyms = terms.flatMap((term) => term.caseSensitive ?? []);
  const insensitiveSynonyms = terms.flatMap((term) =>
    term.synonyms.filter((synonym) => !(term.caseSensitive ?? []).includes(synonym)),
  );
  const patterns = [
    { regex: alternation(sensitiveSynonyms, 'gu'), table: sensitive, fold: false },
    { regex: alternation(insensitiveSynonyms, 'giu'), table: insensitive, fold: true },
  ];

  return {
    find(text) {
      const hits: TermHit[] = [];
      for (const { regex, table, fold } of patterns) {
        if (!regex) continue;
        regex.lastIndex = 0;
        for (let match = regex.exec(text); match; match = regex.exec(text)) {
          const term = table.get(keyOf(match[0], fold));
          const end = match.index + match[0].length;
          if (term && !hits.some((hit) => match!.index < hit.end && hit.index < end)) {
            hits.push({ term, index: match.index, end });
          }
        }
      }
      return hits.sort((a, b) => a.index - b.index);
    },
  };
}
