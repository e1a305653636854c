/**
 * Outline × schema: which headings and labels stand for which steps and sub-sections.
 * Inside a matched step, a sub-heading that merely contains a word of another step
 * ("Data distribution shift" under Monitoring) stays part of that step; only a heading
 * that is wholly another step's name starts that step.
 */
import type { AliasMatch } from './headings.js';
import { textUnits, type Label, type Outline, type Section, type TextUnit } from './outline.js';
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

export function matchOutline(outline: Outline, schema: Schema): Matches {
  const bySpec = new Map<string, Occurrence[]>();
  const stepsByHeading = new Set<string>();
  const add = (occurrence: Occurrence) => {
    const list = bySpec.get(occurrence.spec.id) ?? [];
    list.push(occurrence);
    bySpec.set(occurrence.spec.id, list);
  };

  const pendingLabels: Array<{ label: Label; spec: SectionSpec; strong: boolean; context: SectionSpec | undefined }> = [];

  const titleMatches = new Map<Section, AliasMatch[]>();
  const stepsBelow = new Map<Section, Set<string>>();
  const survey = (section: Section): Set<string> => {
    const below = new Set<string>();
    for (const child of section.children) {
      const matches = schema.aliases.match(child.title);
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

  const visit = (section: Section, context: SectionSpec | undefined) => {
    let inner = context;
    if (section.depth > 0) {
      const matches = titleMatches.get(section) ?? [];
      const accepted = isContainer(section, matches) ? [] : accept(matches, context);
      const hasContent = sectionHasContent(section);
      // A titled section with content states what its title says ("### Baseline" + text states a baseline).
      const units = hasContent ? [titleUnit(section.title, section.line, section.startOffset), ...sectionUnits(section)] : [];
      for (const { section: spec, strong } of accepted) {
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
          units,
          hasContent,
        });
        if (!spec.parent) stepsByHeading.add(spec.id);
      }
      if (accepted.length > 0) inner = accepted[0]!.section;
    }
    const visitLabels = (labels: Label[], labelContext: SectionSpec | undefined) => {
      for (const label of labels) {
        // Only a heading-like label may merely contain a step's name, as a heading may.
        const matches = schema.aliases.match(label.text).filter((m) => m.strong || label.headingLike);
        const accepted = accept(matches, labelContext);
        for (const { section: spec, strong } of accepted) pendingLabels.push({ label, spec, strong, context: labelContext });
        visitLabels(label.children, accepted[0]?.section ?? labelContext);
      }
    };
    visitLabels(section.labels, inner);
    for (const child of section.children) visit(child, inner);
  };
  visit(outline.root, undefined);

  // A label ("- Data: …") stands for another step only when that step has no heading:
  // under Requirements, "Data" is about what data exists, not the data step.
  for (const { label, spec, strong, context } of pendingLabels) {
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
      units: label.hasContent ? [titleUnit(label.text, label.line, label.startOffset), ...label.units] : [],
      hasContent: label.hasContent,
    });
  }
  return { bySpec, stepsByHeading };
}

function stepOf(spec: SectionSpec): SectionSpec {
  return spec.parent ? stepOf(spec.parent) : spec;
}

/** Inside a step, prefer its own sub-sections; other sections only when named outright. */
function accept(matches: AliasMatch[], context: SectionSpec | undefined): AliasMatch[] {
  if (!context) return matches;
  const step = context.parent ?? context;
  const own = matches.filter((m) => m.section.parent === step || m.section === step);
  if (own.length > 0) return own.filter((m) => m.section !== context || m.strong);
  return matches.filter((m) => m.strong);
}

function titleUnit(text: string, line: number, offset: number): TextUnit {
  return { text, line, offset };
}

function sectionUnits(section: Section): TextUnit[] {
  const units = textUnits(section.blocks);
  for (const child of section.children) units.push(titleUnit(child.title, child.line, child.startOffset), ...sectionUnits(child));
  return units;
}

function sectionHasContent(section: Section): boolean {
  return section.hasOwnContent || section.children.some(sectionHasContent);
}
