/** Document symbols: the framework's steps and sub-sections, named by the framework even where headings use other words. */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { Analysis, SectionReport } from '../core/index.js';

export function documentSymbols(analysis: Analysis): DocumentSymbol[] {
  const symbols = (sections: SectionReport[], depth: number): DocumentSymbol[] =>
    sections.flatMap((section) => {
      if (!section.range || !section.titleRange) return symbols(section.children, depth + 1);
      return [
        {
          name: section.title,
          detail: section.named === 'title' ? undefined : section.within ? `under ${section.within.text}` : section.heading || undefined,
          kind: depth === 0 ? SymbolKind.Module : SymbolKind.Field,
          range: section.range,
          selectionRange: section.titleRange,
          children: symbols(section.children, depth + 1),
        },
      ];
    });
  return analysis.checked ? symbols(analysis.sections, 0) : [];
}
