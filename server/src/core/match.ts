/**
 * Outline × schema: which headings and labels stand for which steps and sub-sections,
 * and what content each occurrence contributes to its step.
 *
 * - Inside a matched step, a sub-heading that merely contains a word of another step
 *   ("Data distribution shift" under Monitoring) stays part of that step; only a heading
 *   that is wholly another step's name starts that step.
 * - A heading that covers two steps ("Online testing and deployment") gives each step the
 *   parts under it that name that step, so each is judged on its own content.
 * - In a filled-in document, a section holding nothing but bare bullets that name framework
 *   topics ("* Monitoring", "* Updates") is a placeholder left from a template: it counts as
 *   empty. In an outline, where nothing is written as a sentence, those bullets are its prompts.
 */
import type { AliasMatch } from './headings.js';
import type { Label } from './labels.js';
import type { Outline, Section } from './outline.js';
import { wordCount, type TextUnit } from './text.js';
import type { Schema, SectionSpec } from './schema.js';

export interface Occurrence {
  spec: SectionSpec;
  kind: 'heading' | 'label';
  text: string;
  line: number;
  /** The heading or label is wholly an alias, not a phrase within a longer title. */
  strong: boolean;
  startOffset: number;
  /** End of the heading text or label text's line. */
  titleEndOffset: number;
  /** End of everything the occurrence covers. */
  endOffset: number;
  /** Heading occurrences: the section. */
  section?: Section;
  units: TextUnit[];
  hasContent: boolean;
}

export interface Matches {
  bySpec: Map<string, Occurrence[]>;
  /** Distinct top-level steps named by a heading: the "looks like a design doc" signal. */
  stepsByHeading: Set<string>;
}

interface Content {
  units: TextUnit[];
  hasContent: boolean;
}

export function matchOutline(outline: Outline, schema: Schema): Matches {
  const bySpec = new Map<string, Occurrence[]>();
  const stepsByHeading = new Set<string>();
  const add = (occurrence: Occurrence) => {
    const list = bySpec.get(occurrence.spec.id) ?? [];
    list.push(occurrence);
    bySpec.set(occurrence.spec.id, list);
  };
  const aliases = schema.aliases;
  const reader = contentReader(outline, schema);

  const titleMatches = new Map<Section, AliasMatch[]>();
  const stepsBelow = new Map<Section, Set<string>>();
  const survey = (section: Section): Set<string> => {
    const below = new Set<string>();
    for (const child of section.children) {
      const matches = aliases.match(child.title);
      titleMatches.set(child, matches);
      for (const m of matches) below.add(stepOf(m.section).id);
      for (const id of survey(child)) below.add(id);
    }
    stepsBelow.set(section, below);
    return below;
  };
  survey(outline.root);

  // "4. Machine Learning System Design" over the nine steps is a title, not the serving step:
  // a heading that only mentions a step, above headings of two or more other steps, contains them.
  const isContainer = (section: Section, matches: AliasMatch[]): boolean => {
    if (matches.length === 0 || matches.some((m) => m.strong)) return false;
    const own = new Set(matches.map((m) => stepOf(m.section).id));
    return [...stepsBelow.get(section)!].filter((id) => !own.has(id)).length >= 2;
  };

  const pendingLabels: Array<{ label: Label; spec: SectionSpec; strong: boolean; context?: SectionSpec; content: Content }> = [];

  const visit = (section: Section, context: SectionSpec | undefined) => {
    let inner = context;
    if (section.depth > 0) {
      const matches = titleMatches.get(section) ?? [];
      const accepted = isContainer(section, matches) ? [] : accept(matches, context);
      const parts = splitByStep(accepted, (step) => reader.partOfSection(section, step));
      for (const { section: spec, strong } of accepted) {
        const content = parts?.get(stepOf(spec)) ?? reader.section(section, stepOf(spec));
        add({
          spec,
          kind: 'heading',
          text: section.title,
          line: section.line,
          strong,
          startOffset: section.startOffset,
          titleEndOffset: section.titleEndOffset,
          endOffset: section.endOffset,
          section,
          ...content,
        });
        if (!spec.parent) stepsByHeading.add(spec.id);
      }
      if (accepted.length > 0) inner = accepted[0]!.section;
    }
    const visitLabels = (labels: Label[], labelContext: SectionSpec | undefined) => {
      for (const label of labels) {
        // Only a heading-like label may merely contain a step's name, as a heading may.
        const matches = aliases.match(label.text).filter((m) => m.strong || label.headingLike);
        const accepted = accept(matches, labelContext);
        const parts = splitByStep(accepted, (step) => reader.partOfLabels(label.children, step));
        for (const { section: spec, strong } of accepted) {
          const content = parts?.get(stepOf(spec)) ?? reader.label(label, stepOf(spec));
          pendingLabels.push({ label, spec, strong, context: labelContext, content });
        }
        visitLabels(label.children, accepted[0]?.section ?? labelContext);
      }
    };
    visitLabels(section.labels, inner);
    for (const child of section.children) visit(child, inner);
  };
  visit(outline.root, undefined);

  inferHeadings(outline, titleMatches, pendingLabels, bySpec, reader, add);

  // A label ("- Data: …") stands for another step only when that step has no heading:
  // under Requirements, "Data" is about what data exists, not the data step.
  for (const { label, spec, strong, context, content } of pendingLabels) {
    const step = stepOf(spec);
    const inOwnStep = context !== undefined && stepOf(context) === step;
    const stepHasHeading = [step, ...step.sections].some((s) => bySpec.get(s.id)?.some((o) => o.kind === 'heading'));
    if (!inOwnStep && stepHasHeading) continue;
    add({
      spec,
      kind: 'label',
      text: label.text,
      line: label.line,
      strong,
      startOffset: label.startOffset,
      titleEndOffset: label.startOffset,
      endOffset: label.endOffset,
      ...content,
    });
  }
  return { bySpec, stepsByHeading };
}

