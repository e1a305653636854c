/**
 * Where each step and sub-section is written: the parts alignment placed in it, as
 * occurrences with the text each contributes to its step.
 *
 * - A heading that names two steps ("Online testing and deployment") belongs to the one it
 *   was placed in; the other is judged on the parts under it that name it, if any do.
 * - A label naming another step inside a step ("- Data: ..." under Requirements, about what
 *   data exists) stands for that step only when no heading names the step (one that took it by
 *   its place or a loose word, "Risks" after the rollout, does not), and, as
 *   one item of a list of other things ("- Maintenance: …" among feature groups), only when its text speaks of the step.
 * - In a filled-in document, a part holding nothing but bare bullets that name framework
 *   topics ("* Monitoring", "* Updates") is a placeholder left from a template: it counts as
 *   empty. In an outline, where nothing is written as a sentence, those bullets are its prompts.
 */
import { isWritten, labelOnlyAsks, sectionOnlyAsks } from './asking.js';
import type { Alignment, Placement } from './align.js';
import { contentPoints, genreOnly, headingEvidence } from './evidence.js';
import type { AliasMatch } from './headings.js';
import type { Label } from './labels.js';
import { readableRuns, type Outline, type Section } from './outline.js';
import type { Part } from './parts.js';
import { saysStepAbsent } from './saying-absent.js';
import { stepOf, type Schema, type SectionSpec } from './schema.js';
import type { TextUnit } from './text.js';
import { wordCount } from './words.js';

export interface Occurrence {
  spec: SectionSpec;
  /** A heading, a label, or text found inside another part (an opening, a paragraph under "Risks"). */
  kind: 'heading' | 'label' | 'content';
  text: string;
  line: number;
  /** The heading or label is wholly an alias, not a phrase within a longer title. */
  strong: boolean;
  /** An alias names the step here (wholly or within); otherwise the part was placed by its words, text and place. */
  named: boolean;
  startOffset: number;
  /** End of the heading text or label text's line. */
  titleEndOffset: number;
  /** End of everything the occurrence covers. */
  endOffset: number;
  /** Heading occurrences: the section. */
  section?: Section;
  /** Content occurrences: the heading or label of the part they were found in, if it has one. */
  within?: { text: string; line: number };
  /** The text it holds, as runs of units that keep their identity across edits (facts are kept per run). */
  runs: Run[];
  hasContent: boolean;
  /** Content read from mentions spread through the document (see cover.ts): the step is treated, if thinly. */
  spread?: boolean;
}

export type Run = readonly TextUnit[];

export interface Matches {
  bySpec: Map<string, Occurrence[]>;
  /** Distinct top-level steps named by a heading or a label shaped like one: the "looks like a design doc" signal. */
  stepsByHeading: Set<string>;
}

interface Content {
  runs: Run[];
  hasContent: boolean;
}

const namingCounts = new WeakMap<Schema, WeakMap<readonly Label[], number>>();

export function placeParts(outline: Outline, schema: Schema, alignment: Alignment): Matches {
  const matches: Matches = { bySpec: new Map(), stepsByHeading: new Set() };
  const reader = contentReader(outline, schema);
  const deferred: Array<() => void> = [];
  const parents = new Map<Part, Part>();
  for (const part of alignment.placements.keys()) for (const child of part.children) parents.set(child, part);
  // How many labels of each list of siblings name a step, counted once per list (a list may hold
  // thousands) and kept across edits: a cached piece brings the same list.
  const naming = namingCounts.get(schema) ?? new WeakMap<readonly Label[], number>();
  namingCounts.set(schema, naming);
  const amongOthers = (part: Part, parent: Part | undefined): boolean => {
    const siblings = parent?.section?.labels ?? parent?.label?.children;
    if (!siblings || !part.label || siblings.length < 3) return false;
    let count = naming.get(siblings);
    if (count === undefined) naming.set(siblings, (count = siblings.filter((label) => schema.aliases.match(label.text).some((m) => m.strong)).length));
    // The part's own label names its step: it is among others when no sibling but it names one.
    return count <= 1;
  };
  for (const [part, placement] of alignment.placements) {
    if (!placement.own) continue;
    if (part.kind === 'opening') {
      const content = reader.opening(part.units);
      add(matches, { spec: placement.step, kind: 'content', text: '', line: part.line, strong: false, named: false, ...offsets(part), ...content });
      continue;
    }
    // A part placed by what it holds is still where its heading says another step is ("Going
    // live", its text mostly about watching the model): that step, found nowhere else, is there too.
    if (part.kind === 'heading' && !placement.byHeading) {
      for (const step of headingSteps(schema, part.title, placement.step)) {
        deferred.push(() => {
          if (matches.bySpec.has(step.id)) return;
          const content = reader.whole(part, step);
          add(matches, { spec: step, kind: 'heading', text: part.title, line: part.line, strong: false, named: false, ...offsets(part), section: part.section, ...content });
        });
      }
    }
    // The step the part was placed in reads all of it; another step its heading names reads the
    // sub-parts that name that step ("Online testing and deployment" over "A/B test" and
    // "Release"), or all of it when none does.
    const named = namedSpecs(schema, part, placement);
    for (const { section: spec, strong, named: byAlias } of named) {
      const step = stepOf(spec);
      const content = (step !== placement.step && reader.partOf(part, step)) || reader.whole(part, step);
      const occurrence: Occurrence = {
        spec,
        kind: part.kind === 'heading' ? 'heading' : 'label',
        text: part.title,
        line: part.line,
        strong,
        named: byAlias,
        ...offsets(part),
        section: part.section,
        ...content,
      };
      // Headings, and labels shaped like them, that name a step: the "looks like a design doc" signal.
      if ((part.kind === 'heading' || part.headingLike) && !spec.parent && placement.byHeading && schema.aliases.match(part.title).length > 0) {
        matches.stepsByHeading.add(spec.id);
      }
      if (part.kind === 'heading') {
        add(matches, occurrence);
      } else if (inOtherStep(placement, spec)) {
        // "- Data: ..." under Requirements is about the data that exists, unless no heading of the doc names the data.
        // A label that heads its own lines and names a part of a step ("Online metrics:" over a list, under
        // the rollout) is that part, unless the doc has it elsewhere; "- Offline: no network in tunnels" is not.
        const ownLines = part.headingLike && spec.parent !== undefined;
        // One item of a list whose other items name no step ("- Maintenance: years since pruning" among
        // the feature groups Tree, Site, Event) is no step by its name alone: its text must speak of it.
        const speaks = part.headingLike || !amongOthers(part, parents.get(part)) || (contentPoints(schema, [part.units]).get(stepOf(spec)) ?? 0) > 0;
        deferred.push(() => {
          if (ownLines ? !matches.bySpec.has(spec.id) : speaks && !hasHeading(matches, stepOf(spec))) add(matches, occurrence);
        });
      } else {
        add(matches, occurrence);
      }
    }
  }
  deferred.forEach((run) => run());
  return matches;
}

