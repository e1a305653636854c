/**
 * Facts stated by the items of a list or table, whether the vocabulary knows them or not: the
 * bullets under "Offline metrics", a table's first column, "WAPE, bias" after a label.
 */
import type { FactHit, FactResult } from './facts.js';
import type { Run } from './occurrences.js';
import { isPlaceholderText } from './placeholders.js';
import type { FactSpec, Schema, SectionSpec } from './schema.js';
import type { TextUnit } from './text.js';
import { outsideParentheses, wordCount } from './words.js';

/**
 * What the items of a fact's own sub-section name, known to the vocabulary or not: under
 * "Offline metrics", the bullets "MAPE" and "share of buy-outs", a table's first column, or
 * "WAPE, bias" after the label are metrics all the same.
 */
export function readItems(fact: FactSpec, section: SectionSpec, runs: readonly Run[], schema: Schema, words = ITEM_WORDS): FactResult {
  const hits: FactHit[] = [];
  for (const unit of runs.flat()) {
    for (const text of itemTexts(unit, words)) {
      // "Online: an A/B test" under the same label names a section, not a metric.
      if (!schema.aliases.match(text).some((m) => m.strong)) hits.push({ text, line: unit.line, offset: unit.offset });
    }
  }
  return { id: fact.id, found: hits.length > 0, values: [...new Set(hits.map((hit) => hit.text.toLowerCase()))], hits, section };
}

/** How many words name a measure in a list of them; a list introduced as a pilot's results may say more of each. */
const ITEM_WORDS = 6;
export const MEASURED_ITEM_WORDS = 10;

function itemTexts(unit: TextUnit, words: number): string[] {
  const text = unit.text.trim();
  if (/[?？]$/.test(text) || isPlaceholderText(text)) return [];
  if (unit.item) {
    // "MAPE: 12% on the holdout" names MAPE; "Offline: [fill in]" names nothing yet.
    const [item, ...rest] = text.split(/[:：—–]/);
    if (rest.length > 0 && isPlaceholderText(rest.join(':'))) return [];
    // An aside in parentheses says more of the measure, it is not its name: "reported overflows (town halls, drivers);".
    const name = outsideParentheses(item!).replace(/\s+/g, ' ').trim().replace(/\s*[.。;；,，]$/u, '');
    return wordCount(name) <= words && /\p{L}/u.test(name) ? [name] : [];
  }
  const parts = text.split(/[,;，；、]|\band\b/).map((part) => part.trim()).filter(Boolean);
  return parts.length >= 2 && wordCount(text) <= 2 * ITEM_WORDS && parts.every((part) => wordCount(part) <= 4 && /\p{L}/u.test(part)) ? parts : [];
}