/**
 * A heading no alias names ("Planteamiento como problema de ML", "Keeping it healthy") is
 * still a step when the labels right under it name two or more parts of that step and of no
 * other ("Objetivo de ML: …", "Entrada: …"), and the step has no heading elsewhere.
 */
function inferHeadings(
  outline: Outline,
  titleMatches: Map<Section, AliasMatch[]>,
  pendingLabels: Array<{ label: Label; spec: SectionSpec }>,
  bySpec: Map<string, Occurrence[]>,
  reader: ReturnType<typeof contentReader>,
  add: (occurrence: Occurrence) => void,
): void {
  const hasHeading = (step: SectionSpec) => [step, ...step.sections].some((s) => bySpec.get(s.id)?.some((o) => o.kind === 'heading'));
  // What each label names, looked up per section rather than searched for: this runs on every keystroke.
  const byLabel = new Map<Label, Array<{ label: Label; spec: SectionSpec }>>();
  for (const entry of pendingLabels) byLabel.set(entry.label, [...(byLabel.get(entry.label) ?? []), entry]);
  for (const section of outline.sections) {
    if ((titleMatches.get(section) ?? []).length > 0 || section.children.some((child) => (titleMatches.get(child) ?? []).length > 0)) continue;
    const named = section.labels.flatMap((label) => byLabel.get(label) ?? []);
    const steps = new Set(named.map(({ spec }) => stepOf(spec)));
    const [step] = steps;
    if (steps.size !== 1 || !step || hasHeading(step)) continue;
    if (new Set(named.map(({ spec }) => spec.id)).size < 2) continue;
    add({
      spec: step,
      kind: 'heading',
      text: section.title,
      line: section.line,
      strong: false,
      startOffset: section.startOffset,
      titleEndOffset: section.titleEndOffset,
      endOffset: section.endOffset,
      section,
      ...reader.section(section, step),
    });
  }
}

/** What headings and labels hold, with placeholders counted as empty. */
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
  const section = (node: Section, step: SectionSpec): Content => {
    const hasContent = sectionHasContent(node) && !isPlaceholder(node.prompts, step);
    // A titled section with content states what its title says ("### Baseline" + text states a baseline).
    return { hasContent, units: states(hasContent) ? [titleUnit(node.title, node.line, node.startOffset), ...sectionUnits(node)] : [] };
  };
  const label = (node: Label, step: SectionSpec): Content => {
    const hasContent = node.hasContent && !isPlaceholder(node.prompts, step);
    return { hasContent, units: states(hasContent) ? [titleUnit(node.text, node.line, node.startOffset), ...node.units] : [] };
  };
  const merge = (parts: Content[]): Content | undefined =>
    parts.length === 0 ? undefined : { hasContent: parts.some((p) => p.hasContent), units: parts.flatMap((p) => p.units) };
  const partOfLabels = (labels: Label[], step: SectionSpec): Content | undefined =>
    merge(allLabels(labels).filter((l) => namesStep(l.text, step)).map((l) => label(l, step)));
  const partOfSection = (node: Section, step: SectionSpec): Content | undefined => {
    const fromLabels = partOfLabels(node.labels, step);
    return merge([
      ...allSections(node.children).filter((child) => namesStep(child.title, step)).map((child) => section(child, step)),
      ...(fromLabels ? [fromLabels] : []),
    ]);
  };
  const namesStep = (text: string, step: SectionSpec) => aliases.match(text).some((m) => m.strong && stepOf(m.section) === step);

  return { section, label, partOfSection, partOfLabels };
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

function stepOf(spec: SectionSpec): SectionSpec {
  return spec.parent ? stepOf(spec.parent) : spec;
}

/**
 * A heading that names two steps is divided between them when the parts under it name
 * each step ("Online testing and deployment" over "A/B test" and "Release"); when they do
 * not, both steps share the whole content, since nothing says which part is whose.
 */
function splitByStep(matches: AliasMatch[], partOf: (step: SectionSpec) => Content | undefined): Map<SectionSpec, Content> | undefined {
  const steps = [...new Set(matches.map((m) => stepOf(m.section)))];
  if (steps.length < 2) return undefined;
  const parts = new Map<SectionSpec, Content>();
  for (const step of steps) {
    const part = partOf(step);
    if (!part) return undefined;
    parts.set(step, part);
  }
  return parts;
}

/** Inside a step, prefer its own sub-sections; other sections only when named outright. */
function accept(matches: AliasMatch[], context: SectionSpec | undefined): AliasMatch[] {
  if (!context) return matches;
  const step = context.parent ?? context;
  const own = matches.filter((m) => m.section.parent === step || m.section === step);
  if (own.length > 0) return own.filter((m) => m.section !== context || m.strong);
  return matches.filter((m) => m.strong);
}

function allLabels(labels: Label[]): Label[] {
  return labels.flatMap((label) => [label, ...allLabels(label.children)]);
}

function allSections(sections: Section[]): Section[] {
  return sections.flatMap((section) => [section, ...allSections(section.children)]);
}

function titleUnit(text: string, line: number, offset: number): TextUnit {
  return { text, line, offset };
}

function sectionUnits(section: Section): TextUnit[] {
  const units = [...section.units];
  for (const child of section.children) units.push(titleUnit(child.title, child.line, child.startOffset), ...sectionUnits(child));
  return units;
}

function sectionHasContent(section: Section): boolean {
  return section.hasOwnContent || section.children.some(sectionHasContent);
}