function add(matches: Matches, occurrence: Occurrence): void {
  const list = matches.bySpec.get(occurrence.spec.id) ?? [];
  list.push(occurrence);
  matches.bySpec.set(occurrence.spec.id, list);
}

function offsets(part: Part) {
  return { startOffset: part.startOffset, titleEndOffset: part.titleEndOffset, endOffset: part.endOffset };
}

/** A heading names the step or one of its parts (not only took it by its place, text or a loose word). */
function hasHeading(matches: Matches, step: SectionSpec): boolean {
  return [step, ...step.sections].some((s) => matches.bySpec.get(s.id)?.some((o) => o.kind === 'heading' && o.named));
}

/**
 * What a placed part stands for: the step's sub-sections or the step its heading names
 * ("Offline metrics" stands for that sub-section of Evaluation), else the step itself. A
 * part placed freely may name a second step too ("Model development and offline evaluation").
 */
function namedSpecs(schema: Schema, part: Part, placement: Placement): Array<AliasMatch & { named: boolean }> {
  const outright = part.kind === 'label' && !part.headingLike;
  const matches = schema.aliases.match(part.title).filter((m) => m.strong || !outright);
  const own = matches.filter((m) => stepOf(m.section) === placement.step).map((m) => ({ ...m, named: true }));
  const named = own.length > 0 ? own : [{ section: placement.step, strong: false, named: false }];
  // A short title may name two steps ("Model development and offline evaluation"); a question
  // or a sentence that mentions one ("What exactly will the model do?") names none.
  if (placement.context || /[?？]/.test(part.title) || wordCount(part.title) > MAX_TWO_STEP_WORDS) return named;
  // "Data requirements" names the data alone: the requirements word only says what kind of text it is.
  const genre = genreOnly(schema, part.title);
  const others = matches
    .filter((m) => stepOf(m.section) !== placement.step && !m.section.parent && !genre.includes(stepOf(m.section)))
    .map((m) => ({ ...m, named: true }));
  return [...named, ...others];
}

const MAX_TWO_STEP_WORDS = 7;

/** Steps other than its own that a heading's words name outright (not loosely, nor only as its genre). */
function headingSteps(schema: Schema, title: string, own: SectionSpec): SectionSpec[] {
  const { words } = headingEvidence(schema, title);
  return [...words].filter(([step, value]) => step !== own && value >= schema.reading.headingWord).map(([step]) => step);
}

function inOtherStep(placement: Placement, spec: SectionSpec): boolean {
  return placement.context !== undefined && placement.context !== stepOf(spec);
}

