/**
 * Sentences: where a unit's text splits into sentences, and where a fact's combined
 * expression matches inside one. Both are remembered, since every fact reads the same text.
 */
import { remember } from './memo.js';
import { forText } from './patterns.js';

const patternMemo = new WeakMap<RegExp, Map<string, Array<{ text: string; index: number }>>>();

/** Every match of a fact's combined (global) expression in a sentence, remembered per sentence. */
export function patternHits(any: RegExp, sentence: string): Array<{ text: string; index: number }> {
  let memo = patternMemo.get(any);
  if (!memo) patternMemo.set(any, (memo = new Map()));
  return remember(memo, sentence, () => {
    const found: Array<{ text: string; index: number }> = [];
    const patterns = forText(any, sentence);
    patterns.lastIndex = 0;
    for (let match = patterns.exec(sentence); match; match = patterns.exec(sentence)) {
      if (match[0] === '') patterns.lastIndex++;
      else found.push({ text: match[0], index: match.index });
    }
    return found;
  });
}

/** Sentences and lines of a text, with where each starts, remembered per text. */
const sentenceMemo = new Map<string, Array<{ text: string; start: number }>>();

export function sentences(text: string): Array<{ text: string; start: number }> {
  return remember(sentenceMemo, text, () => splitSentences(text));
}

function splitSentences(text: string): Array<{ text: string; start: number }> {
  const result: Array<{ text: string; start: number }> = [];
  // A sentence ends at . ! ? before a space (not inside "0.85" or "e.g.x", nor after "vs." or "e.g."), at 。！？, or at a
  // line break before a new line of its own ("- item", "**Label:**", "Label: ..."); other line
  // breaks only wrap the sentence.
  const pattern = /[\s\S]*?(?:(?<!\b(?:vs|e\.g|i\.e|cf|approx|z\.B|d\.h|bzw|ca|p\.ex|p\.ej|т\.е|напр))[.!?]+(?=\s|$)|[。！？]+|\r?\n(?=[ \t]*(?:[-*+•>|]|\d+[.)]|[^\n:：]{1,40}[:：]|\r?\n|$))|$)/gu;
  for (let match = pattern.exec(text); match && match[0] !== ''; match = pattern.exec(text)) {
    // A wrapped line reads on as one line: same length, so offsets hold.
    if (match[0].trim()) result.push({ text: match[0].replace(/[\r\n]/g, ' '), start: match.index });
  }
  return result;
}
