/**
 * Completion: at the start of a heading, the framework steps and sub-sections still
 * missing, in schema order; inside Evaluation, metric names that fit the document's ML
 * category, with their definitions; in frontmatter, the keys and values the schema allows.
 */
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type Position } from 'vscode-languageserver';
import type { Analysis, Schema, SectionReport } from '../core/index.js';
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
  if (inEvaluation(analysis.sections, position.line)) return metricItems(analysis, schema);
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

function inEvaluation(sections: SectionReport[], line: number): boolean {
  const evaluation = sections.find((section) => section.id === 'evaluation');
  const ranges = [evaluation, ...(evaluation?.children ?? [])].flatMap((s) => (s?.range ? [s.range] : []));
  return ranges.some((range) => range.start.line < line && line <= range.end.line);
}

/** Metrics that fit the categories the document states first (all of them when it states none). */
function metricItems(analysis: Analysis, schema: Schema): CompletionItem[] {
  const metrics = schema.vocabularies.metrics ?? [];
  const categoryTerms = schema.vocabularies['ml-categories'] ?? [];
  const stated = new Set(analysis.facts['ml-category']?.values ?? []);
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
