/**
 * Whether a document that does not declare itself is a design doc of the schema's
 * framework, told the way a reviewer tells one from meeting notes, a model card or a
 * project README that use the same words: by how many steps it names and covers with
 * content, by the steps every such design covers and the facts it states, and by the
 * headings and titles of other kinds of documents. The numbers and words are the schema's `detection:` data.
 */
import type { FactResult } from './facts.js';
import { normalizeHeading, titleNames } from './headings.js';
import type { Matches } from './occurrences.js';
import type { Outline, Section } from './outline.js';
import { stepOf, type Schema, type SectionSpec } from './schema.js';
import type { SectionStatus } from './types.js';
import { wordCount } from './words.js';

export type Detected = 'headings' | 'content';

export function detectDesignDoc(
  schema: Schema,
  outline: Outline,
  matches: Matches,
  status: Map<string, SectionStatus>,
  facts: Map<string, FactResult>,
  /** The document's title: its first-level heading, or the frontmatter's `title:`. */
  title: string | undefined,
): Detected | undefined {
  const rules = schema.detection;
  // Headings of another kind of document ("What you'll do", "Attendees") outweigh any steps it names;
  // a repository's own ("Installation", "License") only a few, and a title ("How I designed…",
  // "Walkthrough") none of an outline of most steps.
  // Minutes of a design review that walk the steps under headings of their own are the design of record, their "Attendees"
  // aside; so is a proposal that does ("Post-mortem … and proposal for v2"), its "Root cause" aside.
  const recordOfDesign = designOfRecord(schema, outline, matches, title);
  if (!recordOfDesign && otherHeadingCount(schema, outline, stepsUnderHeadings(matches) < rules.outline) >= 2) return undefined;
  // A title of a kind that never is a design ("OKRs and roadmap", "question bank") outweighs even an outline of every step.
  if (titleNames(title, rules.neverTitles)) return undefined;
  if (matches.stepsByHeading.size >= rules.outline) return 'headings';
  // Minutes of a design meeting ("Acta de reunión de diseño técnico") are the design of record: the title says so.
  if (!recordOfDesign && titleNames(title, rules.otherTitles) && !titleNames(title, rules.designTitles)) return undefined;
  // A step read only from mentions spread through the text tells a design doc from another no more than its words do.
  const covered = new Set(
    schema.sections.filter((step) => (status.get(step.id) === 'present' || status.get(step.id) === 'incomplete') && !onlySpread(step, matches)).map((s) => s.id),
  );
  // A required step may be left empty under a heading of its own: a draft's "Model" still to be written is its place.
  const held = (id: string) => covered.has(id) || (status.get(id) === 'empty' && (matches.bySpec.get(id) ?? []).some((o) => o.kind === 'heading'));
  if (!rules.require.every(held)) return undefined;
  if (rules.facts.length > 0 && !rules.facts.some((id) => facts.get(id)?.found)) return undefined;
  const named = [...matches.stepsByHeading].filter((id) => covered.has(id));
  if (named.length >= rules.headings && covered.size >= rules.steps) return 'headings';
  if (covered.size >= rules.content) return 'content';
  return undefined;
}

/**
 * The document holds a design of record: its title names a design or a proposal over headings that name
 * `outline` steps, or one of its sections does over headings of that many steps ("Proposal: v2 redesign"
 * closing a retrospective, its "What went well" aside).
 */
function designOfRecord(schema: Schema, outline: Outline, matches: Matches, title: string | undefined): boolean {
  const rules = schema.detection;
  const namesDesign = (text: string | undefined) => titleNames(text, rules.designTitles) || titleNames(text, rules.proposalTitles);
  if (namesDesign(title) && matches.stepsByHeading.size >= rules.outline) return true;
  if (headerNamesDesign(outline, title, rules.designTitles) && stepsUnderHeadings(matches) >= rules.outline) return true;
  // A part of its own may be set as a first-level heading too ("# Part 2 — Proposal: v2"): only the title is not one.
  const isPart = (section: Section) => section.depth > 1 || section.title !== title;
  return outline.sections.some((section) => isPart(section) && namesDesign(section.title) && stepsUnderHeadings(matches, section) >= rules.outline);
}

/**
 * A field of the header under the title says what the document records, as minutes say what meeting they are of
 * ("**Tipo de reunión:** Revisión de diseño técnico", "Meeting type: design review"): a short answer that names a design.
 */
function headerNamesDesign(outline: Outline, title: string | undefined, designTitles: readonly string[]): boolean {
  const first = outline.sections[0];
  const header = first && first.depth === 1 && first.title === title ? first.labels : outline.root.labels;
  return header.some((label) => label.units.length === 1 && wordCount(label.units[0]!.text) <= HEADER_FIELD_WORDS && titleNames(label.units[0]!.text, designTitles));
}

const HEADER_FIELD_WORDS = 6;

/** Steps found under a heading of their own (within the section, when given), named or read from its words, content and place. */
function stepsUnderHeadings(matches: Matches, within?: Section): number {
  const steps = new Set<string>();
  for (const found of matches.bySpec.values()) {
    for (const o of found) {
      if (o.kind !== 'heading' || (within && (o.startOffset <= within.startOffset || o.startOffset >= within.endOffset))) continue;
      steps.add(stepOf(o.spec).id);
    }
  }
  return steps.size;
}

function onlySpread(step: SectionSpec, matches: Matches): boolean {
  const found = [step, ...step.sections].flatMap((spec) => matches.bySpec.get(spec.id) ?? []).filter((o) => o.hasContent);
  return found.length > 0 && found.every((o) => o.spread);
}

/**
 * Headings of another kind of document ("Action items"), and of a repository's README ("Installation") when they count:
 * each kind once, since a design told by its versions asks "What went wrong" of each, where a postmortem has several kinds.
 */
function otherHeadingCount(schema: Schema, outline: Outline, withRepository: boolean): number {
  const { otherHeadings, repositoryHeadings } = schema.detection;
  const titles = outline.sections.map((section) => normalizeHeading(section.title));
  return new Set(titles.filter((title) => otherHeadings.has(title) || (withRepository && repositoryHeadings.has(title)))).size;
}

