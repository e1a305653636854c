/** Folding for the frontmatter and for each framework section, for clients that do not fold Markdown themselves. */
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import type { Analysis, SectionReport } from '../core/index.js';
import { frontmatterEndLine } from './frontmatter-lines.js';

export function foldingRanges(text: string, analysis: Analysis): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const lines = text.split('\n');
  const frontmatterEnd = frontmatterEndLine(lines);
  if (frontmatterEnd !== undefined) ranges.push({ startLine: 0, endLine: frontmatterEnd, kind: FoldingRangeKind.Region });
  const visit = (sections: SectionReport[]) => {
    for (const section of sections) {
      if (section.kind === 'heading' && section.range) {
        // Up to the last line with text, not the blank lines before the next heading.
        let end = section.range.end.character === 0 ? section.range.end.line - 1 : section.range.end.line;
        while (end > section.range.start.line && (lines[end] ?? '').trim() === '') end--;
        if (end > section.range.start.line) ranges.push({ startLine: section.range.start.line, endLine: end, kind: FoldingRangeKind.Region });
      }
      visit(section.children);
    }
  };
  if (analysis.checked) visit(analysis.sections);
  return ranges;
}
