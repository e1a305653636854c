/**
 * Hover: on a heading that names a framework step, what a reviewer expects there and which
 * of its facts this document already states; on a metric name, its definition.
 */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import { countsAsMetric, metricFacts, place, type Analysis, type Schema, type SectionReport } from '../core/index.js';

export function hover(text: string, position: Position, analysis: Analysis, schema: Schema | undefined): Hover | null {
  if (!schema || !analysis.checked) return null;
  // A metric first: a label's line ("Offline metrics: ROC-AUC") is also the label's place.
  const metric = metricHover((text.split('\n')[position.line] ?? '').replace(/\r$/, ''), position, schema);
  if (metric) return metric;
  const section = sectionAt(analysis.sections, position);
  return section ? stepHover(section, analysis, schema) : null;
}

function sectionAt(sections: SectionReport[], position: Position): SectionReport | undefined {
  for (const section of sections) {
    const at = section.titleRange;
    if (at && at.start.line === position.line && at.start.character <= position.character && position.character <= at.end.character) return section;
    const inner = sectionAt(section.children, position);
    if (inner) return inner;
  }
  return undefined;
}

function stepHover(section: SectionReport, analysis: Analysis, schema: Schema): Hover {
  const spec = schema.byId.get(section.id)!;
  const where = spec.parent ? `part of **${spec.parent.title}**` : `framework step ${schema.sections.indexOf(spec) + 1} of ${schema.sections.length}`;
  const lines = [`**${spec.title}** (${where}) · ${STATUS[section.status]}`, '', spec.guidance];
  const checklist = [spec, ...spec.sections].flatMap((s) => s.facts.map((id) => ({ id, owner: s })));
  if (checklist.length > 0) {
    lines.push('', 'What a reviewer looks for:');
    for (const { id, owner } of checklist) {
      const fact = analysis.facts[id];
      const description = schema.facts[id]?.description ?? id;
      const found = fact?.found ? ` — found${fact.values.length ? `: ${fact.values.slice(0, 4).join(', ')}` : ''}${fact.line !== undefined ? ` (line ${fact.line + 1})` : ''}` : ' — not found yet';
      lines.push(`- ${fact?.found ? '✓' : '✗'} ${owner === spec ? '' : `${owner.title}: `}${description}${found}`);
    }
  }
  const kind = spec.parent ? 'sub-section' : 'step';
  if (section.kind === 'content') lines.push('', `Found ${place(section)}, not under a heading of its own.`);
  else if (section.named === 'alias') lines.push('', `Matched “${section.heading}” as an alias of this ${kind}.`);
  else if (!section.named && section.heading) lines.push('', `Read “${section.heading}” as this ${kind} from its words, what it holds and where it sits.`);
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range: section.titleRange };
}

const STATUS: Record<SectionReport['status'], string> = {
  present: 'written',
  incomplete: 'written, a fact missing',
  empty: 'empty',
  missing: 'missing',
};

function metricHover(line: string, position: Position, schema: Schema): Hover | null {
  const vocabularies = [...new Set(metricFacts(schema).map((fact) => fact.vocabulary!))];
  const hit = vocabularies
    .flatMap((name) => schema.matchers.get(name)?.find(line) ?? [])
    .find((h) => h.index <= position.character && position.character <= h.end);
  if (!hit || !countsAsMetric(schema, hit.term)) return null;
  const term = hit.term;
  const categoryVocabulary = schema.roles.get('ml-category')?.vocabulary;
  const categories = (categoryVocabulary && schema.vocabularies[categoryVocabulary]) || [];
  const fits = (term.fits ?? []).map((id) => categories.find((c) => c.id === id)?.name ?? id);
  const value = [
    `**${term.name}**${term.kind ? ` (${term.kind} metric)` : ''}`,
    '',
    term.definition ?? '',
    ...(fits.length > 0 ? ['', `Fits: ${fits.join(', ')}.`] : []),
  ].join('\n');
  return {
    contents: { kind: MarkupKind.Markdown, value: value.trim() },
    range: { start: { line: position.line, character: hit.index }, end: { line: position.line, character: hit.end } },
  };
}
