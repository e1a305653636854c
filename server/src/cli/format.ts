/** The CLI's two outputs: lines a person reads (`path:line:col severity rule message`) and the JSON report. */
import { toOneBased, type Analysis, type Finding, type SectionReport } from '../core/index.js';

export interface FileResult {
  path: string;
  analysis: Analysis;
}

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  skipped: number;
}

export function summarize(results: FileResult[]): Summary {
  const checked = results.filter((r) => r.analysis.checked || r.analysis.findings.length > 0);
  const all = checked.flatMap((r) => r.analysis.findings);
  return {
    files: checked.length,
    errors: all.filter((f) => f.severity === 'error').length,
    warnings: all.filter((f) => f.severity === 'warning').length,
    skipped: results.length - checked.length,
  };
}

const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', information: '\x1b[36m', hint: '\x1b[2m', reset: '\x1b[0m', dim: '\x1b[2m', bold: '\x1b[1m' };

/** One file's findings, a line each, followed by a blank line; nothing for a file without findings. */
export function prettyFile({ path, analysis }: FileResult, color: boolean): string {
  if (analysis.findings.length === 0) return '';
  const paint = (code: string, text: string) => (color ? `${code}${text}${COLORS.reset}` : text);
  const lines = analysis.findings.map((finding: Finding) => {
    const at = toOneBased(finding.range.start);
    const severity = paint(COLORS[finding.severity], finding.severity);
    return `${printable(path)}:${at.line}:${at.column} ${severity} ${paint(COLORS.dim, finding.rule)} ${printable(finding.message)}`;
  });
  return `${lines.join('\n')}\n\n`;
}

/**
 * Text from outside (a file name, a value quoted from a document) with its control
 * characters escaped: a crafted name can neither start a new line of fake findings in a
 * CI log nor send terminal escape sequences.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function prettySummary(results: FileResult[], color: boolean): string {
  const paint = (code: string, text: string) => (color ? `${code}${text}${COLORS.reset}` : text);
  const summary = summarize(results);
  const problems = summary.errors + summary.warnings;
  const counts = `${summary.errors} ${plural(summary.errors, 'error')}, ${summary.warnings} ${plural(summary.warnings, 'warning')}`;
  const scope = `${summary.files} design ${plural(summary.files, 'doc')} checked` + (summary.skipped ? `, ${summary.skipped} other ${plural(summary.skipped, 'file')} skipped` : '');
  const tail = problems === 0 ? paint(COLORS.bold, `✔ no problems (${scope})`) : paint(COLORS.bold, `✖ ${counts} (${scope})`);
  return `${tail}\n`;
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}

export function formatJson(results: FileResult[]): string {
  const files = results
    .filter((r) => r.analysis.checked || r.analysis.findings.length > 0)
    .map(({ path, analysis }) => ({
      path,
      schema: analysis.schemaId ?? null,
      reason: analysis.reason,
      sections: analysis.sections.map(sectionJson),
      facts: analysis.facts,
      findings: analysis.findings.map(({ rule, severity, message, section, range, fix }) => ({
        rule,
        severity,
        message,
        ...(section ? { section } : {}),
        range,
        ...(fix ? { fix } : {}),
      })),
    }));
  const skipped = results.filter((r) => !r.analysis.checked && r.analysis.findings.length === 0).map((r) => r.path);
  return JSON.stringify({ version: 1, files, skipped, summary: summarize(results) }, null, 2) + '\n';
}

function sectionJson(section: SectionReport): unknown {
  return {
    id: section.id,
    status: section.status,
    ...(section.line !== undefined ? { heading: section.heading, line: section.line, found: section.kind } : {}),
    ...(section.within ? { within: section.within.text } : {}),
    children: section.children.map(sectionJson),
  };
}
