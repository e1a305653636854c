/**
 * A byte-order mark is no text: editors hide it and the command line drops it. A host that
 * sends one anyway gets the analysis of the text after it, with positions on the first line
 * moved one character right, to where they are in the text it sent; so every way a text
 * arrives, and every way it is cut into chunks, reads the same.
 */
import type { Analysis, SectionReport } from './analyze.js';
import type { Position, Range } from './types.js';

export function startsWithBom(text: string): boolean {
  return text.charCodeAt(0) === 0xfeff;
}

export function behindBom(analysis: Analysis): Analysis {
  const position = (at: Position): Position => (at.line === 0 ? { line: 0, character: at.character + 1 } : at);
  const range = (of: Range): Range => ({ start: position(of.start), end: position(of.end) });
  const section = (report: SectionReport): SectionReport => ({
    ...report,
    ...(report.titleRange ? { titleRange: range(report.titleRange) } : {}),
    ...(report.range ? { range: range(report.range) } : {}),
    children: report.children.map(section),
  });
  return {
    ...analysis,
    sections: analysis.sections.map(section),
    findings: analysis.findings.map((finding) => ({
      ...finding,
      range: range(finding.range),
      ...(finding.fix ? { fix: { ...finding.fix, edits: finding.fix.edits.map((edit) => ({ ...edit, range: range(edit.range) })) } } : {}),
    })),
  };
}
