/** How much of the framework a document covers, at a glance: for the code lens and the status bar. */
import type { Analysis, SectionReport } from './analyze.js';
import type { Position } from './types.js';

export interface Coverage {
  /** Steps with content (present, or incomplete: written but missing a fact). */
  covered: number;
  total: number;
  missing: string[];
  empty: string[];
  /** Steps written only inside other parts: "Monitoring under “Risks”, lines 31–33". */
  foundInside: string[];
  /** Where each finding is, in document order: the gaps a "next gap" command steps through. */
  gaps: Position[];
  /** "Framework coverage 5/7 · missing: Deployment and serving, Monitoring · 2 empty" */
  label: string;
}

export function coverage(analysis: Analysis): Coverage | undefined {
  if (!analysis.checked || analysis.sections.length === 0) return undefined;
  const steps = analysis.sections;
  const covered = steps.filter((step) => step.status === 'present' || step.status === 'incomplete').length;
  const missing = steps.filter((step) => step.status === 'missing').map((step) => step.title);
  const empty = steps.filter((step) => step.status === 'empty').map((step) => step.title);
  const foundInside = steps.filter((step) => step.kind === 'content' && step.range).map((step) => `${step.title} ${place(step)}`);
  const seen = new Set<string>();
  const gaps = analysis.findings
    .map((finding) => finding.range.start)
    .sort((a, b) => a.line - b.line || a.character - b.character)
    .filter((position) => !seen.has(`${position.line}:${position.character}`) && seen.add(`${position.line}:${position.character}`));
  const parts = [`Framework coverage ${covered}/${steps.length}`];
  if (missing.length > 0) parts.push(`missing: ${missing.join(', ')}`);
  if (empty.length > 0) parts.push(`${empty.length} empty`);
  if (missing.length === 0 && empty.length === 0 && gaps.length > 0) parts.push(`${gaps.length} to address`);
  if (foundInside.length > 0) parts.push(foundInside.join(', '));
  return { covered, total: steps.length, missing, empty, foundInside, gaps, label: parts.join(' · ') };
}

/** Where a step found inside another part is written, 1-based as editors show lines. */
export function place(step: SectionReport): string {
  const { start, end } = step.range!;
  const lines = start.line === end.line ? `line ${start.line + 1}` : `lines ${start.line + 1}–${end.line + 1}`;
  return step.within ? `under “${step.within.text}”, ${lines}` : `in the opening, ${lines}`;
}
