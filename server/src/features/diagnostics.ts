/** Findings as LSP diagnostics: rule id as `code`, its page as `codeDescription`, the fix kept in `data`. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { RULES, type Finding, type Severity } from '../core/index.js';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const DOCS = new Map(RULES.map((rule) => [rule.id, rule.docs]));

export interface DiagnosticData {
  section?: string;
  fix?: Finding['fix'];
}

export function toDiagnostic(finding: Finding): Diagnostic {
  const href = DOCS.get(finding.rule);
  const data: DiagnosticData = { section: finding.section, fix: finding.fix };
  return {
    range: finding.range,
    severity: SEVERITY[finding.severity],
    code: finding.rule,
    ...(href ? { codeDescription: { href } } : {}),
    source: 'mlsd',
    message: finding.message,
    data,
  };
}

/** What the user sees when the analysis itself failed: never a crash, never silence. */
export function internalErrorDiagnostic(error: unknown): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Warning,
    code: 'internal-error',
    source: 'mlsd',
    message: `MLSD could not analyse this document: ${(error as Error)?.message ?? String(error)}`,
  };
}
