/**
 * Whether a document that does not declare itself is a design doc of the schema's
 * framework, told the way a reviewer tells one from meeting notes, a model card or a
 * project README that use the same words: by how many steps it names and covers with
 * content, by the steps every such design covers and the facts it states, and by the
 * headings and titles of other kinds of documents. The numbers and words are the schema's `detection:` data.
 */
import type { FactResult } from './facts.js';
import { normalizeHeading } from './headings.js';
import type { Matches } from './occurrences.js';
import type { Outline } from './outline.js';
import type { Schema } from './schema.js';
import type { SectionStatus } from './types.js';

export type Detected = 'headings' | 'content';

export function detectDesignDoc(
  schema: Schema,
  outline: Outline,
  matches: Matches,
  status: Map<string, SectionStatus>,
  facts: Map<string, FactResult>,
): Detected | undefined {
  const rules = schema.detection;
  // Headings that name most of the steps make a design doc, even one not written yet.
  if (matches.stepsByHeading.size >= rules.outline) return 'headings';
  if (isOtherKind(schema, outline)) return undefined;
  const covered = new Set(schema.sections.filter((step) => status.get(step.id) === 'present' || status.get(step.id) === 'incomplete').map((s) => s.id));
  if (!rules.require.every((id) => covered.has(id))) return undefined;
  if (rules.facts.length > 0 && !rules.facts.some((id) => facts.get(id)?.found)) return undefined;
  const named = [...matches.stepsByHeading].filter((id) => covered.has(id));
  if (named.length >= rules.headings && covered.size >= rules.steps) return 'headings';
  if (covered.size >= rules.content) return 'content';
  return undefined;
}

/** Two headings of another kind of document ("Installation", "License"), or its title ("Meeting notes", "Model card"). */
function isOtherKind(schema: Schema, outline: Outline): boolean {
  const { otherHeadings, otherTitles } = schema.detection;
  const others = outline.sections.filter((section) => otherHeadings.has(normalizeHeading(section.title))).length;
  if (others >= 2) return true;
  const title = outline.sections.find((section) => section.depth === 1);
  if (!title) return false;
  const words = ` ${normalizeHeading(title.title)} `;
  return otherTitles.some((phrase) => words.includes(` ${phrase} `));
}
