/**
 * Facts a part states by what it is headed, read for a fact that declares `headings` (the
 * bundled baseline). A part headed "What we do today", "Ist-Zustand", "Как сейчас" or "現状"
 * describes what runs today, which a reviewer reads as what the new model is measured
 * against, whatever words the part uses. Only a part with something in it counts: an empty
 * "Current state" heading describes nothing.
 */
import type { FactResult } from './facts.js';
import { remember } from './memo.js';
import type { Outline, Section } from './outline.js';
import type { FactSpec, Schema, SectionSpec } from './schema.js';
import { compilePhrases } from './vocabulary.js';
import { SENTENCE_WORDS, wordCount } from './words.js';

export function readHeadings(fact: FactSpec, spec: SectionSpec, outline: Outline, schema: Schema): FactResult {
  const named = fact.headings;
  // A heading that is a sentence ("Why did a sailing show full yesterday and have space today?") only mentions the day.
  const heads = (title: string) => named !== undefined && named(title) && wordCount(title) <= SENTENCE_WORDS;
  const section = outline.sections.find((section) => !schema.isAside(section.title) && heads(section.title) && holdsText(section));
  if (!section) return { id: fact.id, found: false, values: [], hits: [], section: spec };
  const hit = { text: section.title, line: section.line, offset: section.startOffset };
  return { id: fact.id, found: true, values: [section.title.toLowerCase()], hits: [hit], section: spec };
}

function holdsText(section: Section): boolean {
  return section.hasOwnContent || section.children.some(holdsText);
}

/**
 * The test for a fact's heading phrases: whole words, any case, stems ending in `*`. A heading that also names one of
 * the `except` phrases is not one: "Current situation and problems" states the problem, not what the model is measured against.
 */
export function headingMatcher(phrases: readonly string[] | undefined, except: readonly string[] = []): ((title: string) => boolean) | undefined {
  if (!phrases?.length) return undefined;
  const find = compilePhrases(phrases.map((phrase) => ({ phrase, value: true })));
  const exception = except.length > 0 ? compilePhrases(except.map((phrase) => ({ phrase, value: true }))) : () => [];
  // Asked of every heading on each analysis that has not found the fact otherwise: each title is judged once.
  const judged = new Map<string, boolean>();
  return (title) => remember(judged, title, () => find(title).length > 0 && exception(title).length === 0);
}
