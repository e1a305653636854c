/**
 * Completion: at the start of a heading, the framework steps and sub-sections still
 * missing, in schema order; inside the step that holds the metrics (Evaluation), metric
 * names that fit the document's ML category, with their definitions; in frontmatter, the
 * keys and values the schema allows. Metrics and categories are found by fact role, so a
 * team schema's own facts get the same completion.
 */
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type Position } from 'vscode-languageserver';
import { countsAsMetric, metricFacts, stepOf, type Analysis, type Schema, type SectionReport } from '../core/index.js';
import type { Term } from '../core/vocabulary.js';
import { frontmatterEndLine } from './frontmatter-lines.js';

export const COMPLETION_TRIGGERS = ['#', ':'];

export function completions(text: string, position: Position, analysis: Analysis, schema: Schema | undefined): CompletionItem[] {
  if (!schema) return [];
  const lines = text.split('\n');
  const before = (lines[position.line] ?? '').replace(/\r$/, '').slice(0, position.character);
  const frontmatterEnd = frontmatterEndLine(lines);
  if (frontmatterEnd !== undefined && position.line > 0 && position.line < frontmatterEnd) return frontmatterItems(before, lines.slice(1, frontmatterEnd), schema, position);
  if (!analysis.checked) return [];
  const heading = /^(\s{0,3}#{1,6}\s*)([^#]*)$/.exec(before);
  if (heading) return headingItems(analysis.sections, schema, { line: position.line, character: heading[1]!.length }, position);
  if (inMetricsStep(analysis.sections, schema, position.line)) return metricItems(analysis, schema);
  return [];
}

function frontmatterItems(before: string, frontmatter: string[], schema: Schema, position: Position): CompletionItem[] {
  const value = /^([A-Za-z][\w-]*):\s*(\S*)$/.exec(before);
  if (value) {
    const values = schema.frontmatter[value[1]!]?.values ?? [];
    const start = { line: position.line, character: before.length - value[2]!.length };
    return values.map((v, index) => ({
      label: v,
      kind: CompletionItemKind.EnumMember,
      sortText: String(index).padStart(3, '0'),
      textEdit: { range: { start, end: position }, newText: v },
    }));
  }
  if (!/^[\w-]*$/.test(before)) return [];
  const written = new Set(frontmatter.map((line) => /^([\w-]+):/.exec(line)?.[1]).filter(Boolean));
  return Object.entries(schema.frontmatter)
    .filter(([key]) => !written.has(key))
    .map(([key, spec], index) => ({
      label: key,
      kind: CompletionItemKind.Property,
      detail: spec.values ? `one of: ${spec.values.join(', ')}` : undefined,
      documentation: spec.description,
      sortText: String(index).padStart(3, '0'),
      insertText: `${key}: `,
      // Offer the values right away where there are some.
      ...(spec.values ? { command: { title: 'Suggest values', command: 'editor.action.triggerSuggest' } } : {}),
    }));
}

function headingItems(sections: SectionReport[], schema: Schema, start: Position, position: Position): CompletionItem[] {
  const items: CompletionItem[] = [];
  const visit = (reports: SectionReport[], depth: number) => {
    for (const report of reports) {
      const spec = schema.byId.get(report.id)!;
      if (report.status === 'missing') {
        const step = schema.sections.indexOf(spec);
        items.push({
          label: spec.title,
          kind: depth === 0 ? CompletionItemKind.Module : CompletionItemKind.Field,
          detail: depth === 0 ? `Framework step ${step + 1} of ${schema.sections.length} (missing)` : `Part of ${spec.parent!.title} (missing)`,
          documentation: { kind: MarkupKind.Markdown, value: spec.guidance },
          sortText: String(items.length).padStart(3, '0'),
          filterText: spec.title,
          insertTextFormat: InsertTextFormat.PlainText,
          textEdit: { range: { start, end: position }, newText: spec.title },
        });
      }
      visit(report.children, depth + 1);
    }
  };
  visit(sections, 0);
  return items;
}

/** Inside the step whose facts are the metrics (Evaluation, in the bundled framework). */
function inMetricsStep(sections: SectionReport[], schema: Schema, line: number): boolean {
  const owner = metricFacts(schema)[0] && schema.factOwners.get(metricFacts(schema)[0]!.id);
  const step = owner && sections.find((section) => section.id === stepOf(owner).id);
  const ranges = [step, ...(step?.children ?? [])].flatMap((s) => (s?.range ? [s.range] : []));
  return ranges.some((range) => range.start.line < line && line <= range.end.line);
}

/** Metrics that fit the categories the document states first (all of them when it states none). */
function metricItems(analysis: Analysis, schema: Schema): CompletionItem[] {
  const metrics = [...new Set(metricFacts(schema).flatMap((fact) => schema.vocabularies[fact.vocabulary!] ?? []))].filter((term) => countsAsMetric(schema, term));
  const categoryFact = schema.roles.get('ml-category');
  const categoryTerms = (categoryFact?.vocabulary && schema.vocabularies[categoryFact.vocabulary]) || [];
  const stated = new Set((categoryFact && analysis.facts[categoryFact.id]?.values) ?? []);
  const fitting = new Set(categoryTerms.filter((term) => stated.has(term.name)).flatMap((term) => [term.id, ...(term.also ?? [])]));
  const fits = (term: Term) => fitting.size === 0 || term.kind === 'online' || (term.fits ?? []).some((id) => fitting.has(id));
  return metrics.filter(fits).map((term, index) => ({
    label: term.name,
    kind: CompletionItemKind.Value,
    detail: `${term.kind ?? ''} metric${term.fits && fitting.size > 0 ? ' · fits the ML category' : ''}`.trim(),
    documentation: term.definition,
    sortText: String(index).padStart(3, '0'),
  }));
}
