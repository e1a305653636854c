/**
 * Code actions: each finding's fix as a preferred quick fix, renaming a heading matched by
 * an alias to the schema's title (offered, not preferred), the frontmatter opt-in, and
 * `source.fixAll.mlsd` applying every fix at once. Fixes only insert text: what the author
 * wrote is never changed, and applying them all leaves nothing fixable (tested).
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import { DEFAULT_SCHEMA, type Analysis, type SectionReport } from '../core/index.js';
import { toDiagnostic } from './diagnostics.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.mlsd`;
export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite, FIX_ALL_KIND];

export interface ActionDocument {
  uri: string;
  text: string;
}

export function codeActions(params: CodeActionParams, document: ActionDocument, analysis: Analysis): CodeAction[] {
  const wants = (kind: string) => !params.context.only || params.context.only.some((only) => kind === only || kind.startsWith(`${only}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) actions.push(...quickFixes(params, document, analysis));
  if (wants(CodeActionKind.RefactorRewrite)) {
    actions.push(...headingRenames(params.range, document, analysis.sections));
    const optIn = frontmatterOptIn(params.range, document, analysis);
    if (optIn) actions.push(optIn);
  }
  if (wants(FIX_ALL_KIND)) {
    const fixAll = fixAllAction(document, analysis);
    if (fixAll) actions.push(fixAll);
  }
  return actions;
}

function quickFixes(params: CodeActionParams, document: ActionDocument, analysis: Analysis): CodeAction[] {
  return analysis.findings
    .filter((finding) => finding.fix && overlaps(finding.range, params.range))
    .map((finding) => ({
      title: finding.fix!.title,
      kind: CodeActionKind.QuickFix,
      isPreferred: true,
      diagnostics: [sameDiagnostic(params.context.diagnostics, finding.rule, finding.range) ?? toDiagnostic(finding)],
      edit: { changes: { [document.uri]: finding.fix!.edits } },
    }));
}

/** Every fix of the document in one edit (the "Fix all" and on-save action). */
export function fixAllAction(document: ActionDocument, analysis: Analysis): CodeAction | undefined {
  const edits = analysis.findings.flatMap((finding) => finding.fix?.edits ?? []);
  if (edits.length === 0) return undefined;
  return { title: 'Fix all MLSD findings that have a fix', kind: FIX_ALL_KIND, edit: { changes: { [document.uri]: edits } } };
}

/** A step or sub-section whose heading is an alias ("Metrics"): offered its schema title ("Evaluation"), numbering kept. */
function headingRenames(range: Range, document: ActionDocument, sections: SectionReport[]): CodeAction[] {
  const lines = document.text.split('\n');
  return sections.flatMap((section) => {
    const own: CodeAction[] = [];
    const at = section.titleRange;
    if (section.kind === 'heading' && at && section.named === 'alias' && at.start.line <= range.end.line && range.start.line <= at.start.line) {
      const line = lines[at.start.line]!.replace(/\r$/, '');
      const atx = /^(\s{0,3}#{1,6}\s+)(.*?)(\s+#+\s*)?$/.exec(line);
      const prefix = atx ? atx[1]! : '';
      const words = atx ? atx[2]! : line.trim();
      const numbering = /^(?:\d+(?:\.\d+)*[.)]?\s+|step\s+\d+\s*[:.)–-]?\s*)/i.exec(words)?.[0] ?? '';
      const start = atx ? prefix.length : line.indexOf(words);
      const edit: TextEdit = {
        range: { start: { line: at.start.line, character: start }, end: { line: at.start.line, character: start + words.length } },
        newText: `${numbering}${section.title}`,
      };
      own.push({ title: `Rename heading to "${section.title}"`, kind: CodeActionKind.RefactorRewrite, isPreferred: false, edit: { changes: { [document.uri]: [edit] } } });
    }
    return [...own, ...headingRenames(range, document, section.children)];
  });
}

/** A document read by its headings or path opts in explicitly, so it is checked wherever it goes. */
function frontmatterOptIn(range: Range, document: ActionDocument, analysis: Analysis): CodeAction | undefined {
  if (!analysis.checked || analysis.reason === 'frontmatter' || range.start.line > 1) return undefined;
  const framework = `framework: ${analysis.schemaId ?? DEFAULT_SCHEMA}`;
  const eol = document.text.includes('\r\n') ? '\r\n' : '\n';
  const hasFrontmatter = /^---\r?\n/.test(document.text);
  const edit: TextEdit = hasFrontmatter
    ? { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, newText: `${framework}${eol}` }
    : { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `---${eol}${framework}${eol}---${eol}${eol}` };
  return { title: 'Check this document with MLSD wherever it is (add frontmatter)', kind: CodeActionKind.RefactorRewrite, edit: { changes: { [document.uri]: [edit] } } };
}

function sameDiagnostic(diagnostics: Diagnostic[], code: string, range: Range): Diagnostic | undefined {
  return diagnostics.find((d) => d.code === code && d.range.start.line === range.start.line && d.range.start.character === range.start.character);
}

function overlaps(a: Range, b: Range): boolean {
  const before = (x: Range['start'], y: Range['start']) => x.line < y.line || (x.line === y.line && x.character < y.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}