/** What parts hold, with placeholders counted as empty. */
function contentReader(outline: Outline, schema: Schema) {
  const aliases = schema.aliases;
  const namesTopic = (text: string) => aliases.match(text).some((m) => m.strong);
  const namesTerm = (text: string) => [...schema.matchers.values()].some((matcher) => matcher.find(text).length > 0);
  const echoes = topicWords(schema);
  // "- Drift / - Alerts": a word or three, no figure, no metric or mode, only words the step's
  // own guidance uses — a topic to write about. "- click logs" is a (terse) answer.
  const isStub = (text: string, step: SectionSpec) =>
    wordCount(text) <= 3 && !/\d/.test(text) && !namesTerm(text) && words(text).every((w) => echoes.get(step)!.has(w));
  const isPlaceholder = (prompts: string[] | undefined, step: SectionSpec) =>
    outline.hasProse && prompts !== undefined && prompts.length > 0 && (prompts.some(namesTopic) || prompts.every((p) => isStub(p, step)));
  // An outline prompts for content but states none: its sections are there, its facts are not.
  const states = (hasContent: boolean) => hasContent && outline.hasProse;
  // In a written document, a part that only asks ("How would you monitor it?") is a heading still to fill.
  let written: boolean | undefined;
  const onlyAsking = (units: () => boolean, step: SectionSpec) => !stepOf(step).questionsAreContent && (written ??= isWritten(outline, schema)) && units();

  const section = (node: Section, step: SectionSpec): Content => {
    // Gathered once, and only for a section that holds something: most are read on every keystroke.
    let runs: Run[] | undefined;
    const allRuns = () => (runs ??= [node.titleRun, ...sectionRuns(node, schema.isAside)]);
    const hasContent =
      sectionHasContent(node, schema.isAside) &&
      !isPlaceholder(node.prompts, step) &&
      !onlyAsking(() => sectionOnlyAsks(node, schema), step) &&
      !saysStepAbsent(allRuns(), step, schema);
    // A titled section with content states what its title says ("### Baseline" + text states a baseline).
    return { hasContent, runs: states(hasContent) ? allRuns() : [] };
  };
  const label = (node: Label, step: SectionSpec): Content => {
    const runs = [node.titleRun, node.units];
    const hasContent =
      node.hasContent && !isPlaceholder(node.prompts, step) && !onlyAsking(() => labelOnlyAsks(node, schema), step) && !saysStepAbsent(runs, step, schema);
    return { hasContent, runs: states(hasContent) ? runs : [] };
  };
  const merge = (parts: Content[]): Content | undefined =>
    parts.length === 0 ? undefined : { hasContent: parts.some((p) => p.hasContent), runs: parts.flatMap((p) => p.runs) };
  const namesStep = (text: string, step: SectionSpec) => aliases.match(text).some((m) => m.strong && stepOf(m.section) === step);
  const partOfLabels = (labels: Label[], step: SectionSpec): Content | undefined =>
    merge(allLabels(labels).filter((l) => namesStep(l.text, step)).map((l) => label(l, step)));

  return {
    /** All a heading or label part holds. */
    whole: (part: Part, step: SectionSpec): Content => (part.section ? section(part.section, step) : label(part.label!, step)),
    /** The sub-sections and labels of a part that name the step outright. */
    partOf: (part: Part, step: SectionSpec): Content | undefined => {
      if (!part.section) return partOfLabels(part.label!.children, step);
      const fromLabels = partOfLabels(part.section.labels, step);
      return merge([
        ...allSections(part.section.children).filter((child) => namesStep(child.title, step)).map((child) => section(child, step)),
        ...(fromLabels ? [fromLabels] : []),
      ]);
    },
    /** Text with no heading of its own: content when it states something. */
    opening: (units: TextUnit[]): Content => ({ hasContent: units.length > 0, runs: states(units.length > 0) ? [units] : [] }),
  };
}

const topicWordsCache = new WeakMap<Schema, Map<SectionSpec, Set<string>>>();

/** Word stems of each step's title, aliases and guidance, and of its sub-sections' (once per schema). */
function topicWords(schema: Schema): Map<SectionSpec, Set<string>> {
  const cached = topicWordsCache.get(schema);
  if (cached) return cached;
  const result = new Map<SectionSpec, Set<string>>();
  topicWordsCache.set(schema, result);
  for (const step of schema.sections) {
    const specs = [step, ...step.sections];
    result.set(step, new Set(specs.flatMap((spec) => words([spec.title, spec.guidance, ...spec.aliases].join(' ')))));
  }
  return result;
}

/** Crude stems: lower case, first five letters, so "alerts" and "alerting" meet. */
function words(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}{3,}/gu) ?? []).map((word) => word.slice(0, 5));
}

function allLabels(labels: Label[]): Label[] {
  return labels.flatMap((label) => [label, ...allLabels(label.children)]);
}

function allSections(sections: Section[]): Section[] {
  return sections.flatMap((section) => [section, ...allSections(section.children)]);
}

/**
 * A section's text and its sub-sections', headings included, as the runs it was read in. A sub-heading
 * with nothing under it ("### Drift monitoring" over "TBD") names a topic still to write, and states nothing.
 */
function sectionRuns(section: Section, isAside: (title: string) => boolean): Run[] {
  const runs = [...readableRuns(section, isAside)];
  for (const child of section.children) {
    if (sectionHasContent(child, isAside)) runs.push(child.titleRun);
    runs.push(...sectionRuns(child, isAside));
  }
  return runs;
}

/** Whether a section or one of its sub-sections says something; an aside below it ("Open questions", "References") does not fill it. */
function sectionHasContent(section: Section, isAside: (title: string) => boolean): boolean {
  return section.hasOwnContent || section.children.some((child) => !isAside(child.title) && sectionHasContent(child, isAside));
}
